// 100,000 (or `count`) parcels for benchmarks: 200 rectangular projects of 500 strips of about
// 50 × 55 m, spread over Hưng Yên's extent, with a stage mix and an officer for the whole province
// (bench@test.local / gpmb-test-2024). Written straight into PostgreSQL as the superuser.
import { randomUUID } from "node:crypto";

const PASSWORD_HASH = "$2b$10$rKzmAk4U3xX7OY8PW7MOuuvKDuhn9w4I5FSg.4WtnPd4DagTSdQsS"; // gpmb-test-2024

/** Loads `PARCELS` parcels into a freshly migrated, empty database. */
export async function loadParcels(sql, PARCELS) {
  await sql`insert into public.admin_units (id, name, level, parent_id) values ('33', 'Hưng Yên', 'province', null)`;
  await sql`insert into public.admin_units (id, name, level, parent_id)
            select (322 + g)::text, 'Huyện ' || g, 'district', '33' from generate_series(1, 10) g`;
  const projects = Math.ceil(PARCELS / 500);
  await sql`
    insert into public.projects (id, code, name, kind, area_to_clear_m2, geom)
    select md5('bench-project:' || g)::uuid, 'B-' || g, 'Dự án ' || g,
           (array['industrial_park','industrial_cluster','public_investment','resettlement','urban_housing'])[1 + g % 5], 0,
           jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
             jsonb_build_array(x0, y0), jsonb_build_array(x0 + 0.0125, y0), jsonb_build_array(x0 + 0.0125, y0 + 0.0104),
             jsonb_build_array(x0, y0 + 0.0104), jsonb_build_array(x0, y0))))
    from (select g, round((105.90 + (g % 15) * 0.026)::numeric, 6)::float8 as x0,
                    round((20.62 + (g / 15) * 0.027)::numeric, 6)::float8 as y0
          from generate_series(0, ${projects - 1}) g) s`;
  await sql`
    insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage, version)
    select md5('bench-parcel:' || i)::uuid,
           md5('bench-project:' || (i / 500))::uuid,
           (323 + (i / 500) % 10)::text,
           (1 + (i % 500) / 25)::text, (1 + i % 25)::text,
           (array['LUC','LUC','LUC','BHK','CLN','NTS','ONT'])[1 + i % 7],
           2500 + (i % 17) * 100,
           jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
             jsonb_build_array(x, y), jsonb_build_array(x + 0.00048, y), jsonb_build_array(x + 0.00048, y + 0.0005),
             jsonb_build_array(x, y + 0.0005), jsonb_build_array(x, y)))),
           (array['not_started','dialogue','notice','inventory','plan_approved','recovery_decided','compensated','handed_over'])[1 + (i * 7) % 8],
           1
    from (
      select i,
             round((105.90 + ((i / 500) % 15) * 0.026 + (i % 25) * 0.0005)::numeric, 6)::float8 as x,
             round((20.62 + ((i / 500) / 15) * 0.027 + ((i % 500) / 25) * 0.00052)::numeric, 6)::float8 as y
      from generate_series(0, ${PARCELS - 1}) i
    ) s`;
  await sql`vacuum analyze`;
  const officer = randomUUID();
  await sql`
    insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                            raw_app_meta_data, raw_user_meta_data)
    values (${officer}, 'authenticated', 'authenticated', 'bench@test.local', ${PASSWORD_HASH}, now(), now(), now(),
            '{"provider":"email","providers":["email"]}', '{}')`;
  await sql`insert into public.memberships (user_id, role, admin_unit_id) values (${officer}, 'officer', '33')`;
}

