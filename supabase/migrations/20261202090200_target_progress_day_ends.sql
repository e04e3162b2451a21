-- target_progress measures a day up to its last microsecond, as the progress panel's "as of a day"
-- does with progress_as_of (events with occurred_at <= the instant count): until now it measured up
-- to the next day's first instant, so an act recorded at exactly midnight counted for both days.
-- The period's start is measured likewise at the end of the day before it.

-- The last instant of a Vietnamese calendar day (timestamps are kept to the microsecond).
create or replace function private.vn_day_end(p_day date)
returns timestamptz
language sql
immutable
set search_path = ''
as $$ select private.vn_day_start(p_day + 1) - interval '1 microsecond' $$;

revoke all on function private.vn_day_end(date) from public, anon, authenticated;

create or replace function public.target_progress(p_at date default ((now() at time zone 'UTC') + interval '7 hours')::date)
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

revoke all on function public.target_progress(date) from public;
grant execute on function public.target_progress(date) to anon, authenticated;
