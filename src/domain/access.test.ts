import { describe, expect, it } from "vitest";
import { NO_ACCESS, accessRights } from "@/domain/access";

describe("accessRights", () => {
  it("gives the public nothing to change", () => {
    expect(NO_ACCESS).toMatchObject({ roles: [], editableUnitIds: [], assignedUnitIds: [], isOfficer: false });
    expect(NO_ACCESS.canEdit({ adminUnitId: "326" })).toBe(false);
  });

  it("lets an officer change the parcels of their editable units only", () => {
    const access = accessRights([{ role: "officer", adminUnitId: "326" }], ["326", "12001"]);
    expect(access).toMatchObject({ roles: ["officer"], assignedUnitIds: ["326"], isOfficer: true });
    expect(access.canEdit({ adminUnitId: "12001" })).toBe(true);
    expect(access.canEdit({ adminUnitId: "325" })).toBe(false);
    expect(access.canEditUnit("326")).toBe(true);
  });

  it("a leader sees but changes nothing; each role is listed once", () => {
    const access = accessRights([{ role: "leader", adminUnitId: null }, { role: "officer", adminUnitId: "325" },
      { role: "officer", adminUnitId: "326" }], []);
    expect(access.roles).toEqual(["leader", "officer"]);
    expect(access.isOfficer).toBe(false);
  });
});
