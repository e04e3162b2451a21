-- household_progress and household_deadlines: the leaders' units of households as of a day,
-- worked out by hand from a small project. Four parties: A holds h1 (60 %), C holds h1 (40 %) and
-- h3, B holds h2, D has only a support line. Plan 1 approved 2024-04-01 (A 115 M after a 5 M
-- deduction, B 200 M, C 30 M + 50 M), plan 2 approved 2024-06-01 (C 5 M, D 10 M), plan 3 never
-- approved. h1 is handed over on 2024-05-10, h3 on 2024-02-01, h2 only compensated.
begin;
select plan(36);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('hf', 'b4000000-0000-4000-8000-000000000001'),
  ('h1', 'c4000000-0000-4000-8000-000000000001'), ('h2', 'c4000000-0000-4000-8000-000000000002'),
  ('h3', 'c4000000-0000-4000-8000-000000000003'),
  ('pa', '14000000-0000-4000-8000-00000000000a'), ('pb', '14000000-0000-4000-8000-00000000000b'),
  ('pc', '14000000-0000-4000-8000-00000000000c'), ('pd', '14000000-0000-4000-8000-00000000000d'),
  ('plan1', '24000000-0000-4000-8000-000000000001'), ('plan2', '24000000-0000-4000-8000-000000000002'),
  ('plan3', '24000000-0000-4000-8000-000000000003'),
  ('g1', '34000000-0000-4000-8000-000000000001'), ('g2', '34000000-0000-4000-8000-000000000002'),
  ('u1', '34000000-0000-4000-8000-000000000003'), ('u2', '34000000-0000-4000-8000-000000000004');

insert into public.projects (id, code, name, kind, area_to_clear_m2) values
  (tests.id('hf'), 'HF-1', 'Khu nhà ở Hộ Dân', 'urban_housing', 3000);
insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom, stage, version) values
  (tests.id('h1'), tests.id('hf'), '326', '60', '1', 'ONT', 1000, tests.square(105.70, 20.60), 'handed_over', 3),
  (tests.id('h2'), tests.id('hf'), '326', '60', '2', 'LUC', 1000, tests.square(105.71, 20.60), 'compensated', 2),
  (tests.id('h3'), tests.id('hf'), '12001', '60', '3', 'LUC', 1000, tests.square(105.72, 20.60), 'handed_over', 2);
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, actor, version, occurred_at) values
  (gen_random_uuid(), tests.id('h1'), 'not_started', 'compensated', false, null, 2, '2024-03-01 09:00+07'),
  (gen_random_uuid(), tests.id('h1'), 'compensated', 'handed_over', false, null, 3, '2024-05-10 09:00+07'),
  (gen_random_uuid(), tests.id('h2'), 'not_started', 'compensated', false, null, 2, '2024-03-01 09:00+07'),
  (gen_random_uuid(), tests.id('h3'), 'not_started', 'handed_over', false, null, 2, '2024-02-01 09:00+07');

insert into public.parties (id, kind, name, id_number, admin_unit_id) values
  (tests.id('pa'), 'household', 'Hộ ông Bí Mật An', '001200000001', '326'),
  (tests.id('pb'), 'household', 'Hộ bà Bí Mật Bình', '001200000002', '326'),
  (tests.id('pc'), 'household', 'Hộ ông Bí Mật Cường', '001200000003', '12001'),
  (tests.id('pd'), 'person', 'Bí Mật Dũng', '001200000004', '326');
insert into public.holdings (party_id, parcel_id, share_pct) values
  (tests.id('pa'), tests.id('h1'), 60), (tests.id('pc'), tests.id('h1'), 40),
  (tests.id('pb'), tests.id('h2'), 100), (tests.id('pc'), tests.id('h3'), 100);
insert into public.compensation_plans (id, project_id, batch, decision_no, decision_date) values
  (tests.id('plan1'), tests.id('hf'), 'Đợt 1', '101/QĐ-UBND', '2024-04-01'),
  (tests.id('plan2'), tests.id('hf'), 'Đợt 2', '202/QĐ-UBND', '2024-06-01'),
  (tests.id('plan3'), tests.id('hf'), 'Đợt 3', null, null);
