-- Targets read as the province's document states them, and one truth for figures in time.
-- Why: the founding document counts handovers within a year ("Năm 2024, phấn đấu …"), only parks
-- that have an investment decision and clusters that have an establishment decision, and says
-- "trên 20" (more than 20). Targets could say none of that, infrastructure was a number nobody
-- could move, and a cleared share divided by the parcels entered rather than by the legal area
-- to clear. This migration adds what the targets need to say it, dated infrastructure entries,
-- and two functions every figure in time comes from: progress_as_of and target_progress.

-- ---------------------------------------------------------------- projects: status and decision

-- A project's status and the decision that put it on the province's books: for parks and most
-- projects the investment decision (chủ trương đầu tư), for clusters the establishment decision
-- (quyết định thành lập). Targets count projects by status, so a project that is more than
-- planned must name its decision.
alter table public.projects
  add column status text not null default 'planned'
    check (status in ('planned', 'approved', 'under_clearance', 'operating')),
  add column decision_kind text
    check (decision_kind is null or decision_kind in ('investment_policy', 'establishment')),
  add column decision_no text check (decision_no is null or btrim(decision_no) <> ''),
  add column decision_date date check (decision_date is null or decision_date >= date '1990-01-01'),
  add constraint projects_decision_complete
    check ((decision_kind is null) = (decision_no is null) and (decision_no is null) = (decision_date is null)),
  add constraint projects_decision_for_status
    check (status = 'planned' or decision_no is not null);

comment on column public.projects.status is
  'planned: in the plan, no decision yet; approved: decision issued, clearance not started; '
  'under_clearance: clearing land (or building); operating: in operation.';
comment on column public.projects.decision_kind is
  'investment_policy = quyết định chủ trương đầu tư; establishment = quyết định thành lập (industrial clusters).';
comment on column public.projects.area_to_clear_m2 is
  'The legal area to clear (m²): cleared shares divide by it, not by the parcels entered so far.';

-- ---------------------------------------------------------------- infrastructure as dated entries

