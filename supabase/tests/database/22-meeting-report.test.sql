-- project_report, parcel_timeline, area_progress, parcels_in_bbox_as_of and parcels_export: the
-- meeting view's figures in time, and what each role may get from them. A project with a dated
-- history: a notice and a recovery decision, a blocker set and reworded, and a handover; the
-- fixtures' parcels add events of the last two days.
begin;
select plan(46);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('dt', 'b3000000-0000-4000-8000-000000000001'), ('retired', 'b3000000-0000-4000-8000-000000000002'),
  ('r1', 'c3000000-0000-4000-8000-000000000001'), ('r2', 'c3000000-0000-4000-8000-000000000002'),
  ('r3', 'c3000000-0000-4000-8000-000000000003');
insert into public.admin_units (id, name, level, parent_id, geom) values
  ('12002', 'Xã Có Ranh Giới', 'commune', '325',
   '{"type": "Polygon", "coordinates": [[[106.2, 20.7], [106.3, 20.7], [106.3, 20.8], [106.2, 20.7]]]}'),
  ('12003', 'Xã Không Ranh Giới', 'commune', '325', null);
insert into public.projects (id, code, name, kind, area_to_clear_m2, investor, responsible_unit, responsible_person,
                             due_date, retired_at, retired_reason) values
  (tests.id('dt'), 'DT-1', 'Khu đô thị Một', 'urban_housing', 10000, 'Công ty A', 'UBND huyện Văn Giang', 'Ông Nguyễn B',
   '2024-12-31', null, null),
  (tests.id('retired'), 'DT-0', 'Dự án đã dừng', 'urban_housing', 0, null, null, null, null, '2024-02-01', 'Không triển khai');
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage,
                            blocked, blocker_reason, blocker_responsible, version) values
  (tests.id('r1'), tests.id('dt'), '12001', '50', '1', 'LUC', 1000, tests.square(105.80, 20.70), 'recovery_decided',
   true, 'Chưa  đồng ý   đơn giá ', 'UBND xã', 5),
  (tests.id('r2'), tests.id('dt'), '326', '50', '2', 'ONT', 2000, tests.square(105.81, 20.70), 'handed_over', false, null, null, 3),
  (tests.id('r3'), tests.id('dt'), '326', '50', '3', 'LUC', 3000, tests.square(105.82, 20.70), 'notice', true,
   'Chưa đồng ý đơn giá', 'UBND xã', 3);
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason, blocker_responsible,
                                  note, actor, version, occurred_at) values
  (gen_random_uuid(), tests.id('r1'), 'not_started', 'notice', false, null, null, 'Bí mật: ông Trần X', tests.id('officer_326'), 2, '2024-01-10 09:00+07'),
  (gen_random_uuid(), tests.id('r1'), 'notice', 'notice', true, 'Chưa đồng ý', 'UBND xã', null, null, 3, '2024-02-01 09:00+07'),
  (gen_random_uuid(), tests.id('r1'), 'notice', 'recovery_decided', true, 'Chưa đồng ý', 'UBND xã', null, null, 4, '2024-03-01 09:00+07'),
  (gen_random_uuid(), tests.id('r1'), 'recovery_decided', 'recovery_decided', true, 'Chưa  đồng ý   đơn giá ', 'UBND xã', null, null, 5, '2024-03-20 09:00+07'),
  (gen_random_uuid(), tests.id('r2'), 'not_started', 'compensated', false, null, null, null, null, 2, '2024-02-15 09:00+07'),
  (gen_random_uuid(), tests.id('r2'), 'compensated', 'handed_over', false, null, null, null, null, 3, '2024-04-01 09:00+07'),
  (gen_random_uuid(), tests.id('r3'), 'not_started', 'notice', false, null, null, null, null, 2, '2024-03-05 23:30+07'),
  (gen_random_uuid(), tests.id('r3'), 'notice', 'notice', true, 'Chưa đồng ý đơn giá', 'UBND xã', null, null, 3, '2024-03-25 09:00+07');

select tests.clear_authentication();

-- ---------------------------------------------------------------- project_report

select is((select count(*) from public.project_report()), (select count(*) from public.projects),
  'one row per project, the retired one included');
select is((select retired_at from public.project_report() where id = tests.id('retired')), '2024-02-01'::timestamptz,
  'the retired project with its retired_at');
