-- progress_summary also counts started projects: projects with at least one parcel past the
-- first stage (not_started). The province's targets count them ("more than 20 industrial clusters
-- start land clearance", targets.measure = 'projects_started'), and until now no figure could.
-- A new output column changes the function's type, so it is dropped and created again.
drop function public.progress_summary(text);

create function public.progress_summary(group_by text default 'project')
returns table (key text, name text, kind text, total_area_m2 numeric, cleared_area_m2 numeric,
               parcels bigint, cleared_parcels bigint, blocked_parcels bigint, started_projects bigint)
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
           coalesce(sum(t.parcels) filter (where t.blocked), 0) as n_blocked,
           coalesce(sum(t.parcels) filter (where s.position > 0), 0) as n_started
    from private.progress_totals t join public.stages s on s.id = t.stage
    where t.parcels <> 0
    group by t.project_id, t.admin_unit_id
  )
  select g.key, g.name, g.kind, coalesce(g.total, 0), coalesce(g.cleared, 0),
         coalesce(g.n, 0)::bigint, coalesce(g.n_cleared, 0)::bigint, coalesce(g.n_blocked, 0)::bigint,
         coalesce(g.started, 0)::bigint
  from (
    select u.id as key, u.name, null::text as kind, sum(a.total) as total, sum(a.cleared) as cleared,
           sum(a.n) as n, sum(a.n_cleared) as n_cleared, sum(a.n_blocked) as n_blocked,
           count(distinct a.project_id) filter (where a.n_started > 0) as started
    from public.admin_units u
      left join ancestry x on x.ancestor_id = u.id
      left join per_project a on a.admin_unit_id = x.unit_id
    where group_by = 'province' and u.level = 'province' and u.valid_to is null
    group by u.id, u.name
    union all
    select pr.kind, pr.kind, pr.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0)
    from public.projects pr left join per_project a on a.project_id = pr.id
    where group_by = 'kind'
    group by pr.kind
    union all
    select pr.id::text, pr.name, pr.kind, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0)
    from public.projects pr left join per_project a on a.project_id = pr.id
    where group_by = 'project'
    group by pr.id, pr.name, pr.kind
    union all
    select a.admin_unit_id, u.name, u.level, sum(a.total), sum(a.cleared), sum(a.n), sum(a.n_cleared), sum(a.n_blocked),
           count(distinct a.project_id) filter (where a.n_started > 0)
    from per_project a join public.admin_units u on u.id = a.admin_unit_id
    where group_by = 'admin_unit'
    group by a.admin_unit_id, u.name, u.level
  ) g
  order by g.key;
end
$$;

comment on function public.progress_summary(text) is
  'Cleared and total area, parcels, blocked parcels and started projects (with a parcel past '
  'not_started), grouped by province, kind, project or admin_unit; from running totals.';

revoke all on function public.progress_summary(text) from public;
grant execute on function public.progress_summary(text) to anon, authenticated;
