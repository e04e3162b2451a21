-- import_parcels (issue 14): who may import where, the server's own validation (each problem
-- code), all or nothing, private fields, re-import without touching stage history, and the
-- record of each run with its row level security.
begin;
select plan(52);
\ir fixtures.sql

-- Boundaries for the fixtures: the province, Văn Giang west of 105.98, Văn Lâm east of it.
update public.admin_units set geom = '{"type":"Polygon","coordinates":[[[105.8,20.8],[106.2,20.8],[106.2,21.1],[105.8,21.1],[105.8,20.8]]]}' where id = '33';
update public.admin_units set geom = '{"type":"Polygon","coordinates":[[[105.85,20.85],[105.98,20.85],[105.98,21.0],[105.85,21.0],[105.85,20.85]]]}' where id = '326';
update public.admin_units set geom = '{"type":"Polygon","coordinates":[[[105.98,20.85],[106.1,20.85],[106.1,21.0],[105.98,21.0],[105.98,20.85]]]}' where id = '325';

-- An import document: the ImportMeta fields, the project, dry run or not, and the rows.
create function tests.doc(p_project text, p_dry boolean, p_rows jsonb)
returns jsonb language sql stable as $$
  select jsonb_build_object('file_name', 'thua-dat.zip', 'format', 'shapefile',
    'crs', 'VN-2000 / TM-3 105°30′ (EPSG:9209)', 'crs_proj4', '+proj=tmerc +lon_0=105.5', 'axis_swapped', false,
    'encoding', 'tcvn3', 'mapping', '{"map_sheet": {"column": "SHBANDO"}}'::jsonb,
    'project_id', tests.id(p_project), 'dry_run', p_dry, 'rows', p_rows)
$$;
-- A parcel row: a square of 0.001° (about 11,570 m² there) at (lon, lat), legal area 11,500 m².
create function tests.prow(p_row integer, p_sheet text, p_no text, p_lon float8, p_lat float8, p_extra jsonb default '{}')
returns jsonb language sql stable as $$
  select jsonb_build_object('row', p_row, 'map_sheet', p_sheet, 'parcel_no', p_no, 'land_type', 'LUC',
    'area_m2', 11500, 'geom', tests.square(p_lon, p_lat), 'source_geom', tests.square(p_lon, p_lat),
    'owner_name', null, 'household', null) || p_extra
$$;
create function tests.imp(p_label text, p_doc jsonb)
returns void language plpgsql as $$
begin
  insert into tests.answers (label, answer) values (p_label, public.import_parcels(p_doc));
end
$$;
-- "code/detail/other_row" of each problem of a labelled answer, in order
create function tests.problems(p_label text)
returns text[] language sql stable as $$
  select coalesce(array_agg((p ->> 'row') || ':' || (p ->> 'code') || coalesce('/' || (p ->> 'detail'), '')
                            || coalesce('>' || (p ->> 'other_row'), '') order by o), '{}')
  from tests.answers a, jsonb_array_elements(a.answer -> 'problems') with ordinality as x(p, o)
  where a.label = p_label
$$;
-- `at` of the n-th problem (0-based), rounded to 1e-9 degree
create function tests.at(p_label text, p_index integer)
returns numeric[] language sql stable as $$
  select array[round((a.answer -> 'problems' -> p_index -> 'at' ->> 0)::numeric, 9),
               round((a.answer -> 'problems' -> p_index -> 'at' ->> 1)::numeric, 9)]
  from tests.answers a where a.label = p_label
$$;
grant execute on all functions in schema tests to anon, authenticated;

-- who may import
select tests.clear_authentication();
select throws_ok(format('select public.import_parcels(%L)', tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94)))),
  '42501', 'permission denied for function import_parcels', 'anon cannot import');
select tests.authenticate_as('leader');
select throws_ok(format('select public.import_parcels(%L)', tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94)))),
  '42501', null, 'a leader cannot import');
select tests.authenticate_as('nobody');
select throws_ok(format('select public.import_parcels(%L)', tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94)))),
  '42501', null, 'a user without a role cannot import');