select results_eq(
  $$select parcels, area_m2, cleared_parcels, cleared_area_m2, blocked_parcels, blocked_area_m2, stale_blockers
    from public.project_report() where id = tests.id('dt')$$,
  $$values (3::bigint, 6000::numeric, 1::bigint, 2000::numeric, 2::bigint, 4000::numeric, 2::bigint)$$,
  'now: parcels, cleared, blocked, and both blockers stale (set months ago)');
select is((select by_stage from public.project_report() where id = tests.id('dt')),
  '{"not_started": {"parcels": 0, "area_m2": 0}, "dialogue": {"parcels": 0, "area_m2": 0},
    "notice": {"parcels": 1, "area_m2": 3000}, "inventory": {"parcels": 0, "area_m2": 0},
    "plan_approved": {"parcels": 0, "area_m2": 0}, "recovery_decided": {"parcels": 1, "area_m2": 1000},
    "compensated": {"parcels": 0, "area_m2": 0}, "handed_over": {"parcels": 1, "area_m2": 2000}}'::jsonb,
  'by_stage lists all eight stages, zeros included');
select is((select blockers from public.project_report() where id = tests.id('dt')),
  jsonb_build_array(jsonb_build_object('reason', 'Chưa đồng ý đơn giá', 'responsible', 'UBND xã', 'parcels', 2,
    'area_m2', 4000, 'oldest_since', '2024-03-20 09:00+07'::timestamptz, 'stale_parcels', 2)),
  'one blocker: the same reason typed with extra spaces groups as one; since the rewording on 20/3 (r1) and 25/3 (r3)');
select is((select oldest_stage_since from public.project_report() where id = tests.id('dt')), '2024-03-01 09:00+07'::timestamptz,
  'the longest wait at a stage: r1 at its recovery decision since 1/3 (the handed-over r2 does not count)');
select results_eq(
  $$select parcels, cleared_parcels, blocked_parcels, stale_blockers, oldest_stage_since, blockers -> 0 ->> 'reason'
    from public.project_report('2024-03-10 23:59:59+07') where id = tests.id('dt')$$,
  $$values (3::bigint, 0::bigint, 1::bigint, 1::bigint, '2024-02-15 09:00+07'::timestamptz, 'Chưa đồng ý')$$,
  'at 10/3/2024: nothing handed over; r1 blocked (the reason as it read then) since 1/2, stale; r2 waiting since 15/2');
select is((select (by_stage -> 'compensated' ->> 'parcels')::int from public.project_report('2024-03-10 23:59:59+07')
           where id = tests.id('dt')), 1, 'at 10/3/2024: r2 still at compensated');
select is((select stale_blockers from public.project_report('2024-02-20 23:59:59+07') where id = tests.id('dt')), 1::bigint,
  'at 20/2/2024: r1''s blocker of 1/2 is more than 14 days old');
select is((select parcels from public.project_report('2023-12-31 23:59:59+07') where id = tests.id('dt')), 3::bigint,
  'before any event, the parcels still count, at the stages their first events started from');
select is((select (by_stage -> 'not_started' ->> 'parcels')::int from public.project_report('2023-12-31 23:59:59+07')
           where id = tests.id('dt')), 3, 'all three not started then');
select is((select sum(cleared_area_m2) from public.project_report(now() - interval '36 hours')),
  (select sum(cleared_area_m2) from public.progress_as_of(now() - interval '36 hours', 'project')),
  'the cleared area at any instant is progress_as_of''s');
select is((select sum(blocked_parcels) from public.project_report(now() - interval '36 hours')),
  (select sum(blocked_parcels) from public.progress_as_of(now() - interval '36 hours', 'project')),
  'and the blocked parcels too');

-- ---------------------------------------------------------------- parcel_timeline

select results_eq(
  $$select id, stage, stage_since, blocked, blocker_reason, blocked_since, acts
    from public.parcel_timeline(tests.id('dt')) order by parcel_no$$,
  $$values (tests.id('r1'), 'recovery_decided', '2024-03-01 09:00+07'::timestamptz, true, 'Chưa  đồng ý   đơn giá ',
            '2024-03-20 09:00+07'::timestamptz, '{"notice": "2024-01-10", "recovery_decided": "2024-03-01"}'::jsonb),
           (tests.id('r2'), 'handed_over', '2024-04-01 09:00+07'::timestamptz, false, null, null,
            '{"compensated": "2024-02-15"}'::jsonb),
           (tests.id('r3'), 'notice', '2024-03-05 23:30+07'::timestamptz, true, 'Chưa đồng ý đơn giá',
            '2024-03-25 09:00+07'::timestamptz, '{"notice": "2024-03-05"}'::jsonb)$$,
  'now: stage and since when, blocker and since when, acts by Vietnam day (23:30 on 5/3 is 5/3)');
