-- import_admin_units and import_project_geometry (issue 14): admins only, their own validation,
-- parcels' communes assigned again by point on surface (admin_unit_id kept), an identity
-- collision refused, and the run recorded.
begin;
select plan(22);
\ir fixtures.sql

update public.admin_units set geom = '{"type":"Polygon","coordinates":[[[105.8,20.8],[106.2,20.8],[106.2,21.1],[105.8,21.1],[105.8,20.8]]]}' where id = '33';
update public.admin_units set geom = '{"type":"Polygon","coordinates":[[[105.85,20.85],[105.98,20.85],[105.98,21.0],[105.85,21.0],[105.85,20.85]]]}' where id = '326';

create function tests.meta(p_dry boolean)
returns jsonb language sql immutable as $$
  select jsonb_build_object('file_name', 'ranh-gioi.geojson', 'format', 'geojson', 'crs', 'WGS 84', 'crs_proj4', null,
    'axis_swapped', false, 'encoding', null, 'mapping', '{}'::jsonb, 'dry_run', p_dry)
$$;
create function tests.box(x1 float8, y1 float8, x2 float8, y2 float8)
returns jsonb language sql immutable as $$
  select jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
    jsonb_build_array(x1, y1), jsonb_build_array(x2, y1), jsonb_build_array(x2, y2), jsonb_build_array(x1, y2),
    jsonb_build_array(x1, y1))))
$$;
create function tests.unit(p_row integer, p_id text, p_level text, p_parent text, p_geom jsonb, p_extra jsonb default '{}')
returns jsonb language sql immutable as $$
  select jsonb_build_object('row', p_row, 'id', p_id, 'name', 'Xã ' || p_id, 'level', p_level, 'parent_id', p_parent,
    'valid_from', '2025-07-01', 'valid_to', null, 'geom', p_geom, 'source_geom', p_geom) || p_extra
$$;
create function tests.problems(p_answer jsonb)
returns text[] language sql immutable as $$
  select coalesce(array_agg((p ->> 'row') || ':' || (p ->> 'code') || coalesce('/' || (p ->> 'detail'), '')
                            || coalesce('>' || (p ->> 'other_row'), '') order by o), '{}')
  from jsonb_array_elements(p_answer -> 'problems') with ordinality as x(p, o)
$$;
grant execute on all functions in schema tests to anon, authenticated;

-- admin units: admins only
select tests.authenticate_as('officer_326');
select throws_ok(format('select public.import_admin_units(%L)', tests.meta(true) || jsonb_build_object('rows',
    jsonb_build_array(tests.unit(1, '12002', 'commune', '326', tests.box(105.89, 20.89, 105.915, 20.91))))),
  '42501', 'Chỉ quản trị viên được nhập ranh giới đơn vị hành chính.', 'an officer cannot import admin units');
select tests.authenticate_as('leader');
select throws_ok(format('select public.import_admin_units(%L)', tests.meta(true) || jsonb_build_object('rows',
    jsonb_build_array(tests.unit(1, '12002', 'commune', '326', tests.box(105.89, 20.89, 105.915, 20.91))))),
  '42501', null, 'nor a leader');

