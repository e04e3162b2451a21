// The parcels statement of seed.sql: compact value rows that one SQL statement expands set-wise
// into GeoJSON parcels, their event history and their (fictional) personal data.

import type { SeedModel, SeedProject } from "./build-seed";
import { demoOfficerFor } from "./demo-accounts";
import type { SeedParcel } from "./seed-parcels";
import { STEP_DAYS } from "./seed-history";
import { q, tenths, textArray } from "./seed-sql-text";
import {
  BLOCKER_REASONS, GIVEN_FEMALE, GIVEN_MALE, LAND_TYPES, MIDDLE_FEMALE, MIDDLE_MALE, STAGES, STEP_NOTES, SURNAMES,
  UNIT_PRICES_VND, VILLAGES,
} from "./seed-vocabulary";

/** The parcels of one project in one district, with what SQL needs to expand them. */
interface Group {
  project: SeedProject;
  district: string;
  parcels: SeedParcel[];
  responsibles: string[];
}

function groupsOf(model: SeedModel): Group[] {
  const groups: Group[] = [];
  for (const project of model.projects) {
    for (const district of project.districts) {
      const parcels = model.parcels.filter((p) => p.projectCode === project.code && p.district === district);
      const responsibles = [...new Set(parcels.flatMap((p) => (p.blockerResponsible ? [p.blockerResponsible] : [])))].sort();
      groups.push({ project, district, parcels, responsibles });
    }
  }
  return groups;
}

function resettlementSite(model: SeedModel, g: Group): string {
  const districtLabel = model.districts.find((d) => d.code === g.district)!.label;
  const site = model.projects.find((p) => p.kind === "resettlement" && p.districts.includes(g.district as never));
  return site ? site.name.charAt(0).toLowerCase() + site.name.slice(1) : `khu tái định cư tập trung ${districtLabel}`;
}

function parcelRow(gi: number, p: SeedParcel, ox: number, oy: number, responsibles: string[]): string {
  const [c0, c1, c2, c3] = p.ring as [[number, number], [number, number], [number, number], [number, number]];
  const r = p.blockerResponsible === null ? 0 : responsibles.indexOf(p.blockerResponsible) + 1;
  return `(${[
    gi, p.mapSheet, p.parcelNo, p.landType + 1, p.stage, p.blocker === null ? 0 : p.blocker + 1, r, p.commune + 1,
    tenths(p.areaTenths), c0[0] - ox, c0[1] - oy,
    c1[0] - c0[0], c1[1] - c0[1], c2[0] - c0[0], c2[1] - c0[1], c3[0] - c0[0], c3[1] - c0[1],
  ].join(",")})`;
}

