-- progress_as_of and target_progress: figures in time from the event history. A small dated
-- history of two industrial clusters (one established, one only planned) is replayed: two parcels
-- handed over on 10/3 and 10/8/2024, a third still untouched.
begin;
select plan(44);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('ccn', 'b1000000-0000-4000-8000-000000000001'), ('ccn_idle', 'b1000000-0000-4000-8000-000000000002'),
  ('ccn_planned', 'b1000000-0000-4000-8000-000000000003'),
  ('c1', 'c1000000-0000-4000-8000-000000000001'), ('c2', 'c1000000-0000-4000-8000-000000000002'),
  ('c3', 'c1000000-0000-4000-8000-000000000003'), ('c4', 'c1000000-0000-4000-8000-000000000004');
insert into public.projects (id, code, name, kind, area_to_clear_m2, status, decision_kind, decision_no, decision_date) values
  (tests.id('ccn'), 'CCN-A', 'CCN A', 'industrial_cluster', 20000, 'under_clearance', 'establishment', '1/QĐ-UBND', '2023-01-02'),
  (tests.id('ccn_idle'), 'CCN-B', 'CCN B', 'industrial_cluster', 5000, 'approved', 'establishment', '2/QĐ-UBND', '2023-01-02'),
  (tests.id('ccn_planned'), 'CCN-C', 'CCN C', 'industrial_cluster', 4000, 'planned', null, null, null);
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage, version) values
  (tests.id('c1'), tests.id('ccn'), '326', '30', '1', 'LUC', 3000, tests.square(105.95, 20.90), 'handed_over', 2),
  (tests.id('c2'), tests.id('ccn'), '12001', '30', '2', 'LUC', 7000, tests.square(105.96, 20.90), 'handed_over', 2),
  (tests.id('c3'), tests.id('ccn_idle'), '325', '31', '1', 'LUC', 5000, tests.square(106.05, 20.95), 'not_started', 1),
  (tests.id('c4'), tests.id('ccn_planned'), '325', '32', '1', 'LUC', 4000, tests.square(106.06, 20.95), 'handed_over', 2);
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, actor, version, occurred_at) values
  ('e1000000-0000-4000-8000-000000000001', tests.id('c1'), 'not_started', 'handed_over', false, null, 2, '2024-03-10 09:00+07'),
  ('e1000000-0000-4000-8000-000000000002', tests.id('c2'), 'not_started', 'handed_over', false, null, 2, '2024-08-10 09:00+07'),
  ('e1000000-0000-4000-8000-000000000004', tests.id('c4'), 'not_started', 'handed_over', false, null, 2, '2024-08-12 09:00+07');
insert into public.infrastructure_entries (project_id, as_of, built_area_m2) values
  (tests.id('ccn'), '2024-06-30', 2000), (tests.id('ccn'), '2024-09-30', 5000);

-- ---------------------------------------------------------------- progress_as_of

create function tests.as_of_equals_summary(p_group text) returns boolean language sql as $$
  select not exists (select * from public.progress_as_of(now(), p_group)
                     except select * from public.progress_summary(p_group))
     and not exists (select * from public.progress_summary(p_group)
                     except select * from public.progress_as_of(now(), p_group))
$$;
select ok(tests.as_of_equals_summary('province'), 'at now, progress_as_of equals progress_summary by province');
select ok(tests.as_of_equals_summary('kind'), 'by kind');
select ok(tests.as_of_equals_summary('project'), 'by project');
select ok(tests.as_of_equals_summary('admin_unit'), 'by admin unit');

-- the state rebuilt by hand at 1/6/2024: c1 handed over, c2 and c4 not yet started; the fixtures'
-- p326b and p325a events (2 days and 1 day ago) had not happened, so those parcels stood at the
-- stages their events started from (notice, dialogue), unblocked
select results_eq(
  $$select key, cleared_area_m2, cleared_parcels, blocked_parcels, started_projects
    from public.progress_as_of('2024-06-01 00:00+07', 'project') order by key$$,
  format($$values (%L, 300::numeric, 1::bigint, 0::bigint, 1::bigint), (%L, 500::numeric, 1::bigint, 0::bigint, 1::bigint),
                  (%L, 3000::numeric, 1::bigint, 0::bigint, 1::bigint), (%L, 0::numeric, 0::bigint, 0::bigint, 0::bigint),
                  (%L, 0::numeric, 0::bigint, 0::bigint, 0::bigint)$$,
    tests.id('vd4'), tests.id('kcn'), tests.id('ccn'), tests.id('ccn_idle'), tests.id('ccn_planned')),
  'at 1/6/2024 by project: only what had happened by then, parcels without events as they are');