select results_eq(
  $$select stage, blocked, blocker_reason, blocked_since, acts from public.parcel_timeline(null, array[tests.id('r1')], '2024-02-15 23:59:59+07')$$,
  $$values ('notice', true, 'Chưa đồng ý', '2024-02-01 09:00+07'::timestamptz, '{"notice": "2024-01-10"}'::jsonb)$$,
  'by id at 15/2/2024: at notice, blocked since 1/2, only the acts up to then');
select is((select stage from public.parcel_timeline(null, array[tests.id('r2')], '2024-01-01 00:00+07')), 'not_started',
  'before its first event, a parcel stands where that event started from');
select is((select stage_since from public.parcel_timeline(null, array[tests.id('r2')], '2024-01-01 00:00+07')), null,
  'with no stage_since');
select results_eq(
  $$select round(center_lon::numeric, 4), round(center_lat::numeric, 4) from public.parcel_timeline(null, array[tests.id('r1')])$$,
  $$values (105.8005, 20.7005)$$, 'the centre of the parcel''s box');
select is((select count(*) from public.parcel_timeline(tests.id('vd4'))), 3::bigint, 'a fixture project''s three parcels');
select is((select array_agg(k order by k) from public.parcel_timeline(null, array[tests.id('r1')]) t,
             jsonb_object_keys(to_jsonb(t)) k),
  array['acts', 'admin_unit_id', 'area_m2', 'blocked', 'blocked_since', 'blocker_reason', 'blocker_responsible',
        'center_lat', 'center_lon', 'id', 'land_type', 'map_sheet', 'parcel_no', 'project_id', 'stage', 'stage_since'],
  'public fields only: no note, actor or personal field');
select throws_ok($$select * from public.parcel_timeline()$$, '22023',
  'Cần đúng một trong hai: p_project_id (một dự án) hoặc p_parcel_ids (danh sách thửa).', 'neither project nor ids: a clear message');
select throws_ok(format($$select * from public.parcel_timeline(%L, array[%L]::uuid[])$$, tests.id('dt'), tests.id('r1')), '22023',
  'Cần đúng một trong hai: p_project_id (một dự án) hoặc p_parcel_ids (danh sách thửa).', 'both: the same message');
select throws_ok($$select * from public.parcel_timeline(null, array(select gen_random_uuid() from generate_series(1, 50001)))$$,
  '22023', 'Tối đa 50.000 thửa mỗi lần (nhận được: 50001).', 'more than 50,000 ids: refused');

-- ---------------------------------------------------------------- area_progress

select results_eq(
  $$select id, parcels, cleared_parcels, blocked_parcels, total_area_m2, cleared_area_m2 from public.area_progress('district')$$,
  $$values ('325', 2::bigint, 1::bigint, 1::bigint, 900::numeric, 500::numeric),
           ('326', 6::bigint, 2::bigint, 2::bigint, 6600::numeric, 2300::numeric)$$,
  'districts now: Văn Giang counts its commune''s parcels (12001) too');
select results_eq(
  $$select id, parcels, cleared_parcels, total_area_m2 from public.area_progress('commune')$$,
  $$values ('12001', 2::bigint, 1::bigint, 1300::numeric), ('12002', 0::bigint, 0::bigint, 0::numeric)$$,
  'communes: with parcels, or with a boundary and zeros; one with neither is left out');
select is((select cleared_parcels from public.area_progress('district', '2024-03-31 23:59:59+07') where id = '326'), 1::bigint,
  'at 31/3/2024 Văn Giang had only p12001 handed over (r2 came on 1/4)');
select is((select sum(cleared_area_m2) from public.area_progress('district', now() - interval '36 hours')),
  (select sum(cleared_area_m2) from public.progress_as_of(now() - interval '36 hours', 'project')),
  'the districts'' cleared area sums to progress_as_of''s (every parcel here is in a district)');
select throws_ok($$select * from public.area_progress('province')$$, '22023',
  'p_level phải là district hoặc commune (nhận được: province).', 'an unknown level: a clear message');

-- ---------------------------------------------------------------- parcels_in_bbox_as_of

select is(jsonb_array_length(public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, now()) -> 'features'),
          jsonb_array_length(public.parcels_in_bbox(105.7, 20.6, 106.2, 21.0) -> 'features'),
  'at now: the same parcels as parcels_in_bbox');
