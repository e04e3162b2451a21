-- Projects and targets: public for everyone to read, managed only by admins.
begin;
select plan(34);
\ir fixtures.sql

-- projects: reads
select tests.clear_authentication();
select results_eq('select code from public.projects order by code', array['KCN-VL', 'VD4'], 'anon reads every project');
select tests.authenticate_as('nobody');
select results_eq('select code from public.projects order by code', array['KCN-VL', 'VD4'],
  'a signed-in user without a role reads every project');

-- projects: writes refused to everyone but admins
select tests.clear_authentication();
select throws_ok($$insert into public.projects (code, name, kind) values ('X1', 'Dự án X', 'other')$$,
  '42501', 'new row violates row-level security policy for table "projects"', 'anon cannot add a project');
select is(tests.affected($$update public.projects set name = 'X'$$), 0, 'anon cannot rename projects');
select tests.authenticate_as('nobody');
select throws_ok($$insert into public.projects (code, name, kind) values ('X1', 'Dự án X', 'other')$$,
  '42501', 'new row violates row-level security policy for table "projects"', 'a user without a role cannot add a project');
select tests.authenticate_as('officer_326');
select throws_ok($$insert into public.projects (code, name, kind) values ('X1', 'Dự án X', 'other')$$,
  '42501', 'new row violates row-level security policy for table "projects"', 'an officer cannot add a project');
select is(tests.affected($$update public.projects set due_date = '2030-01-01' where code = 'VD4'$$), 0,
  'an officer cannot move a project''s due date');
select is(tests.affected($$delete from public.projects where code = 'VD4'$$), 0, 'an officer cannot delete a project');
select tests.authenticate_as('leader');
select throws_ok($$insert into public.projects (code, name, kind) values ('X1', 'Dự án X', 'other')$$,
  '42501', 'new row violates row-level security policy for table "projects"', 'a leader cannot add a project');
select is(tests.affected($$update public.projects set area_to_clear_m2 = 1$$), 0, 'a leader cannot change projects');
select is(tests.affected($$delete from public.projects$$), 0, 'a leader cannot delete projects');
select tests.as_superuser();
select results_eq('select code, area_to_clear_m2, due_date from public.projects order by code',
  $$values ('KCN-VL', 900::numeric, null::date), ('VD4', 600::numeric, null::date)$$,
  'projects are unchanged after every refused write');

-- projects: admins manage them
select tests.authenticate_as('admin');
select lives_ok($$insert into public.projects (code, name, kind, area_to_clear_m2) values ('CCN-1', 'Cụm công nghiệp 1', 'industrial_cluster', 50)$$,
  'an admin adds a project');
select is(tests.affected($$update public.projects set status_note = 'Đang chi trả' where code = 'VD4'$$), 1,
  'an admin updates a project');
select is(tests.affected($$delete from public.projects where code = 'CCN-1'$$), 1, 'an admin deletes a project without parcels');
select throws_ok($$delete from public.projects where code = 'VD4'$$, '23503', null,
  'not even an admin can delete a project that still has parcels');
select throws_ok($$insert into public.projects (code, name, kind) values ('X2', 'Dự án X', 'airport')$$, '23514', null,
  'an unknown project kind is refused');
select tests.as_superuser();
select results_eq('select code, status_note from public.projects order by code',
  $$values ('KCN-VL', null::text), ('VD4', 'Đang chi trả')$$, 'projects hold exactly what the admin left');

-- targets: reads
select tests.clear_authentication();
select results_eq('select id from public.targets', array[tests.id('target_vd4')], 'anon reads targets');
select tests.authenticate_as('officer_325');
select results_eq('select id from public.targets', array[tests.id('target_vd4')], 'an officer reads targets');

-- targets: writes refused to everyone but admins
select tests.clear_authentication();
select throws_ok($$insert into public.targets (name, measure, min_value) values ('Mục tiêu', 'cleared_area_ha', 10)$$,
  '42501', 'new row violates row-level security policy for table "targets"', 'anon cannot add a target');
select tests.authenticate_as('nobody');
select is(tests.affected($$update public.targets set min_value = 0$$), 0, 'a user without a role cannot change a target');
select tests.authenticate_as('officer_326');
select throws_ok($$insert into public.targets (name, measure, min_value) values ('Mục tiêu', 'cleared_area_ha', 10)$$,
  '42501', 'new row violates row-level security policy for table "targets"', 'an officer cannot add a target');
select is(tests.affected($$delete from public.targets$$), 0, 'an officer cannot delete targets');
select tests.authenticate_as('leader');
select throws_ok($$insert into public.targets (name, measure, min_value) values ('Mục tiêu', 'cleared_area_ha', 10)$$,
  '42501', 'new row violates row-level security policy for table "targets"', 'a leader cannot add a target');
select is(tests.affected($$update public.targets set due_date = '2030-12-31'$$), 0, 'a leader cannot move a target''s date');
select tests.as_superuser();
select results_eq('select min_value, due_date from public.targets', $$values (1::numeric, '2026-12-31'::date)$$,
  'the target is unchanged after every refused write');

-- targets: admins manage them
select tests.authenticate_as('admin');
select lives_ok($$insert into public.targets (name, scope_kind, measure, min_value) values ('KCN 50 ha', 'industrial_park', 'cleared_area_ha', 50)$$,
  'an admin adds a target');
select is(tests.affected($$update public.targets set min_value = 0.9 where id = '$$ || tests.id('target_vd4') || $$'$$), 1,
  'an admin updates a target');
select is(tests.affected($$delete from public.targets where name = 'KCN 50 ha'$$), 1, 'an admin deletes a target');
select throws_ok($$insert into public.targets (name, measure, min_value, max_value) values ('Sai', 'cleared_share', 2, 1)$$,
  '23514', null, 'a target whose minimum exceeds its maximum is refused');
select throws_ok($$insert into public.targets (name, name_en, measure, min_value) values ('Trống', '  ', 'cleared_area_ha', 1)$$,
  '23514', null, 'a blank English name is refused (null means "none")');
select is(tests.affected($$update public.targets set name_en = 'Ring Road 4 handover' where id = '$$ || tests.id('target_vd4') || $$'$$), 1,
  'an admin names a target in English');
select tests.as_superuser();
select results_eq('select name, name_en, min_value, max_value from public.targets',
  $$values ('Bàn giao mặt bằng Vành đai 4', 'Ring Road 4 handover', 0.9::numeric, null::numeric)$$, 'targets hold exactly what the admin left');

select * from finish();
rollback;
