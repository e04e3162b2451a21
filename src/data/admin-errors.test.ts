import { describe, expect, it } from "vitest";
import { ApiError } from "@/data/api-error";
import { adminWriteProblem } from "@/data/admin-errors";

describe("admin write problems", () => {
  it("reads the constraint, the code and the server's own words", () => {
    const error = new ApiError("projects", {
      code: "23514", message: 'new row for relation "projects" violates check constraint "projects_decision_for_status"',
    }, 400);
    expect(adminWriteProblem(error)).toEqual({
      code: "23514", constraint: "projects_decision_for_status", network: false,
      serverMessage: 'new row for relation "projects" violates check constraint "projects_decision_for_status"',
    });
  });
  it("keeps a network failure apart from a refusal", () => {
    expect(adminWriteProblem(new ApiError("grant_role", { message: "TypeError: Failed to fetch" }, 0)).network).toBe(true);
  });
});