-- whole-call errors
select tests.authenticate_as('admin');
select throws_ok($$select public.import_parcels('[]')$$, '22023', 'Dữ liệu nhập phải là một đối tượng JSON.',
  'the document must be an object');
select throws_ok(format('select public.import_parcels(%L)', tests.doc('vd4', true, '{}')), '22023',
  'rows phải là một mảng các thửa đất.', 'rows must be an array');
select throws_ok(format('select public.import_parcels(%L)', tests.doc('vd4', true, '[]') - 'format'), '22023',
  'format phải là một trong: shapefile, kml, kmz, dxf, geojson, csv.', 'the meta fields are checked');
select throws_ok(format('select public.import_parcels(%L)',
    tests.doc('vd4', true, (select jsonb_agg(jsonb_build_object('row', g)) from generate_series(1, 100001) g))),
  '54000', 'Mỗi lần nhập tối đa 100.000 dòng (đã gửi 100001).', 'at most 100,000 rows per call');
select throws_ok(format('select public.import_parcels(%L)',
    tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94))) || '{"project_id": "00000000-0000-4000-8000-000000000000"}'),
  '22023', 'Không tìm thấy dự án 00000000-0000-4000-8000-000000000000.', 'an unknown project is refused');
select throws_ok(format('select public.import_parcels(%L)',
    tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94), tests.prow(1, '5', '2', 105.95, 20.94)))),
  '22023', null, 'two rows with the same row number are refused');
select tests.as_superuser();
update public.projects set retired_at = now(), retired_reason = 'Dừng thực hiện' where id = tests.id('kcn');
select tests.authenticate_as('admin');
select throws_ok(format('select public.import_parcels(%L)', tests.doc('kcn', true, jsonb_build_array(tests.prow(1, '5', '1', 105.99, 20.94)))),
  '22023', 'Dự án KCN-VL đã dừng theo dõi: không nhập thêm thửa đất.', 'a retired project takes no import');
select tests.as_superuser();
update public.projects set retired_at = null, retired_reason = null where id = tests.id('kcn');

-- the server's own validation, one problem code at a time
select tests.authenticate_as('admin');
select tests.imp('bad', tests.doc('vd4', true, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94, '{"geom": null}'),
  tests.prow(2, '5', '2', 105.94, 20.94, '{"geom": {"type": "Point", "coordinates": [105.94, 20.94]}}'),
  tests.prow(3, '5', '3', 105.94, 20.94, '{"geom": {"type": "Polygon", "coordinates": [[[105.94, 20.95], [105.941, 20.95], [105.941, 20.951], [105.94, 20.951]]]}}'),
  tests.prow(4, '5', '4', 105.94, 20.94, '{"geom": {"type": "Polygon", "coordinates": [[[105.94, 20.95], [105.941, 20.95], [105.94, 20.95]]]}}'),
  tests.prow(5, '5', '5', 105.94, 20.94, '{"geom": {"type": "Polygon", "coordinates": [[[557293, 2283906], [557313, 2283906], [557313, 2283926], [557293, 2283906]]]}}'),
  tests.prow(6, '5', '6', 105.94, 20.94, '{"geom": {"type": "Polygon", "coordinates": [[[105.95, 20.95], [105.951, 20.951], [105.951, 20.95], [105.95, 20.951], [105.95, 20.95]]]}}'),
  tests.prow(7, '5', '7', 106.5, 20.94),
  tests.prow(8, '', '8', 105.942, 20.94, '{"land_type": null}'),
  tests.prow(9, '5', '9', 105.944, 20.94, '{"area_m2": null}'),
  tests.prow(10, '5', '10', 105.946, 20.94, '{"area_m2": -5}'),
  tests.prow(11, '5', '11', 105.948, 20.94, '{"area_m2": 9000}'),
  tests.prow(12, '5', '12', 105.950, 20.94, '{"land_type": "XYZ"}'),
  tests.prow(13, '5', '13', 105.952, 20.94),
  tests.prow(14, '5', '13', 105.954, 20.94),
  tests.prow(15, '20', '4', 105.956, 20.94),
  tests.prow(16, '5', '16', 105.958, 20.94),
  tests.prow(17, '5', '17', 105.9585, 20.9405)
)));
select is(tests.problems('bad'), array[
  '1:geometry_missing', '2:geometry_type', '3:ring_unclosed', '4:ring_too_short', '5:coordinates_invalid',
  '6:self_intersection', '7:outside_province', '8:field_missing/land_type', '8:field_missing/map_sheet',
  '9:field_missing/area_m2', '10:area_invalid', '11:area_mismatch/11573.6', '12:land_type_unknown/XYZ',
  '13:duplicate_in_file>14', '14:duplicate_in_file>13', '16:overlap>17', '17:overlap>16'],
  'each problem is found by the server, on its row, with its detail or other row');
