-- progress_summary read every parcel on each call (≈ 30 ms at 100,000 parcels, and the slowest
-- request of the first map view). Keep running totals per (project, admin unit, stage, blocked)
-- instead, maintained by a trigger in the same transaction as each parcel write, so the summary
-- reads a few hundred rows. The totals live in the private schema: clients see them only through
-- progress_summary.

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

insert into private.progress_totals (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
select project_id, admin_unit_id, stage, blocked, count(*), sum(area_m2)
from public.parcels
group by project_id, admin_unit_id, stage, blocked;

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

-- The same result as before, read from the totals. Security definer because the totals are private;
-- they hold nothing but public counts and areas.
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

revoke all on function public.progress_summary(text) from public;
grant execute on function public.progress_summary(text) to anon, authenticated;
