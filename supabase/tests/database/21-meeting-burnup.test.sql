-- target_burnup: every day's value equals target_progress(day).actual, for every measure and
-- scope. A dated history of two industrial clusters in 2024: parcels handed over, taken back and
-- handed over again, two flips on one day, an act at midnight, a parcel started and stopped, and
-- infrastructure entries with a correction downwards.
begin;
select plan(31);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('ccn1', 'b2000000-0000-4000-8000-000000000001'), ('ccn2', 'b2000000-0000-4000-8000-000000000002'),
  ('q1', 'c2000000-0000-4000-8000-000000000001'), ('q2', 'c2000000-0000-4000-8000-000000000002'),
  ('q3', 'c2000000-0000-4000-8000-000000000003'), ('q4', 'c2000000-0000-4000-8000-000000000004'),
  ('q5', 'c2000000-0000-4000-8000-000000000005'), ('q6', 'c2000000-0000-4000-8000-000000000006'),
  ('q7', 'c2000000-0000-4000-8000-000000000007'),
  ('t_april', 'd2000000-0000-4000-8000-000000000001'), ('t_ccn1', 'd2000000-0000-4000-8000-000000000002'),
  ('t_share', 'd2000000-0000-4000-8000-000000000003'), ('t_started', 'd2000000-0000-4000-8000-000000000004'),
  ('t_started_325', 'd2000000-0000-4000-8000-000000000005'), ('t_infra', 'd2000000-0000-4000-8000-000000000006'),
  ('t_infra_ccn1', 'd2000000-0000-4000-8000-000000000007'), ('t_unit_326', 'd2000000-0000-4000-8000-000000000008'),
  ('t_share_unit', 'd2000000-0000-4000-8000-000000000009'), ('t_future', 'd2000000-0000-4000-8000-000000000010'),
  ('t_none', 'd2000000-0000-4000-8000-000000000011');

insert into public.projects (id, code, name, kind, area_to_clear_m2, status, decision_kind, decision_no, decision_date) values
  (tests.id('ccn1'), 'CCN-1', 'CCN Một', 'industrial_cluster', 30000, 'under_clearance', 'establishment', '11/QĐ-UBND', '2023-01-02'),
  (tests.id('ccn2'), 'CCN-2', 'CCN Hai', 'industrial_cluster', 10000, 'planned', null, null, null);
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage,
                            blocked, blocker_reason, blocker_responsible, version) values
  (tests.id('q1'), tests.id('ccn1'), '326', '40', '1', 'LUC', 5000, tests.square(105.95, 20.80), 'handed_over', false, null, null, 6),
  (tests.id('q2'), tests.id('ccn1'), '12001', '40', '2', 'LUC', 7000.5, tests.square(105.96, 20.80), 'handed_over', true,
   'Chờ di dời cột điện', 'Điện lực', 3),
  (tests.id('q3'), tests.id('ccn1'), '325', '40', '3', 'LUC', 3000.25, tests.square(105.97, 20.80), 'not_started', false, null, null, 3),
  (tests.id('q4'), tests.id('ccn2'), '325', '41', '1', 'BHK', 4000, tests.square(105.98, 20.80), 'handed_over', false, null, null, 2),
  (tests.id('q5'), tests.id('ccn1'), '326', '40', '5', 'CLN', 1234.567, tests.square(105.99, 20.80), 'handed_over', false, null, null, 1),
  (tests.id('q6'), tests.id('ccn2'), '326', '41', '2', 'LUC', 2500, tests.square(106.00, 20.80), 'plan_approved', false, null, null, 3),
  (tests.id('q7'), tests.id('ccn1'), '326', '40', '7', 'LUC', 1000, tests.square(106.01, 20.80), 'handed_over', false, null, null, 2);
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason, blocker_responsible,
                                  actor, version, occurred_at) values
  (gen_random_uuid(), tests.id('q1'), 'not_started', 'dialogue', false, null, null, null, 2, '2024-03-01 09:00+07'),
  (gen_random_uuid(), tests.id('q1'), 'dialogue', 'notice', false, null, null, null, 3, '2024-03-20 09:00+07'),
  (gen_random_uuid(), tests.id('q1'), 'notice', 'handed_over', false, null, null, null, 4, '2024-04-10 09:00+07'),
  (gen_random_uuid(), tests.id('q1'), 'handed_over', 'compensated', false, null, null, null, 5, '2024-04-25 09:00+07'),
  (gen_random_uuid(), tests.id('q1'), 'compensated', 'handed_over', false, null, null, null, 6, '2024-05-05 09:00+07'),
  (gen_random_uuid(), tests.id('q2'), 'not_started', 'handed_over', false, null, null, null, 2, '2024-03-15 09:00+07'),
  (gen_random_uuid(), tests.id('q2'), 'handed_over', 'handed_over', true, 'Chờ di dời cột điện', 'Điện lực', null, 3, '2024-05-20 09:00+07'),
  (gen_random_uuid(), tests.id('q3'), 'not_started', 'dialogue', false, null, null, null, 2, '2024-04-01 09:00+07'),
  (gen_random_uuid(), tests.id('q3'), 'dialogue', 'not_started', false, null, null, null, 3, '2024-04-15 09:00+07'),
  (gen_random_uuid(), tests.id('q4'), 'not_started', 'handed_over', false, null, null, null, 2, '2024-04-05 09:00+07'),
  (gen_random_uuid(), tests.id('q6'), 'not_started', 'handed_over', false, null, null, null, 2, '2024-04-20 08:00+07'),
  (gen_random_uuid(), tests.id('q6'), 'handed_over', 'plan_approved', false, null, null, null, 3, '2024-04-20 09:00+07'),
  -- the first instant of 1 May in Hưng Yên: the act belongs to 1 May, not to 30 April
  (gen_random_uuid(), tests.id('q7'), 'not_started', 'handed_over', false, null, null, null, 2, '2024-05-01 00:00+07');
