-- The leaders' units of households (issue 16): how many households a group of projects or an area
-- affects, how many have an approved plan, are paid, have handed over; the money approved and paid;
-- graves and utilities moved; resettlement plots ready. And each party's approved plan with what
-- was paid and when it was paid in full, which the 30-day payment deadline (Điểm a khoản 3
-- Điều 94, Luật Đất đai 2024) is judged by in the browser (src/domain/deadline-rules.ts).
--
-- Both read the tables of 20261206090000_households.sql, which anon cannot read. household_progress
-- gives anon counts and sums per group only, and no sum where the group is so small that it would
-- be one household's amount (Decree 13/2023/ND-CP). household_deadlines names parties: anon gets
-- 42501, others only the parties they may see (private.can_see_party).

-- A party belongs to a group through what ties it to a project: each parcel it holds (the parcel's
-- project and admin unit), each line of a plan (the plan's project; the line's parcel's unit, else
-- the party's commune) and each resettlement plot (its project, the party's commune). Grouping by
-- province, kind, project or admin unit as private.progress_grouped does: admin_unit is the parcel's
-- own unit (district or commune), province the current province the unit lies in.
create function private.household_groups(group_by text, p_at timestamptz)
returns table (key text, name text, party_id uuid, project_id uuid, parcel_id uuid, is_cleared boolean)
language sql
stable
set search_path = ''
as $$
  with recursive ancestry(unit_id, ancestor_id) as (
    select u.id, u.id from public.admin_units u
    union
    select a.unit_id, u.parent_id
    from ancestry a join public.admin_units u on u.id = a.ancestor_id
    where u.parent_id is not null
  ),
  held as (
    select h.party_id, s.project_id, s.admin_unit_id as unit_id, s.id as parcel_id, st.is_cleared
    from public.holdings h
      join private.parcel_states_at(p_at, null, null, false) s on s.id = h.parcel_id
      join public.stages st on st.id = s.stage
  ),
  ties as (
    select h.party_id, h.project_id, h.unit_id, h.parcel_id, h.is_cleared from held h
    union all
    select l.party_id, pl.project_id, coalesce(pc.admin_unit_id, pa.admin_unit_id), null::uuid, null::boolean
    from public.plan_lines l
      join public.compensation_plans pl on pl.id = l.plan_id
      join public.parties pa on pa.id = l.party_id
      left join public.parcels pc on pc.id = l.parcel_id
    union all
    select a.party_id, a.project_id, pa.admin_unit_id, null::uuid, null::boolean
    from public.resettlement_allocations a join public.parties pa on pa.id = a.party_id
  )
  select u.id, u.name, t.party_id, t.project_id, t.parcel_id, t.is_cleared
  from ties t
    join ancestry x on x.unit_id = t.unit_id
    join public.admin_units u on u.id = x.ancestor_id
  where group_by = 'province' and u.level = 'province' and u.valid_to is null
  union all
  select pr.kind, pr.kind, t.party_id, t.project_id, t.parcel_id, t.is_cleared
  from ties t join public.projects pr on pr.id = t.project_id
  where group_by = 'kind'
  union all
  select t.project_id::text, pr.name, t.party_id, t.project_id, t.parcel_id, t.is_cleared
  from ties t join public.projects pr on pr.id = t.project_id
  where group_by = 'project'
  union all
  select t.unit_id, u.name, t.party_id, t.project_id, t.parcel_id, t.is_cleared
  from ties t join public.admin_units u on u.id = t.unit_id
  where group_by = 'admin_unit'
$$;

-- The project items (graves, utilities) by the same groups: an item lies in its commune.
create function private.item_groups(group_by text)
returns table (key text, name text, item_id uuid)
language sql
stable
set search_path = ''
as $$
  with recursive ancestry(unit_id, ancestor_id) as (
    select u.id, u.id from public.admin_units u
    union
    select a.unit_id, u.parent_id
    from ancestry a join public.admin_units u on u.id = a.ancestor_id
    where u.parent_id is not null
  )
  select u.id, u.name, i.id
  from public.project_items i
    join ancestry x on x.unit_id = i.admin_unit_id
    join public.admin_units u on u.id = x.ancestor_id
  where group_by = 'province' and u.level = 'province' and u.valid_to is null
  union all
  select pr.kind, pr.kind, i.id from public.project_items i join public.projects pr on pr.id = i.project_id
  where group_by = 'kind'
  union all
  select pr.id::text, pr.name, i.id from public.project_items i join public.projects pr on pr.id = i.project_id
  where group_by = 'project'
  union all
  select u.id, u.name, i.id from public.project_items i join public.admin_units u on u.id = i.admin_unit_id
  where group_by = 'admin_unit'
