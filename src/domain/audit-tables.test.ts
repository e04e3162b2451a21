import { describe, expect, it } from "vitest";
import type { AuditEvent, DailyChanges } from "@/domain/audit-types";
import { auditEventsModel, auditKind, dailyChangesModel, parcelLabel, stateText } from "@/domain/audit-tables";
import { buildCsv } from "@/domain/table-export";

const event: AuditEvent = {
  eventId: "e1", parcelId: "p1", projectName: "Vành đai 4", adminUnitId: "326", adminUnitName: "Văn Giang",
  mapSheet: "7", parcelNo: "102", actorId: "u1", actorEmail: "lanhdao@gpmb.local", deviceId: null,
  occurredAt: new Date("2026-12-02T01:30:00Z"), recordedAt: new Date("2026-12-02T01:31:05Z"), version: 4,
  before: { stage: "notice", blocked: false, blockerReason: null },
  after: { stage: "not_started", blocked: false, blockerReason: null },
  blockerResponsible: null, note: "Nhập nhầm, hoàn tác", revertsEventId: "e0", revertedBy: [], revertId: "r1",
  revertReason: "Nhập nhầm",
};

describe("the audit's tables", () => {
  it("names states, parcels and kinds of change", () => {
    expect(stateText({ stage: "inventory", blocked: true, blockerReason: "Tranh chấp" }, "vi")).toBe("Đã kiểm đếm · vướng: Tranh chấp");
    expect(stateText({ stage: "inventory", blocked: false, blockerReason: null }, "en")).toBe("Inventory done");
    expect(parcelLabel(event, "vi")).toBe("tờ 7, thửa 102");
    expect(auditKind(event)).toBe("revert");
    expect(auditKind({ revertId: null, revertsEventId: "e0" })).toBe("undo");
    expect(auditKind({ revertId: null, revertsEventId: null })).toBe("change");
  });

  it("writes the events' file in Vietnam time with Vietnamese words", () => {
    const lines = buildCsv(auditEventsModel("nhat-ky"), [event]).split("\r\n");
    expect(lines[0]).toMatch(/^\ufeffGhi nhận lúc,Thời điểm thực hiện,Người thực hiện,Thiết bị/);
    expect(lines[1]).toBe("2026-12-02 08:31:05,2026-12-02 08:30:00,lanhdao@gpmb.local,,Vành đai 4,Văn Giang,"
      + "\"tờ 7, thửa 102\",Hoàn tác hàng loạt,Đã thông báo thu hồi đất,Chưa triển khai,\"Nhập nhầm, hoàn tác\",Nhập nhầm,e0,,4,e1");
  });

  it("totals a day's areas, but not its users", () => {
    const rows: DailyChanges[] = [
      { adminUnitId: "326", adminUnitName: "Văn Giang", events: 5, parcels: 2, advances: 3, blockersSet: 1, blockersCleared: 0, reverts: 1, users: 2 },
      { adminUnitId: "325", adminUnitName: "Văn Lâm", events: 2, parcels: 2, advances: 2, blockersSet: 0, blockersCleared: 1, reverts: 0, users: 2 },
    ];
    const lines = buildCsv(dailyChangesModel(rows), rows).split("\r\n");
    expect(lines[3]).toBe("Tổng cộng,7,4,5,1,1,1,");
  });
});
