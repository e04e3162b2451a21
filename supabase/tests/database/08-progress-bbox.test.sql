-- progress_summary (totals always equal sums over parcels) and parcels_in_bbox (public fields only).
-- Fixture parcels: Văn Giang 100 m² not started, 200 m² inventory; commune 12001 300 m² handed over
-- (all Vành đai 4); Văn Lâm 400 m² notice and blocked, 500 m² handed over (KCN Văn Lâm).
begin;
select plan(38);
\ir fixtures.sql

-- The same figures computed straight from the parcels.
create function tests.parcel_totals() returns table (total numeric, cleared numeric, n bigint, n_cleared bigint, n_blocked bigint)
language sql stable as $$
  select sum(p.area_m2), sum(p.area_m2) filter (where s.is_cleared), count(*), count(*) filter (where s.is_cleared),
         count(*) filter (where p.blocked)
  from public.parcels p join public.stages s on s.id = p.stage $$;
grant execute on function tests.parcel_totals() to anon, authenticated;

-- progress_summary, each group_by, as each kind of caller
select tests.clear_authentication();
select results_eq($$select key, name, kind, total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('project')$$,
  format($$values (%L, 'Đường Vành đai 4 - Vùng Thủ đô', 'ring_road', 600::numeric, 300::numeric, 3::bigint, 1::bigint, 0::bigint),
                  (%L, 'Khu công nghiệp Văn Lâm', 'industrial_park', 900::numeric, 500::numeric, 2::bigint, 1::bigint, 1::bigint)$$,
    tests.id('vd4'), tests.id('kcn')),
  'by project, callable by anon');
select results_eq($$select key from public.progress_summary()$$, array[tests.id('vd4')::text, tests.id('kcn')::text],
  'group_by defaults to project');
select tests.authenticate_as('nobody');
select results_eq($$select key, kind, total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('kind')$$,
  $$values ('industrial_park', 'industrial_park', 900::numeric, 500::numeric, 2::bigint, 1::bigint, 1::bigint),
           ('ring_road', 'ring_road', 600::numeric, 300::numeric, 3::bigint, 1::bigint, 0::bigint)$$,
  'by project kind, for a user without a role');
select tests.authenticate_as('officer_325');
select results_eq($$select key, name, total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('province')$$,
  $$values ('33', 'Hưng Yên', 1500::numeric, 800::numeric, 5::bigint, 2::bigint, 1::bigint)$$,
  'by province, for an officer: the whole province, not just their area');
select tests.authenticate_as('leader');
select results_eq($$select key, name, kind, total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('admin_unit')$$,
  $$values ('12001', 'Xã Phụng Công', 'commune', 300::numeric, 300::numeric, 1::bigint, 1::bigint, 0::bigint),
           ('325', 'Văn Lâm', 'district', 900::numeric, 500::numeric, 2::bigint, 1::bigint, 1::bigint),
           ('326', 'Văn Giang', 'district', 300::numeric, 0::numeric, 2::bigint, 0::bigint, 0::bigint)$$,
  'by the admin unit parcels belong to, for a leader');

-- the totals are the sums over parcels, whichever grouping
select tests.clear_authentication();
select results_eq(format($$select sum(total_area_m2), sum(cleared_area_m2), sum(parcels)::bigint, sum(cleared_parcels)::bigint,
                                  sum(blocked_parcels)::bigint from public.progress_summary(%L)$$, g),
  'select * from tests.parcel_totals()', format('the %s totals add up to the sums over parcels', g))
from unnest(array['province', 'kind', 'project', 'admin_unit']) g;

-- unknown groupings raise
select throws_ok($$select * from public.progress_summary('district')$$, '22023', null, 'an unknown group_by raises 22023');
select throws_ok($$select * from public.progress_summary(null)$$, '22023', null, 'a null group_by raises 22023');

-- figures follow events and new projects
select tests.authenticate_as('officer_325');
select tests.send('clear', jsonb_build_array(tests.event(1, 'p325a', 2,
  '{"to_stage": "handed_over", "blocker": null, "note": "Hộ dân đã nhận tiền và bàn giao"}')));
