// Test data written straight into PostgreSQL as the superuser (the way an import or the seed
// would), so the API tests exercise only the HTTP API and RLS. Each call makes a fresh,
// independent "world" with its own users, project and parcels.
import postgres from "postgres";
import { randomUUID } from "node:crypto";
import { PG_URL } from "./env";

// bcrypt hash of PASSWORD in ./clients.ts
const PASSWORD_HASH = "$2b$10$rKzmAk4U3xX7OY8PW7MOuuvKDuhn9w4I5FSg.4WtnPd4DagTSdQsS";

export const sql = postgres(PG_URL, { max: 10, onnotice: () => {} });

/** A secret that must never reach anyone but the area's officers and leaders. */
export const SECRET_OWNER = "Nguyễn Văn Bí Mật";

/** The fixture owner name of the parcels in one district. */
export function ownerIn(unit: "326" | "325"): string {
  return `${SECRET_OWNER} ${unit}`;
}

export interface World {
  tag: string;
  users: { admin: string; leader: string; officerVanGiang: string; officerVanLam: string; nobody: string };
  userIds: Record<keyof World["users"], string>;
  projectId: string;
  /** parcels in Văn Giang (326): [0..n) ; in Văn Lâm (325): [n..2n) */
  vanGiang: string[];
  vanLam: string[];
}

function square(lon: number, lat: number, size = 0.0005) {
  return {
    type: "Polygon",
    coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
  };
}

async function ensureAdminUnits() {
  await sql`
    insert into public.admin_units (id, name, level, parent_id) values
      ('33', 'Hưng Yên', 'province', null),
      ('326', 'Huyện Văn Giang', 'district', '33'),
      ('325', 'Huyện Văn Lâm', 'district', '33'),
      ('12001', 'Xã Mễ Sở', 'commune', '326')
    on conflict (id) do nothing`;
}

async function createUser(email: string): Promise<string> {
  const id = randomUUID();
  await sql`
    insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at,
                            updated_at, raw_app_meta_data, raw_user_meta_data)
    values (${id}, 'authenticated', 'authenticated', ${email}, ${PASSWORD_HASH}, now(), now(), now(),
            '{"provider":"email","providers":["email"]}', '{}')`;
  return id;
}

/** Creates users with roles, one project and `perDistrict` parcels in each of 326 and 325. */
export async function createWorld(perDistrict = 4): Promise<World> {
  await ensureAdminUnits();
  const tag = randomUUID().slice(0, 8);
  const users = {
    admin: `admin-${tag}@test.local`,
    leader: `leader-${tag}@test.local`,
    officerVanGiang: `vg-${tag}@test.local`,
    officerVanLam: `vl-${tag}@test.local`,
    nobody: `nobody-${tag}@test.local`,
  };
  const userIds = {} as World["userIds"];
  for (const [key, email] of Object.entries(users)) userIds[key as keyof typeof users] = await createUser(email);
  await sql`
    insert into public.memberships (user_id, role, admin_unit_id) values
      (${userIds.admin}, 'admin', null),
      (${userIds.leader}, 'leader', null),
      (${userIds.officerVanGiang}, 'officer', '326'),
      (${userIds.officerVanLam}, 'officer', '325')`;
  const projectId = randomUUID();
  await sql`
    insert into public.projects (id, code, name, kind, area_to_clear_m2, admin_unit_ids)
    values (${projectId}, ${`T-${tag}`}, ${`Dự án thử ${tag}`}, 'industrial_cluster', 10000, '{326,325}')`;
  const base = 105.9 + (parseInt(tag.slice(0, 4), 16) % 1000) * 0.001;
  const make = async (unit: "326" | "325", lat: number) => {
    const ids: string[] = [];
    for (let i = 0; i < perDistrict; i++) {
      const id = randomUUID();
      ids.push(id);
      await sql`
        insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
        values (${id}, ${projectId}, ${unit}, '7', ${String(100 + i)}, 'LUC', ${1000 + i * 10},
                ${sql.json(square(base + i * 0.001, lat))})`;
      await sql`
        insert into public.parcel_private (parcel_id, owner_name, household, compensation_vnd, support_vnd)
        values (${id}, ${ownerIn(unit)}, ${`Hộ ${ownerIn(unit)}`}, 987654321, 12345678)`;
    }
    return ids;
  };
  const vanGiang = await make("326", 20.9);
  const vanLam = await make("325", 20.95);
  return { tag, users, userIds, projectId, vanGiang, vanLam };
}

/** The parcel's stage, version and event count, read as the superuser. */
export async function parcelState(id: string) {
  const [row] = await sql<{ stage: string; version: number; blocked: boolean; events: number }[]>`
    select p.stage, p.version, p.blocked,
           (select count(*)::int from public.parcel_events e where e.parcel_id = p.id) as events
    from public.parcels p where p.id = ${id}`;
  if (!row) throw new Error(`no parcel ${id}`);
  return row;
}
