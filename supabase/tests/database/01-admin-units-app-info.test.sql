-- Administrative units and app_info: reference data everyone reads and only admins write.
begin;
select plan(29);
\ir fixtures.sql

-- admin_units: reads
select tests.clear_authentication();
select results_eq('select id from public.admin_units order by id', array['12001', '325', '326', '33'],
  'anon reads every admin unit');
select tests.authenticate_as('nobody');
select results_eq('select id from public.admin_units order by id', array['12001', '325', '326', '33'],
  'a signed-in user without a role reads every admin unit');

-- admin_units: writes refused to everyone but admins
select tests.clear_authentication();
select throws_ok($$insert into public.admin_units (id, name, level, parent_id) values ('12002', 'Xã Mới', 'commune', '326')$$,
  '42501', 'new row violates row-level security policy for table "admin_units"', 'anon cannot add an admin unit');
select is(tests.affected($$update public.admin_units set name = 'X' where id = '326'$$), 0, 'anon cannot rename an admin unit');
select is(tests.affected($$delete from public.admin_units where id = '12001'$$), 0, 'anon cannot delete an admin unit');

select tests.authenticate_as('nobody');
select throws_ok($$insert into public.admin_units (id, name, level, parent_id) values ('12002', 'Xã Mới', 'commune', '326')$$,
  '42501', 'new row violates row-level security policy for table "admin_units"', 'a user without a role cannot add an admin unit');

select tests.authenticate_as('officer_326');
select throws_ok($$insert into public.admin_units (id, name, level, parent_id) values ('12002', 'Xã Mới', 'commune', '326')$$,
  '42501', 'new row violates row-level security policy for table "admin_units"',
  'an officer cannot add a commune to their own district (it would widen their area)');
select is(tests.affected($$update public.admin_units set parent_id = '326' where id = '325'$$), 0,
  'an officer cannot move another district under their own');
select is(tests.affected($$delete from public.admin_units where id = '12001'$$), 0, 'an officer cannot delete an admin unit');

select tests.authenticate_as('leader');
select throws_ok($$insert into public.admin_units (id, name, level, parent_id) values ('12002', 'Xã Mới', 'commune', '326')$$,
  '42501', 'new row violates row-level security policy for table "admin_units"', 'a leader cannot add an admin unit');
select is(tests.affected($$update public.admin_units set name = 'X'$$), 0, 'a leader cannot rename admin units');

select tests.as_superuser();
select results_eq('select id, name, parent_id from public.admin_units order by id',
  $$values ('12001', 'Xã Phụng Công', '326'), ('325', 'Văn Lâm', '33'), ('326', 'Văn Giang', '33'), ('33', 'Hưng Yên', null)$$,
  'admin units are unchanged after every refused write');

-- admin_units: admins manage them, and an officer's area follows the tree
select tests.authenticate_as('admin');
select lives_ok($$insert into public.admin_units (id, name, level, parent_id) values ('12002', 'Xã Lạc Đạo', 'commune', '325')$$,
  'an admin adds a commune');
select is(tests.affected($$update public.admin_units set name = 'Xã Chỉ Đạo' where id = '12002'$$), 1, 'an admin renames it');
select tests.authenticate_as('officer_325');
select is(public.my_access() -> 'editable_unit_ids', '["12002", "325"]'::jsonb,
  'the new commune is at once in the area of the officer of its district');
select tests.authenticate_as('admin');
select is(tests.affected($$delete from public.admin_units where id = '12002'$$), 1, 'an admin deletes it');
select throws_ok($$delete from public.admin_units where id = '326'$$, '23503', null,
  'an admin cannot delete a unit that parcels still belong to');
select tests.as_superuser();
select results_eq($$select count(*)::int from public.admin_units where id = '12002'$$, array[0],
  'the deleted commune is gone');

-- app_info: reads
select tests.clear_authentication();
select results_eq($$select value from public.app_info where key = 'dataset'$$, array['{"illustrative": true}'::jsonb],
  'anon reads app_info');

-- app_info: writes refused to everyone but admins
select throws_ok($$insert into public.app_info (key, value) values ('note', '"x"')$$,
  '42501', 'new row violates row-level security policy for table "app_info"', 'anon cannot add app_info');
select tests.authenticate_as('nobody');
select throws_ok($$insert into public.app_info (key, value) values ('note', '"x"')$$,
  '42501', 'new row violates row-level security policy for table "app_info"', 'a user without a role cannot add app_info');
select tests.authenticate_as('officer_326');
select is(tests.affected($$update public.app_info set value = '{"illustrative": false}'$$), 0,
  'an officer cannot declare demo data real');
select tests.authenticate_as('leader');
select throws_ok($$insert into public.app_info (key, value) values ('note', '"x"')$$,
  '42501', 'new row violates row-level security policy for table "app_info"', 'a leader cannot add app_info');
select is(tests.affected($$delete from public.app_info$$), 0, 'a leader cannot delete app_info');
select tests.as_superuser();
select results_eq('select key, value from public.app_info', $$values ('dataset', '{"illustrative": true}'::jsonb)$$,
  'app_info is unchanged after every refused write');

-- app_info: admins manage it
select tests.authenticate_as('admin');
select lives_ok($$insert into public.app_info (key, value) values ('seed_version', '3')$$, 'an admin adds app_info');
select is(tests.affected($$update public.app_info set value = '{"illustrative": false}' where key = 'dataset'$$), 1,
  'an admin updates app_info');
select is(tests.affected($$delete from public.app_info where key = 'seed_version'$$), 1, 'an admin deletes app_info');
select tests.as_superuser();
select results_eq('select key, value from public.app_info', $$values ('dataset', '{"illustrative": false}'::jsonb)$$,
  'app_info holds exactly what the admin left');

select * from finish();
rollback;
