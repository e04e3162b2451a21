-- The leaders' meeting view (issue 15): a target's burn-up, the per-project report behind "5 rõ"
-- and the province summary, each parcel's place in the procedure with the dates of its acts (for
-- the legal-deadline flags), progress per district and commune, the map on a past day, and the
-- parcels as a GeoJSON export.
-- Why in SQL: every figure of the meeting must be the one target_progress and progress_as_of
-- give, on any day; the event history is not readable by anon (who changed a parcel is not
-- public), so the functions that replay it are security definer and return public fields only.
-- States in time follow progress_parts_at (20261202090000): a parcel with no event after the
-- instant stands as it is now; one that changed since stands as its latest event up to the
-- instant left it (each event row holds the state after it), or, when its first event came
-- later, at the stage that event started from, unblocked. Events of a parcel are ordered by
-- (occurred_at, version), and each event starts from the stage the one before it left.
-- target_progress keeps its answers but now reads the parcels' states at its instants from the
-- events that flip a measure, as the burn-up does, so that both stay fast as the history grows.

-- ---------------------------------------------------------------- indexes

-- The events that change a measure: a parcel entering or leaving the cleared stage (the cleared
-- area) or leaving or re-entering not_started (the started projects). The burn-up and
-- target_progress sum these instead of replaying every parcel at every instant; they are a small
-- share of all events, and the index holds all that the sums read of them. The condition is
-- written column by column (not as (from = x) <> (to = x)) so that the planner can estimate it
-- from the statistics below and pick the index.
create index parcel_events_flips_idx on public.parcel_events (occurred_at) include (parcel_id, from_stage, to_stage)
  where (to_stage = 'handed_over' and from_stage <> 'handed_over')
     or (from_stage = 'handed_over' and to_stage <> 'handed_over')
     or (from_stage = 'not_started' and to_stage <> 'not_started')
     or (to_stage = 'not_started' and from_stage <> 'not_started');
-- most events keep their stage (from = to), so the two columns are far from independent
create statistics public.parcel_events_stages_stats (mcv) on from_stage, to_stage from public.parcel_events;
analyze public.parcel_events;

-- The flip index and the sums over it name the cleared stage and the first one: a migration
-- that changes either in public.stages must change them too, and until then these refuse to count.
create function private.check_flip_stages()
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if (select array_agg(s.id order by s.id) from public.stages s where s.is_cleared) is distinct from array['handed_over']
     or (select s.id from public.stages s where s.position = 0) is distinct from 'not_started' then
    raise exception 'Bảng giai đoạn đã đổi (giai đoạn đầu hoặc giai đoạn bàn giao); cần cập nhật cách tính theo thời gian.'
      using errcode = 'XX000';
  end if;
end
$$;

-- A scope's parcels (project, unit, area) read from the index alone when the burn-up joins the
-- flips to them.
create index parcels_project_scope_idx on public.parcels (project_id) include (id, admin_unit_id, area_m2);

-- ---------------------------------------------------------------- parcel states at an instant

-- The Vietnamese calendar day of an instant. No set search_path, unlike the other helpers: a
-- function with set options is never inlined, and this one is read once per event the burn-up
-- sums; it names no table, and its operators are pg_catalog's, found before any other schema.
create function private.vn_day(p_at timestamptz)
returns date
language sql
immutable
as $$ select ((p_at at time zone 'UTC') + interval '7 hours')::date $$;

-- Each selected parcel as it stood at p_at (now when null): its public fields, the stage, the
-- blocker, the version, and with p_since the instants it reached its stage (the latest event
-- that changed the stage) and its blocker was set (the first of the run of events, up to p_at,
-- that kept the same blocker). The parcels: those of p_project_id, or p_parcel_ids, or all when
-- both are null.
create function private.parcel_states_at(p_at timestamptz, p_project_id uuid, p_parcel_ids uuid[], p_since boolean)
returns table (id uuid, project_id uuid, admin_unit_id text, commune_id text, district_id text, map_sheet text,
               parcel_no text, land_type text, area_m2 numeric, bbox box, stage text, blocked boolean,
               blocker_reason text, blocker_responsible text, version integer, stage_since timestamptz,
               blocked_since timestamptz)