insert into public.plan_lines (plan_id, party_id, parcel_id, line_group, content, amount_vnd, basis_document, status) values
  (tests.id('plan1'), tests.id('pa'), tests.id('h1'), 'land', 'Đất ở', 100000000, 'QĐ 1', 'provisional'),
  (tests.id('plan1'), tests.id('pa'), tests.id('h1'), 'assets', 'Nhà', 20000000, 'QĐ 1', 'provisional'),
  (tests.id('plan1'), tests.id('pa'), tests.id('h1'), 'deduction', 'Tiền sử dụng đất còn nợ', 5000000, 'QĐ 1', 'provisional'),
  (tests.id('plan1'), tests.id('pb'), tests.id('h2'), 'land', 'Đất lúa', 200000000, 'QĐ 1', 'provisional'),
  (tests.id('plan1'), tests.id('pc'), tests.id('h1'), 'land', 'Đất ở', 30000000, 'QĐ 1', 'provisional'),
  (tests.id('plan1'), tests.id('pc'), tests.id('h3'), 'land', 'Đất lúa', 50000000, 'QĐ 1', 'provisional'),
  (tests.id('plan2'), tests.id('pc'), null, 'support', 'Hỗ trợ ổn định đời sống', 5000000, null, 'missing_basis'),
  (tests.id('plan2'), tests.id('pd'), null, 'support', 'Hỗ trợ chuyển đổi nghề', 10000000, 'QĐ 2', 'provisional'),
  (tests.id('plan3'), tests.id('pb'), tests.id('h2'), 'crops', 'Cây trồng', 1000000, 'QĐ 3', 'provisional');
insert into public.payments (plan_id, party_id, paid_on, amount_vnd, method) values
  (tests.id('plan1'), tests.id('pa'), '2024-04-20', 115000000, 'bank_transfer'),
  (tests.id('plan1'), tests.id('pb'), '2024-04-15', 100000000, 'cash'),
  (tests.id('plan1'), tests.id('pb'), '2024-05-20', 100000000, 'cash'),
  (tests.id('plan1'), tests.id('pc'), '2024-04-10', 80000000, 'treasury_deposit'),
  (tests.id('plan2'), tests.id('pd'), '2024-06-10', 10000000, 'cash');
insert into public.resettlement_allocations (party_id, project_id, site, ready_on) values
  (tests.id('pa'), tests.id('hf'), 'Khu TĐC Một', '2024-05-01'),
  (tests.id('pb'), tests.id('hf'), 'Khu TĐC Một', null);
insert into public.project_items (id, project_id, admin_unit_id, kind, name, unit, total) values
  (tests.id('g1'), tests.id('hf'), '12001', 'grave', 'Mộ xứ đồng Một', 'count', 10),
  (tests.id('g2'), tests.id('hf'), '326', 'grave', 'Mộ xứ đồng Hai', 'count', 5),
  (tests.id('u1'), tests.id('hf'), '326', 'power_line', 'Đường dây 22 kV', 'm', 1000),
  (tests.id('u2'), tests.id('hf'), '326', 'water_pipe', 'Trạm bơm', 'count', 3);
insert into public.project_item_progress (item_id, as_of, done) values
  (tests.id('g1'), '2024-03-01', 4), (tests.id('g1'), '2024-05-01', 10),
  (tests.id('g2'), '2024-05-15', 2), (tests.id('u1'), '2024-04-01', 300);

create function tests.hp(p_group text, p_key text, p_at date)
returns table (households bigint, approved bigint, paid bigint, handed bigint, approved_vnd numeric, paid_vnd numeric,
               graves_total numeric, graves_moved numeric, plots_needed bigint, plots_ready bigint)
language sql
as $$
  select households, households_plan_approved, households_paid, households_handed_over, approved_vnd, paid_vnd,
         graves_total, graves_moved, plots_needed, plots_ready
  from public.household_progress(p_group, p_at) where key = p_key
$$;
grant execute on function tests.hp(text, text, date) to anon, authenticated;

-- ---------------------------------------------------------------- household_progress, as a leader

select tests.authenticate_as('leader');

select results_eq($$select * from tests.hp('project', tests.id('hf')::text, '2024-04-30')$$,
  $$values (4::bigint, 3::bigint, 2::bigint, 0::bigint, 395000000::numeric, 295000000::numeric, 15::numeric, 4::numeric, 2::bigint, 0::bigint)$$,
  '30 April 2024: plan 1 approved for A, B, C; B half paid; h1 not yet handed over; 4 graves moved; no plot ready');