select results_eq(
  $$select stage from (select p.id, coalesce(
      (select e.to_stage from public.parcel_events e where e.parcel_id = p.id and e.occurred_at <= now() - interval '36 hours'
       order by e.occurred_at desc, e.version desc limit 1),
      (select e.from_stage from public.parcel_events e where e.parcel_id = p.id order by e.occurred_at, e.version limit 1),
      p.stage) as stage from public.parcels p where p.id = tests.id('p325a')) x$$,
  array['dialogue'], 'by hand, p325a stood at dialogue 36 hours ago');
select results_eq(
  $$select key, total_area_m2, cleared_area_m2, parcels, blocked_parcels from public.progress_as_of(now() - interval '36 hours', 'admin_unit')
    where key in ('325', '326') order by key$$,
  $$values ('325', 9900::numeric, 4500::numeric, 4::bigint, 0::bigint), ('326', 3300::numeric, 3000::numeric, 3::bigint, 0::bigint)$$,
  '36 hours ago by admin unit: the blocker recorded a day ago is not there yet; areas are today''s');
select is((select blocked_parcels from public.progress_as_of(now(), 'province') where key = '33'), 1::bigint,
  'now the blocker counts');
select is((select cleared_area_m2 from public.progress_as_of('2024-08-11 00:00+07', 'kind') where key = 'industrial_cluster'),
  10000::numeric, 'at 11/8/2024 both established clusters'' handovers count, and the planned one''s had not happened');
select is((select area_to_clear_m2 from public.progress_as_of(now(), 'kind') where key = 'industrial_cluster'),
  29000::numeric, 'the legal area to clear of a kind is the sum of its projects''');
select is((select area_to_clear_m2 from public.progress_summary('admin_unit') where key = '326'), null::numeric,
  'an admin unit has no legal area to clear of its own');
select throws_ok($$select * from public.progress_as_of(null, 'project')$$, '22023', null, 'a missing instant is refused');
select throws_ok($$select * from public.progress_as_of(now(), 'district')$$, '22023', null, 'an unknown grouping is refused');

-- ---------------------------------------------------------------- target_progress

create function tests.target(p_key text, p_measure text, p_min numeric, p_max numeric, p_min_excl boolean, p_max_excl boolean,
  p_start date, p_end date, p_due date, p_scope_kind text default 'industrial_cluster',
  p_statuses text[] default '{approved,under_clearance,operating}', p_unit text default null)
returns void language sql as $$
  insert into public.targets (id, name, measure, min_value, max_value, min_exclusive, max_exclusive, period_start, period_end,
                              due_date, scope_kind, scope_statuses, scope_admin_unit_id, source)
  values (md5(p_key)::uuid, p_key, p_measure, p_min, p_max, p_min_excl, p_max_excl, p_start, p_end, p_due, p_scope_kind,
          p_statuses, p_unit, 'Kiểm thử')
$$;
create function tests.progress_of(p_key text, p_at date) returns record language sql as $$
  select (t.actual, t.status, t.exceeds_max, t.pace_per_week, t.forecast_date)
  from public.target_progress(p_at) t where t.id = md5(p_key)::uuid
$$;
create function tests.status_of(p_key text, p_at date) returns text language sql as $$
  select t.status from public.target_progress(p_at) t where t.id = md5(p_key)::uuid
$$;
create function tests.actual_of(p_key text, p_at date) returns numeric language sql as $$
  select t.actual from public.target_progress(p_at) t where t.id = md5(p_key)::uuid
$$;

-- a period that excludes earlier handovers: from 1/7/2024 only c2's 0.7 ha counts, not c1's
select tests.target('h2', 'cleared_area_ha', 0.7, null, false, false, '2024-07-01', '2024-12-31', '2024-12-31');
select tests.target('h2_excl', 'cleared_area_ha', 0.7, null, true, false, '2024-07-01', '2024-12-31', '2024-12-31');
select tests.target('year', 'cleared_area_ha', 0.5, 1, false, false, '2024-01-01', '2024-12-31', '2024-12-31');
select tests.target('year_max_excl', 'cleared_area_ha', 0.5, 1, false, true, '2024-01-01', '2024-12-31', '2024-12-31');
select tests.target('share', 'cleared_share', 0.5, null, false, false, null, null, '2024-12-31');
select tests.target('near', 'cleared_area_ha', 1.2, null, false, false, null, null, '2024-12-31');
select tests.target('soon', 'cleared_area_ha', 1.2, null, false, false, null, null, '2024-08-25');
select tests.target('idle', 'cleared_area_ha', 0.1, null, false, false, null, null, '2099-12-31', 'industrial_cluster', '{approved}');
select tests.target('nothing', 'cleared_area_ha', 1, null, false, false, null, null, '2099-12-31', 'waste', null);
select tests.target('share_by_unit', 'cleared_share', 0.5, null, false, false, null, null, '2099-12-31', null, null, '326');
select tests.target('started', 'projects_started', 1, null, true, false, null, null, '2024-12-31');
select tests.target('started_all', 'projects_started', 1, null, true, false, null, null, '2024-12-31', 'industrial_cluster', null);
select tests.target('infra', 'infrastructure_area_ha', 0.2, null, false, false, '2024-07-01', '2024-12-31', '2024-12-31');
select tests.target('later', 'cleared_area_ha', 1, null, false, false, '2025-01-01', '2025-12-31', '2025-12-31');

