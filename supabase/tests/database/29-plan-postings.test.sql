-- plan_postings_short and plan_postings_unrecorded (the draft plan's 30-day posting, Art. 87):
-- only the candidates come back, row level security decides whose, and anon may call neither.
begin;
select plan(7);
\ir fixtures.sql

select tests.as_superuser();
insert into public.compensation_plans (project_id, batch, posted_from, posted_to, decision_no, decision_date) values
  (tests.id('vd4'), 'taken down early', '2026-09-01', '2026-09-19', null, null),
  (tests.id('vd4'), 'approved early', '2026-09-01', '2026-10-01', '1/QĐ', '2026-09-20'),
  (tests.id('vd4'), 'in full', '2026-09-01', '2026-10-01', '2/QĐ', '2026-10-05'),
  (tests.id('vd4'), 'still posted', '2026-09-01', null, null, null),
  (tests.id('vd4'), 'no posting', null, null, '3/QĐ', '2026-10-05'),
  (tests.id('kcn'), 'kcn early', '2026-09-01', '2026-09-10', null, null);

select tests.clear_authentication();
select throws_ok('select * from public.plan_postings_short()', '42501', null, 'anon cannot list plan postings');
select throws_ok('select public.plan_postings_unrecorded()', '42501', null, '... nor count them');

select tests.authenticate_as('leader');
select is((select array_agg(batch order by batch) from public.plan_postings_short()),
  array['approved early', 'kcn early', 'taken down early'],
  'only the batches taken down or approved before the 30th day come back');
select is(public.plan_postings_unrecorded('2026-10-05'), 1, 'an approved batch with no posting day is counted');
select is(public.plan_postings_unrecorded('2026-10-04'), 0, '... from the day of its approval on');

select tests.authenticate_as('officer_325');
select is((select array_agg(batch order by batch) from public.plan_postings_short()), array['kcn early'],
  'an officer gets the batches of the projects in the area');
select is(public.plan_postings_unrecorded('2026-12-01'), 0, '... and counts only those');

select * from finish();
rollback;