language sql
stable
-- No set options, unlike the other helpers: a function with set options is never inlined, and
-- inlined into its callers' queries (each planned for its actual arguments, as progress_parts_at
-- is) the branches the arguments rule out are planned away rather than tried for every parcel.
-- Every name in it is schema-qualified, and only its owner may call it.
as $$
  -- all parcels: the parcels changed since p_at, found once from the events after it (the work
  -- grows with the changes since); a project or a list: one look into each parcel's events
  with changed as (
    select distinct e.parcel_id from public.parcel_events e
    where p_at is not null and p_project_id is null and p_parcel_ids is null and e.occurred_at > p_at
  ),
  chosen as (
    select p.*,
           case when p_at is null then false
                when p_project_id is null and p_parcel_ids is null then c.parcel_id is not null
                else exists (select 1 from public.parcel_events e where e.parcel_id = p.id and e.occurred_at > p_at)
           end as is_changed
    from public.parcels p left join changed c on c.parcel_id = p.id
    where (p_project_id is null or p.project_id = p_project_id)
      and (p_parcel_ids is null or p.id = any (p_parcel_ids))
  ),
  states as (
    select ch.id, ch.project_id, ch.admin_unit_id, ch.commune_id, ch.district_id, ch.map_sheet, ch.parcel_no,
           ch.land_type, ch.area_m2, ch.bbox,
           case when not ch.is_changed then ch.stage else coalesce(latest.to_stage, earliest.from_stage) end as stage,
           case when not ch.is_changed then ch.blocked else coalesce(latest.blocked, false) end as blocked,
           case when not ch.is_changed then ch.blocker_reason else latest.blocker_reason end as blocker_reason,
           case when not ch.is_changed then ch.blocker_responsible else latest.blocker_responsible end as blocker_responsible,
           case when not ch.is_changed then ch.version else coalesce(latest.version, earliest.version - 1) end as version
    from chosen ch
      left join lateral (
        select e.to_stage, e.blocked, e.blocker_reason, e.blocker_responsible, e.version
        from public.parcel_events e
        where ch.is_changed and e.parcel_id = ch.id and e.occurred_at <= p_at
        order by e.occurred_at desc, e.version desc
        limit 1
      ) latest on true
      left join lateral (
        select e.from_stage, e.version from public.parcel_events e
        where ch.is_changed and latest.to_stage is null and e.parcel_id = ch.id
        order by e.occurred_at, e.version
        limit 1
      ) earliest on true
  )
  select s.*, moved.occurred_at, blocker.since
  from states s
    left join lateral (
      select e.occurred_at from public.parcel_events e
      where p_since and e.parcel_id = s.id and (p_at is null or e.occurred_at <= p_at) and e.from_stage <> e.to_stage
      order by e.occurred_at desc, e.version desc
      limit 1
    ) moved on true
    left join lateral (
      -- the latest event up to p_at that did not carry this blocker ends the run that set it
      select b.occurred_at, b.version from public.parcel_events b
      where p_since and s.blocked and b.parcel_id = s.id and (p_at is null or b.occurred_at <= p_at)
        and (not b.blocked or b.blocker_reason is distinct from s.blocker_reason
             or b.blocker_responsible is distinct from s.blocker_responsible)
      order by b.occurred_at desc, b.version desc
      limit 1
    ) other on true
    left join lateral (
      select min(e.occurred_at) as since from public.parcel_events e
      where p_since and s.blocked and e.parcel_id = s.id and (p_at is null or e.occurred_at <= p_at)
        and (other.occurred_at is null or (e.occurred_at, e.version) > (other.occurred_at, other.version))
    ) blocker on true
$$;

-- A blocker's reason or who must act as people typed it, with the extra spaces taken out, so the
-- same reason typed twice groups as one.
create function private.tidy_text(p_text text)
returns text
language sql
immutable
set search_path = ''
as $$ select nullif(regexp_replace(btrim(p_text), '\s+', ' ', 'g'), '') $$;

-- ---------------------------------------------------------------- target_burnup

-- The burn-up of one target: for every day of its period up to p_at, the value target_progress
-- would give as its actual on that day. A measure's value at the end of day d is its value now
-- less what the flip events after d changed (each event starts from the state the one before
-- left), so the series costs one pass over the scope's flips, not a replay per day.
create function public.target_burnup(p_target_id uuid,
                                     p_at date default ((now() at time zone 'UTC') + interval '7 hours')::date)
returns table (day date, value numeric)
language plpgsql
stable
security definer
set search_path = ''
set jit = off -- as in progress_as_of
-- planned for the target at hand: its measure and period decide which branch reads anything
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  t public.targets;
  v_projects uuid[];
  v_units text[];
  v_to_clear numeric;
  v_end date;
  v_period boolean;
