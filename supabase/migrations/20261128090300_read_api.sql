-- Read API: progress figures, parcels by viewport, a parcel's history, a change feed and the
-- caller's own access. Functions that only read what the caller may read run as the caller
-- (security invoker), so RLS applies; parcel_history and my_access need definer rights and
-- decide field by field what to reveal, progress_summary to read the private running totals.

-- Progress totals. progress_summary must equal the sums over parcels but must not read every
-- parcel on each call (a scan that grows with the parcels, on the first map view's path):
-- running totals per (project, admin unit, stage, blocked) are kept by a trigger in the same
-- transaction as each parcel write, so the summary reads a few hundred rows. The totals live in
-- the private schema: clients see them only through progress_summary.
create table private.progress_totals (
  project_id uuid not null,
  admin_unit_id text not null,
  stage text not null,
  blocked boolean not null,
  parcels bigint not null default 0,
  area_m2 numeric not null default 0,
  primary key (project_id, admin_unit_id, stage, blocked)
);
alter table private.progress_totals enable row level security;
revoke all on private.progress_totals from public, anon, authenticated;

-- Adds `sign` × one parcel to its group's totals.
create or replace function private.add_to_progress_totals(p public.parcels, sign integer)
returns void
language sql
set search_path = ''
as $$
  insert into private.progress_totals as t (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
  values (p.project_id, p.admin_unit_id, p.stage, p.blocked, sign, sign * p.area_m2)
  on conflict (project_id, admin_unit_id, stage, blocked)
  do update set parcels = t.parcels + excluded.parcels, area_m2 = t.area_m2 + excluded.area_m2
$$;

create or replace function private.maintain_progress_totals()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE'
     and (old.project_id, old.admin_unit_id, old.stage, old.blocked, old.area_m2)
         is not distinct from (new.project_id, new.admin_unit_id, new.stage, new.blocked, new.area_m2) then
    return null; -- e.g. a note-only event: the totals do not move
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    perform private.add_to_progress_totals(old, -1);
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    perform private.add_to_progress_totals(new, 1);
  end if;
  return null;
end
$$;

create trigger parcels_progress_totals
  after insert or update or delete on public.parcels
  for each row execute function private.maintain_progress_totals();

revoke all on function private.add_to_progress_totals(public.parcels, integer) from public, anon, authenticated;
revoke all on function private.maintain_progress_totals() from public, anon, authenticated;

-- Security definer because the totals are private; they hold nothing but public counts and areas.
create or replace function public.progress_summary(group_by text default 'project')
returns table (key text, name text, kind text, total_area_m2 numeric, cleared_area_m2 numeric,
               parcels bigint, cleared_parcels bigint, blocked_parcels bigint)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if group_by is null or group_by not in ('province', 'kind', 'project', 'admin_unit') then
    raise exception 'group_by phải là một trong: province, kind, project, admin_unit (nhận được: %).',
      coalesce(group_by, 'null') using errcode = '22023';
  end if;

  return query
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
           coalesce(sum(t.parcels) filter (where t.blocked), 0) as n_blocked
    from private.progress_totals t join public.stages s on s.id = t.stage
    where t.parcels <> 0
    group by t.project_id, t.admin_unit_id
  )
  select g.key, g.name, g.kind, coalesce(g.total, 0), coalesce(g.cleared, 0),
         coalesce(g.n, 0)::bigint, coalesce(g.n_cleared, 0)::bigint, coalesce(g.n_blocked, 0)::bigint
  from (
    select u.id as key, u.name, null::text as kind, sum(a.total) as total, sum(a.cleared) as cleared,
           sum(a.n) as n, sum(a.n_cleared) as n_cleared, sum(a.n_blocked) as n_blocked
    from public.admin_units u
      left join ancestry x on x.ancestor_id = u.id
      left join per_project a on a.admin_unit_id = x.unit_id
    where group_by = 'province' and u.level = 'province' and u.valid_to is null
    group by u.id, u.name
    union all
    select pr.kind, pr.kind, pr.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked)
    from public.projects pr left join per_project a on a.project_id = pr.id
    where group_by = 'kind'
    group by pr.kind
    union all
    select pr.id::text, pr.name, pr.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked)
    from public.projects pr left join per_project a on a.project_id = pr.id
    where group_by = 'project'
    group by pr.id, pr.name, pr.kind
    union all
    select a.admin_unit_id, u.name, u.level, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked)
    from per_project a join public.admin_units u on u.id = a.admin_unit_id
    where group_by = 'admin_unit'
    group by a.admin_unit_id, u.name, u.level
  ) g
  order by g.key;
end
$$;

-- Parcels whose bounding box meets the view, as a GeoJSON FeatureCollection of public fields.
create or replace function public.parcels_in_bbox(
  min_lon double precision, min_lat double precision, max_lon double precision, max_lat double precision,
  max_features integer default 20000)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
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

  select jsonb_build_object(
    'type', 'FeatureCollection',
    'truncated', count(*) > max_features,
    'features', coalesce(jsonb_agg(
      jsonb_build_object(
        'type', 'Feature', 'id', f.id, 'geometry', f.geom,
        'properties', jsonb_build_object(
          'id', f.id, 'project_id', f.project_id, 'admin_unit_id', f.admin_unit_id,
          'map_sheet', f.map_sheet, 'parcel_no', f.parcel_no, 'land_type', f.land_type,
          'area_m2', f.area_m2, 'stage', f.stage, 'blocked', f.blocked, 'version', f.version))
      ) filter (where f.n <= max_features), '[]'::jsonb))
  into v_result
  from (
    select p.*, row_number() over () as n
    from public.parcels p
    where p.bbox && box(point(min_lon, min_lat), point(max_lon, max_lat))
    limit max_features + 1
  ) f;
  return v_result;