insert into public.infrastructure_entries (project_id, as_of, built_area_m2) values
  (tests.id('ccn1'), '2024-03-31', 2000), (tests.id('ccn1'), '2024-04-30', 5000), (tests.id('ccn1'), '2024-05-15', 4500),
  (tests.id('ccn2'), '2024-04-10', 1000);
insert into public.targets (id, name, measure, scope_kind, scope_project_id, scope_admin_unit_id, scope_statuses,
                            min_value, period_start, period_end, due_date, source) values
  (tests.id('t_april'), 'CCN tháng 4', 'cleared_area_ha', 'industrial_cluster', null, null, null, 1,
   '2024-04-01', '2024-04-30', '2024-04-30', 'Kiểm thử'),
  (tests.id('t_ccn1'), 'CCN Một lũy kế', 'cleared_area_ha', null, tests.id('ccn1'), null, null, 2, null, null, '2099-12-31', 'Kiểm thử'),
  (tests.id('t_share'), 'CCN có quyết định', 'cleared_share', 'industrial_cluster', null, null, '{under_clearance,operating}', 0.5,
   '2024-03-01', '2024-05-31', '2024-05-31', 'Kiểm thử'),
  (tests.id('t_started'), 'CCN khởi công', 'projects_started', 'industrial_cluster', null, null, null, 2, null, null, '2099-12-31', 'Kiểm thử'),
  (tests.id('t_started_325'), 'Văn Lâm khởi công tháng 4', 'projects_started', null, null, '325', null, 1,
   '2024-04-01', '2024-04-30', '2024-04-30', 'Kiểm thử'),
  (tests.id('t_infra'), 'Hạ tầng CCN', 'infrastructure_area_ha', 'industrial_cluster', null, null, null, 0.5,
   '2024-04-01', '2024-05-31', '2024-05-31', 'Kiểm thử'),
  (tests.id('t_infra_ccn1'), 'Hạ tầng CCN Một lũy kế', 'infrastructure_area_ha', null, tests.id('ccn1'), null, null, 1,
   null, null, '2099-12-31', 'Kiểm thử'),
  (tests.id('t_unit_326'), 'Văn Giang lũy kế', 'cleared_area_ha', null, null, '326', null, 1, null, null, '2099-12-31', 'Kiểm thử'),
  (tests.id('t_share_unit'), 'Tỷ lệ theo huyện', 'cleared_share', null, null, '326', null, 0.5, null, null, '2099-12-31', 'Kiểm thử'),
  (tests.id('t_future'), 'Năm 2099', 'cleared_area_ha', null, null, null, null, 1, '2099-01-01', '2099-12-31', '2099-12-31', 'Kiểm thử'),
  (tests.id('t_none'), 'Không có dự án', 'cleared_area_ha', 'cemetery', null, null, null, 1, null, null, '2099-12-31', 'Kiểm thử');

