-- progress_summary reads running totals kept by a trigger on parcels: after every kind of write
-- (insert, stage move, blocker, area correction, moving a parcel to another project or unit,
-- note-only event, delete) it must still equal the sums over the parcels themselves.
begin;
select plan(13);
\ir fixtures.sql

create function tests.summary_matches_parcels() returns boolean language sql as $$
  with truth as (
    select p.project_id::text as key, sum(p.area_m2) as total,
           coalesce(sum(p.area_m2) filter (where p.stage = 'handed_over'), 0) as cleared,
           count(*) as n, count(*) filter (where p.stage = 'handed_over') as n_cleared,
           count(*) filter (where p.blocked) as n_blocked,
           (count(*) filter (where p.stage <> 'not_started') > 0)::int::bigint as started
    from public.parcels p group by p.project_id
  ), summary as (
    select key, total_area_m2 as total, cleared_area_m2 as cleared, parcels as n, cleared_parcels as n_cleared,
           blocked_parcels as n_blocked, started_projects as started
    from public.progress_summary('project') where parcels > 0
  )
  select not exists (select * from truth except select * from summary)
     and not exists (select * from summary except select * from truth)
$$;

select ok(tests.summary_matches_parcels(), 'the totals start equal to the sums over parcels');

update public.parcels set stage = 'handed_over' where id = tests.id('p326a');
select ok(tests.summary_matches_parcels(), 'after a stage move');

update public.parcels set blocked = true, blocker_reason = 'Tranh chấp', blocker_responsible = 'UBND xã'
where id = tests.id('p326b');
select ok(tests.summary_matches_parcels(), 'after a blocker is set');

update public.parcels set area_m2 = area_m2 + 12.5 where id = tests.id('p326a');
select ok(tests.summary_matches_parcels(), 'after an area correction');

update public.parcels set project_id = tests.id('kcn') where id = tests.id('p326a');
select ok(tests.summary_matches_parcels(), 'after a parcel moves to another project');

update public.parcels set admin_unit_id = '12001' where id = tests.id('p326b');
select ok(tests.summary_matches_parcels(), 'after a parcel moves to another unit');

update public.parcels set version = version + 1 where id = tests.id('p326b');
select ok(tests.summary_matches_parcels(), 'after a write that changes no figure');

insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage)
values (gen_random_uuid(), tests.id('vd4'), '326', '99', '1', 'LUC', 321, tests.square(105.95, 20.95), 'compensated');
select ok(tests.summary_matches_parcels(), 'after an insert');

delete from public.parcels p where p.map_sheet = '99';
select ok(tests.summary_matches_parcels(), 'after a delete');

select is(
  (select total_area_m2 from public.progress_summary('province') where key = '33'),
  (select sum(area_m2) from public.parcels),
  'the province total still equals the sum over every parcel');

-- started projects: those with a parcel past not_started, counted per kind, unit and province
update public.parcels set stage = 'not_started' where project_id = tests.id('kcn');
select ok(tests.summary_matches_parcels(), 'after every parcel of a project goes back to not_started');
select results_eq(
  $$select key, started_projects from public.progress_summary('kind') order by key$$,
  $$select pr.kind, count(distinct p.project_id) filter (where p.stage <> 'not_started')
    from public.projects pr left join public.parcels p on p.project_id = pr.id group by pr.kind order by pr.kind$$,
  'started projects by kind are the projects with a parcel past not_started');
select results_eq(
  $$select started_projects from public.progress_summary('province') where key = '33'$$,
  $$select count(distinct project_id) from public.parcels where stage <> 'not_started'$$,
  'started projects in the province');

select * from finish();
rollback;
