-- A day is measured to its last microsecond in Vietnam time: an act at exactly midnight belongs to
-- the day that begins, for target_progress as for progress_as_of at the day's last instant.
begin;
select plan(4);
\ir fixtures.sql

insert into public.projects (id, code, name, kind, area_to_clear_m2, status, decision_kind, decision_no, decision_date)
values ('b2000000-0000-4000-8000-000000000001', 'CCN-M', 'CCN M', 'industrial_cluster', 1000, 'under_clearance',
        'establishment', '9/QĐ-UBND', '2023-01-02');
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage, version)
values ('c2000000-0000-4000-8000-000000000001', 'b2000000-0000-4000-8000-000000000001', '326', '40', '1', 'LUC', 1000,
        tests.square(105.97, 20.90), 'handed_over', 2);
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, actor, version, occurred_at)
values ('e2000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001', 'not_started', 'handed_over',
        false, null, 2, '2025-01-01 00:00:00+07');
insert into public.targets (id, name, scope_project_id, measure, min_value, period_start, period_end, due_date, source)
values (md5('midnight')::uuid, 'Năm 2024', 'b2000000-0000-4000-8000-000000000001', 'cleared_area_ha', 0.1,
        '2024-01-01', '2024-12-31', '2024-12-31', 'Kiểm thử'),
       (md5('midnight-2025')::uuid, 'Năm 2025', 'b2000000-0000-4000-8000-000000000001', 'cleared_area_ha', 0.1,
        '2025-01-01', '2025-12-31', '2025-12-31', 'Kiểm thử');

select is((select actual from public.target_progress('2024-12-31') where id = md5('midnight')::uuid), 0::numeric,
  'an act at midnight on 1/1/2025 is not counted for 31/12/2024');
select is((select actual from public.target_progress('2025-01-01') where id = md5('midnight-2025')::uuid), 0.1,
  'it counts for 1/1/2025, in the period that begins that day');
select is((select actual from public.target_progress('2025-06-30') where id = md5('midnight')::uuid), 0::numeric,
  'and never for the 2024 period');
select is((select cleared_area_m2 from public.progress_as_of('2024-12-31 23:59:59.999999+07', 'project')
           where key = 'b2000000-0000-4000-8000-000000000001'), 0::numeric,
  'progress_as_of at the day''s last microsecond agrees');

select * from finish();
rollback;
