-- The stage list in the database is the one the TypeScript stage table mirrors.
begin;
select plan(2);
select results_eq(
  'select id from public.stages order by position',
  array['not_started', 'dialogue', 'notice', 'inventory', 'plan_approved', 'recovery_decided', 'compensated', 'handed_over'],
  'stages are the eight legal steps in order'
);
select results_eq('select id from public.stages where is_cleared', array['handed_over'], 'only handed_over counts as cleared');
select * from finish();
rollback;
