-- Parcels are public and written by nobody directly (record_parcel_events is the only way).
-- Personal data in parcel_private is read only by leaders and by officers of the parcel's area,
-- and written by nobody through the API.
begin;
select plan(40);
\ir fixtures.sql

-- parcels: everyone reads every parcel
select tests.clear_authentication();
select results_eq('select id from public.parcels order by id',
  array[tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a'), tests.id('p325b')],
  'anon reads every parcel');
select tests.authenticate_as('nobody');
select results_eq('select count(*)::int from public.parcels', array[5], 'a signed-in user without a role reads every parcel');
select tests.authenticate_as('officer_325');
select results_eq($$select count(*)::int from public.parcels where admin_unit_id <> '325'$$, array[3],
  'an officer reads parcels outside their area too');

-- parcels: found by their cadastral numbers (the parcel search) through an index
select has_index('public', 'parcels', 'parcels_sheet_no_idx', array['map_sheet', 'parcel_no'],
  'parcels are indexed by map sheet and parcel number');
select results_eq($$select id from public.parcels where map_sheet = '10' and parcel_no = '1'$$,
  array[tests.id('p326a')], 'anon finds a parcel by its map sheet and parcel number');

-- parcels: nobody inserts directly
select tests.clear_authentication();
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '99', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '42501', 'new row violates row-level security policy for table "parcels"', 'anon cannot insert a parcel');
select tests.authenticate_as('nobody');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '99', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '42501', 'new row violates row-level security policy for table "parcels"', 'a user without a role cannot insert a parcel');
select tests.authenticate_as('officer_326');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '99', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '42501', 'new row violates row-level security policy for table "parcels"', 'an officer cannot insert a parcel even in their area');
select tests.authenticate_as('leader');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '99', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '42501', 'new row violates row-level security policy for table "parcels"', 'a leader cannot insert a parcel');
select tests.authenticate_as('admin');
select throws_ok(format($$insert into public.parcels (project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom)
  values (%L, '326', '10', '99', 'LUC', 10, %L)$$, tests.id('vd4'), tests.square(105.95, 20.9)),
  '42501', 'new row violates row-level security policy for table "parcels"', 'an admin cannot insert a parcel');

-- parcels: nobody updates directly (RLS leaves no row to update)
select tests.clear_authentication();
select is(tests.affected($$update public.parcels set stage = 'handed_over'$$), 0, 'anon cannot update parcels');
select tests.authenticate_as('nobody');
select is(tests.affected($$update public.parcels set stage = 'handed_over'$$), 0, 'a user without a role cannot update parcels');
select tests.authenticate_as('officer_326');
select is(tests.affected(format($$update public.parcels set stage = 'handed_over', version = version + 1 where id = %L$$,
  tests.id('p326a'))), 0, 'an officer cannot update a parcel in their area directly');
select tests.authenticate_as('officer_325');
select is(tests.affected(format($$update public.parcels set blocked = false, blocker_reason = null, blocker_responsible = null
  where id = %L$$, tests.id('p325a'))), 0, 'an officer cannot lift a blocker directly');
select tests.authenticate_as('leader');
select is(tests.affected($$update public.parcels set area_m2 = 1$$), 0, 'a leader cannot update parcels');
select tests.authenticate_as('admin');
select is(tests.affected($$update public.parcels set version = 99$$), 0, 'an admin cannot update parcels');

-- parcels: nobody deletes directly
select tests.clear_authentication();
select is(tests.affected($$delete from public.parcels$$), 0, 'anon cannot delete parcels');
select tests.authenticate_as('officer_326');
select is(tests.affected(format($$delete from public.parcels where id = %L$$, tests.id('p326a'))), 0,
  'an officer cannot delete a parcel in their area');
select tests.authenticate_as('leader');
select is(tests.affected($$delete from public.parcels$$), 0, 'a leader cannot delete parcels');
select tests.authenticate_as('admin');
select is(tests.affected($$delete from public.parcels$$), 0, 'an admin cannot delete parcels');