-- The area with technical infrastructure built, as reported on a date: each entry is the
-- project's cumulative figure as of `as_of`, so the figure at any date is the latest entry on or
-- before it, and a correction is a new or edited entry rather than an overwritten number.
create table public.infrastructure_entries (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  as_of date not null check (as_of >= date '2000-01-01'),
  built_area_m2 numeric not null check (built_area_m2 >= 0),
  note text check (note is null or length(note) <= 2000),
  -- no recorded_by: anon reads every column of this public table, and who entered a figure is
  -- not public (as for parcels, whose events keep their actors out of anon's reach)
  recorded_at timestamptz not null default now(),
  unique (project_id, as_of)
);
alter table public.infrastructure_entries enable row level security;
comment on table public.infrastructure_entries is
  'Area with technical infrastructure built (m²), cumulative as of as_of, per project. Readable by all, written by admins.';

grant select on public.infrastructure_entries to anon, authenticated;
grant insert, update, delete on public.infrastructure_entries to authenticated;
create policy infrastructure_entries_select on public.infrastructure_entries for select to anon, authenticated
  using (true);
create policy infrastructure_entries_insert on public.infrastructure_entries for insert to authenticated
  with check ((select private.has_role('admin')));
create policy infrastructure_entries_update on public.infrastructure_entries for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy infrastructure_entries_delete on public.infrastructure_entries for delete to authenticated
  using ((select private.has_role('admin')));

-- Today's date in Vietnam (UTC+7 all year, no daylight saving): the province's calendar decides
-- which day an act belongs to, not the server's time zone.
create or replace function private.vn_today()
returns date
language sql
stable
set search_path = ''
as $$ select ((now() at time zone 'UTC') + interval '7 hours')::date $$;

-- The first instant of a Vietnamese calendar day.
create or replace function private.vn_day_start(p_day date)
returns timestamptz
language sql
immutable
set search_path = ''
as $$ select (p_day::timestamp - interval '7 hours') at time zone 'UTC' $$;

-- The last instant of a Vietnamese calendar day (timestamps are kept to the microsecond): a day's
-- figures count the acts up to and including it, so an act at midnight belongs to the day it begins.
create or replace function private.vn_day_end(p_day date)
returns timestamptz
language sql
immutable
set search_path = ''
as $$ select private.vn_day_start(p_day + 1) - interval '1 microsecond' $$;

-- An entry dated in the future is a typing mistake, not a report; a CHECK cannot read the date.
create or replace function private.check_infrastructure_entry()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.as_of > private.vn_today() then
    raise exception 'Ngày số liệu hạ tầng (%) nằm trong tương lai.', to_char(new.as_of, 'DD/MM/YYYY')
      using errcode = '23514';
  end if;
  return new;
end
$$;

create trigger infrastructure_entries_check
  before insert or update on public.infrastructure_entries
  for each row execute function private.check_infrastructure_entry();

-- The frozen figure becomes the first entry of each project, dated when the project row was last
-- written (the best date the old figure has).
insert into public.infrastructure_entries (project_id, as_of, built_area_m2, note)
select p.id, ((p.updated_at at time zone 'UTC') + interval '7 hours')::date, p.infrastructure_done_m2,
       'Số liệu chuyển từ projects.infrastructure_done_m2'
from public.projects p
where p.infrastructure_done_m2 > 0;

alter table public.projects drop column infrastructure_done_m2;

-- ---------------------------------------------------------------- targets: period, bounds, scope

alter table public.targets
  add column period_start date,
  add column period_end date,
  add column min_exclusive boolean not null default false,
  add column max_exclusive boolean not null default false,
  add column scope_statuses text[],
  add column notes text check (notes is null or length(notes) <= 4000),
  add constraint targets_period_complete check ((period_start is null) = (period_end is null)),
  add constraint targets_period_order check (period_end is null or period_end >= period_start),
  add constraint targets_scope_statuses check (scope_statuses is null or (
    cardinality(scope_statuses) > 0
    and scope_statuses <@ array['planned', 'approved', 'under_clearance', 'operating']::text[])),
  add constraint targets_bounds_not_empty check (
    min_value is null or max_value is null or min_value < max_value
    or (min_value = max_value and not min_exclusive and not max_exclusive)),
  add constraint targets_bounds_in_unit check (
    (min_value is null or min_value >= 0) and (max_value is null or max_value >= 0)
    and (measure <> 'cleared_share' or ((min_value is null or min_value <= 1) and (max_value is null or max_value <= 1))));

comment on column public.targets.period_start is
  'First day (Vietnam time) of the window whose handovers count; null with period_end for a cumulative target.';
comment on column public.targets.period_end is 'Last day of the window, included.';
comment on column public.targets.min_exclusive is 'true: the actual must exceed min_value ("trên 20"); false: reach it.';
comment on column public.targets.max_exclusive is 'true: the range stops below max_value; false: max_value is included.';
comment on column public.targets.scope_statuses is
  'Project statuses that count (e.g. only projects with a decision); null counts every status.';
comment on column public.targets.notes is 'Why the target reads the document this way (period, scope, bounds).';
comment on column public.targets.measure is
  'cleared_area_ha: hectares handed over; cleared_share: handed-over area / legal area to clear '
  '(projects.area_to_clear_m2), a fraction 0..1; projects_started: projects with a parcel past not_started; '
  'infrastructure_area_ha: hectares with technical infrastructure built (infrastructure_entries). '
  'With a period, the figure is what changed within it.';

-- ---------------------------------------------------------------- parcel states in time

-- The replay below looks up, for each parcel changed since an instant, its latest event up to the
-- instant (or its first event): in this index the lookup reads the index alone, in event order.
-- It replaces the index on (parcel_id, occurred_at desc), whose scans it also serves.
drop index public.parcel_events_parcel_idx;
create index parcel_events_parcel_time_idx on public.parcel_events (parcel_id, occurred_at, version)
  include (from_stage, to_stage, blocked);

-- The parcels counted by (project, admin unit, stage, blocked) as they stood at `p_at`, or now when
-- `p_at` is null. A parcel with no event after `p_at` stands as it does now (the running totals);
-- one that changed since stands as its latest event up to `p_at` left it (each parcel_events row
-- holds the state after it), or, if its first event came later, at the stage that event started
-- from, unblocked. So the rows are the running totals plus, for each parcel changed since, minus
-- one for its state now and plus one for its state then: the work grows with the changes since
-- `p_at`, not with the number of parcels.
create or replace function private.progress_parts_at(p_at timestamptz)
returns table (project_id uuid, admin_unit_id text, stage text, blocked boolean, parcels bigint, area_m2 numeric)
language plpgsql
stable
set search_path = ''
-- planned for the actual instant: a plan made for any instant scans every event, where one made
-- for a recent instant reads only the few events since through the occurred_at index
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
begin
  return query
  with changed as (
    select distinct e.parcel_id from public.parcel_events e where p_at is not null and e.occurred_at > p_at
  ),
  then_and_now as (
    select p.project_id, p.admin_unit_id, p.area_m2, p.stage as stage_now, p.blocked as blocked_now,
           coalesce(latest.to_stage, earliest.from_stage) as stage_then,
           coalesce(latest.blocked, false) as blocked_then
    from changed c
      join public.parcels p on p.id = c.parcel_id
      left join lateral (
        select e.to_stage, e.blocked from public.parcel_events e
        where e.parcel_id = p.id and e.occurred_at <= p_at
        order by e.occurred_at desc, e.version desc
        limit 1
      ) latest on true
      left join lateral (
        select e.from_stage from public.parcel_events e
        where latest.to_stage is null and e.parcel_id = p.id
        order by e.occurred_at, e.version
        limit 1
      ) earliest on true
  )
  select t.project_id, t.admin_unit_id, t.stage, t.blocked, t.parcels, t.area_m2
  from private.progress_totals t where t.parcels <> 0
  union all
  select c.project_id, c.admin_unit_id, c.stage_now, c.blocked_now, -1::bigint, -c.area_m2 from then_and_now c
  union all
  select c.project_id, c.admin_unit_id, c.stage_then, c.blocked_then, 1::bigint, c.area_m2 from then_and_now c;
end
$$;

-- The progress figures grouped by province, kind, project or admin unit: from the running totals
-- when `p_at` is null (now), else from the parcels' states at `p_at`. progress_summary and
-- progress_as_of both answer from here, so the two can never group differently.
create or replace function private.progress_grouped(group_by text, p_at timestamptz)
returns table (key text, name text, kind text, total_area_m2 numeric, cleared_area_m2 numeric,
               parcels bigint, cleared_parcels bigint, blocked_parcels bigint, started_projects bigint,
               area_to_clear_m2 numeric)
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
  per_project as (
    select t.project_id, t.admin_unit_id,
           sum(t.area_m2) as total, coalesce(sum(t.area_m2) filter (where s.is_cleared), 0) as cleared,
           sum(t.parcels) as n, coalesce(sum(t.parcels) filter (where s.is_cleared), 0) as n_cleared,
           coalesce(sum(t.parcels) filter (where t.blocked), 0) as n_blocked,
           coalesce(sum(t.parcels) filter (where s.position > 0), 0) as n_started
    from private.progress_parts_at(p_at) t join public.stages s on s.id = t.stage
    group by t.project_id, t.admin_unit_id
    having sum(t.parcels) <> 0
  )
  select g.key, g.name, g.kind, coalesce(g.total, 0), coalesce(g.cleared, 0),
         coalesce(g.n, 0)::bigint, coalesce(g.n_cleared, 0)::bigint, coalesce(g.n_blocked, 0)::bigint,
         coalesce(g.started, 0)::bigint, g.to_clear
  from (
    select u.id as key, u.name, null::text as kind, sum(a.total) as total, sum(a.cleared) as cleared,
           sum(a.n) as n, sum(a.n_cleared) as n_cleared, sum(a.n_blocked) as n_blocked,
           count(distinct a.project_id) filter (where a.n_started > 0) as started,
           (select coalesce(sum(pr.area_to_clear_m2), 0) from public.projects pr) as to_clear
    from public.admin_units u
      left join ancestry x on x.ancestor_id = u.id
      left join per_project a on a.admin_unit_id = x.unit_id
    where group_by = 'province' and u.level = 'province' and u.valid_to is null
    group by u.id, u.name
    union all
    select k.kind, k.kind, k.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0), max(k.to_clear)
    from (select pr.kind, sum(pr.area_to_clear_m2) as to_clear from public.projects pr group by pr.kind) k
      join public.projects pr on pr.kind = k.kind
      left join per_project a on a.project_id = pr.id
    where group_by = 'kind'
    group by k.kind
    union all
    select pr.id::text, pr.name, pr.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0), pr.area_to_clear_m2
    from public.projects pr left join per_project a on a.project_id = pr.id
    where group_by = 'project'
    group by pr.id, pr.name, pr.kind, pr.area_to_clear_m2
    union all
    select a.admin_unit_id, u.name, u.level, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0), null::numeric
    from per_project a join public.admin_units u on u.id = a.admin_unit_id
    where group_by = 'admin_unit'
    group by a.admin_unit_id, u.name, u.level
  ) g
  order by g.key