$$;

-- Each party's part of each plan approved by the end of p_day: its lines summed (deductions
-- subtracted) and its payments up to p_day.
create function private.party_plans_at(p_day date)
returns table (party_id uuid, plan_id uuid, project_id uuid, total_vnd numeric, paid_vnd numeric)
language sql
stable
set search_path = ''
as $$
  with owed as (
    select l.party_id, l.plan_id, pl.project_id,
           sum(case when l.line_group = 'deduction' then -l.amount_vnd else l.amount_vnd end) as total
    from public.plan_lines l join public.compensation_plans pl on pl.id = l.plan_id
    where pl.decision_date <= p_day
    group by l.party_id, l.plan_id, pl.project_id
  ),
  paid as (
    select p.party_id, p.plan_id, sum(p.amount_vnd) as paid
    from public.payments p where p.paid_on <= p_day
    group by p.party_id, p.plan_id
  )
  select o.party_id, o.plan_id, o.project_id, o.total, coalesce(pd.paid, 0)
  from owed o left join paid pd on pd.party_id = o.party_id and pd.plan_id = o.plan_id
$$;

create function public.household_progress(group_by text default 'project', p_at date default null)
returns table (key text, name text, households bigint, households_plan_approved bigint, households_paid bigint,
               households_handed_over bigint, approved_vnd numeric, paid_vnd numeric, graves_total numeric,
               graves_moved numeric, utilities jsonb, plots_needed bigint, plots_ready bigint)
language plpgsql
stable
security definer
set search_path = ''
-- as progress_as_of: the replay's row estimates are large, and compiling the plan costs more than
-- running it
set jit = off
as $$
declare
  v_day date := coalesce(p_at, private.vn_today());
  v_at timestamptz := case when p_at is null then null else private.vn_day_end(p_at) end;
  v_leader boolean := private.has_role('leader');
begin
  perform private.check_group_by(group_by);
  if p_at is not null and p_at > private.vn_today() then
    raise exception 'Ngày % chưa đến: chỉ xem được số liệu đến hôm nay.', p_at using errcode = '22023';
  end if;
  return query
  with g as (
    select * from private.household_groups(group_by, v_at)
  ),
  pairs as (
    select distinct g.key, g.party_id, g.project_id from g
  ),
  plans as (
    select pa.key, pa.party_id, pp.plan_id, pp.total_vnd, pp.paid_vnd
    from pairs pa join private.party_plans_at(v_day) pp on pp.party_id = pa.party_id and pp.project_id = pa.project_id
  ),
  per_party as (
    select g.key, g.party_id,
           coalesce(bool_and(g.is_cleared) filter (where g.parcel_id is not null), false) as handed_over
    from g group by g.key, g.party_id
  ),
  per_party_plans as (
    select p.key, p.party_id, bool_and(p.paid_vnd >= p.total_vnd) as paid
    from plans p group by p.key, p.party_id
  ),
  money as (
    select p.key, sum(p.total_vnd) as approved, sum(p.paid_vnd) as paid from plans p group by p.key
  ),
  people as (
    select pp.key, count(*) as n, count(q.party_id) as n_approved, count(*) filter (where q.paid) as n_paid,
           count(*) filter (where pp.handed_over) as n_handed
    from per_party pp left join per_party_plans q on q.key = pp.key and q.party_id = pp.party_id
    group by pp.key
  ),
  plots as (
    select x.key, count(*) as needed, count(*) filter (where a.ready_on <= v_day) as ready
    from (select distinct pa.key, a.id from pairs pa
            join public.resettlement_allocations a on a.party_id = pa.party_id and a.project_id = pa.project_id) x
      join public.resettlement_allocations a on a.id = x.id
    group by x.key
  ),
  items as (
    select ig.key, i.kind, i.unit, i.total,
           coalesce((select pr.done from public.project_item_progress pr
                     where pr.item_id = i.id and pr.as_of <= v_day
                     order by pr.as_of desc limit 1), 0) as done
    from private.item_groups(group_by) ig join public.project_items i on i.id = ig.item_id
  ),
  graves as (
    select it.key, sum(it.total) as total, sum(it.done) as done from items it where it.kind = 'grave' group by it.key
  ),
  utilities as (
    select u.key, jsonb_agg(jsonb_build_object('kind', u.kind, 'unit', u.unit, 'total', u.total, 'done', u.done)
                            order by u.kind, u.unit) as list
    from (select it.key, it.kind, it.unit, sum(it.total) as total, sum(it.done) as done
          from items it where it.kind <> 'grave' group by it.key, it.kind, it.unit) u
    group by u.key
  ),
  -- every project (as progress_grouped lists them), every kind with a project, the current
  -- provinces, and the admin units that have a household or an item
  keys as (
    select pr.id::text as key, pr.name from public.projects pr where group_by = 'project'
    union
    select pr.kind, pr.kind from public.projects pr where group_by = 'kind'
    union
    select u.id, u.name from public.admin_units u
    where group_by = 'province' and u.level = 'province' and u.valid_to is null
    union
    select distinct g.key, g.name from g where group_by = 'admin_unit'
    union
    select distinct ig.key, ig.name from private.item_groups(group_by) ig where group_by = 'admin_unit'
  )
  select k.key, k.name,
         coalesce(pe.n, 0), coalesce(pe.n_approved, 0), coalesce(pe.n_paid, 0), coalesce(pe.n_handed, 0),
         -- a sum over fewer than three households would tell one household's amount
         case when v_leader or coalesce(pe.n, 0) >= 3 then coalesce(m.approved, 0) end,
         case when v_leader or coalesce(pe.n, 0) >= 3 then coalesce(m.paid, 0) end,
         coalesce(gr.total, 0), coalesce(gr.done, 0), coalesce(ut.list, '[]'::jsonb),
         coalesce(pl.needed, 0), coalesce(pl.ready, 0)
  from keys k
    left join people pe on pe.key = k.key
    left join money m on m.key = k.key
    left join graves gr on gr.key = k.key
    left join utilities ut on ut.key = k.key
    left join plots pl on pl.key = k.key
  order by k.key;