select is(tests.at('bad', 5), array[105.9505, 20.9505],
  'a self-intersection is placed where the edges cross');
select is(tests.at('bad', 2), array[105.94, 20.95],
  'an unclosed ring is placed at its first position');
select is(tests.at('bad', 6), array[106.5005, 20.9405],
  'a parcel outside the province is placed at its point on surface');
select is(tests.answer('bad') -> 'counts', '{"new": 1, "updated": 0, "unchanged": 0, "refused": 16}'::jsonb,
  'the counts say what would be new and what is refused');
select is(tests.answer('bad') -> 'committed', 'false'::jsonb, 'a dry run commits nothing');

-- duplicate_in_database: the identity belongs to a parcel of another project (sheet 20 no 4 of
-- Văn Lâm is KCN-VL's p325a)
select tests.imp('dupdb', tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '20', '4', 106.05, 20.95))));
select is(tests.problems('dupdb'), array['1:duplicate_in_database/KCN-VL'],
  'an identity that is a parcel of another project is refused, naming the project');

-- outside the project: an outline, then a centre line with its corridor
select tests.as_superuser();
update public.projects set geom = '{"type":"Polygon","coordinates":[[[105.93,20.93],[105.96,20.93],[105.96,20.96],[105.93,20.96],[105.93,20.93]]]}'
where id = tests.id('vd4');
select tests.authenticate_as('admin');
select tests.imp('outline', tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '5', '1', 105.94, 20.94),
                                                                   tests.prow(2, '5', '2', 105.90, 20.94))));
select is(tests.problems('outline'), array['2:outside_project'],
  'a parcel outside the project outline is refused');
select tests.as_superuser();
update public.projects set geom = '{"type":"LineString","coordinates":[[105.9403,20.92],[105.9403,20.96]]}',
  corridor_width_m = 50 where id = tests.id('vd4');
select tests.authenticate_as('admin');
select tests.imp('corridor', tests.doc('vd4', true, jsonb_build_array(
  tests.prow(1, '5', '1', 105.9393, 20.93),
  tests.prow(2, '5', '2', 105.9398, 20.94),
  tests.prow(3, '5', '3', 105.9450, 20.94))));
select is(tests.problems('corridor'), array['3:outside_project'],
  'with a centre line: a parcel the line crosses and one within half the corridor are in, one farther is out');
select tests.as_superuser();
update public.projects set geom = null, corridor_width_m = null where id = tests.id('vd4');

-- who may import where; private fields
select tests.authenticate_as('officer_325');
select tests.imp('area', tests.doc('vd4', true, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94, '{"owner_name": "Nguyễn Văn Nhập"}'),
  tests.prow(2, '5', '2', 106.00, 20.90))));
select is(tests.problems('area'), array['1:not_in_area', '1:private_not_allowed'],
  'an officer cannot import a parcel outside their area, nor its owner');
select tests.authenticate_as('officer_326');
select tests.imp('area326', tests.doc('vd4', true, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94, '{"owner_name": "Nguyễn Văn Nhập"}'))));
select is(tests.answer('area326') -> 'counts', '{"new": 1, "updated": 0, "unchanged": 0, "refused": 0}'::jsonb,
  'an officer imports in their area, with its owner');