$$;

create or replace function private.check_group_by(group_by text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if group_by is null or group_by not in ('province', 'kind', 'project', 'admin_unit') then
    raise exception 'group_by phải là một trong: province, kind, project, admin_unit (nhận được: %).',
      coalesce(group_by, 'null') using errcode = '22023';
  end if;
end
$$;

-- A new output column changes the function's type, so it is dropped and created again.
drop function public.progress_summary(text);

create function public.progress_summary(group_by text default 'project')
returns table (key text, name text, kind text, total_area_m2 numeric, cleared_area_m2 numeric,
               parcels bigint, cleared_parcels bigint, blocked_parcels bigint, started_projects bigint,
               area_to_clear_m2 numeric)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.check_group_by(group_by);
  return query select * from private.progress_grouped(group_by, null);
end
$$;

comment on function public.progress_summary(text) is
  'Cleared and total (entered) area, parcels, blocked parcels, started projects and the legal area to clear '
  '(null by admin unit), grouped by province, kind, project or admin_unit; from running totals.';

create function public.progress_as_of(p_at timestamptz, group_by text default 'project')
returns table (key text, name text, kind text, total_area_m2 numeric, cleared_area_m2 numeric,
               parcels bigint, cleared_parcels bigint, blocked_parcels bigint, started_projects bigint,
               area_to_clear_m2 numeric)
language plpgsql
stable
security definer
set search_path = ''
-- the planner's row estimates for the replay are large, and JIT compiling the plan costs seconds
-- while the query itself runs in milliseconds
set jit = off
as $$
begin
  if p_at is null then
    raise exception 'Thiếu thời điểm p_at (ví dụ 2024-12-31T23:59:59+07:00).' using errcode = '22023';
  end if;
  perform private.check_group_by(group_by);
  return query select * from private.progress_grouped(group_by, p_at);
end
$$;

comment on function public.progress_as_of(timestamptz, text) is
  'progress_summary as it stood at p_at, rebuilt from parcel_events. Parcels and projects are counted as they '
  'are now (area, project, unit, legal area to clear); only stages and blockers are replayed.';

-- ---------------------------------------------------------------- targets measured in time

-- One row per target, measured as of the end of day p_at (Vietnam time, its last microsecond):
--   actual      the measure over the target's projects: at the end of the period (or p_at, if
--               earlier) minus its value when the period began; cumulative targets from zero.
--   status      met: the lower bound is reached (or, with only an upper bound, not passed); the
--               upper bound of a range is its ceiling of ambition, so passing it still meets the
--               target and sets exceeds_max. missed: the due date has passed unmet. on_track /
--               at_risk: whether the forecast at the recent pace falls on or before the due date
--               (at_risk also when there is no pace, or the forecast falls after the period).
--               not_measurable: no project in scope, or a measure the scope cannot give (a share
--               or infrastructure by admin unit: neither has a legal figure per unit).
--   pace_per_week  the change over the last 30 days of the period up to p_at, per week.
-- Projects count by their current kind and status.
create function public.target_progress(p_at date default ((now() at time zone 'UTC') + interval '7 hours')::date)
returns table (id uuid, name text, name_en text, source text, notes text, measure text,
               scope_kind text, scope_project_id uuid, scope_admin_unit_id text, scope_statuses text[],
               period_start date, period_end date, min_value numeric, max_value numeric,
               min_exclusive boolean, max_exclusive boolean, due_date date,
               actual numeric, status text, exceeds_max boolean, pace_per_week numeric, forecast_date date,
               area_to_clear_m2 numeric, entered_area_m2 numeric, projects integer)