-- their own validation
select tests.authenticate_as('admin');
select is(tests.problems(public.import_admin_units(tests.meta(true) || jsonb_build_object('rows', jsonb_build_array(
    tests.unit(1, 'X1', 'commune', '326', tests.box(105.89, 20.89, 105.9, 20.9)),
    tests.unit(2, '12005', 'hamlet', '326', tests.box(105.89, 20.89, 105.9, 20.9)),
    tests.unit(3, '12006', 'commune', '99999', tests.box(105.89, 20.89, 105.9, 20.9)),
    tests.unit(4, '12007', 'commune', '326', tests.box(105.89, 20.89, 105.9, 20.9), '{"valid_from": "2025-02-30"}'),
    tests.unit(5, '12008', 'district', '326', tests.box(105.89, 20.89, 105.9, 20.9)),
    tests.unit(6, '12009', 'commune', '326',
      '{"type":"Polygon","coordinates":[[[105.95,20.95],[105.951,20.951],[105.951,20.95],[105.95,20.951],[105.95,20.95]]]}'),
    tests.unit(7, '12010', 'commune', '326', tests.box(105.93, 20.93, 105.94, 20.94)),
    tests.unit(8, '12010', 'commune', '326', tests.box(105.93, 20.93, 105.94, 20.94)))))),
  array['1:unit_invalid/id', '2:unit_invalid/level', '3:unit_invalid/parent', '4:unit_invalid/dates',
        '5:unit_invalid/parent', '6:self_intersection', '7:duplicate_in_file>8', '8:duplicate_in_file>7'],
  'bad codes, levels, parents, dates, geometry and a duplicated id are each refused on their row');

-- a dry run, then the commit: p326a (105.900, 20.900) and p326b (105.910) fall in the new commune
select is(public.import_admin_units(tests.meta(true) || jsonb_build_object('rows', jsonb_build_array(
    tests.unit(1, '12002', 'commune', '326', tests.box(105.89, 20.89, 105.915, 20.91))))) - 'problems',
  '{"run_id": null, "committed": false, "counts": {"new": 1, "updated": 0, "unchanged": 0, "refused": 0},
    "reassigned_parcels": 5}'::jsonb,
  'a dry run says how many parcels would get another commune or district (p326a and p326b get 12002; p12001 and
   the two Văn Lâm parcels lie in no unit with a boundary of their level here, so they lose it)');
select tests.as_superuser();
select results_eq('select count(*)::int from public.admin_units', array[4], '... and writes nothing');
select tests.authenticate_as('admin');
select ok((public.import_admin_units(tests.meta(false) || jsonb_build_object('rows', jsonb_build_array(
    tests.unit(1, '12002', 'commune', '326', tests.box(105.89, 20.89, 105.915, 20.91))))) ->> 'committed')::boolean,
  'the commit is made');
select tests.as_superuser();
select results_eq($$select id, admin_unit_id, commune_id, district_id from public.parcels where project_id = tests.id('vd4') order by id$$,
  format($$values (%L::uuid, '326'::text, '12002'::text, '326'::text), (%L::uuid, '326', '12002', '326'),
                  (%L::uuid, '12001', null, '326')$$, tests.id('p326a'), tests.id('p326b'), tests.id('p12001')),
  'parcels get the commune their point lies in, keep their admin unit, and lose a commune they are not in');
select results_eq($$select name, level, parent_id, valid_from from public.admin_units where id = '12002'$$,
  $$values ('Xã 12002'::text, 'commune'::text, '326'::text, date '2025-07-01')$$, 'the unit is written');
select results_eq($$select layer, project_id, (counts ->> 'reassigned_parcels')::int from public.import_runs$$,
  $$values ('admin_units'::text, null::uuid, 5)$$, 'the run is recorded');
select results_eq($$select "row", unit_id from public.import_sources$$, $$values (1, '12002'::text)$$,
  '... with the source of each unit');

-- a reassignment that would give two parcels of a project one identity is refused
insert into public.parcels (id, project_id, admin_unit_id, commune_id, district_id, map_sheet, parcel_no, land_type, area_m2, geom)
values ('c0000000-0000-4000-8000-0000000000f1', tests.id('vd4'), '326', '12002', '326', '11', '3', 'LUC', 100,
        tests.square(105.912, 20.895));
select tests.authenticate_as('admin');
select is(tests.problems(public.import_admin_units(tests.meta(false) || jsonb_build_object('rows', jsonb_build_array(
    tests.unit(1, '12002', 'commune', '326', tests.box(105.89, 20.89, 105.925, 20.91)))))),
  array['1:unit_invalid/identity_collision'],
  'a boundary that would put sheet 11 number 3 of two parcels in one commune is refused');