select tests.authenticate_as('admin');
insert into public.projects (code, name, kind) values ('NT-1', 'Nghĩa trang nhân dân', 'cemetery');
select tests.clear_authentication();
select results_eq($$select total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('province')$$,
  $$values (1500::numeric, 1200::numeric, 5::bigint, 3::bigint, 0::bigint)$$,
  'after a parcel is handed over the province figures change at once');
select results_eq($$select total_area_m2, cleared_area_m2, parcels, cleared_parcels, blocked_parcels
                    from public.progress_summary('kind') where key = 'cemetery'$$,
  $$values (0::numeric, 0::numeric, 0::bigint, 0::bigint, 0::bigint)$$, 'a kind with no parcels shows zeros');
select results_eq($$select total_area_m2, parcels from public.progress_summary('project') where name = 'Nghĩa trang nhân dân'$$,
  $$values (0::numeric, 0::bigint)$$, 'a project with no parcels shows zeros');

-- only current provinces are listed, each with its own parcels. The Vành đai 4 ring road crosses
-- Hà Nội and Bắc Ninh too, so neighbouring provinces are plausible admin units.
select tests.as_superuser();
insert into public.admin_units (id, name, level, parent_id, valid_from, valid_to) values
  ('34', 'Thái Bình (trước 7/2025)', 'province', null, null, '2025-06-30'),
  ('01', 'Hà Nội', 'province', null, null, null);
select tests.clear_authentication();
select ok(not exists (select 1 from public.progress_summary('province') where key = '34'),
  'a province that no longer exists is not listed');
select results_eq($$select key, total_area_m2, parcels from public.progress_summary('province') order by key$$,
  $$values ('01', 0::numeric, 0::bigint), ('33', 1500::numeric, 5::bigint)$$,
  'each province counts only the parcels inside it');

-- parcels_in_bbox: only the parcels meeting the box
select results_eq($$select (f ->> 'id')::uuid from jsonb_array_elements(public.parcels_in_bbox(105.8995, 20.8995, 105.9115, 20.9015) -> 'features') f
                    order by 1$$,
  array[tests.id('p326a'), tests.id('p326b')], 'anon gets exactly the two parcels inside the box');
select is(public.parcels_in_bbox(105.9005, 20.9005, 105.9006, 20.9006) -> 'features' -> 0 ->> 'id', tests.id('p326a')::text,
  'a box inside a parcel meets it');
select is(public.parcels_in_bbox(100, 10, 100.1, 10.1), '{"type": "FeatureCollection", "truncated": false, "features": []}'::jsonb,
  'a box that meets no parcel gives an empty collection');
select is(jsonb_array_length(public.parcels_in_bbox(105, 20, 107, 22) -> 'features'), 5, 'a box over the province gets all five');
select is(public.parcels_in_bbox(105, 20, 107, 22) -> 'truncated', 'false'::jsonb, '... and is not truncated');
select is(public.parcels_in_bbox(105, 20, 107, 22, 5) -> 'truncated', 'false'::jsonb,
  'exactly max_features parcels is not truncated');
select results_eq($$select jsonb_array_length(r -> 'features'), r -> 'truncated' from public.parcels_in_bbox(105, 20, 107, 22, 2) r$$,
  $$values (2, 'true'::jsonb)$$, 'more parcels than max_features: that many features and truncated');

select tests.as_superuser();
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
values ('c0000000-0000-4000-8000-000000000099', tests.id('kcn'), '325', '21', '9', 'LUC', 50, jsonb_build_object(
  'type', 'MultiPolygon', 'coordinates', jsonb_build_array(tests.square(106.1, 20.95) -> 'coordinates',
                                                           tests.square(106.2, 20.95) -> 'coordinates')));
select tests.clear_authentication();
select is(public.parcels_in_bbox(106.1995, 20.9495, 106.2015, 20.9515) -> 'features' -> 0 ->> 'id',
  'c0000000-0000-4000-8000-000000000099', 'a MultiPolygon parcel is found by a box around its second part');

