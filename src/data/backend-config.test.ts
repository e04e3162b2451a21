import { describe, expect, it } from "vitest";
import { readBackendConfig } from "@/data/backend-config";

describe("readBackendConfig", () => {
  it("prefers the publishable key", () => {
    expect(
      readBackendConfig({
        VITE_SUPABASE_URL: "https://x.supabase.co",
        VITE_SUPABASE_PUBLISHABLE_KEY: "sb_publishable_a",
        VITE_SUPABASE_ANON_KEY: "sb_publishable_b",
      }),
    ).toEqual({ ok: true, url: "https://x.supabase.co", key: "sb_publishable_a" });
  });
  it("falls back to the anon key the dev plugin injects", () => {
    expect(readBackendConfig({ VITE_SUPABASE_URL: "http://127.0.0.1:5173", VITE_SUPABASE_ANON_KEY: "k" })).toEqual({
      ok: true, url: "http://127.0.0.1:5173", key: "k",
    });
  });
  it("reports what is missing", () => {
    expect(readBackendConfig({})).toEqual({ ok: false, problems: [{ kind: "missing_url" }, { kind: "missing_key" }] });
    expect(readBackendConfig({ VITE_SUPABASE_URL: "  ", VITE_SUPABASE_ANON_KEY: "k" })).toEqual({
      ok: false, problems: [{ kind: "missing_url" }],
    });
  });
  it("rejects a URL that is not http(s)", () => {
    expect(readBackendConfig({ VITE_SUPABASE_URL: "localhost:54321", VITE_SUPABASE_ANON_KEY: "k" })).toEqual({
      ok: false, problems: [{ kind: "invalid_url", value: "localhost:54321" }],
    });
  });
});