language plpgsql
stable
security definer
set search_path = ''
set jit = off -- as in progress_as_of
as $$
#variable_conflict use_column
begin
  if p_at is null then
    raise exception 'Thiếu ngày p_at (ví dụ 2024-12-31).' using errcode = '22023';
  end if;
  return query
  with recursive descendants(root_id, unit_id) as (
    select u.id, u.id from public.admin_units u
    union
    select d.root_id, u.id from descendants d join public.admin_units u on u.parent_id = d.unit_id
  ),
  tg as (
    select t.*,
           -- the window's instants: its start (null when cumulative), its end (capped at p_at)
           -- and the start of the last 30 days up to that end
           private.vn_day_end(t.period_start - 1) as t_start,
           private.vn_day_end(least(p_at, coalesce(t.period_end, p_at))) as t_end,
           greatest(private.vn_day_end(least(p_at, coalesce(t.period_end, p_at)) - 30),
                    private.vn_day_end(t.period_start - 1)) as t_window,
           t.period_start is not null and p_at < t.period_start as not_begun
    from public.targets t
  ),
  scope as (
    select t.id as target_id, pr.id as project_id, pr.area_to_clear_m2
    from tg t join public.projects pr
      on (t.scope_project_id is null or pr.id = t.scope_project_id)
     and (t.scope_kind is null or pr.kind = t.scope_kind)
     and (t.scope_statuses is null or pr.status = any (t.scope_statuses))
  ),
  scope_units as (
    select t.id as target_id, d.unit_id
    from tg t join descendants d on d.root_id = t.scope_admin_unit_id
  ),
  instants as (
    select distinct x.at
    from tg t cross join lateral (values (t.t_start), (t.t_end), (t.t_window)) x(at)
    where x.at is not null
  ),
  -- the parcels as they stood at each instant any target needs, once per instant
  states as (
    select i.at, s.project_id, s.admin_unit_id,
           coalesce(sum(s.area_m2) filter (where st.is_cleared), 0) as cleared_m2,
           coalesce(sum(s.parcels) filter (where st.position > 0), 0) > 0 as started
    from instants i cross join lateral private.progress_parts_at(i.at) s
      join public.stages st on st.id = s.stage
    group by i.at, s.project_id, s.admin_unit_id
  ),
  -- each project's latest infrastructure entry dated before the instant's day
  built as (
    select i.at, pr.id as project_id,
           coalesce((select ie.built_area_m2 from public.infrastructure_entries ie
                     where ie.project_id = pr.id and private.vn_day_end(ie.as_of) <= i.at
                     order by ie.as_of desc limit 1), 0) as built_m2
    from instants i cross join public.projects pr
  ),
  sizes as (
    select t.id as target_id, count(sc.project_id)::integer as n_projects,
           sum(sc.area_to_clear_m2) as to_clear,
           (select coalesce(sum(p.area_m2), 0) from public.parcels p
            where p.project_id in (select s2.project_id from scope s2 where s2.target_id = t.id)
              and (t.scope_admin_unit_id is null
                   or p.admin_unit_id in (select su.unit_id from scope_units su where su.target_id = t.id))) as entered
    from tg t left join scope sc on sc.target_id = t.id
    group by t.id, t.scope_admin_unit_id
  ),
  -- the measure of each target at each of its instants, in the measure's unit
  valued as (
    select t.id as target_id, x.which,
           case
             when sz.n_projects = 0 then null
             when t.measure = 'cleared_area_ha' then (
               select coalesce(sum(s.cleared_m2), 0) / 10000 from states s join scope sc on sc.project_id = s.project_id
               where sc.target_id = t.id and s.at = x.at
                 and (t.scope_admin_unit_id is null
                      or s.admin_unit_id in (select su.unit_id from scope_units su where su.target_id = t.id)))
             when t.measure = 'cleared_share' then
               case when t.scope_admin_unit_id is null and sz.to_clear > 0 then (
                 select coalesce(sum(s.cleared_m2), 0) / sz.to_clear from states s
                   join scope sc on sc.project_id = s.project_id
                 where sc.target_id = t.id and s.at = x.at) end
             when t.measure = 'projects_started' then (
               select count(distinct s.project_id)::numeric from states s join scope sc on sc.project_id = s.project_id
               where sc.target_id = t.id and s.at = x.at and s.started
                 and (t.scope_admin_unit_id is null
                      or s.admin_unit_id in (select su.unit_id from scope_units su where su.target_id = t.id)))
             when t.measure = 'infrastructure_area_ha' then
               case when t.scope_admin_unit_id is null then (
                 select coalesce(sum(b.built_m2), 0) / 10000 from built b join scope sc on sc.project_id = b.project_id
                 where sc.target_id = t.id and b.at = x.at) end
           end as value
    from tg t join sizes sz on sz.target_id = t.id
      cross join lateral (values ('start', t.t_start), ('end', t.t_end), ('window', t.t_window)) x(which, at)
    where x.at is not null
  ),
  measured as (
    select t.*, sz.n_projects, sz.to_clear, sz.entered,
           v_end.value as at_end, v_start.value as at_start, v_window.value as at_window
    from tg t join sizes sz on sz.target_id = t.id
      left join valued v_end on v_end.target_id = t.id and v_end.which = 'end'
      left join valued v_start on v_start.target_id = t.id and v_start.which = 'start'
      left join valued v_window on v_window.target_id = t.id and v_window.which = 'window'
  ),
  actuals as (
    select m.*,
           case when m.at_end is null then null
                when m.not_begun then 0::numeric
                else m.at_end - coalesce(m.at_start, 0) end as actual,
           case when m.at_end is null or m.not_begun or m.t_end <= m.t_window then null
                else (m.at_end - m.at_window) / (extract(epoch from m.t_end - m.t_window) / (7 * 86400))::numeric
           end as pace
    from measured m
  ),
  judged as (
    select a.*,
           a.min_value is null or (a.min_exclusive and a.actual > a.min_value)
             or (not a.min_exclusive and a.actual >= a.min_value) as lower_ok,
           a.max_value is null or (a.max_exclusive and a.actual < a.max_value)
             or (not a.max_exclusive and a.actual <= a.max_value) as upper_ok
    from actuals a
  ),
  forecast as (
    select j.*,
           case when j.min_value is not null then j.lower_ok else j.upper_ok end as met,
           case when j.actual is not null and j.min_value is not null and not j.lower_ok
                     and j.pace > 0 and not j.not_begun
                     and (j.period_end is null or p_at <= j.period_end)
                then p_at + least(ceil((j.min_value - j.actual) / j.pace * 7), 36500)::integer end as reach_date
    from judged j
  )
  select f.id, f.name, f.name_en, f.source, f.notes, f.measure,
         f.scope_kind, f.scope_project_id, f.scope_admin_unit_id, f.scope_statuses,
         f.period_start, f.period_end, f.min_value, f.max_value, f.min_exclusive, f.max_exclusive, f.due_date,
         f.actual,
         case when f.actual is null then 'not_measurable'
              when f.met then 'met'
              when f.due_date is not null and p_at > f.due_date then 'missed'
              when f.not_begun then 'on_track'
              when f.forecast_date is not null and (f.due_date is null or f.forecast_date <= f.due_date) then 'on_track'
              else 'at_risk' end,
         coalesce(f.met and f.min_value is not null and not f.upper_ok, false),
         f.pace,
         f.forecast_date,
         f.to_clear, f.entered, f.n_projects
  from (
    select fc.*,
           -- a forecast past the period's end cannot count: handovers after it are outside the window
           case when fc.met then null
                when fc.period_end is not null and fc.reach_date > fc.period_end then null
                else fc.reach_date end as forecast_date
    from forecast fc
  ) f
  order by f.due_date nulls last, f.name, f.id;
