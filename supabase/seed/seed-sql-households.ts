// The households statements of seed.sql (issue 16): parties, members, holdings, compensation
// plans with their lines, payments and resettlement plots, and the graves and utilities to move,
// all derived set-wise in SQL from the parcels, their fictional personal data and their events,
// and run only into a database that has none of them (a re-run never brings back what officers
// changed), so that every date agrees with the parcel's history:
// - a party per household named in parcel_private (organisations for public land), registered in
//   the parcel's district; about one residential or perennial parcel in six has a second,
//   inherited co-holder (shares 60/40);
// - a plan per project, district and day of approval (the day of the parcel's plan_approved
//   event), posted for 30 days before it, with its lines per party: land, crops, support, from
//   the parcel's amounts split by share, a few lines needing confirmation or missing their basis;
// - a payment per party and parcel on the day of the parcel's compensated event;
// - a resettlement plot per residential parcel entitled to one, ready 30 days after payment for
//   three in four;
// - a grave item per cemetery parcel and utilities per road project and district, with dated
//   progress entries that follow the handovers.

import { q, textArray } from "./seed-sql-text";
import { GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from "./seed-vocabulary";

const ILLUSTRATIVE = "(minh họa)";
const LAW = "Luật Đất đai số 31/2024/QH15";

function partiesSql(): string {
  return `-- Households and organisations holding the demo parcels, with their members and holdings (fictional).
-- Only into a database that has none yet: a re-run must not bring back what officers changed.
create temp table seed_first_run as
select not exists (select 1 from public.parties) and not exists (select 1 from public.compensation_plans)
       and not exists (select 1 from public.project_items) as yes;
create temp table seed_holders as
with src as (
  select c.id as parcel_id, c.project_id, c.admin_unit_id, c.land_type, pp.owner_name, pp.household,
         case when c.land_type in ('DGT', 'NTD') then 'org:' || c.admin_unit_id || ':' || pp.owner_name
              else 'hh:' || c.admin_unit_id || ':' || split_part(pp.household, ';', 1) end as party_key,
         coalesce(nullif(substring(pp.household from '; ([0-9]+) nhân khẩu'), '')::int, 0) as people,
         -- an inherited co-holder on about one residential or perennial parcel in six
         c.land_type in ('ONT', 'ODT', 'CLN') and abs(hashtext('co:' || c.id)) % 6 = 0 as with_co
  from public.parcels c
  join public.parcel_private pp on pp.parcel_id = c.id
  join public.projects p on p.id = c.project_id and p.is_illustrative
  where (select yes from seed_first_run)
)
select s.*, md5('party:' || s.party_key)::uuid as party_id,
       case when s.with_co then 60 else 100 end::numeric as share_pct, false as co
from src s
union all
-- the co-holder is the holder's grown child, with a household of their own in the same village
select s.parcel_id, s.project_id, s.admin_unit_id, s.land_type, c.name,
       'Hộ ông ' || c.name || substr(split_part(s.household, ';', 1), position(',' in split_part(s.household, ';', 1)))
         || '; ' || c.people || ' nhân khẩu',
       'co:' || s.parcel_id, c.people, false, md5('party:co:' || s.parcel_id)::uuid, 40, true
from src s
cross join lateral (select split_part(s.owner_name, ' ', 1) || ' '
  || (${textArray(MIDDLE_MALE)})[1 + abs(hashtext('mid:' || s.parcel_id)) % ${MIDDLE_MALE.length}] || ' '
  || (${textArray(GIVEN_MALE)})[1 + abs(hashtext('given:' || s.parcel_id)) % ${GIVEN_MALE.length}] as name,
  2 + abs(hashtext('co-people:' || s.parcel_id)) % 4 as people) c
where s.with_co;

create temp table seed_parties as
select x.*, row_number() over (order by x.party_key) as rn
from (
  select distinct on (h.party_id) h.party_id, h.party_key, h.admin_unit_id, h.co, h.people,
         h.land_type in ('DGT', 'NTD') as org, h.owner_name, h.household, h.parcel_id,
         split_part(h.owner_name, ' ', 1) as surname
  from seed_holders h
  order by h.party_id, h.parcel_id
) x;

insert into public.parties (id, kind, name, id_number, address, phone, admin_unit_id, note, created_at, updated_at)
select s.party_id,
       case when s.org then 'organisation' else 'household' end,
       case when s.org then s.owner_name else split_part(split_part(s.household, ';', 1), ',', 1) end,
       case when s.org then null
            else '033' || case when s.household like 'Hộ ông%' then '0' else '1' end
                 || lpad((45 + abs(hashtext('born:' || s.party_key)) % 50)::text, 2, '0') || lpad(s.rn::text, 6, '0') end,
       case when s.org then substring(s.owner_name from 'UBND (.*)$')
            else btrim(substr(split_part(s.household, ';', 1), position(',' in split_part(s.household, ';', 1)) + 1)) end,
       case when s.org then null else '09' || lpad((abs(hashtext('tel:' || s.party_key)) % 100000000)::text, 8, '0') end,
       s.admin_unit_id,
       ${q(`Dữ liệu minh họa ${ILLUSTRATIVE}`)},
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_parties s
on conflict do nothing;

insert into public.party_members (id, party_id, full_name, id_number, birth_year, relation, is_head, share_pct)
select md5('member:' || s.party_key || ':' || m.k)::uuid, s.party_id,
       case when m.k = 1 then s.owner_name
            when m.k = 2 and s.household like 'Hộ ông%' then
              (${textArray(["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Bùi", "Hoàng"])})[1 + abs(hashtext('sp:' || s.party_key)) % 8]
              || ' ' || (${textArray(MIDDLE_FEMALE)})[1 + abs(hashtext('spm:' || s.party_key)) % ${MIDDLE_FEMALE.length}]
              || ' ' || (${textArray(GIVEN_FEMALE)})[1 + abs(hashtext('spg:' || s.party_key)) % ${GIVEN_FEMALE.length}]
            when m.k = 2 then
              (${textArray(["Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Bùi", "Hoàng"])})[1 + abs(hashtext('sp:' || s.party_key)) % 8]
              || ' ' || (${textArray(MIDDLE_MALE)})[1 + abs(hashtext('spm:' || s.party_key)) % ${MIDDLE_MALE.length}]
              || ' ' || (${textArray(GIVEN_MALE)})[1 + abs(hashtext('spg:' || s.party_key)) % ${GIVEN_MALE.length}]
            else s.surname || ' ' || case when (m.k + abs(hashtext(s.party_key))) % 2 = 0
              then (${textArray(MIDDLE_MALE)})[1 + abs(hashtext('cm:' || s.party_key || m.k)) % ${MIDDLE_MALE.length}]
                   || ' ' || (${textArray(GIVEN_MALE)})[1 + abs(hashtext('cg:' || s.party_key || m.k)) % ${GIVEN_MALE.length}]
              else (${textArray(MIDDLE_FEMALE)})[1 + abs(hashtext('cm:' || s.party_key || m.k)) % ${MIDDLE_FEMALE.length}]
                   || ' ' || (${textArray(GIVEN_FEMALE)})[1 + abs(hashtext('cg:' || s.party_key || m.k)) % ${GIVEN_FEMALE.length}] end
       end,
       case when m.k = 1 then p.id_number
            when m.k = 2 then '034' || case when s.household like 'Hộ ông%' then '1' else '0' end
                 || lpad((47 + abs(hashtext('born:' || s.party_key)) % 50)::text, 2, '0') || lpad(s.rn::text, 6, '0') end,
       case when m.k <= 2 then 1945 + abs(hashtext('born:' || s.party_key)) % 50 + (m.k - 1) * 2
            else 1975 + abs(hashtext('born:' || s.party_key)) % 50 / 2 + m.k * 3 end,
       case when m.k = 1 then 'Chủ hộ' when m.k = 2 and s.household like 'Hộ ông%' then 'Vợ'
            when m.k = 2 then 'Chồng' else 'Con' end,
       m.k = 1, null
from seed_parties s
join public.parties p on p.id = s.party_id
cross join lateral generate_series(1, greatest(s.people, 1)) as m(k)
where not s.org
on conflict do nothing;

insert into public.holdings (id, party_id, parcel_id, share_pct, origin, certificate_no, created_at, updated_at)
select md5('holding:' || h.party_id || ':' || h.parcel_id)::uuid, h.party_id, h.parcel_id, h.share_pct,
       case when h.land_type in ('DGT', 'NTD') then 'public_land'
            when h.co then 'inherited'
            when h.land_type in ('ONT', 'ODT') then
              (array['recognised', 'recognised', 'transferred', 'inherited'])[1 + abs(hashtext('origin:' || h.parcel_id)) % 4]
            else 'allocated' end,
       case when h.land_type in ('DGT', 'NTD') then null
            else (array['BĐ', 'CH', 'CS', 'DA'])[1 + abs(hashtext('cert:' || h.parcel_id)) % 4] || ' '
                 || lpad((abs(hashtext('certno:' || h.parcel_id || h.party_id)) % 1000000)::text, 6, '0') end,
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_holders h
on conflict do nothing;
`;
}

function plansSql(): string {
  return `-- Compensation plans, one per project, district and day of approval, with their lines per party (fictional amounts).
create temp table seed_acts as
select c.id as parcel_id, c.project_id, c.admin_unit_id, c.land_type, c.area_m2, c.map_sheet, c.parcel_no,
       pp.compensation_vnd, pp.support_vnd, pp.resettlement, c.stage,
       (select private.vn_day(e.occurred_at) from public.parcel_events e
        where e.parcel_id = c.id and e.to_stage = 'plan_approved' and e.from_stage <> e.to_stage
        order by e.occurred_at desc limit 1) as approved_on,
       (select private.vn_day(e.occurred_at) from public.parcel_events e
        where e.parcel_id = c.id and e.to_stage = 'compensated' and e.from_stage <> e.to_stage
        order by e.occurred_at desc limit 1) as paid_on,
       (select private.vn_day(e.occurred_at) from public.parcel_events e
        where e.parcel_id = c.id and e.to_stage = 'handed_over' and e.from_stage <> e.to_stage
        order by e.occurred_at desc limit 1) as handed_on
from public.parcels c
join public.parcel_private pp on pp.parcel_id = c.id
join public.projects p on p.id = c.project_id and p.is_illustrative
where (select yes from seed_first_run);

create temp table seed_plans as
select md5('plan:' || a.project_id || ':' || a.admin_unit_id || ':' || a.approved_on)::uuid as plan_id,
       a.project_id, a.admin_unit_id, a.approved_on,
       row_number() over (order by a.approved_on, a.project_id, a.admin_unit_id) as rn
from seed_acts a
where a.approved_on is not null
group by a.project_id, a.admin_unit_id, a.approved_on;

insert into public.compensation_plans (id, project_id, batch, posted_from, posted_to, decision_no, decision_date, note,
                                       created_at, updated_at)
select s.plan_id, s.project_id,
       'Đợt ' || to_char(s.approved_on, 'DD/MM/YYYY') || ' – ' || u.name,
       s.approved_on - 45, s.approved_on - 15,
       s.rn || '/QĐ-UBND ' || ${q(ILLUSTRATIVE)}, s.approved_on,
       'Phê duyệt phương án bồi thường, hỗ trợ, tái định cư ' || ${q(ILLUSTRATIVE)},
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_plans s
join public.admin_units u on u.id = s.admin_unit_id
on conflict do nothing;

insert into public.plan_lines (id, plan_id, party_id, parcel_id, line_group, content, quantity, unit, unit_price_vnd,
                               amount_vnd, basis_document, basis_article, status, created_at, updated_at)
select md5('line:' || l.grp || ':' || h.party_id || ':' || a.parcel_id)::uuid, s.plan_id, h.party_id, a.parcel_id, l.grp,
       l.content || ' thửa ' || a.parcel_no || ', tờ ' || a.map_sheet,
       l.quantity, l.unit, l.price, l.amount,
       case when l.grp = 'support' and abs(hashtext('basis:' || a.parcel_id)) % 29 = 0 then null else ${q(LAW)} end,
       case when l.grp = 'support' and abs(hashtext('basis:' || a.parcel_id)) % 29 = 0 then null else l.article end,
       case when l.grp = 'support' and abs(hashtext('basis:' || a.parcel_id)) % 29 = 0 then 'missing_basis'
            when abs(hashtext('check:' || a.parcel_id || l.grp)) % 17 = 0 then 'needs_confirmation'
            else 'provisional' end,
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_acts a
join seed_plans s on s.project_id = a.project_id and s.admin_unit_id = a.admin_unit_id and s.approved_on = a.approved_on
join seed_holders h on h.parcel_id = a.parcel_id
cross join lateral (values
  ('land', case when a.land_type in ('ONT', 'ODT') then 'Bồi thường về đất ở' else 'Bồi thường về đất ' || a.land_type end,
   round(a.area_m2 * h.share_pct / 100, 1), 'm²', round(a.compensation_vnd / a.area_m2),
   round(a.compensation_vnd * h.share_pct / 100),
   case when a.land_type in ('ONT', 'ODT') then 'Điều 98' else 'Điều 96' end),
  ('crops', 'Bồi thường cây trồng, vật nuôi trên đất', round(a.area_m2 * h.share_pct / 100, 1), 'm²', 6000::numeric,
   round(a.area_m2 * h.share_pct / 100 * 6000), 'Điều 103'),
  ('support', 'Hỗ trợ ổn định đời sống, sản xuất và chuyển đổi nghề', null, null, null,
   round(a.support_vnd * h.share_pct / 100), 'Điều 108, Điều 109')
) as l(grp, content, quantity, unit, price, amount, article)
where l.amount > 0 and (l.grp <> 'crops' or a.land_type in ('LUC', 'BHK', 'CLN', 'NTS'))
on conflict do nothing;

-- a payment per party and parcel on the day of the parcel's compensated event
insert into public.payments (id, plan_id, party_id, paid_on, amount_vnd, method, reference, created_at, updated_at)
select md5('payment:' || h.party_id || ':' || a.parcel_id)::uuid, s.plan_id, h.party_id, a.paid_on, t.total,
       (array['bank_transfer', 'bank_transfer', 'bank_transfer', 'bank_transfer', 'bank_transfer', 'bank_transfer',
              'bank_transfer', 'cash', 'cash', 'treasury_deposit'])[1 + abs(hashtext('method:' || a.parcel_id)) % 10],
       'UNC ' || lpad((abs(hashtext('unc:' || h.party_id || a.parcel_id)) % 100000)::text, 5, '0'),
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_acts a
join seed_plans s on s.project_id = a.project_id and s.admin_unit_id = a.admin_unit_id and s.approved_on = a.approved_on
join seed_holders h on h.parcel_id = a.parcel_id
cross join lateral (select sum(case when l.line_group = 'deduction' then -l.amount_vnd else l.amount_vnd end) as total
                    from public.plan_lines l where l.plan_id = s.plan_id and l.party_id = h.party_id
                    and l.parcel_id = a.parcel_id) t
where a.paid_on is not null and t.total > 0
on conflict do nothing;

-- a resettlement plot per residential parcel entitled to one
insert into public.resettlement_allocations (id, party_id, project_id, site, plot_no, area_m2, ready_on, allocated_on,
                                             created_at, updated_at)
select md5('plot:' || a.parcel_id)::uuid, h.party_id, a.project_id,
       substring(a.resettlement from 'nơi bố trí: (.*)$'),
       'Lô ' || (array['A', 'B', 'C', 'D'])[1 + abs(hashtext('plot:' || a.parcel_id)) % 4] || '-'
         || (1 + abs(hashtext('plotno:' || a.parcel_id)) % 80),
       substring(a.resettlement from '([0-9]+) m²')::numeric,
       case when a.paid_on is not null and abs(hashtext('ready:' || a.parcel_id)) % 4 <> 0 then a.paid_on + 30 end,
       case when a.handed_on is not null and abs(hashtext('ready:' || a.parcel_id)) % 4 <> 0 then greatest(a.handed_on, a.paid_on + 30) end,
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_acts a
join seed_holders h on h.parcel_id = a.parcel_id and not h.co
where a.resettlement is not null and a.approved_on is not null
on conflict do nothing;

-- the record's first line of history: entered from the inventory, by the district's officer
insert into public.household_events (event_id, kind, entity, entity_id, party_id, project_id, admin_unit_id, before, after,
                                     actor, occurred_at, recorded_at)
select md5('household-event:' || s.party_id)::uuid, 'import', 'import', s.party_id, s.party_id, null, s.admin_unit_id, null,
       jsonb_build_object('source', ${q(`Biên bản kiểm đếm ${ILLUSTRATIVE}`)}),
       (select m.user_id from public.memberships m where m.role = 'officer' and m.admin_unit_id = s.admin_unit_id
        order by m.user_id limit 1),
       coalesce((select e.occurred_at from public.parcel_events e where e.parcel_id = s.parcel_id order by e.occurred_at limit 1),
                timestamptz '2024-01-02 08:00:00+00'),
       timestamptz '2024-01-02 08:00:00+00'
from seed_parties s
on conflict do nothing;
`;
}

function itemsSql(): string {
  return `-- Graves in the demo cemeteries' parcels and utilities along the roads, with dated progress (fictional).
insert into public.project_items (id, project_id, admin_unit_id, kind, name, unit, total, owner, created_at, updated_at)
select md5('item:grave:' || a.parcel_id)::uuid, a.project_id, a.admin_unit_id, 'grave',
       'Mộ trong ' || lower(substr(split_part(pp.household, ';', 1), 1, 1)) || substr(split_part(pp.household, ';', 1), 2)
         || ' (thửa ' || a.parcel_no || ', tờ ' || a.map_sheet || ')',
       'count', 5 + abs(hashtext('graves:' || a.parcel_id)) % 36, null,
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from seed_acts a join public.parcel_private pp on pp.parcel_id = a.parcel_id
where a.land_type = 'NTD'
union all
select md5('item:' || u.kind || ':' || g.project_id || ':' || g.admin_unit_id)::uuid, g.project_id, g.admin_unit_id, u.kind,
       u.name || ', ' || au.name, 'm', u.base + abs(hashtext(u.kind || g.project_id || g.admin_unit_id)) % u.spread, u.owner,
       timestamptz '2024-01-02 08:00:00+00', timestamptz '2024-01-02 08:00:00+00'
from (select distinct a.project_id, a.admin_unit_id from seed_acts a
      join public.projects p on p.id = a.project_id where p.kind in ('ring_road', 'public_investment')) g
join public.admin_units au on au.id = g.admin_unit_id
cross join (values
  ('power_line', 'Đường dây điện 22 kV', 400, 1600, ${q(`Điện lực Hưng Yên ${ILLUSTRATIVE}`)}),
  ('telecom', 'Tuyến cáp viễn thông', 200, 900, ${q(`Doanh nghiệp viễn thông ${ILLUSTRATIVE}`)}),
  ('water_pipe', 'Đường ống nước sạch D110', 300, 1200, ${q(`Công ty cấp nước ${ILLUSTRATIVE}`)})
) as u(kind, name, base, spread, owner)
on conflict do nothing;

-- graves: half moved when the plan was approved (mid-way), all by the handover; utilities: the
-- share of the district's parcels handed over, as of the latest handover of each quarter
insert into public.project_item_progress (id, item_id, as_of, done, note, created_at)
select md5('item-progress:' || x.item_id || ':' || x.as_of)::uuid, x.item_id, x.as_of, x.done, null,
       timestamptz '2024-01-02 08:00:00+00'
from (
  select i.id as item_id, a.approved_on + 10 as as_of, floor(i.total / 2) as done
  from public.project_items i join seed_acts a on i.id = md5('item:grave:' || a.parcel_id)::uuid
  where a.approved_on is not null and (a.handed_on is null or a.handed_on > a.approved_on + 10)
  union all
  select i.id, a.handed_on, i.total
  from public.project_items i join seed_acts a on i.id = md5('item:grave:' || a.parcel_id)::uuid
  where a.handed_on is not null
) x
on conflict do nothing;

insert into public.project_item_progress (id, item_id, as_of, done, note, created_at)
select md5('item-progress:' || i.id || ':' || q.as_of)::uuid, i.id, q.as_of,
       least(i.total, round(i.total * q.handed / q.parcels / 10) * 10), null, timestamptz '2024-01-02 08:00:00+00'
from public.project_items i
cross join lateral (
  select max(a.handed_on) as as_of,
         (select count(*) from seed_acts b where b.project_id = i.project_id and b.admin_unit_id = i.admin_unit_id
          and b.handed_on <= max(a.handed_on)) as handed,
         (select count(*) from seed_acts b where b.project_id = i.project_id and b.admin_unit_id = i.admin_unit_id) as parcels
  from seed_acts a
  where a.project_id = i.project_id and a.admin_unit_id = i.admin_unit_id and a.handed_on is not null
  group by date_trunc('quarter', a.handed_on)
) q
where i.kind <> 'grave'
on conflict do nothing;
`;
}

/** The statements that give the demo parcels their households, plans, payments, plots and items. */
export function householdsSql(): string {
  return [partiesSql(), plansSql(), itemsSql(),
    "drop table pg_temp.seed_first_run, pg_temp.seed_holders, pg_temp.seed_parties, pg_temp.seed_acts, pg_temp.seed_plans;\n"].join("\n");
}