end
$$;

-- A parcel's events, newest first. Who recorded an event and its note are shown only to
-- those who may see the parcel's personal data (a note can name people).
create or replace function public.parcel_history(p_parcel_id uuid)
returns table (event_id uuid, from_stage text, to_stage text, blocked boolean, blocker_reason text,
               blocker_responsible text, note text, actor uuid, actor_email text, version integer,
               occurred_at timestamptz, recorded_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_unit text;
  v_private boolean;
begin
  select p.admin_unit_id into v_unit from public.parcels p where p.id = p_parcel_id;
  if not found then
    raise exception 'Không tìm thấy thửa đất %.', p_parcel_id using errcode = 'P0002';
  end if;
  v_private := private.can_see_private(v_unit);
  return query
  select e.event_id, e.from_stage, e.to_stage, e.blocked, e.blocker_reason, e.blocker_responsible,
         case when v_private then e.note end,
         case when v_private then e.actor end,
         case when v_private then u.email::text end,
         e.version, e.occurred_at, e.recorded_at
  from public.parcel_events e left join auth.users u on u.id = e.actor
  where e.parcel_id = p_parcel_id
  order by e.occurred_at desc, e.seq desc;
end
$$;

-- Parcels changed since a cursor, and the cursor to ask with next time.
-- Every parcel write stamps its transaction id (change_xid). The new cursor is the oldest
-- transaction still running now (the snapshot's xmin): every transaction below it has ended,
-- and anything that commits later has an id at or above it, so nothing is ever skipped even
-- when writers commit out of order. Rows at or above the cursor may come twice: clients keep
-- the higher version. A null cursor returns only the current cursor.
create or replace function public.changes_since(p_cursor bigint)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_next bigint := pg_snapshot_xmin(pg_current_snapshot())::text::bigint;
  v_rows jsonb;
begin
  if p_cursor is null then
    return jsonb_build_object('cursor', v_next, 'parcels', '[]'::jsonb);
  end if;
  if p_cursor < 0 then
    raise exception 'Con trỏ thay đổi không hợp lệ: %.', p_cursor using errcode = '22023';
  end if;
  select coalesce(jsonb_agg(jsonb_build_object(
           'id', p.id, 'project_id', p.project_id, 'admin_unit_id', p.admin_unit_id,
           'area_m2', p.area_m2, 'stage', p.stage, 'blocked', p.blocked,
           'blocker_reason', p.blocker_reason, 'blocker_responsible', p.blocker_responsible,
           'version', p.version, 'updated_at', p.updated_at) order by p.change_xid), '[]'::jsonb)
  into v_rows
  from public.parcels p
  where p.change_xid >= p_cursor;
  return jsonb_build_object('cursor', v_next, 'parcels', v_rows);
end
$$;

-- The caller's roles (with the units' names) and the admin units they may change (descendants included).
create or replace function public.my_access()
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'user_id', auth.uid(),
    'email', (select u.email from auth.users u where u.id = auth.uid()),
    'roles', coalesce((select jsonb_agg(jsonb_build_object('role', m.role, 'admin_unit_id', m.admin_unit_id,
                                                           'admin_unit_name', au.name)
                                        order by m.role, m.admin_unit_id)
                       from public.memberships m left join public.admin_units au on au.id = m.admin_unit_id
                       where m.user_id = auth.uid()), '[]'::jsonb),
    'editable_unit_ids', coalesce((select jsonb_agg(u order by u) from private.officer_unit_ids() u), '[]'::jsonb))
$$;

revoke all on function public.progress_summary(text) from public;
revoke all on function public.parcels_in_bbox(double precision, double precision, double precision, double precision, integer) from public;
revoke all on function public.parcel_history(uuid) from public;
revoke all on function public.changes_since(bigint) from public;
revoke all on function public.my_access() from public;
grant execute on function public.progress_summary(text) to anon, authenticated;
grant execute on function public.parcels_in_bbox(double precision, double precision, double precision, double precision, integer) to anon, authenticated;
grant execute on function public.parcel_history(uuid) to anon, authenticated;
grant execute on function public.changes_since(bigint) to anon, authenticated;
grant execute on function public.my_access() to anon, authenticated;

-- Facts about the dataset itself (e.g. that it is demo data), readable by all, set by admins.
create table public.app_info (
  key text primary key,
  value jsonb not null
);
alter table public.app_info enable row level security;
grant select on public.app_info to anon, authenticated;
grant insert, update, delete on public.app_info to authenticated;
create policy app_info_select on public.app_info for select to anon, authenticated using (true);
create policy app_info_insert on public.app_info for insert to authenticated
  with check ((select private.has_role('admin')));
create policy app_info_update on public.app_info for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy app_info_delete on public.app_info for delete to authenticated
  using ((select private.has_role('admin')));