-- Every (target, day) of the burn-ups up to p_day whose value is not target_progress(day).actual,
-- target_progress asked once per day.
create function tests.burnup_mismatches(p_day date) returns bigint language sql as $$
  with b as (select t.id, x.day, x.value from public.targets t cross join lateral public.target_burnup(t.id, p_day) x),
  days as (select distinct b.day from b),
  tp as (select d.day, p.id, p.actual from days d cross join lateral public.target_progress(d.day) p)
  select count(*) from b left join tp on tp.id = b.id and tp.day = b.day where b.value is distinct from tp.actual
$$;
create function tests.burnup_days(p_target text, p_day date) returns bigint language sql as $$
  select count(*) from public.target_burnup(tests.id(p_target), p_day)
$$;
create function tests.burnup_at(p_target text, p_at date, p_day date) returns numeric language sql as $$
  select b.value from public.target_burnup(tests.id(p_target), p_at) b where b.day = p_day
$$;

select tests.clear_authentication();

-- ---------------------------------------------------------------- equal to target_progress, day by day

select is(tests.burnup_mismatches('2024-05-31'), 0::bigint,
  'up to 31/5/2024, every day of every target''s burn-up equals target_progress(day).actual');
select is(tests.burnup_mismatches('2024-04-20'), 0::bigint, 'up to 20/4/2024 (mid-period) as well');
select is(tests.burnup_mismatches('2024-03-10'), 0::bigint, 'up to 10/3/2024 (before most periods begin)');
select is((select count(*) from public.targets t cross join lateral public.target_burnup(t.id, (now() at time zone 'Asia/Ho_Chi_Minh')::date) b
           join lateral public.target_progress(b.day) p on p.id = t.id
           where b.day > (now() at time zone 'Asia/Ho_Chi_Minh')::date - 4 and b.value is distinct from p.actual),
  0::bigint, 'up to today (the fixtures'' events of the last days included), the last days agree too');
select is((select count(*) from public.targets t
             join lateral (select b.value from public.target_burnup(t.id) b order by b.day desc limit 1) last on true
             join public.target_progress() p on p.id = t.id
           where last.value is distinct from p.actual),
  0::bigint, 'with the default day, each series'' last value is today''s actual');

-- ---------------------------------------------------------------- against the replay
-- target_progress and the burn-up both read the flips; progress_as_of replays the parcels
-- changed since, so these hold the flips to the replay (as the superuser, for private.vn_day_end)

select tests.as_superuser();
create function tests.replayed_cleared(p_day date) returns numeric language sql as $$
  select coalesce(sum(a.cleared_area_m2), 0) from public.progress_as_of(private.vn_day_end(p_day), 'project') a
  where a.key in (tests.id('ccn1')::text, tests.id('ccn2')::text)
$$;
select is((select array_agg(b.value order by b.day) from public.target_burnup(tests.id('t_april'), '2024-04-30') b),
  (select array_agg((tests.replayed_cleared(d::date) - tests.replayed_cleared('2024-03-31')) / 10000 order by d)
   from generate_series('2024-04-01'::date, '2024-04-30', interval '1 day') d),
  'every day of April: the clusters'' hectares handed over since 1/4, by the replay of progress_as_of');
select is((select array_agg(b.value order by b.day) from public.target_burnup(tests.id('t_started'), '2024-05-31') b),
  (select array_agg(a.started_projects::numeric order by d)
   from generate_series('2024-04-05'::date, '2024-05-31', interval '1 day') d
     cross join lateral public.progress_as_of(private.vn_day_end(d::date), 'kind') a where a.key = 'industrial_cluster'),
  'every day from 5/4 to 31/5: the started clusters, by the replay of progress_as_of');
select is((select min(day) from public.target_burnup(tests.id('t_started'), '2024-05-31')), '2024-04-05'::date,
  'the started clusters'' series begins when their count first moved: CCN Hai on 5/4 (CCN Một counted all along, by q5)');