-- public fields only, even for a leader who may read personal data
select tests.authenticate_as('leader');
select results_eq($$select distinct k from jsonb_array_elements(public.parcels_in_bbox(105, 20, 107, 22) -> 'features') f,
                      jsonb_object_keys(f -> 'properties') k order by k$$,
  array['admin_unit_id', 'area_m2', 'blocked', 'blocker_reason', 'blocker_responsible', 'id', 'land_type', 'map_sheet',
        'parcel_no', 'project_id', 'stage', 'version'],
  'feature properties are the public fields and nothing else');
select results_eq($$select distinct k from jsonb_array_elements(public.parcels_in_bbox(105, 20, 107, 22) -> 'features') f,
                      jsonb_object_keys(f) k order by k$$,
  array['geometry', 'id', 'properties', 'type'], 'features carry nothing beside the public properties');
select is_empty($$select 1 from public.parcel_private pp, public.parcels_in_bbox(105, 20, 107, 22) r
                  where strpos(r::text, pp.owner_name) > 0 or strpos(r::text, pp.compensation_vnd::text) > 0$$,
  'no owner name or compensation amount appears anywhere in the output');
select is(public.parcels_in_bbox(105.9005, 20.9005, 105.9006, 20.9006) -> 'features' -> 0 -> 'geometry',
  tests.square(105.900, 20.900), 'the geometry is the parcel''s stored outline');

-- the blocker's reason and who must act, as public.parcels has them, for anon too
select tests.clear_authentication();
select results_eq($$select f -> 'properties' ->> 'blocker_reason', f -> 'properties' ->> 'blocker_responsible'
                    from jsonb_array_elements(public.parcels_in_bbox(105, 20, 107, 22) -> 'features') f
                    where (f -> 'properties' ->> 'blocked')::boolean$$,
  $$select p.blocker_reason, p.blocker_responsible from public.parcels p where p.blocked$$,
  'a blocked parcel comes with its blocker''s reason and who must act');
select ok((select bool_and(f -> 'properties' -> 'blocker_reason' = 'null'::jsonb
                           and f -> 'properties' -> 'blocker_responsible' = 'null'::jsonb)
           from jsonb_array_elements(public.parcels_in_bbox(105, 20, 107, 22) -> 'features') f
           where not (f -> 'properties' ->> 'blocked')::boolean),
  'a parcel not blocked has both blocker fields null (present, so a client knows there is none)');
select tests.authenticate_as('officer_326');
select tests.send('block', jsonb_build_array(tests.event(2, 'p326b',
  (select p.version from public.parcels p where p.id = tests.id('p326b')),
  '{"blocker": {"reason": "Chờ trích đo", "responsible": "Văn phòng ĐKĐĐ"}}')));
select tests.clear_authentication();
select results_eq($$select f -> 'properties' ->> 'blocker_reason', f -> 'properties' ->> 'blocker_responsible'
                    from jsonb_array_elements(public.parcels_in_bbox(105, 20, 107, 22) -> 'features') f
                    where f ->> 'id' = tests.id('p326b')::text$$,
  $$values ('Chờ trích đo', 'Văn phòng ĐKĐĐ')$$, 'a blocker just recorded is in the next viewport load');

-- a bad box raises
select throws_ok('select public.parcels_in_bbox(106, 20, 105, 21)', '22023', null, 'min_lon above max_lon raises 22023');
select throws_ok('select public.parcels_in_bbox(105, 21, 106, 20)', '22023', null, 'min_lat above max_lat raises 22023');
select throws_ok('select public.parcels_in_bbox(105, 20, 106, 91)', '22023', null, 'a latitude beyond 90 raises 22023');
select throws_ok('select public.parcels_in_bbox(-181, 20, 106, 21)', '22023', null, 'a longitude beyond -180 raises 22023');
select throws_ok('select public.parcels_in_bbox(null, 20, 106, 21)', '22023', null, 'a missing coordinate raises 22023');
select throws_ok('select public.parcels_in_bbox(105, 20, 106, 21, 0)', '22023', null, 'max_features 0 raises 22023');
select throws_ok('select public.parcels_in_bbox(105, 20, 106, 21, 50001)', '22023', null, 'max_features over 50,000 raises 22023');

select * from finish();
rollback;