select results_eq($$select * from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  $$values (4::bigint, 3::bigint, 3::bigint, 2::bigint, 395000000::numeric, 395000000::numeric, 15::numeric, 12::numeric, 2::bigint, 1::bigint)$$,
  '31 May 2024: B paid in full; A and C handed over (h1 on 10 May); 12 graves; A''s plot ready');
select results_eq($$select * from tests.hp('project', tests.id('hf')::text, '2024-06-30')$$,
  $$values (4::bigint, 4::bigint, 3::bigint, 2::bigint, 410000000::numeric, 405000000::numeric, 15::numeric, 12::numeric, 2::bigint, 1::bigint)$$,
  '30 June 2024: plan 2 approved (C 5 M unpaid, so C no longer paid in full; D paid); plan 3 never counts');
select results_eq($$select * from tests.hp('project', tests.id('hf')::text, null)$$,
  $$select * from tests.hp('project', tests.id('hf')::text, '2024-06-30')$$,
  'now = 30 June 2024, nothing happened since');
select results_eq($$select * from tests.hp('project', tests.id('hf')::text, '2024-03-31')$$,
  $$values (4::bigint, 0::bigint, 0::bigint, 0::bigint, 0::numeric, 0::numeric, 15::numeric, 4::numeric, 2::bigint, 0::bigint)$$,
  '31 March 2024: no plan approved yet, no money; C''s h3 handed over but not h1');
select is((select utilities from public.household_progress('project', '2024-05-31') where key = tests.id('hf')::text),
  '[{"kind": "power_line", "unit": "m", "total": 1000, "done": 300}, {"kind": "water_pipe", "unit": "count", "total": 3, "done": 0}]'::jsonb,
  'utilities by kind in their units, with the latest entry up to the day');
select is((select utilities from public.household_progress('project', '2024-03-31') where key = tests.id('hf')::text) -> 0 -> 'done',
  '0'::jsonb, 'the power line''s 300 m of 1 April are not counted on 31 March');
select results_eq($$select households, households_plan_approved, approved_vnd, graves_total, utilities
                    from public.household_progress('project', null) where key = tests.id('vd4')::text$$,
  $$values (0::bigint, 0::bigint, 0::numeric, 0::numeric, '[]'::jsonb)$$,
  'a project with no household is listed with zeros');
select is((select count(*) from public.household_progress('project', null)), (select count(*) from public.projects),
  'one row per project');

select results_eq($$select * from tests.hp('admin_unit', '326', '2024-05-31')$$,
  $$values (4::bigint, 3::bigint, 3::bigint, 2::bigint, 395000000::numeric, 395000000::numeric, 5::numeric, 2::numeric, 2::bigint, 1::bigint)$$,
  'Văn Giang (parcel unit 326): all four, C through h1 and D through its commune; the grave of 326 only');
select results_eq($$select * from tests.hp('admin_unit', '12001', '2024-05-31')$$,
  $$values (1::bigint, 1::bigint, 1::bigint, 1::bigint, 80000000::numeric, 80000000::numeric, 10::numeric, 10::numeric, 0::bigint, 0::bigint)$$,
  'Phụng Công (12001): C alone through h3, handed over there');
select results_eq($$select * from tests.hp('province', '33', '2024-05-31')$$,
  $$select * from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  'the province: the same as the only project with households');
select results_eq($$select * from tests.hp('kind', 'urban_housing', '2024-05-31')$$,
  $$select * from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  'the kind: the same');
select is((select count(*) from public.household_progress('province', null)), 1::bigint, 'one current province');

select throws_ok($$select * from public.household_progress('district', null)$$, '22023', null,
  'an unknown grouping is refused');
select throws_ok($$select * from public.household_progress('project', (now() + interval '3 days')::date)$$, '22023', null,
  'a day still to come is refused');

-- ---------------------------------------------------------------- household_progress: anon, officers

select tests.clear_authentication();
select results_eq($$select households, approved, paid, handed, approved_vnd, paid_vnd from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  $$values (4::bigint, 3::bigint, 3::bigint, 2::bigint, 395000000::numeric, 395000000::numeric)$$,
  'anon: counts and sums of a group of four');
select results_eq($$select households, approved_vnd, paid_vnd from tests.hp('admin_unit', '12001', '2024-05-31')$$,
  $$values (1::bigint, null::numeric, null::numeric)$$,
  'anon: no sum for a group of one household (it would be that household''s amount)');