end
$$;

comment on function public.target_progress(date) is
  'Every target measured as of the end of day p_at (Vietnam time): actual within the period, status '
  '(met | on_track | at_risk | missed | not_measurable), the recent pace per week and the forecast date.';

revoke all on function private.vn_today() from public, anon, authenticated;
revoke all on function private.vn_day_start(date) from public, anon, authenticated;
revoke all on function private.vn_day_end(date) from public, anon, authenticated;
revoke all on function private.check_infrastructure_entry() from public, anon, authenticated;
revoke all on function private.progress_parts_at(timestamptz) from public, anon, authenticated;
revoke all on function private.progress_grouped(text, timestamptz) from public, anon, authenticated;
revoke all on function private.check_group_by(text) from public, anon, authenticated;
revoke all on function public.progress_summary(text) from public;
revoke all on function public.progress_as_of(timestamptz, text) from public;
revoke all on function public.target_progress(date) from public;
grant execute on function public.progress_summary(text) to anon, authenticated;
grant execute on function public.progress_as_of(timestamptz, text) to anon, authenticated;
grant execute on function public.target_progress(date) to anon, authenticated;

-- Functions are executable by everyone unless revoked. The earlier migrations granted anon every
-- private function existing then, trigger functions included; from here on a private function is
-- callable only where a grant says so (supabase/hosted-checks.sql lists what anon may execute).
alter default privileges in schema private revoke execute on functions from public;
revoke all on function private.forbid_event_change() from public, anon, authenticated;
revoke all on function private.forbid_truncate() from public, anon, authenticated;
revoke all on function private.stamp_parcel_change() from public, anon, authenticated;
