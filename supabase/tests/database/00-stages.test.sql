-- The stage list in the database is the one the TypeScript stage table mirrors; everyone reads it
-- and nobody, not even an admin, changes it through the API (it changes only by migration).
begin;
select plan(12);
\ir fixtures.sql

select results_eq(
  'select id from public.stages order by position',
  array['not_started', 'dialogue', 'notice', 'inventory', 'plan_approved', 'recovery_decided', 'compensated', 'handed_over'],
  'stages are the eight legal steps in order'
);
select results_eq('select id from public.stages where is_cleared', array['handed_over'], 'only handed_over counts as cleared');

select tests.clear_authentication();
select results_eq('select count(*)::int from public.stages', array[8], 'anon reads all eight stages');
select throws_ok(
  $$insert into public.stages (id, position, label_vi, label_en) values ('paid_twice', 8, 'x', 'x')$$,
  '42501', 'new row violates row-level security policy for table "stages"', 'anon cannot add a stage');
select is(tests.affected($$update public.stages set label_en = 'x' where id = 'notice'$$), 0,
  'anon cannot rename a stage');

select tests.authenticate_as('nobody');
select results_eq('select count(*)::int from public.stages', array[8], 'a signed-in user without a role reads all eight stages');

select tests.authenticate_as('officer_326');
select throws_ok(
  $$insert into public.stages (id, position, label_vi, label_en) values ('paid_twice', 8, 'x', 'x')$$,
  '42501', 'new row violates row-level security policy for table "stages"', 'an officer cannot add a stage');

select tests.authenticate_as('admin');
select throws_ok(
  $$insert into public.stages (id, position, label_vi, label_en) values ('paid_twice', 8, 'x', 'x')$$,
  '42501', 'new row violates row-level security policy for table "stages"', 'not even an admin can add a stage');
select is(tests.affected($$update public.stages set is_cleared = true where id = 'compensated'$$), 0,
  'not even an admin can change what counts as cleared');
select is(tests.affected($$delete from public.stages where id = 'dialogue'$$), 0,
  'not even an admin can delete a stage');

select tests.authenticate_as('leader');
select is(tests.affected($$delete from public.stages$$), 0, 'a leader cannot delete stages');

select tests.as_superuser();
select results_eq(
  $$select id, label_en, is_cleared from public.stages where id in ('notice', 'compensated', 'dialogue') order by position$$,
  $$values ('dialogue', 'Dialogue meeting held', false), ('notice', 'Recovery notice issued', false),
           ('compensated', 'Compensation paid', false)$$,
  'the stages are unchanged after every refused write');

select * from finish();
rollback;