begin
  if p_target_id is null then
    raise exception 'Thiếu mã chỉ tiêu p_target_id.' using errcode = '22023';
  end if;
  if p_at is null then
    raise exception 'Thiếu ngày p_at (ví dụ 2024-12-31).' using errcode = '22023';
  end if;
  select * into t from public.targets tg where tg.id = p_target_id;
  if not found then
    raise exception 'Không tìm thấy chỉ tiêu %.', p_target_id using errcode = 'P0002';
  end if;
  perform private.check_flip_stages();

  -- the scope, as target_progress reads it: projects by their current kind and status
  select array_agg(pr.id), sum(pr.area_to_clear_m2) into v_projects, v_to_clear
  from public.projects pr
  where (t.scope_project_id is null or pr.id = t.scope_project_id)
    and (t.scope_kind is null or pr.kind = t.scope_kind)
    and (t.scope_statuses is null or pr.status = any (t.scope_statuses));
  if t.scope_admin_unit_id is not null then
    with recursive d(id) as (
      select t.scope_admin_unit_id
      union
      select u.id from public.admin_units u join d on u.parent_id = d.id
    )
    select array_agg(d.id) into v_units from d;
  end if;

  -- not measurable (target_progress's actual is null on every day): no series
  if v_projects is null
     or (t.measure = 'cleared_share' and (t.scope_admin_unit_id is not null or not v_to_clear > 0))
     or (t.measure = 'infrastructure_area_ha' and t.scope_admin_unit_id is not null) then
    return;
  end if;
  v_period := t.period_start is not null;
  if v_period and p_at < t.period_start then
    return; -- the period has not begun
  end if;
  v_end := least(p_at, coalesce(t.period_end, p_at));

  return query
  with deltas as (
    -- what the flip events (or infrastructure entries) of each day changed, in m² or projects
    select private.vn_day(e.occurred_at) as d,
           sum(case when e.to_stage = 'handed_over' then p.area_m2 else -p.area_m2 end) as delta
    from public.parcel_events e join public.parcels p on p.id = e.parcel_id
    where t.measure in ('cleared_area_ha', 'cleared_share')
      and ((e.to_stage = 'handed_over' and e.from_stage <> 'handed_over')
           or (e.from_stage = 'handed_over' and e.to_stage <> 'handed_over'))
      and (not v_period or e.occurred_at > private.vn_day_end(t.period_start - 1))
      and p.project_id = any (v_projects) and (v_units is null or p.admin_unit_id = any (v_units))
    group by 1
    union all
    -- a project counts while one of its parcels in scope is past not_started: per project the
    -- started parcels after each flip day, and whether that day made the project start or stop
    select f.d, sum((f.after > 0)::integer - (f.after - f.delta > 0)::integer)::numeric
    from (
      select g.d, g.delta,
             coalesce(n.parcels, 0) - coalesce(sum(g.delta) over (partition by g.project_id order by g.d desc
                                                 rows between unbounded preceding and 1 preceding), 0) as after
      from (
        select p.project_id, private.vn_day(e.occurred_at) as d,
               sum(case when e.from_stage = 'not_started' then 1 else -1 end) as delta
        from public.parcel_events e join public.parcels p on p.id = e.parcel_id
        where t.measure = 'projects_started'
          and ((e.from_stage = 'not_started' and e.to_stage <> 'not_started')
               or (e.to_stage = 'not_started' and e.from_stage <> 'not_started'))
          and (not v_period or e.occurred_at > private.vn_day_end(t.period_start - 1))
          and p.project_id = any (v_projects) and (v_units is null or p.admin_unit_id = any (v_units))
        group by 1, 2
      ) g
      left join (
        select pt.project_id, sum(pt.parcels) as parcels from private.progress_totals pt
        where t.measure = 'projects_started' and pt.stage <> 'not_started' and pt.project_id = any (v_projects)
          and (v_units is null or pt.admin_unit_id = any (v_units))
        group by pt.project_id
      ) n on n.project_id = g.project_id
    ) f
    group by f.d
    having sum((f.after > 0)::integer - (f.after - f.delta > 0)::integer) <> 0
    union all
    -- infrastructure: each entry moves its project's figure from the entry before it
    select x.as_of, sum(x.change)
    from (select ie.as_of,
                 ie.built_area_m2 - coalesce(lag(ie.built_area_m2) over (partition by ie.project_id order by ie.as_of), 0) as change
          from public.infrastructure_entries ie
          where t.measure = 'infrastructure_area_ha' and ie.project_id = any (v_projects)) x
    group by x.as_of
  ),
  bounds as (
    -- cumulative targets start on the first day their measure moved in scope
    select case when v_period then t.period_start
                else least(coalesce((select min(dl.d) from deltas dl), v_end), v_end) end as first_day
  ),
  anchor as (
    -- the measure now (infrastructure: nothing before the first entry), and what the deltas
    -- changed from the series' first day on and before it
    select b.first_day,
           case t.measure
             when 'infrastructure_area_ha' then 0::numeric
             when 'projects_started' then (
               select count(*)::numeric from (
                 select pt.project_id from private.progress_totals pt
                 where pt.stage <> 'not_started' and pt.project_id = any (v_projects)
                   and (v_units is null or pt.admin_unit_id = any (v_units))
                 group by pt.project_id having sum(pt.parcels) > 0) s)
             else (
               select coalesce(sum(pt.area_m2), 0) from private.progress_totals pt
               where pt.stage = 'handed_over' and pt.project_id = any (v_projects)
                 and (v_units is null or pt.admin_unit_id = any (v_units)))
           end as now_value,
           (select coalesce(sum(dl.delta), 0) from deltas dl where dl.d >= b.first_day) as from_first,
           (select coalesce(sum(dl.delta), 0) from deltas dl where dl.d < b.first_day) as before_first
    from bounds b
  ),
  absolute as (
    -- the measure at the end of each day, from the day before the series to its end
    select g.d::date as d,
           case when t.measure = 'infrastructure_area_ha' then a.before_first else a.now_value - a.from_first end
             + coalesce(sum(dl.delta) over (order by g.d), 0) as v
    from anchor a
      cross join generate_series(a.first_day - 1, v_end, interval '1 day') g(d)
      left join deltas dl on dl.d = g.d::date and dl.d >= a.first_day
  ),
  valued as (
    -- in the measure's unit, as target_progress computes it
    select x.d,
           case t.measure
             when 'cleared_share' then x.v / v_to_clear
             when 'projects_started' then x.v
             else x.v / 10000 end as at_day
    from absolute x
  )
  select v.d, v.at_day - coalesce(case when v_period then s.at_day end, 0)
  from valued v join anchor a on v.d >= a.first_day join valued s on s.d = a.first_day - 1
  order by v.d;
end
$$;

comment on function public.target_burnup(uuid, date) is
  'One row per day of the target''s period (cumulative: from the first day its measure moved in scope) up to '
  'least(p_at, period_end): the value target_progress(day).actual gives. No rows before the period begins or '
  'when the target is not measurable.';

-- ---------------------------------------------------------------- target_progress from the flips

-- target_progress as in 20261202090000, with the parcels' states at its instants taken from the
-- flip events after the earliest of them (as the burn-up takes them) instead of a replay of every
-- parcel changed since each instant: the period targets' instants lie months back, and the replay
-- grew with every change since. Everything else (scope, measures, status, pace, forecast) is
-- unchanged; pgTAP 13 and 21 hold both to the same figures.
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
  perform private.check_flip_stages();
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
  ordered as (
    select i.at, row_number() over (order by i.at) as j, array_agg(i.at) over (order by i.at
             rows between unbounded preceding and unbounded following) as ats
    from instants i
  ),
  -- now, per project and admin unit: the cleared area and the parcels past not_started
  now_parts as (
    select pt.project_id, pt.admin_unit_id,
           coalesce(sum(pt.area_m2) filter (where pt.stage = 'handed_over'), 0) as cleared_m2,
           coalesce(sum(pt.parcels) filter (where pt.stage <> 'not_started'), 0) as started_n
    from private.progress_totals pt
    group by pt.project_id, pt.admin_unit_id
  ),
  -- what the flip events after the earliest instant changed, per group, binned by the number
  -- of instants they come after (an event at an instant belongs to it, not after it)
  binned as (
    select p.project_id, p.admin_unit_id,
           width_bucket(e.occurred_at - interval '1 microsecond', (select o.ats from ordered o limit 1)) as k,
           sum(case when e.to_stage = 'handed_over' then p.area_m2
                    when e.from_stage = 'handed_over' then -p.area_m2 else 0 end) as cleared_m2,
           sum(case when e.to_stage = 'not_started' and e.from_stage <> 'not_started' then -1
                    when e.from_stage = 'not_started' and e.to_stage <> 'not_started' then 1 else 0 end) as started_n
    from public.parcel_events e join public.parcels p on p.id = e.parcel_id
    where e.occurred_at > (select min(o.at) from ordered o)
      and ((e.to_stage = 'handed_over' and e.from_stage <> 'handed_over')
           or (e.from_stage = 'handed_over' and e.to_stage <> 'handed_over')
           or (e.from_stage = 'not_started' and e.to_stage <> 'not_started')
           or (e.to_stage = 'not_started' and e.from_stage <> 'not_started'))
    group by 1, 2, 3
  ),
  -- the parcels as they stood at each instant any target needs: now, less what flipped after it
  -- (each event starts from the state the one before it left, so the flips after an instant
  -- take a parcel from its state then to its state now)
  states as (
    select o.at, n.project_id, n.admin_unit_id,
           n.cleared_m2 - coalesce(sum(b.cleared_m2) filter (where b.k >= o.j), 0) as cleared_m2,
           n.started_n - coalesce(sum(b.started_n) filter (where b.k >= o.j), 0) > 0 as started
    from ordered o cross join now_parts n
      left join binned b on b.project_id = n.project_id and b.admin_unit_id = n.admin_unit_id
    group by o.at, o.j, n.project_id, n.admin_unit_id, n.cleared_m2, n.started_n
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
           -- the running totals hold the same sums as the parcels, in a few hundred rows
           (select coalesce(sum(pt.area_m2), 0) from private.progress_totals pt
            where pt.project_id in (select s2.project_id from scope s2 where s2.target_id = t.id)
              and (t.scope_admin_unit_id is null
                   or pt.admin_unit_id in (select su.unit_id from scope_units su where su.target_id = t.id))) as entered
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

-- ---------------------------------------------------------------- project_report

create function public.project_report(p_at timestamptz default null)
returns table (id uuid, code text, name text, kind text, status text, investor text, responsible_unit text,
               responsible_person text, due_date date, retired_at timestamptz, area_to_clear_m2 numeric,
               parcels bigint, area_m2 numeric, by_stage jsonb, cleared_parcels bigint, cleared_area_m2 numeric,
               blocked_parcels bigint, blocked_area_m2 numeric, blockers jsonb, stale_blockers bigint,
               oldest_stage_since timestamptz)
language plpgsql
stable
security definer
set search_path = ''
set jit = off
-- planned for the actual arguments, so private.parcel_states_at's unused branches fall away
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
declare
  -- blockers set before this instant are stale at p_at
  v_stale_before constant timestamptz := coalesce(p_at, now()) - interval '14 days';
begin
  return query
  with st as (
    select s.*, stg.is_cleared from private.parcel_states_at(p_at, null, null, true) s
      join public.stages stg on stg.id = s.stage
  ),
  per_stage as (
    select pr.id as project_id, jsonb_object_agg(stg.id, jsonb_build_object(
             'parcels', coalesce(c.n, 0), 'area_m2', coalesce(c.area, 0)) order by stg.position) as by_stage
    from public.projects pr cross join public.stages stg
      left join (select s.project_id, s.stage, count(*) as n, sum(s.area_m2) as area from st s group by 1, 2) c
        on c.project_id = pr.id and c.stage = stg.id
    group by pr.id
  ),
  per_blocker as (
    select b.project_id, jsonb_agg(jsonb_build_object(
             'reason', b.reason, 'responsible', b.responsible, 'parcels', b.n, 'area_m2', b.area,
             'oldest_since', b.oldest, 'stale_parcels', b.stale)
           order by b.n desc, b.area desc, b.reason, b.responsible) as blockers
    from (select s.project_id, private.tidy_text(s.blocker_reason) as reason,
                 private.tidy_text(s.blocker_responsible) as responsible, count(*) as n, sum(s.area_m2) as area,
                 min(s.blocked_since) as oldest, count(*) filter (where s.blocked_since < v_stale_before) as stale
          from st s where s.blocked group by 1, 2, 3) b
    group by b.project_id
  ),
  totals as (
    select s.project_id, count(*) as n, sum(s.area_m2) as area,
           count(*) filter (where s.is_cleared) as n_cleared, coalesce(sum(s.area_m2) filter (where s.is_cleared), 0) as cleared,
           count(*) filter (where s.blocked) as n_blocked, coalesce(sum(s.area_m2) filter (where s.blocked), 0) as blocked,
           count(*) filter (where s.blocked and s.blocked_since < v_stale_before) as stale,
           min(s.stage_since) filter (where not s.is_cleared) as oldest_stage
    from st s group by s.project_id
  )
  select pr.id, pr.code, pr.name, pr.kind, pr.status, pr.investor, pr.responsible_unit, pr.responsible_person,
         pr.due_date, pr.retired_at, pr.area_to_clear_m2,
         coalesce(tt.n, 0), coalesce(tt.area, 0), ps.by_stage, coalesce(tt.n_cleared, 0), coalesce(tt.cleared, 0),
         coalesce(tt.n_blocked, 0), coalesce(tt.blocked, 0), coalesce(pb.blockers, '[]'::jsonb),
         coalesce(tt.stale, 0), tt.oldest_stage
  from public.projects pr
    join per_stage ps on ps.project_id = pr.id
    left join totals tt on tt.project_id = pr.id
    left join per_blocker pb on pb.project_id = pr.id
  order by pr.code;
end
$$;

comment on function public.project_report(timestamptz) is
  'One row per project (retired included) as it stood at p_at (now when null): parcels and area by stage, '
  'cleared, blocked, blockers by reason and who must act (stale: set more than 14 days before p_at), and the '
  'earliest time a parcel not handed over reached its stage.';

-- ---------------------------------------------------------------- parcel_timeline

create function public.parcel_timeline(p_project_id uuid default null, p_parcel_ids uuid[] default null,
                                       p_at timestamptz default null)
returns table (id uuid, project_id uuid, admin_unit_id text, map_sheet text, parcel_no text, land_type text,
               area_m2 numeric, stage text, stage_since timestamptz, blocked boolean, blocker_reason text,
               blocker_responsible text, blocked_since timestamptz, acts jsonb, center_lon double precision,
               center_lat double precision)
language plpgsql
stable
security definer
set search_path = ''
set jit = off
-- planned for the actual arguments, so private.parcel_states_at's unused branches fall away
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
begin
  if (p_project_id is null) = (p_parcel_ids is null) then
    raise exception 'Cần đúng một trong hai: p_project_id (một dự án) hoặc p_parcel_ids (danh sách thửa).'
      using errcode = '22023';
  end if;
  if cardinality(p_parcel_ids) > 50000 then
    raise exception 'Tối đa 50.000 thửa mỗi lần (nhận được: %).', cardinality(p_parcel_ids) using errcode = '22023';
  end if;
  return query
  select s.id, s.project_id, s.admin_unit_id, s.map_sheet, s.parcel_no, s.land_type, s.area_m2, s.stage,
         s.stage_since, s.blocked, s.blocker_reason, s.blocker_responsible, s.blocked_since,
         coalesce(a.acts, '{}'::jsonb), (center(s.bbox))[0], (center(s.bbox))[1]
  from private.parcel_states_at(p_at, p_project_id, p_parcel_ids, true) s
    left join lateral (
      -- the day each act was last entered (an event moving into its stage), up to p_at
      select jsonb_object_agg(x.to_stage, to_char(private.vn_day(x.at), 'YYYY-MM-DD')) as acts
      from (select e.to_stage, max(e.occurred_at) as at from public.parcel_events e
            where e.parcel_id = s.id and (p_at is null or e.occurred_at <= p_at) and e.from_stage <> e.to_stage
              and e.to_stage in ('notice', 'plan_approved', 'recovery_decided', 'compensated')
            group by e.to_stage) x
    ) a on true
  order by s.map_sheet, s.parcel_no, s.id;
end
$$;

comment on function public.parcel_timeline(uuid, uuid[], timestamptz) is
  'The parcels of one project or of a list of ids (at most 50,000) as they stood at p_at (now when null): stage '
  'and since when, blocker and since when, the Vietnam day of each recorded act (notice, plan_approved, '
  'recovery_decided, compensated), and the centre of the parcel''s box. Public fields only.';

-- ---------------------------------------------------------------- area_progress

create function public.area_progress(p_level text, p_at timestamptz default null)
returns table (id text, name text, level text, parent_id text, parcels bigint, cleared_parcels bigint,
               blocked_parcels bigint, total_area_m2 numeric, cleared_area_m2 numeric)
language plpgsql
stable
security definer
set search_path = ''
set jit = off
-- planned for the actual arguments, so private.parcel_states_at's unused branches fall away
set plan_cache_mode = force_custom_plan
as $$
#variable_conflict use_column
begin
  if p_level is null or p_level not in ('district', 'commune') then
    raise exception 'p_level phải là district hoặc commune (nhận được: %).', coalesce(p_level, 'null')
      using errcode = '22023';
  end if;
  return query
  with st as (
    select case when p_level = 'commune' then s.commune_id else coalesce(s.district_id, cu.parent_id) end as unit_id,
           s.area_m2, s.blocked, stg.is_cleared
    from private.parcel_states_at(p_at, null, null, false) s
      join public.stages stg on stg.id = s.stage
      left join public.admin_units cu on cu.id = s.commune_id
  ),
  rolled as (
    select s.unit_id, count(*) as n, count(*) filter (where s.is_cleared) as n_cleared,
           count(*) filter (where s.blocked) as n_blocked, sum(s.area_m2) as area,
           coalesce(sum(s.area_m2) filter (where s.is_cleared), 0) as cleared
    from st s where s.unit_id is not null group by s.unit_id
  )
  select u.id, u.name, u.level, u.parent_id, coalesce(r.n, 0), coalesce(r.n_cleared, 0), coalesce(r.n_blocked, 0),
         coalesce(r.area, 0), coalesce(r.cleared, 0)
  from public.admin_units u left join rolled r on r.unit_id = u.id
  where u.level = p_level and (r.unit_id is not null or u.geom is not null)
  order by u.id;
end
$$;

comment on function public.area_progress(text, timestamptz) is
  'Parcels per district or commune at p_at (now when null): a parcel counts in its commune (parcels.commune_id) '
  'and in its district (parcels.district_id, else the commune''s parent). Units without parcels are listed '
  'with zeros when they have a boundary.';

-- ---------------------------------------------------------------- parcels_in_bbox_as_of

create function public.parcels_in_bbox_as_of(
  min_lon double precision, min_lat double precision, max_lon double precision, max_lat double precision,
  p_at timestamptz, max_features integer default 20000)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
set jit = off
-- planned for the actual arguments, so private.parcel_states_at's unused branches fall away
set plan_cache_mode = force_custom_plan
as $$
declare
  v_ids uuid[];
  v_truncated boolean;
  v_result jsonb;
begin
  if min_lon is null or min_lat is null or max_lon is null or max_lat is null then
    raise exception 'Thiếu toạ độ khung nhìn (min_lon, min_lat, max_lon, max_lat).' using errcode = '22023';
  end if;
  if min_lon < -180 or max_lon > 180 or min_lat < -90 or max_lat > 90
     or min_lon > max_lon or min_lat > max_lat then
    raise exception 'Khung nhìn không hợp lệ: cần -180 ≤ min_lon ≤ max_lon ≤ 180 và -90 ≤ min_lat ≤ max_lat ≤ 90.'
      using errcode = '22023';
  end if;
  if max_features is null or max_features < 1 or max_features > 50000 then
    raise exception 'max_features phải từ 1 đến 50.000 (nhận được: %).', max_features using errcode = '22023';
  end if;
  if p_at is null then
    raise exception 'Thiếu thời điểm p_at (ví dụ 2024-12-31T23:59:59+07:00).' using errcode = '22023';
  end if;

  -- the same parcels parcels_in_bbox would return, then their states at p_at
  select array_agg(f.id), count(*) > max_features into v_ids, v_truncated
  from (select p.id from public.parcels p
        where p.bbox && box(point(min_lon, min_lat), point(max_lon, max_lat))
        limit max_features + 1) f;
  v_ids := v_ids[1:max_features];

  select jsonb_build_object(
    'type', 'FeatureCollection',
    'truncated', coalesce(v_truncated, false),
    'features', coalesce(jsonb_agg(
      jsonb_build_object(
        'type', 'Feature', 'id', s.id, 'geometry', p.geom,
        'properties', jsonb_build_object(
          'id', s.id, 'project_id', s.project_id, 'admin_unit_id', s.admin_unit_id,
          'map_sheet', s.map_sheet, 'parcel_no', s.parcel_no, 'land_type', s.land_type,
          'area_m2', s.area_m2, 'stage', s.stage, 'blocked', s.blocked,
          'blocker_reason', s.blocker_reason, 'blocker_responsible', s.blocker_responsible,
          'version', s.version))), '[]'::jsonb))
  into v_result
  from private.parcel_states_at(p_at, null, coalesce(v_ids, '{}'), false) s
    join public.parcels p on p.id = s.id;
  return v_result;
end
$$;

comment on function public.parcels_in_bbox_as_of(double precision, double precision, double precision, double precision, timestamptz, integer) is
  'parcels_in_bbox with each parcel''s stage, blocker and version as they stood at p_at (parcels entered since '
  'included, at the stage their first event started from).';

-- ---------------------------------------------------------------- parcels_export

create function public.parcels_export(p_project_id uuid default null, p_full boolean default false)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
set jit = off
as $$
declare
  v_leader boolean := private.has_role('leader');
  v_units text[] := array(select private.officer_unit_ids());
  v_result jsonb;
begin
  if p_project_id is not null and not exists (select 1 from public.projects pr where pr.id = p_project_id) then
    raise exception 'Không tìm thấy dự án %.', p_project_id using errcode = 'P0002';
  end if;
  if coalesce(p_full, false) and not v_leader and not exists (
       select 1 from public.parcels p
       where (p_project_id is null or p.project_id = p_project_id) and p.admin_unit_id = any (v_units)) then
    raise exception 'Bạn không có quyền xuất dữ liệu cá nhân của các thửa này (chỉ cán bộ địa bàn, lãnh đạo).'
      using errcode = '42501';
  end if;

  select jsonb_build_object('type', 'FeatureCollection', 'features', coalesce(jsonb_agg(
    jsonb_build_object('type', 'Feature', 'id', p.id, 'geometry', p.geom,
      'properties', jsonb_build_object(
          'id', p.id, 'project_code', pr.code, 'project_name', pr.name, 'commune_id', p.commune_id,
          'district_id', p.district_id, 'map_sheet', p.map_sheet, 'parcel_no', p.parcel_no,
          'land_type', p.land_type, 'area_m2', p.area_m2, 'stage', p.stage, 'blocked', p.blocked,
          'blocker_reason', p.blocker_reason, 'blocker_responsible', p.blocker_responsible,
          'updated_at', p.updated_at)
        || case when coalesce(p_full, false) and (v_leader or p.admin_unit_id = any (v_units)) then
             jsonb_build_object('owner_name', pp.owner_name, 'household', pp.household,
                                'compensation_vnd', pp.compensation_vnd, 'support_vnd', pp.support_vnd,
                                'resettlement', pp.resettlement)
           else '{}'::jsonb end)
    order by pr.code, p.map_sheet, p.parcel_no, p.id), '[]'::jsonb))
  into v_result
  from public.parcels p
    join public.projects pr on pr.id = p.project_id
    left join public.parcel_private pp on coalesce(p_full, false) and pp.parcel_id = p.id
  where p_project_id is null or p.project_id = p_project_id;
  return v_result;
end
$$;

comment on function public.parcels_export(uuid, boolean) is
  'The parcels of one project (or all) as a GeoJSON FeatureCollection with public properties; p_full adds the '
  'personal fields of the parcels the caller may see privately (officers of the area, leaders), and is refused '
  '(42501) to a caller who may see none.';

-- ---------------------------------------------------------------- who may call what

revoke all on function private.vn_day(timestamptz) from public, anon, authenticated;
revoke all on function private.check_flip_stages() from public, anon, authenticated;
revoke all on function private.parcel_states_at(timestamptz, uuid, uuid[], boolean) from public, anon, authenticated;
revoke all on function private.tidy_text(text) from public, anon, authenticated;
revoke all on function public.target_burnup(uuid, date) from public;
revoke all on function public.project_report(timestamptz) from public;
revoke all on function public.parcel_timeline(uuid, uuid[], timestamptz) from public;
revoke all on function public.area_progress(text, timestamptz) from public;
revoke all on function public.parcels_in_bbox_as_of(double precision, double precision, double precision, double precision, timestamptz, integer) from public;
revoke all on function public.parcels_export(uuid, boolean) from public;
grant execute on function public.target_burnup(uuid, date) to anon, authenticated;
grant execute on function public.project_report(timestamptz) to anon, authenticated;
grant execute on function public.parcel_timeline(uuid, uuid[], timestamptz) to anon, authenticated;
grant execute on function public.area_progress(text, timestamptz) to anon, authenticated;
grant execute on function public.parcels_in_bbox_as_of(double precision, double precision, double precision, double precision, timestamptz, integer) to anon, authenticated;
grant execute on function public.parcels_export(uuid, boolean) to anon, authenticated;
