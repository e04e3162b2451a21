// The load run's world, written straight into PostgreSQL as the superuser: 10 districts with two
// officers each (so two officers meet on one parcel), one project, the parcels they work on, and
// per officer a private set of "floor" parcels for the plain call measured beside the outbox.
import { randomUUID } from "node:crypto";
import type postgres from "postgres";

// bcrypt hash of PASSWORD (tests/api/support/fixtures.ts uses the same)
const PASSWORD_HASH = "$2b$10$rKzmAk4U3xX7OY8PW7MOuuvKDuhn9w4I5FSg.4WtnPd4DagTSdQsS";
export const PASSWORD = "gpmb-test-2024";

export interface LoadOfficer { index: number; email: string; id: string; district: string }
export interface LoadWorld {
  projectId: string;
  officers: LoadOfficer[];
  /** district → the parcels both of its officers work on */
  shared: Map<string, string[]>;
  /** officer index → parcels only the floor's plain call uses */
  floor: Map<number, string[]>;
}

function square(i: number, lat: number) {
  const lon = 105.9 + (i % 500) * 0.0006;
  const s = 0.0005;
  return { type: "Polygon", coordinates: [[[lon, lat], [lon + s, lat], [lon + s, lat + s], [lon, lat + s], [lon, lat]]] };
}

async function insertParcels(sql: postgres.Sql, projectId: string, unit: string, count: number, lat: number, tag: string) {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), project_id: projectId, admin_unit_id: unit, map_sheet: tag, parcel_no: String(i + 1),
    land_type: "LUC", area_m2: 500 + i, geom: square(i, lat),
  }));
  for (const r of rows) {
    await sql`insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
              values (${r.id}, ${r.project_id}, ${r.admin_unit_id}, ${r.map_sheet}, ${r.parcel_no}, ${r.land_type}, ${r.area_m2},
                      ${sql.json(r.geom)})`;
  }
  return rows.map((r) => r.id);
}

/** Creates the world: `districts` × 2 officers, `sharedPerDistrict` shared parcels, `floorPerOfficer` floor parcels. */
export async function createLoadWorld(sql: postgres.Sql, { districts = 10, sharedPerDistrict = 50, floorPerOfficer = 50 } = {}): Promise<LoadWorld> {
  await sql`insert into public.admin_units (id, name, level, parent_id) values ('33', 'Hưng Yên', 'province', null) on conflict (id) do nothing`;
  const units = Array.from({ length: districts }, (_, i) => String(900 + i)); // numeric codes, as the GSO's
  for (const u of units) {
    await sql`insert into public.admin_units (id, name, level, parent_id) values (${u}, ${`Huyện thử ${u}`}, 'district', '33')`;
  }
  const projectId = randomUUID();
  await sql`insert into public.projects (id, code, name, kind, area_to_clear_m2, admin_unit_ids)
            values (${projectId}, 'LOAD', 'Dự án tải thử', 'industrial_cluster', 1000000, ${units})`;
  const officers: LoadOfficer[] = [];
  const shared = new Map<string, string[]>();
  const floor = new Map<number, string[]>();
  for (const [d, unit] of units.entries()) {
    shared.set(unit, await insertParcels(sql, projectId, unit, sharedPerDistrict, 20.8 + d * 0.01, `S${unit}`));
    for (let k = 0; k < 2; k++) {
      const index = officers.length;
      const email = `load-${index}@test.local`;
      const id = randomUUID();
      await sql`insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                                        raw_app_meta_data, raw_user_meta_data)
                values (${id}, 'authenticated', 'authenticated', ${email}, ${PASSWORD_HASH}, now(), now(), now(),
                        '{"provider":"email","providers":["email"]}', '{}')`;
      await sql`insert into public.memberships (user_id, role, admin_unit_id) values (${id}, 'officer', ${unit})`;
      officers.push({ index, email, id, district: unit });
      floor.set(index, await insertParcels(sql, projectId, unit, floorPerOfficer, 20.5 + index * 0.005, `F${index}`));
    }
  }
  return { projectId, officers, shared, floor };
}