select is((select count(*) from public.household_progress('project', null)
           where (household_progress.*)::text ~ 'Bí Mật|00120000'), 0::bigint, 'anon: no name nor ID number in any row');
select throws_ok($$select * from public.household_deadlines()$$, '42501', null, 'anon: no deadlines');
select is_empty($$select id from public.plan_lines union all select id from public.payments$$,
  'anon: no row of the tables themselves (no policy for anon)');

select tests.authenticate_as('officer_325');
select results_eq($$select households, approved_vnd from tests.hp('admin_unit', '12001', '2024-05-31')$$,
  $$values (1::bigint, null::numeric)$$, 'an officer elsewhere: no sum for a group of one either');
select results_eq($$select households, approved_vnd from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  $$values (4::bigint, 395000000::numeric)$$, 'an officer: the sums of a group of four');

-- ---------------------------------------------------------------- household_deadlines

select tests.authenticate_as('leader');
select results_eq(
  $$select party_id, plan_id, batch, decision_date, total_vnd, paid_vnd, paid_in_full_on
    from public.household_deadlines(tests.id('hf'), '2024-05-31') order by party_id$$,
  $$values (tests.id('pa'), tests.id('plan1'), 'Đợt 1', '2024-04-01'::date, 115000000::numeric, 115000000::numeric, '2024-04-20'::date),
           (tests.id('pb'), tests.id('plan1'), 'Đợt 1', '2024-04-01'::date, 200000000::numeric, 200000000::numeric, '2024-05-20'::date),
           (tests.id('pc'), tests.id('plan1'), 'Đợt 1', '2024-04-01'::date, 80000000::numeric, 80000000::numeric, '2024-04-10'::date)$$,
  'leader, 31 May: plan 1''s three parties, B paid in full on 20 May (the second payment)');
select results_eq(
  $$select paid_vnd, paid_in_full_on from public.household_deadlines(tests.id('hf'), '2024-04-30') where party_id = tests.id('pb')$$,
  $$values (100000000::numeric, null::date)$$, '30 April: B half paid, not in full');
select results_eq(
  $$select party_id, total_vnd, paid_vnd, paid_in_full_on from public.household_deadlines(tests.id('hf'), null)
    where plan_id = tests.id('plan2') order by party_id$$,
  $$values (tests.id('pc'), 5000000::numeric, 0::numeric, null::date),
           (tests.id('pd'), 10000000::numeric, 10000000::numeric, '2024-06-10'::date)$$,
  'now: plan 2 for C (unpaid) and D');
select is((select count(*) from public.household_deadlines(tests.id('hf'), null) where plan_id = tests.id('plan3')),
  0::bigint, 'an unapproved plan has no deadline');
select is((select count(*) from public.household_deadlines(tests.id('hf'), '2024-03-31')), 0::bigint,
  'before its approval, plan 1 has no deadline');
select is((select party_name from public.household_deadlines(null, null) where party_id = tests.id('pa') limit 1),
  'Hộ ông Bí Mật An', 'the party''s name for the leader, every project');

select tests.authenticate_as('officer_326');
select is((select count(distinct party_id) from public.household_deadlines(tests.id('hf'), null)), 4::bigint,
  'officer of Văn Giang: every party (all hold or are registered in its area)');
select tests.authenticate_as('officer_325');
select is((select count(*) from public.household_deadlines(tests.id('hf'), null)), 0::bigint,
  'officer of Văn Lâm: none of these parties');
select tests.authenticate_as('nobody');
select is((select count(*) from public.household_deadlines(null, null)), 0::bigint, 'signed in with no role: none');
select results_eq($$select households, approved_vnd from tests.hp('project', tests.id('hf')::text, '2024-05-31')$$,
  $$values (4::bigint, 395000000::numeric)$$, 'signed in with no role: counts and sums as the public');

select tests.as_superuser();
select is((select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname = 'public' and p.proname in ('household_progress', 'household_deadlines')
             and p.prosecdef and array_to_string(p.proconfig, ',') like '%search_path=""%'), 2::bigint,
  'both functions are security definer with an empty search_path');
select ok(not has_function_privilege('anon', 'public.household_deadlines(uuid, date)', 'execute'),
  'anon may not execute household_deadlines');
select ok(has_function_privilege('anon', 'public.household_progress(text, date)', 'execute'),
  'anon may execute household_progress');

select * from finish();
rollback;