select is(tests.actual_of('h2', '2025-01-15'), 0.7, 'a period counts only its own handovers (0.7 ha, not 1.0)');
select is(tests.status_of('h2', '2025-01-15'), 'met', 'at the limit with an inclusive bound: met');
select is(tests.status_of('h2_excl', '2025-01-15'), 'missed', 'at the limit with an exclusive bound: not met, and the due date has passed');
select is(tests.actual_of('h2', '2024-08-01'), 0::numeric, 'before c2''s handover the period holds nothing');
select is(tests.actual_of('h2', '2026-06-30'), 0.7, 'after the period ends its figure no longer moves');
select is(tests.progress_of('year', '2025-01-15'), row(1.0, 'met'::text, false, 0::numeric, null::date),
  'exactly at an inclusive upper bound: met, not over');
select is(tests.progress_of('year_max_excl', '2025-01-15'), row(1.0, 'met'::text, true, 0::numeric, null::date),
  'at an exclusive upper bound: met, and beyond the range');
select is(tests.actual_of('share', '2024-12-31'), 0.4, 'a share divides by the legal area to clear (1 ha of 2.5 ha), not by the parcels entered (1 ha)');
select is(tests.status_of('share', '2024-12-31'), 'at_risk', 'a share not reached with no recent pace is at risk');
select is((select (entered_area_m2, area_to_clear_m2, projects) from public.target_progress('2024-12-31') where id = md5('share')::uuid),
  row(15000::numeric, 25000::numeric, 2), 'the share target says how much of its legal area has parcels entered');
-- 20/8/2024: 1.0 ha cleared, 0.7 ha of it in the last 30 days (0.158 ha a week); 1.2 ha takes 9 more days
select is(tests.status_of('near', '2024-08-20'), 'on_track', 'the forecast at the recent pace falls before the due date: on track');
select is((select forecast_date from public.target_progress('2024-08-20') where id = md5('near')::uuid), date '2024-08-29',
  'the forecast: 0.2 ha more at 0.7 ha per 30 days');
select ok((select abs(pace_per_week - 0.7 / (30 / 7.0)) < 1e-9 from public.target_progress('2024-08-20') where id = md5('near')::uuid),
  'the pace is the change over the last 30 days, per week');
select is(tests.status_of('soon', '2024-08-20'), 'at_risk', 'the same pace with a due date before the forecast: at risk');
select is(tests.status_of('soon', '2024-09-01'), 'missed', 'the due date passed unmet: missed');
select is(tests.status_of('near', '2023-06-01'), 'at_risk', 'a target with no events yet: nothing cleared, no pace, at risk');
select is(tests.actual_of('near', '2023-06-01'), 0::numeric, 'and its actual is zero, not null');
select is(tests.progress_of('idle', '2024-12-31'), row(0::numeric, 'at_risk'::text, false, 0::numeric, null::date),
  'a scope whose only project has no events: zero, no pace, at risk');
select is(tests.status_of('nothing', '2024-12-31'), 'not_measurable', 'a scope without projects cannot be measured');
select is(tests.status_of('share_by_unit', '2024-12-31'), 'not_measurable', 'a share by admin unit has no legal area: not measurable');
select is(tests.actual_of('started', '2024-12-31'), 1::numeric, 'one established cluster has started');
select is(tests.status_of('started', '2025-01-01'), 'missed', '"more than 1" is not met by 1');
select is(tests.actual_of('started_all', '2024-12-31'), 2::numeric, 'without the status scope the planned cluster counts too');
select is(tests.status_of('started_all', '2024-12-31'), 'met', 'and 2 is more than 1: already met');
select is(tests.actual_of('infra', '2024-12-31'), 0.3, 'infrastructure within the period: 5,000 m² on 30/9 minus 2,000 m² before 1/7');
select is(tests.actual_of('infra', '2024-09-29'), 0::numeric, 'the 30/9 report does not count before its date');
select is(tests.progress_of('later', '2024-08-20'), row(0::numeric, 'on_track'::text, false, null::numeric, null::date),
  'a period that has not begun: nothing yet, on track, no pace');
select throws_ok($$select * from public.target_progress(null)$$, '22023', null, 'a missing date is refused');

-- anon calls both functions, and neither answers with anything personal
select tests.clear_authentication();
select is((select count(*) from public.target_progress('2024-12-31')), (select count(*) from public.targets),
  'anon measures every target');
select is((select count(*) from public.progress_as_of(now(), 'province')), 1::bigint, 'anon reads progress as of a date');
select throws_ok($$select * from private.progress_parts_at(now())$$, '42501', null, 'anon cannot call the private replay');

select * from finish();
rollback;