-- all or nothing: one bad row and nothing is written
select tests.authenticate_as('admin');
select tests.imp('refused', tests.doc('vd4', false, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94), tests.prow(2, '5', '2', 105.95, 20.94, '{"land_type": "XYZ"}'))));
select is(tests.answer('refused') -> 'committed', 'false'::jsonb, 'a commit with a problem is refused');
select is(tests.answer('refused') -> 'run_id', 'null'::jsonb, '... records no run');
select tests.as_superuser();
select results_eq('select count(*)::int from public.parcels', array[5], '... and writes no parcel');
select results_eq('select count(*)::int from public.import_runs', array[0], '... and no run');

-- a commit: new parcels, one re-imported (p326b: sheet 10 number 2 of Văn Giang, at inventory)
select tests.authenticate_as('admin');
select tests.imp('commit', tests.doc('vd4', false, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94, '{"owner_name": "Nguyễn Văn Nhập", "household": "Hộ ông Nhập"}'),
  tests.prow(2, '5', '2', 105.941, 20.94, '{"land_type": "bhk"}'),
  tests.prow(3, '10', '2', 105.910, 20.90, '{"area_m2": 11400}'))));
select is(tests.answer('commit') -> 'counts', '{"new": 2, "updated": 1, "unchanged": 0, "refused": 0}'::jsonb,
  'the commit counts two new parcels and one updated');
select is(tests.answer('commit') -> 'committed', 'true'::jsonb, '... and is committed');
select ok(tests.answer('commit') ->> 'run_id' is not null, '... with its run');
select tests.as_superuser();
select results_eq($$select admin_unit_id, commune_id, district_id, land_type, area_m2, stage, version
                    from public.parcels where project_id = tests.id('vd4') and map_sheet = '5' order by parcel_no$$,
  $$values ('326'::text, null::text, '326'::text, 'LUC'::text, 11500::numeric, 'not_started'::text, 1),
           ('326', null, '326', 'BHK', 11500, 'not_started', 1)$$,
  'new parcels: the district their point lies in (no commune boundary), not started, version 1, codes upper-cased');
select results_eq(format($$select stage, version, area_m2, (geom = %L::jsonb) from public.parcels where id = %L$$,
    tests.square(105.910, 20.90), tests.id('p326b')),
  $$values ('inventory'::text, 3, 11400::numeric, true)$$,
  're-imported: geometry and area updated, version bumped, stage kept');
select results_eq(format('select count(*)::int from public.parcel_events where parcel_id = %L', tests.id('p326b')),
  array[1], '... and its history untouched');
select results_eq($$select pp.owner_name, pp.household from public.parcel_private pp join public.parcels p on p.id = pp.parcel_id
                    where p.project_id = tests.id('vd4') and p.map_sheet = '5' and p.parcel_no = '1'$$,
  $$values ('Nguyễn Văn Nhập'::text, 'Hộ ông Nhập'::text)$$, 'the owner and household go to parcel_private');
select results_eq($$select parcels::int, total_area_m2 from public.progress_summary('project') where key = tests.id('vd4')::text$$,
  $$values (5, 34800::numeric)$$, 'the progress totals count the new parcels and the new area');
select results_eq($$select count(*)::int from jsonb_array_elements(public.changes_since(0) -> 'parcels') c
                    where c ->> 'project_id' = tests.id('vd4')::text and (c ->> 'version')::int in (1, 3)
                      and c ->> 'id' not in (tests.id('p326a')::text, tests.id('p12001')::text)$$,
  array[3], 'the change feed shows the new and the updated parcels');
select results_eq($$select layer, file_name, format, crs, encoding, axis_swapped, actor, counts from public.import_runs$$,
  format($$values ('parcels'::text, 'thua-dat.zip'::text, 'shapefile'::text, 'VN-2000 / TM-3 105°30′ (EPSG:9209)'::text,
                   'tcvn3'::text, false, %L::uuid, '{"new": 2, "updated": 1, "unchanged": 0, "refused": 0}'::jsonb)$$,
         tests.id('admin')), 'the run is recorded: who, the file, the choices and the counts');