select tests.as_superuser();
select results_eq('select id, stage, version, blocked, area_m2 from public.parcels order by id',
  format($$values (%L::uuid, 'not_started', 1, false, 100::numeric), (%L::uuid, 'inventory', 2, false, 200::numeric),
    (%L::uuid, 'handed_over', 1, false, 300::numeric), (%L::uuid, 'notice', 2, true, 400::numeric),
    (%L::uuid, 'handed_over', 1, false, 500::numeric)$$,
    tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a'), tests.id('p325b')),
  'parcels are unchanged after every refused write');

-- parcel_private: who reads it
select tests.clear_authentication();
select is_empty('select * from public.parcel_private', 'anon reads no personal data');
select tests.authenticate_as('nobody');
select is_empty('select * from public.parcel_private', 'a signed-in user without a role reads no personal data');
select tests.authenticate_as('admin');
select is_empty('select * from public.parcel_private', 'an admin (not a leader) reads no personal data');
select tests.authenticate_as('officer_326');
select results_eq('select owner_name from public.parcel_private order by parcel_id',
  array['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'],
  'the officer of Văn Giang reads the owners in the district and in its commune 12001');
select is_empty(format('select * from public.parcel_private where parcel_id = %L', tests.id('p325a')),
  'the officer of Văn Giang cannot read an owner in Văn Lâm even by id');
select tests.authenticate_as('officer_325');
select results_eq('select owner_name from public.parcel_private order by parcel_id',
  array['Phạm Thị Dung', 'Hoàng Văn Em'], 'the officer of Văn Lâm reads only the owners in Văn Lâm');
select tests.authenticate_as('leader');
select results_eq('select count(*)::int from public.parcel_private', array[5], 'a leader reads all personal data');

-- parcel_private: nobody writes it through the API
select tests.clear_authentication();
select throws_ok(format($$insert into public.parcel_private (parcel_id, owner_name) values (%L, 'Giả Mạo')$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_private"', 'anon cannot insert personal data');
select tests.authenticate_as('officer_326');
select throws_ok(format($$insert into public.parcel_private (parcel_id, owner_name) values (%L, 'Giả Mạo')$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_private"',
  'an officer cannot insert personal data even in their area');
select is(tests.affected(format($$update public.parcel_private set compensation_vnd = 1 where parcel_id = %L$$, tests.id('p326a'))),
  0, 'an officer cannot change a compensation amount in their area');
select is(tests.affected(format($$delete from public.parcel_private where parcel_id = %L$$, tests.id('p326b'))),
  0, 'an officer cannot delete personal data in their area');
select tests.authenticate_as('leader');
select throws_ok(format($$insert into public.parcel_private (parcel_id, owner_name) values (%L, 'Giả Mạo')$$, tests.id('p325a')),
  '42501', 'new row violates row-level security policy for table "parcel_private"', 'a leader cannot insert personal data');
select is(tests.affected($$update public.parcel_private set owner_name = 'X'$$), 0, 'a leader cannot change personal data');
select is(tests.affected($$delete from public.parcel_private$$), 0, 'a leader cannot delete personal data');
select tests.authenticate_as('admin');
select throws_ok(format($$insert into public.parcel_private (parcel_id, owner_name) values (%L, 'Giả Mạo')$$, tests.id('p325a')),
  '42501', 'new row violates row-level security policy for table "parcel_private"', 'an admin cannot insert personal data');
select is(tests.affected($$update public.parcel_private set owner_name = 'X'$$), 0, 'an admin cannot change personal data');
select tests.authenticate_as('nobody');
select is(tests.affected($$delete from public.parcel_private$$), 0, 'a user without a role cannot delete personal data');

select tests.as_superuser();
select results_eq('select owner_name, compensation_vnd from public.parcel_private order by parcel_id',
  $$values ('Nguyễn Văn An', 150000000::numeric), ('Trần Thị Bình', 300000000::numeric), ('Lê Văn Cường', 450000000::numeric),
           ('Phạm Thị Dung', 600000000::numeric), ('Hoàng Văn Em', 750000000::numeric)$$,
  'personal data is unchanged after every refused write');
select results_eq('select count(*)::int from public.parcel_private', array[5], 'no personal data row was added');

select * from finish();
rollback;
