import { describe, expect, it } from "vitest";
import { parseVnLocal, toVnLocal, vnDateTimeText, vnDayStart, windowProblem } from "@/domain/audit-window";

describe("audit windows in Vietnam time", () => {
  it("reads a typed date and time as Hưng Yên's, whatever the browser's zone", () => {
    expect(parseVnLocal("2026-12-02T08:30")?.toISOString()).toBe("2026-12-02T01:30:00.000Z");
    expect(parseVnLocal("2026-12-02T00:15:20")?.toISOString()).toBe("2026-12-01T17:15:20.000Z");
  });

  it("refuses what is not a date and time, or an impossible one", () => {
    expect(parseVnLocal("")).toBeNull();
    expect(parseVnLocal("2026-02-31T08:00")).toBeNull();
    expect(parseVnLocal("2026-12-02T24:00")).toBeNull();
    expect(parseVnLocal("02/12/2026 08:00")).toBeNull();
  });

  it("writes an instant back for the input and for files", () => {
    const at = new Date("2026-12-01T17:15:20.000Z");
    expect(toVnLocal(at)).toBe("2026-12-02T00:15");
    expect(vnDateTimeText(at)).toBe("2026-12-02 00:15:20");
    expect(vnDayStart(at).toISOString()).toBe("2026-12-01T17:00:00.000Z");
  });

  it("says what is wrong with a window", () => {
    const a = new Date("2026-12-01T00:00:00Z");
    const b = new Date("2026-12-02T00:00:00Z");
    expect(windowProblem(null, b, 31)).toBe("missing");
    expect(windowProblem(b, a, 31)).toBe("order");
    expect(windowProblem(a, a, 31)).toBe("order");
    expect(windowProblem(a, new Date("2027-01-15T00:00:00Z"), 31)).toBe("tooLong");
    expect(windowProblem(a, b, 31)).toBeNull();
  });
});