select tests.as_superuser();
select results_eq($$select commune_id from public.parcels where id = tests.id('p12001')$$, array[null::text],
  '... and nothing is written');

-- project geometry
select tests.authenticate_as('officer_326');
select throws_ok(format('select public.import_project_geometry(%L)', tests.meta(true) || jsonb_build_object(
    'project_id', tests.id('vd4'), 'geom', tests.box(105.9, 20.9, 105.95, 20.95), 'source_geom', null)),
  '42501', 'Chỉ quản trị viên được nhập ranh giới hoặc đường tim của dự án.', 'an officer cannot import a project outline');
select tests.authenticate_as('admin');
select is(tests.problems(public.import_project_geometry(tests.meta(false) || jsonb_build_object('project_id', tests.id('kcn'),
    'geom', '{"type":"Polygon","coordinates":[[[105.95,20.95],[105.951,20.951],[105.951,20.95],[105.95,20.951],[105.95,20.95]]]}'::jsonb,
    'source_geom', null))), array['1:self_intersection'], 'a bow-tie outline is refused');
select is(tests.problems(public.import_project_geometry(tests.meta(false) || jsonb_build_object('project_id', tests.id('kcn'),
    'geom', tests.box(107.0, 20.0, 107.01, 20.01), 'source_geom', null))), array['1:outside_province'],
  'an outline outside the province (a wrong datum or CRS) is refused');
select is(tests.problems(public.import_project_geometry(tests.meta(false) || jsonb_build_object('project_id', tests.id('vd4'),
    'geom', '{"type":"LineString","coordinates":[[105.9,20.9],[105.9,20.9]]}'::jsonb, 'source_geom', null))),
  array['1:ring_too_short'], 'a centre line of one position is refused');
select is(tests.problems(public.import_project_geometry(tests.meta(false) || jsonb_build_object('project_id', tests.id('vd4'),
    'geom', '{"type":"Point","coordinates":[105.9,20.9]}'::jsonb, 'source_geom', null))),
  array['1:geometry_type'], 'a point is neither an outline nor a line');
select tests.as_superuser();
select results_eq($$select count(*)::int from public.projects where geom is not null$$, array[0], 'nothing was written');
select tests.authenticate_as('admin');
select is(public.import_project_geometry(tests.meta(false) || jsonb_build_object('project_id', tests.id('vd4'),
    'geom', '{"type":"LineString","coordinates":[[105.9,20.9],[105.95,20.95]]}'::jsonb,
    'source_geom', '{"type":"LineString","coordinates":[[544000,2311000],[549000,2316000]]}'::jsonb)) - 'run_id',
  '{"committed": true, "counts": {"new": 0, "updated": 1, "unchanged": 0, "refused": 0}, "problems": []}'::jsonb,
  'a centre line in the province is taken');
select tests.as_superuser();
select results_eq($$select geom from public.projects where id = tests.id('vd4')$$,
  array['{"type":"LineString","coordinates":[[105.9,20.9],[105.95,20.95]]}'::jsonb], '... and written');
select results_eq($$select count(*)::int from public.import_runs r join public.import_sources s on s.run_id = r.id
                    where r.layer = 'project_geometry' and r.project_id = tests.id('vd4') and s.source_geom is not null$$,
  array[1], '... with its run and the file''s own coordinates');
update public.projects set retired_at = now() where id = tests.id('kcn');
select tests.authenticate_as('admin');
select throws_ok(format('select public.import_project_geometry(%L)', tests.meta(false) || jsonb_build_object(
    'project_id', tests.id('kcn'), 'geom', tests.box(105.99, 20.94, 106.0, 20.95), 'source_geom', null)),
  '22023', 'Dự án KCN-VL đã dừng theo dõi: không nhập ranh giới mới.', 'a retired project takes no new outline');

select * from finish();
rollback;