select results_eq($$select "row", parcel_id is not null, source_geom is not null from public.import_sources order by "row"$$,
  $$values (1, true, true), (2, true, true), (3, true, true)$$, 'each row''s original coordinates are kept');

-- the same file again: unchanged; a changed owner alone updates parcel_private only
select tests.authenticate_as('admin');
select tests.imp('again', tests.doc('vd4', false, jsonb_build_array(
  tests.prow(1, '5', '1', 105.94, 20.94, '{"owner_name": "Nguyễn Văn Nhập", "household": "Hộ ông Nhập"}'),
  tests.prow(2, '5', '2', 105.941, 20.94, '{"land_type": "bhk"}'),
  tests.prow(3, '10', '2', 105.910, 20.90, '{"area_m2": 11400}'))));
select is(tests.answer('again') -> 'counts', '{"new": 0, "updated": 0, "unchanged": 3, "refused": 0}'::jsonb,
  'the same file again changes nothing');
select tests.as_superuser();
select results_eq(format('select version from public.parcels where id = %L', tests.id('p326b')), array[3],
  '... and bumps no version');

-- an officer's commit in their area writes the owner too
select tests.authenticate_as('officer_326');
select tests.imp('officer', tests.doc('vd4', false, jsonb_build_array(
  tests.prow(1, '6', '1', 105.95, 20.95, '{"owner_name": "Trần Văn Cán"}'))));
select is(tests.answer('officer') -> 'committed', 'true'::jsonb, 'an officer commits parcels in their area');
select tests.as_superuser();
select results_eq($$select pp.owner_name from public.parcel_private pp join public.parcels p on p.id = pp.parcel_id
                    where p.map_sheet = '6' and p.parcel_no = '1'$$, array['Trần Văn Cán'], '... with the owner');

-- the record's row level security
select tests.clear_authentication();
select is_empty('select id from public.import_runs', 'anon sees no run');
select is_empty('select run_id from public.import_sources', 'anon sees no source coordinates');
select tests.authenticate_as('nobody');
select is_empty('select id from public.import_runs', 'a user without a role sees no run');
select tests.authenticate_as('officer_325');
select results_eq('select count(*)::int from public.import_runs', array[3],
  'an officer reads the runs (the page remembers a project''s mapping)');
select is_empty('select run_id from public.import_sources', '... but not the coordinates of runs they did not make');
select tests.authenticate_as('officer_326');
select results_eq('select count(*)::int from public.import_sources', array[1], 'the run''s actor reads its sources');
select tests.authenticate_as('leader');
select results_eq('select count(*)::int from public.import_sources', array[7], 'a leader reads every source');
select tests.authenticate_as('admin');
select is(tests.affected('delete from public.import_runs'), 0, 'nobody deletes a run');
select throws_ok($$insert into public.import_runs (layer, project_id, actor, file_name, format, crs, axis_swapped, mapping, counts)
  values ('parcels', null, gen_random_uuid(), 'x', 'csv', 'x', false, '{}', '{}')$$, '42501', null, 'nobody writes a run directly');
select is(tests.affected('update public.import_sources set source_geom = null'), 0, 'nor changes the sources');

-- lite hands jsonb arguments over as a JSON string: the document inside is read the same
select tests.authenticate_as('admin');
select is(public.import_parcels(to_jsonb(tests.doc('vd4', true, jsonb_build_array(tests.prow(1, '7', '1', 105.96, 20.97)))::text)) -> 'counts',
  '{"new": 1, "updated": 0, "unchanged": 0, "refused": 0}'::jsonb, 'a document sent as a JSON string is read');
select throws_ok($$select public.import_parcels('"not json"')$$, '22P02', 'Dữ liệu nhập không phải JSON hợp lệ.',
  'a string that is not JSON is refused');

select * from finish();
rollback;