select is((select started_projects from public.progress_as_of('2024-04-04 23:59:59+07', 'kind') where key = 'industrial_cluster'),
  1::bigint, 'the day before, the replay counts CCN Một alone');
select tests.clear_authentication();

-- ---------------------------------------------------------------- the series' days

select is(tests.burnup_days('t_april', '2024-05-31'), 30::bigint, 'a period target: one row per day of the period');
select is((select min(day) from public.target_burnup(tests.id('t_april'), '2024-05-31')), '2024-04-01'::date,
  'starting on period_start');
select is((select max(day) from public.target_burnup(tests.id('t_april'), '2024-05-31')), '2024-04-30'::date,
  'ending on period_end when p_at is later');
select is((select max(day) from public.target_burnup(tests.id('t_april'), '2024-04-12')), '2024-04-12'::date,
  'ending on p_at within the period');
select is(tests.burnup_days('t_april', '2024-03-31'), 0::bigint, 'no rows when the period has not begun');
select is((select min(day) from public.target_burnup(tests.id('t_ccn1'), '2024-05-31')), '2024-03-15'::date,
  'a cumulative target starts on the first day its measure moved in scope (q2 handed over on 15/3)');
select is((select min(day) from public.target_burnup(tests.id('t_infra_ccn1'), '2024-05-31')), '2024-03-31'::date,
  'a cumulative infrastructure target starts on its first entry');
select is(tests.burnup_days('target_vd4', '2024-05-31'), 1::bigint,
  'a cumulative target whose measure never moved: one row, on p_at');
select is(tests.burnup_days('t_share_unit', '2024-05-31'), 0::bigint, 'not measurable (a share by admin unit): no rows');
select is(tests.burnup_days('t_none', '2024-05-31'), 0::bigint, 'not measurable (no project in scope): no rows');
select is(tests.burnup_days('t_future', (now() at time zone 'Asia/Ho_Chi_Minh')::date), 0::bigint, 'a period in 2099: no rows yet');

-- ---------------------------------------------------------------- values by hand

select is(tests.burnup_at('t_april', '2024-05-31', '2024-04-09'), 0.4, 'April: q4 handed over on 5/4 (0.4 ha)');
select is(tests.burnup_at('t_april', '2024-05-31', '2024-04-20'), 0.9,
  'on 20/4: q1 too (0.5 ha); q6 handed over and taken back the same day counts nothing');
select is(tests.burnup_at('t_april', '2024-05-31', '2024-04-30'), 0.4, 'on 30/4: q1 taken back on 25/4');
select is(tests.burnup_at('t_ccn1', '2024-05-31', '2024-04-30'),
  (7000.5 + 1234.567) / 10000, 'CCN Một on 30/4: q2 and q5 (entered handed over); q7''s midnight act is 1/5''s');
select is(tests.burnup_at('t_ccn1', '2024-05-31', '2024-05-01'),
  (7000.5 + 1234.567 + 1000) / 10000, 'on 1/5: q7 counts');
select is(tests.burnup_at('t_started', '2024-05-31', '2024-04-20'), 2::numeric,
  'started clusters on 20/4: CCN Một and CCN Hai');
select is(tests.burnup_at('t_infra', '2024-05-31', '2024-05-31'), (4500 - 2000 + 1000) / 10000.0,
  'infrastructure in April–May: the latest entries less those before 1/4, the correction included');

-- ---------------------------------------------------------------- bad input

select throws_ok($$select * from public.target_burnup('00000000-0000-4000-8000-000000000000')$$, 'P0002',
  'Không tìm thấy chỉ tiêu 00000000-0000-4000-8000-000000000000.', 'an unknown target: P0002 in Vietnamese');
select throws_ok($$select * from public.target_burnup(null)$$, '22023', 'Thiếu mã chỉ tiêu p_target_id.',
  'no target id: a clear message');
select throws_ok(format($$select * from public.target_burnup(%L, null)$$, tests.id('t_april')), '22023',
  'Thiếu ngày p_at (ví dụ 2024-12-31).', 'no day: a clear message');

select tests.as_superuser();
select ok(exists (select 1 from pg_indexes where indexname = 'parcel_events_flips_idx'),
  'the flip events have their partial index');

select * from finish();
rollback;