end
$$;

comment on function public.household_progress(text, date) is
  'Households affected, with an approved plan, paid in full, handed over; VND approved and paid (null for '
  'non-leaders where the group has fewer than 3 households); graves and utilities moved; resettlement plots '
  'ready; grouped as progress_as_of, as of the end of the Vietnamese day p_at (null: now).';

create function public.household_deadlines(p_project_id uuid default null, p_at date default null)
returns table (party_id uuid, party_name text, plan_id uuid, project_id uuid, batch text, decision_date date,
               total_vnd numeric, paid_vnd numeric, paid_in_full_on date)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_day date := coalesce(p_at, private.vn_today());
  v_leader boolean := private.has_role('leader');
begin
  if auth.uid() is null then
    raise exception 'Cần đăng nhập để xem hạn chi trả của từng hộ.' using errcode = '42501';
  end if;
  return query
  with owed as (
    select pp.* from private.party_plans_at(v_day) pp
    where (p_project_id is null or pp.project_id = p_project_id)
      and (v_leader or private.can_see_party(pp.party_id))
  ),
  -- each payment with the running sum of its party's payments on that plan, up to the day
  running as (
    select p.party_id, p.plan_id, p.paid_on,
           sum(p.amount_vnd) over (partition by p.party_id, p.plan_id order by p.paid_on) as paid
    from public.payments p
    where p.paid_on <= v_day and p.plan_id in (select o.plan_id from owed o)
  ),
  paid_in_full as (
    select r.party_id, r.plan_id, min(r.paid_on) as day
    from running r join owed o on o.party_id = r.party_id and o.plan_id = r.plan_id
    where r.paid >= o.total_vnd
    group by r.party_id, r.plan_id
  )
  select o.party_id, pa.name, o.plan_id, o.project_id, pl.batch, pl.decision_date, o.total_vnd, o.paid_vnd, f.day
  from owed o
    join public.parties pa on pa.id = o.party_id
    join public.compensation_plans pl on pl.id = o.plan_id
    left join paid_in_full f on f.party_id = o.party_id and f.plan_id = o.plan_id
  order by pl.decision_date, o.project_id, pa.name, o.party_id, o.plan_id;
end
$$;

comment on function public.household_deadlines(uuid, date) is
  'Each visible party''s part of each plan approved by the end of p_at (null: today): total (deductions '
  'subtracted), paid up to that day, and the day the payments first reached the total. 42501 for anon.';

revoke all on function private.household_groups(text, timestamptz) from public, anon, authenticated;
revoke all on function private.item_groups(text) from public, anon, authenticated;
revoke all on function private.party_plans_at(date) from public, anon, authenticated;
revoke all on function public.household_progress(text, date) from public;
revoke all on function public.household_deadlines(uuid, date) from public;
grant execute on function public.household_progress(text, date) to anon, authenticated;
grant execute on function public.household_deadlines(uuid, date) to authenticated;