select is((select jsonb_agg(f order by f ->> 'id') from jsonb_array_elements(public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, now()) -> 'features') f),
          (select jsonb_agg(f order by f ->> 'id') from jsonb_array_elements(public.parcels_in_bbox(105.7, 20.6, 106.2, 21.0) -> 'features') f),
  'and exactly the same features');
select is((select f -> 'properties' from jsonb_array_elements(
             public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, now() - interval '36 hours') -> 'features') f
           where f ->> 'id' = tests.id('p325a')::text) - 'id' - 'project_id' - 'geometry',
  '{"admin_unit_id": "325", "map_sheet": "20", "parcel_no": "4", "land_type": "LUC", "area_m2": 400,
    "stage": "dialogue", "blocked": false, "blocker_reason": null, "blocker_responsible": null, "version": 1}'::jsonb,
  '36 hours ago p325a stood at dialogue, unblocked, version 1 (its event came a day ago)');
select is((select f -> 'properties' ->> 'stage' from jsonb_array_elements(
             public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, '2024-03-10 23:59:59+07') -> 'features') f
           where f ->> 'id' = tests.id('r2')::text), 'compensated', 'r2 at 10/3/2024: compensated');
select is(public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, now(), 2) -> 'truncated', 'true'::jsonb,
  'more parcels than max_features: truncated, as parcels_in_bbox');
select is(jsonb_array_length(public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, now(), 2) -> 'features'), 2,
  'with max_features features');
select throws_ok($$select public.parcels_in_bbox_as_of(105.7, 20.6, 106.2, 21.0, null)$$, '22023',
  'Thiếu thời điểm p_at (ví dụ 2024-12-31T23:59:59+07:00).', 'no instant: a clear message');
select throws_ok($$select public.parcels_in_bbox_as_of(106.2, 20.6, 105.7, 21.0, now())$$, '22023', null,
  'a box turned inside out: refused as by parcels_in_bbox');

-- ---------------------------------------------------------------- parcels_export

select is(jsonb_array_length(public.parcels_export() -> 'features'), (select count(*)::int from public.parcels),
  'anon: every parcel');
select is((select count(*) from jsonb_array_elements(public.parcels_export() -> 'features') f
           where f -> 'properties' ?| array['owner_name', 'household', 'compensation_vnd', 'support_vnd', 'resettlement']),
  0::bigint, 'anon: no personal field in any feature');
select ok(position('Bí Mật' in public.parcels_export()::text) = 0 and position('Nguyễn Văn An' in public.parcels_export()::text) = 0
          and position('Bí mật' in public.parcels_export()::text) = 0,
  'anon: no owner name or event note anywhere in the text');
select is((select array_agg(k order by k) from jsonb_object_keys(public.parcels_export(tests.id('dt')) -> 'features' -> 0 -> 'properties') k),
  array['area_m2', 'blocked', 'blocker_reason', 'blocker_responsible', 'commune_id', 'district_id', 'id', 'land_type',
        'map_sheet', 'parcel_no', 'project_code', 'project_name', 'stage', 'updated_at'],
  'one project''s export: the public properties');
select throws_ok($$select public.parcels_export(null, true)$$, '42501',
  'Bạn không có quyền xuất dữ liệu cá nhân của các thửa này (chỉ cán bộ địa bàn, lãnh đạo).', 'anon asking for full: 42501');
select throws_ok($$select public.parcels_export('00000000-0000-4000-8000-000000000000')$$, 'P0002',
  'Không tìm thấy dự án 00000000-0000-4000-8000-000000000000.', 'an unknown project: P0002');

select tests.authenticate_as('nobody');
select throws_ok($$select public.parcels_export(null, true)$$, '42501', null, 'a user without a role asking for full: 42501');
select tests.authenticate_as('officer_325');
select is((select jsonb_object_agg(f -> 'properties' ->> 'parcel_no', f -> 'properties' -> 'owner_name')
           from jsonb_array_elements(public.parcels_export(null, true) -> 'features') f
           where f -> 'properties' ? 'owner_name'),
  '{"4": "Phạm Thị Dung", "5": "Hoàng Văn Em"}'::jsonb, 'an officer of Văn Lâm: personal fields of Văn Lâm''s parcels only');
select throws_ok(format($$select public.parcels_export(%L, true)$$, tests.id('vd4')), '42501', null,
  'and full on a project with none of theirs: 42501');
select tests.authenticate_as('leader');
select is((select count(*) from jsonb_array_elements(public.parcels_export(null, true) -> 'features') f
           where f -> 'properties' ? 'owner_name'), (select count(*) from public.parcels),
  'a leader: personal fields on every parcel');

select * from finish();
rollback;