/** The single statement that inserts every parcel with its history and personal data. */
export function parcelsSql(model: SeedModel): string {
  const groups = groupsOf(model).filter((g) => g.parcels.length > 0);
  const kRows: string[] = [];
  const vRows: string[] = [];
  groups.forEach((g, i) => {
    const gi = i + 1;
    const ox = Math.min(...g.parcels.map((p) => p.ring[0]![0]));
    const oy = Math.min(...g.parcels.map((p) => p.ring[0]![1]));
    const officer = demoOfficerFor(g.district);
    const communes = g.project.communes[g.district as keyof typeof g.project.communes] ?? [];
    kRows.push(`  (${[
      gi, q(g.project.code), q(g.district), ox, oy, `date ${q(g.project.schedule.start)}`, g.project.schedule.spread,
      officer ? `${q(officer.id)}::uuid` : "null::uuid", textArray(communes), textArray(g.responsibles),
      q(resettlementSite(model, g)),
    ].join(", ")})`);
    const districtName = model.districts.find((d) => d.code === g.district)!.fullName;
    vRows.push(`-- ${g.project.code} · ${districtName}: ${g.parcels.length} thửa`);
    g.parcels.forEach((p, j) => {
      const last = i === groups.length - 1 && j === g.parcels.length - 1;
      vRows.push(parcelRow(gi, p, ox, oy, g.responsibles) + (last ? "" : ","));
    });
  });
  const prices = LAND_TYPES.map((t) => UNIT_PRICES_VND[t]);
  return `-- Parcels, expanded set-wise. A row of v: group (k), map sheet, parcel no, land type (1-based in land_types),
-- stage position, blocker reason (1-based, 0 = none), blocker responsible (1-based in k.responsibles, 0 = none),
-- commune (1-based in k.communes), legal area m², then the first corner in micro-degrees from the group origin
-- (k.ox, k.oy) and the other three corners relative to the first.
-- History: one event per stage step from not_started, dated k.d0 + step_days[step] + a per-parcel offset
-- (0..k.spread) + 0..3 days, then one event setting the blocker 7..36 days later; parcel version = 1 + events.
-- Events are recorded by the district's demo officer in Văn Giang and Văn Lâm, else with no actor, and dated as
-- recorded when they happened (the history would otherwise say each was recorded on the day the seed ran).
with l as (
  select ${textArray(STAGES)} as stages,
         ${textArray(LAND_TYPES)} as land_types,
         array[${prices.map((x) => x.compensation).join(", ")}]::numeric[] as compensation,
         array[${prices.map((x) => x.support).join(", ")}]::numeric[] as support,
         array[${STEP_DAYS.join(", ")}]::int[] as step_days,
         ${textArray(BLOCKER_REASONS.map((b) => b.text))} as reasons,
         ${textArray(STEP_NOTES.slice(1))} as notes,
         ${textArray(SURNAMES)} as surnames,
         ${textArray(MIDDLE_MALE)} as middle_m,
         ${textArray(MIDDLE_FEMALE)} as middle_f,
         ${textArray(GIVEN_MALE)} as given_m,
         ${textArray(GIVEN_FEMALE)} as given_f,
         ${textArray(VILLAGES)} as villages
),
k (grp, code, unit, ox, oy, d0, spread, actor, communes, responsibles, resettle) as (values
${kRows.join(",\n")}
),
v (grp, s, n, t, g, b, r, c, a, x0, y0, x1, y1, x2, y2, x3, y3) as (values
${vRows.join("\n")}
),
p0 as (
  select v.*, k.code, k.unit, k.d0, k.spread, k.actor, k.responsibles, k.resettle, l.*,
         (k.communes)[v.c] as commune, (l.land_types)[v.t] as lt,
         k.ox + v.x0 as lx, k.oy + v.y0 as ly,
         k.code || ':' || k.unit || ':' || v.s || ':' || v.n as pcode,
         (v.n * 37 + v.s * 53) % (k.spread + 1) as off
  from v join k using (grp) cross join l
),
p as (
  select p0.*, md5('parcel:' || p0.pcode)::uuid as id, h, get_byte(h, 0) % 2 = 0 as male,
         (p0.surnames)[1 + get_byte(h, 1) % cardinality(p0.surnames)] || ' ' ||
         case when get_byte(h, 0) % 2 = 0
              then (p0.middle_m)[1 + get_byte(h, 2) % cardinality(p0.middle_m)] || ' ' ||
                   (p0.given_m)[1 + get_byte(h, 3) % cardinality(p0.given_m)]
              else (p0.middle_f)[1 + get_byte(h, 2) % cardinality(p0.middle_f)] || ' ' ||
                   (p0.given_f)[1 + get_byte(h, 3) % cardinality(p0.given_f)] end as owner,
         (p0.villages)[1 + get_byte(h, 4) % cardinality(p0.villages)] as village
  from p0 cross join lateral (select decode(md5('owner:' || p0.pcode), 'hex') as h) hh
),
ins as (
  insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage,
                              blocked, blocker_reason, blocker_responsible, version)
  select p.id, md5('project:' || p.code)::uuid, p.unit, p.s::text, p.n::text, p.lt, p.a,
         jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
           jsonb_build_array(p.lx::float8 / 1000000, p.ly::float8 / 1000000),
           jsonb_build_array((p.lx + p.x1)::float8 / 1000000, (p.ly + p.y1)::float8 / 1000000),
           jsonb_build_array((p.lx + p.x2)::float8 / 1000000, (p.ly + p.y2)::float8 / 1000000),
           jsonb_build_array((p.lx + p.x3)::float8 / 1000000, (p.ly + p.y3)::float8 / 1000000),
           jsonb_build_array(p.lx::float8 / 1000000, p.ly::float8 / 1000000)))),
         (p.stages)[p.g + 1], p.b > 0, (p.reasons)[nullif(p.b, 0)], (p.responsibles)[nullif(p.r, 0)],
         1 + p.g + (p.b > 0)::int
  from p
  on conflict do nothing
  returning id
),
ev as (
  insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason,
                                    blocker_responsible, note, actor, version, occurred_at, recorded_at)
  select x.*, x.occurred_at from (
  select md5('event:' || p.pcode || ':' || e.step)::uuid, p.id, (p.stages)[e.step], (p.stages)[e.step + 1],
         false, null, null, case when (p.n * 7 + e.step * 3) % 41 = 0 then (p.notes)[e.step] end, p.actor, e.step + 1,
         ((p.d0 + (p.step_days)[e.step] + p.off + (p.n + 3 * e.step) % 4)::timestamp
           + make_interval(hours => 1 + (p.n + e.step) % 8, mins => (p.n * 7 + e.step * 11) % 60)) at time zone 'UTC' as occurred_at
  from p join ins on ins.id = p.id cross join lateral generate_series(1, p.g) as e(step)
  union all
  select md5('event:' || p.pcode || ':' || (p.g + 1))::uuid, p.id, (p.stages)[p.g + 1], (p.stages)[p.g + 1],
         true, (p.reasons)[p.b], (p.responsibles)[p.r], null, p.actor, p.g + 2,
         ((p.d0 + (p.step_days)[p.g] + p.off + (p.n + 3 * p.g) % 4 + 7 + (p.n * 13) % 30)::timestamp
           + make_interval(hours => 1 + (p.n + p.g + 1) % 8, mins => (p.n * 7 + (p.g + 1) * 11) % 60)) at time zone 'UTC'
  from p join ins on ins.id = p.id
  where p.b > 0
  ) x
  on conflict do nothing
),
pp as (
  insert into public.parcel_private (parcel_id, owner_name, household, compensation_vnd, support_vnd, resettlement)
  select p.id,
         case when p.lt in ('DGT', 'NTD') then 'UBND ' || p.commune else p.owner end,
         case when p.lt = 'DGT' then 'Đất giao thông, thủy lợi nội đồng do UBND ' || p.commune || ' quản lý'
              when p.lt = 'NTD' then 'Đất nghĩa địa thôn ' || p.village || ', ' || p.commune
                                     || '; các hộ có mộ phải di dời được thông báo riêng'
              else 'Hộ ' || case when p.male then 'ông ' else 'bà ' end || p.owner || ', thôn ' || p.village || ', '
                   || p.commune || '; ' || (2 + get_byte(p.h, 5) % 6) || ' nhân khẩu' end,
         round(p.a * (p.compensation)[p.t]), round(p.a * (p.support)[p.t]),
         case when p.lt in ('ONT', 'ODT') then 'Đủ điều kiện bố trí tái định cư: 01 lô đất ở '
              || (80 + 10 * (get_byte(p.h, 6) % 5)) || ' m², nơi bố trí: ' || p.resettle end
  from p join ins on ins.id = p.id
  on conflict do nothing
)
select count(*) as parcels_inserted from ins;
`;
}
