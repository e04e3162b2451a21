-- What targets and projects can now say, and what they refuse: project status and decision,
-- target periods, exclusive bounds and status scopes, and infrastructure as dated entries that
-- everyone reads and only admins write.
begin;
select plan(31);
\ir fixtures.sql

-- the new columns
select has_column('public', 'projects', 'status', 'projects have a status');
select has_column('public', 'projects', 'decision_kind', 'projects name the kind of decision');
select has_column('public', 'projects', 'decision_no', 'projects name the decision''s number');
select has_column('public', 'projects', 'decision_date', 'projects date the decision');
select hasnt_column('public', 'projects', 'infrastructure_done_m2', 'the frozen infrastructure figure is gone');
select has_column('public', 'targets', 'period_start', 'targets have a period start');
select has_column('public', 'targets', 'period_end', 'targets have a period end');
select has_column('public', 'targets', 'min_exclusive', 'targets say whether the lower bound is exclusive');
select has_column('public', 'targets', 'max_exclusive', 'targets say whether the upper bound is exclusive');
select has_column('public', 'targets', 'scope_statuses', 'targets scope projects by status');
select has_column('public', 'targets', 'notes', 'targets explain how they read the document');
select is((select status from public.projects where code = 'VD4'), 'planned', 'a project without a status is planned');

-- projects: status needs a decision, and a decision is whole
select throws_ok($$update public.projects set status = 'under_clearance' where code = 'VD4'$$, '23514', null,
  'a project cannot be under clearance without its decision');
select throws_ok($$update public.projects set decision_kind = 'investment_policy', decision_no = '56/2022/QH15' where code = 'VD4'$$,
  '23514', null, 'a decision without its date is refused');
select lives_ok($$update public.projects set status = 'under_clearance', decision_kind = 'investment_policy',
    decision_no = '56/2022/QH15', decision_date = '2022-06-16' where code = 'VD4'$$,
  'a project under clearance with its whole decision is accepted');
select throws_ok($$update public.projects set status = 'done' where code = 'VD4'$$, '23514', null, 'an unknown status is refused');
select throws_ok($$update public.projects set decision_kind = 'permit' where code = 'VD4'$$, '23514', null,
  'an unknown kind of decision is refused');

-- targets: periods, bounds and scopes
select throws_ok($$insert into public.targets (name, measure, min_value, period_start) values ('X', 'cleared_area_ha', 1, '2024-01-01')$$,
  '23514', null, 'a period needs both its start and its end');
select throws_ok($$insert into public.targets (name, measure, min_value, period_start, period_end)
    values ('X', 'cleared_area_ha', 1, '2024-12-31', '2024-01-01')$$, '23514', null, 'a period cannot end before it starts');
select throws_ok($$insert into public.targets (name, measure, min_value, max_value, min_exclusive)
    values ('X', 'cleared_area_ha', 5, 5, true)$$, '23514', null, 'an exclusive bound equal to the other is an empty range');
select throws_ok($$insert into public.targets (name, measure, min_value) values ('X', 'cleared_share', 100)$$, '23514', null,
  'a share of 100 (not 1.0) is refused: shares are fractions');
select throws_ok($$insert into public.targets (name, measure, min_value, scope_statuses) values ('X', 'cleared_area_ha', 1, '{}')$$,
  '23514', null, 'an empty status scope is refused (null means every status)');
select throws_ok($$insert into public.targets (name, measure, min_value, scope_statuses)
    values ('X', 'cleared_area_ha', 1, '{approved,finished}')$$, '23514', null, 'an unknown status in the scope is refused');
select lives_ok($$insert into public.targets (name, measure, min_value, min_exclusive, scope_kind, scope_statuses, period_start, period_end)
    values ('Trên 20 cụm', 'projects_started', 20, true, 'industrial_cluster', '{approved,under_clearance,operating}',
            '2024-01-01', '2024-12-31')$$, 'a target with a period, an exclusive bound and a status scope is accepted');

-- infrastructure entries: read by all, written by admins, never dated in the future
insert into public.infrastructure_entries (project_id, as_of, built_area_m2) values (tests.id('kcn'), '2024-06-30', 250);
select tests.clear_authentication();
select results_eq('select built_area_m2 from public.infrastructure_entries', array[250::numeric], 'anon reads infrastructure entries');
select throws_ok($$insert into public.infrastructure_entries (project_id, as_of, built_area_m2)
    values ('b0000000-0000-4000-8000-000000000002', '2024-09-30', 300)$$, '42501', null, 'anon cannot add an entry');
select tests.authenticate_as('leader');
select is(tests.affected($$update public.infrastructure_entries set built_area_m2 = 900$$), 0, 'a leader cannot change an entry');
select tests.authenticate_as('officer_325');
select is(tests.affected($$delete from public.infrastructure_entries$$), 0, 'an officer cannot delete an entry');
select tests.authenticate_as('admin');
select lives_ok($$insert into public.infrastructure_entries (project_id, as_of, built_area_m2, note)
    values ('b0000000-0000-4000-8000-000000000002', '2024-09-30', 300, 'Báo cáo quý III')$$, 'an admin adds an entry');
select throws_ok($$insert into public.infrastructure_entries (project_id, as_of, built_area_m2)
    values ('b0000000-0000-4000-8000-000000000002', current_date + 2, 400)$$, '23514', null,
  'an entry dated in the future is refused');
select throws_ok($$insert into public.infrastructure_entries (project_id, as_of, built_area_m2)
    values ('b0000000-0000-4000-8000-000000000002', '2024-10-31', -1)$$, '23514', null, 'a negative area is refused');

select * from finish();
rollback;
