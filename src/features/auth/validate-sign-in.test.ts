import { describe, expect, it } from "vitest";
import { validateSignIn } from "@/features/auth/validate-sign-in";

describe("validateSignIn", () => {
  it("asks for both fields when empty", () => {
    expect(validateSignIn("", "")).toEqual({ email: "auth.errorEmailRequired", password: "auth.errorPasswordRequired" });
  });
  it("treats blanks as empty", () => {
    expect(validateSignIn("   ", "x").email).toBe("auth.errorEmailRequired");
  });
  it("rejects an address without a domain", () => {
    expect(validateSignIn("canbo", "x").email).toBe("auth.errorEmailInvalid");
  });
  it("accepts a plausible address and any password", () => {
    expect(validateSignIn(" canbo.vangiang@gpmb.local ", " ")).toEqual({});
  });
});
