-- Parcel identity (issue 14): commune and district on every parcel, the identity index that
-- replaced the old key, the land-type table, and geometry written directly kept valid.
begin;
select plan(22);
\ir fixtures.sql

-- columns, and the backfill from each parcel's admin unit
select has_column('public', 'parcels', 'commune_id', 'parcels have a commune');
select has_column('public', 'parcels', 'district_id', 'parcels have a district');
select results_eq($$select id, commune_id, district_id from public.parcels order by id$$,
  format($$values (%L::uuid, null::text, '326'::text), (%L::uuid, null, '326'), (%L::uuid, '12001', '326'),
                  (%L::uuid, null, '325'), (%L::uuid, null, '325')$$,
    tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a'), tests.id('p325b')),
  'parcels given only admin_unit_id get their district, and a commune with its parent district');

-- the identity: (project, commune or else district, sheet, number)
select has_index('public', 'parcels', 'parcels_identity_idx', 'parcels have the identity index');
select has_index('public', 'parcels', 'parcels_sheet_no_idx', array['map_sheet', 'parcel_no'],
  'the search by sheet and number keeps its index');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '1', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '23505', null, 'the same district, sheet and number twice in a project is refused');
select lives_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '1', 'LUC', 10, %L)$$, tests.id('kcn'), tests.square(105.95, 20.9)),
  'the same identity in another project is another parcel');
select lives_ok(format($$insert into public.parcels (project_id, admin_unit_id, commune_id, district_id, map_sheet, parcel_no,
  land_type, area_m2, geom) values (%L, '12001', '12001', '326', '10', '1', 'LUC', 10, %L)$$, tests.id('vd4'),
  tests.square(105.96, 20.9)),
  'sheets are numbered per commune: sheet 10 number 1 of the commune is not that of the district');
select lives_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '33', '1', '1', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.97, 20.9)),
  'a parcel in no district or commune');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '33', '1', '1', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.98, 20.9)),
  '23505', null, '... is still unique by sheet and number');

-- land types
select results_eq('select count(*)::int from public.land_types', array[41], 'the land types of Circular 08/2024');
select tests.clear_authentication();
select results_eq($$select label_vi from public.land_types where code = 'LUC'$$, array['Đất chuyên trồng lúa'],
  'anon reads the land types');
select throws_ok($$insert into public.land_types values ('XYZ', 'Đất thử', 'Test')$$, '42501', null,
  'anon cannot add a land type');
select tests.authenticate_as('admin');
select is(tests.affected($$update public.land_types set label_vi = 'x'$$), 0, 'not even an admin changes them directly');
select tests.as_superuser();
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '99', '1', 'XYZ', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.95)),
  '23503', null, 'a parcel cannot carry a land type that is not in the table');

-- outlines, centre lines and boundaries written directly keep the import's validity rules
select tests.authenticate_as('admin');
select throws_ok(format($$update public.projects set geom = %L where id = %L$$,
  '{"type":"Polygon","coordinates":[[[105.95,20.95],[105.951,20.951],[105.951,20.95],[105.95,20.951],[105.95,20.95]]]}',
  tests.id('kcn')), '23514', 'Ranh giới/đường tim dự án tự cắt tại (105.9505000, 20.9505000).',
  'an admin cannot draw a bow-tie outline, and is told where it crosses');
select throws_ok(format($$update public.projects set geom = %L where id = %L$$,
  '{"type":"Polygon","coordinates":[[[105.95,20.95],[105.951,20.95],[105.951,20.951],[105.95,20.951]]]}',
  tests.id('kcn')), '23514', 'Ranh giới/đường tim dự án có vòng không khép kín (điểm cuối khác điểm đầu).',
  'nor an unclosed one');
select throws_ok(format($$update public.projects set geom = %L where id = %L$$,
  '{"type":"LineString","coordinates":[[105.95,20.95],[105.95,20.95]]}', tests.id('vd4')), '23514',
  'Ranh giới/đường tim dự án cần ít nhất 2 điểm khác nhau.', 'nor a centre line of one point');
select lives_ok(format($$update public.projects set geom = %L, corridor_width_m = 120 where id = %L$$,
  '{"type":"LineString","coordinates":[[105.90,20.89],[105.93,20.92]]}', tests.id('vd4')),
  'a centre line of two points is taken');
select lives_ok(format($$update public.projects set geom = %L where id = %L$$,
  '{"type":"Polygon","coordinates":[[[105.99,20.94],[106.02,20.94],[106.02,20.96],[105.99,20.96],[105.99,20.94]]]}',
  tests.id('kcn')), 'and a valid outline');
select throws_ok($$update public.admin_units set geom =
  '{"type":"Polygon","coordinates":[[[105.95,20.95],[105.951,20.951],[105.951,20.95],[105.95,20.951],[105.95,20.95]]]}'
  where id = '325'$$, '23514', 'Ranh giới đơn vị hành chính tự cắt tại (105.9505000, 20.9505000).',
  'nor a bow-tie boundary');
select has_column('public', 'projects', 'retired_at', 'projects can be retired');

select * from finish();
rollback;
