import { describe, expect, it } from "vitest";
import { classifyUploadError, parseFileAnswer, parseParcelFiles } from "@/data/event-files";

describe("classifyUploadError", () => {
  it("takes an object already stored (an earlier try) as done", () => {
    expect(classifyUploadError({ message: "The resource already exists", status: 409, statusCode: "409" })).toBe("exists");
    expect(classifyUploadError({ message: "x", statusCode: "409" })).toBe("exists");
    expect(classifyUploadError({ message: "x", status: 400, code: "ResourceAlreadyExists" })).toBe("exists");
  });

  it("retries when no answer came, on a server failure and on an expired session", () => {
    expect(classifyUploadError({ message: "fetch failed" })).toBe("retry");
    expect(classifyUploadError({ message: "bad gateway", status: 502 })).toBe("retry");
    expect(classifyUploadError({ message: "jwt expired", status: 401 })).toBe("retry");
  });

  it("parks a refusal by the policies, a type or a size the bucket refuses", () => {
    expect(classifyUploadError({ message: "new row violates row-level security policy", status: 400 }))
      .toMatchObject({ status: "denied", code: "upload_denied" });
    expect(classifyUploadError({ message: "Payload too large", status: 413 })).toMatchObject({ status: "invalid", code: "too_large" });
    expect(classifyUploadError({ message: "mime type text/html is not supported", status: 415 }))
      .toMatchObject({ status: "invalid", code: "upload_refused" });
  });
});

describe("answers and rows", () => {
  it("parses record_event_file's answer into a FileAnswer", () => {
    expect(parseFileAnswer({ status: "stored", code: "stored", message: "Stored." })).toEqual({ status: "stored" });
    expect(parseFileAnswer({ status: "denied", code: "not_officer_of_area", message: "m" }))
      .toEqual({ status: "denied", code: "not_officer_of_area", message: "m" });
    expect(() => parseFileAnswer({ status: "weird" })).toThrow();
  });

  it("parses parcel_files rows as the local backend sends them (bigint text, Postgres timestamps)", () => {
    const [row] = parseParcelFiles([{
      file_id: "f", name: "a.jpg", mime: "image/jpeg", kind: "photo", size_bytes: "74000", object_path: "p/f.jpg",
      event_ids: ["e"], recorded_at: "2026-12-02 17:34:00.123+00",
    }]);
    expect(row).toEqual({ fileId: "f", name: "a.jpg", mime: "image/jpeg", kind: "photo", size: 74000, objectPath: "p/f.jpg",
      eventIds: ["e"], recordedAt: new Date("2026-12-02T17:34:00.123Z") });
  });
});
