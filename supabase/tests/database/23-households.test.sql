-- Households (issue 16): who reads each table (anon, officers in and out of the area, leaders,
-- admins, users without a role), that nobody writes them directly, that household_events is
-- append-only, every kind of record_household_events applied, duplicate, denied, conflict and
-- invalid with its history rows, the reads (household_detail, parcel_holders, search_households,
-- project_items_list), and that anon can reach no personal field through any function.
begin;
select plan(73);
\ir fixtures.sql

-- Fixture rows: party A in Văn Giang (326) holding p326a, party B in Văn Lâm (325) holding p325a,
-- party C in Văn Giang holding nothing; a plan per project (and one of vd4 not approved), lines,
-- payments, plots, a grave item per project with a progress entry, and one history row each.
insert into tests.ids (name, id)
select n, ('10000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid
from unnest(array['pA', 'pB', 'pC', 'mA', 'mB', 'hA', 'hB', 'planV', 'planK', 'planU', 'lA', 'lB', 'yA', 'yB',
                  'rA', 'rB', 'iV', 'iK', 'gV', 'gK', 'eA', 'eB', 'eI',
                  -- rows the tests create
                  'pP', 'mP', 'hP', 'planP', 'lP', 'yP', 'rP', 'iP', 'gP', 'x1', 'x2', 'x3', 'x4']) with ordinality as t(n, i);

insert into public.parties (id, kind, name, id_number, address, admin_unit_id) values
  (tests.id('pA'), 'household', 'Hộ ông Nguyễn Văn An', '001234567890', 'Thôn Đông, xã Phụng Công', '326'),
  (tests.id('pB'), 'household', 'Hộ bà Phạm Thị Dung', '033198765432', 'Thôn Tây, Văn Lâm', '325'),
  (tests.id('pC'), 'person', 'Lê Thị Cúc', '001299999999', null, '326');
insert into public.party_members (id, party_id, full_name, id_number, birth_year, relation, is_head) values
  (tests.id('mA'), tests.id('pA'), 'Nguyễn Văn An', '001234567890', 1965, 'chủ hộ', true),
  (tests.id('mB'), tests.id('pB'), 'Phạm Thị Dung', '033198765432', 1970, 'chủ hộ', true);
insert into public.holdings (id, party_id, parcel_id, share_pct, origin) values
  (tests.id('hA'), tests.id('pA'), tests.id('p326a'), 100, 'allocated'),
  (tests.id('hB'), tests.id('pB'), tests.id('p325a'), 100, 'recognised');
insert into public.compensation_plans (id, project_id, batch, posted_from, posted_to, decision_no, decision_date) values
  (tests.id('planV'), tests.id('vd4'), 'Đợt 1', '2026-09-01', '2026-09-30', '123/QĐ-UBND', '2026-10-15'),
  (tests.id('planK'), tests.id('kcn'), 'Đợt 1', '2026-09-01', '2026-09-30', '456/QĐ-UBND', '2026-10-20'),
  (tests.id('planU'), tests.id('vd4'), 'Đợt 9', null, null, null, null);
insert into public.plan_lines (id, plan_id, party_id, parcel_id, line_group, content, quantity, unit, unit_price_vnd,
                               amount_vnd, basis_document, basis_article, status) values
  (tests.id('lA'), tests.id('planV'), tests.id('pA'), tests.id('p326a'), 'land', 'Bồi thường đất lúa', 100, 'm2', 250000,
   25000000, 'QĐ 12/2024/QĐ-UBND', 'Điều 5', 'provisional'),
  (tests.id('lB'), tests.id('planK'), tests.id('pB'), tests.id('p325a'), 'land', 'Bồi thường đất lúa', 400, 'm2', 250000,
   100000000, 'QĐ 12/2024/QĐ-UBND', 'Điều 5', 'provisional');
insert into public.payments (id, plan_id, party_id, paid_on, amount_vnd, method) values
  (tests.id('yA'), tests.id('planV'), tests.id('pA'), '2026-11-01', 10000000, 'bank_transfer'),
  (tests.id('yB'), tests.id('planK'), tests.id('pB'), '2026-11-02', 20000000, 'cash');
insert into public.resettlement_allocations (id, party_id, project_id, site) values
  (tests.id('rA'), tests.id('pA'), tests.id('vd4'), 'Khu TĐC Phụng Công'),
  (tests.id('rB'), tests.id('pB'), tests.id('kcn'), 'Khu TĐC Văn Lâm');
insert into public.project_items (id, project_id, admin_unit_id, kind, name, unit, total) values
  (tests.id('iV'), tests.id('vd4'), '12001', 'grave', 'Mộ trong tuyến', 'count', 10),
  (tests.id('iK'), tests.id('kcn'), '325', 'power_line', 'Đường dây 22 kV', 'm', 800);
insert into public.project_item_progress (id, item_id, as_of, done) values
  (tests.id('gV'), tests.id('iV'), '2026-11-01', 4),
  (tests.id('gK'), tests.id('iK'), '2026-11-01', 300);
insert into public.household_events (event_id, kind, entity, entity_id, party_id, project_id, admin_unit_id, after,
                                     actor, occurred_at) values
  (tests.id('eA'), 'party.save', 'party', tests.id('pA'), tests.id('pA'), null, '326', '{"version": 1}',
   tests.id('officer_326'), now() - interval '3 days'),
  (tests.id('eB'), 'party.save', 'party', tests.id('pB'), tests.id('pB'), null, '325', '{"version": 1}',
   tests.id('officer_325'), now() - interval '3 days'),
  (tests.id('eI'), 'item.save', 'item', tests.id('iV'), null, tests.id('vd4'), '12001', '{"version": 1}',
   tests.id('officer_326'), now() - interval '3 days');

-- The fixture rows the current role sees, as 'table:name', over every household table.
create function tests.households_visible()
returns setof text
language sql
stable
as $$
  select t || ':' || i.name from tests.ids i join (
    select 'parties' as t, id from public.parties
    union all select 'party_members', id from public.party_members
    union all select 'holdings', id from public.holdings
    union all select 'compensation_plans', id from public.compensation_plans
    union all select 'plan_lines', id from public.plan_lines
    union all select 'payments', id from public.payments
    union all select 'resettlement_allocations', id from public.resettlement_allocations
    union all select 'project_items', id from public.project_items
    union all select 'project_item_progress', id from public.project_item_progress
    union all select 'household_events', event_id from public.household_events) v on v.id = i.id
  order by 1
$$;

-- One household event: n-th event id, kind, row id, expected version (null: left out), data.
create function tests.hev(p_n integer, p_kind text, p_row text, p_expected integer, p_data jsonb default null)
returns jsonb
language sql
stable
as $$
  select jsonb_strip_nulls(jsonb_build_object('event_id', tests.evid(p_n), 'kind', p_kind, 'id', tests.id(p_row),
                                              'expected_version', p_expected))
         || case when p_data is null then '{}' else jsonb_build_object('data', p_data) end
$$;

create function tests.hsend(p_label text, p_events jsonb)
returns void
language plpgsql
as $$
begin
  insert into tests.answers (label, answer) values (p_label, public.record_household_events(p_events));
end
$$;

-- Every answer of a labelled batch as 'status/code', in order.
create function tests.houtcomes(p_label text)
returns text[]
language sql
stable
as $$
  select array_agg((a ->> 'status') || '/' || (a ->> 'code') order by n)
  from tests.answers x, jsonb_array_elements(x.answer) with ordinality as e(a, n) where x.label = p_label
$$;

create function tests.history_count()
returns bigint
language sql
stable
security definer
as $$ select count(*) from public.household_events $$;

grant execute on all functions in schema tests to anon, authenticated;

-- ------------------------------------------------------------ who reads what

select tests.clear_authentication();
select is_empty('select * from tests.households_visible()', 'anon sees no row of any household table');
select tests.authenticate_as('nobody');
select is_empty('select * from tests.households_visible()', 'a user without a role sees no household row');
select tests.authenticate_as('admin');
select is_empty('select * from tests.households_visible()', 'an admin (not a leader, not an officer) sees no household row');
select tests.authenticate_as('officer_326');
select results_eq('select * from tests.households_visible()',
  $$values ('compensation_plans:planU'), ('compensation_plans:planV'), ('holdings:hA'), ('household_events:eA'),
           ('household_events:eI'), ('parties:pA'), ('parties:pC'), ('party_members:mA'), ('payments:yA'),
           ('plan_lines:lA'), ('project_item_progress:gV'), ('project_items:iV'), ('resettlement_allocations:rA')$$,
  'the officer of Văn Giang sees its parties, their members, holdings, lines, payments, plots, history, and its projects'' plans and items');
select tests.authenticate_as('officer_325');
select results_eq('select * from tests.households_visible()',
  $$values ('compensation_plans:planK'), ('holdings:hB'), ('household_events:eB'), ('parties:pB'),
           ('party_members:mB'), ('payments:yB'), ('plan_lines:lB'), ('project_item_progress:gK'),
           ('project_items:iK'), ('resettlement_allocations:rB')$$,
  'the officer of Văn Lâm sees only Văn Lâm''s households, plans and items');
select tests.authenticate_as('leader');
select is((select count(*)::integer from tests.households_visible()), 23, 'a leader sees every fixture row of every household table');

-- nobody writes the tables directly, not even the area's officer
select tests.authenticate_as('officer_326');
select throws_ok($$insert into public.parties (kind, name, admin_unit_id) values ('person', 'Ghi thẳng', '326')$$,
  '42501', null, 'an officer cannot insert a party directly');
select is(tests.affected($$update public.parties set name = 'Sửa thẳng'$$), 0, 'an officer cannot update parties directly');
select is(tests.affected($$delete from public.holdings$$), 0, 'an officer cannot delete holdings directly');
select is(tests.affected($$update public.plan_lines set amount_vnd = 1$$), 0, 'an officer cannot change a plan line directly');
select is(tests.affected($$delete from public.household_events$$), 0, 'an officer cannot delete history');
select tests.authenticate_as('leader');
select is(tests.affected($$update public.payments set amount_vnd = 1$$), 0, 'a leader cannot change a payment directly');

-- household_events is append-only, even for the table owner
select tests.as_superuser();
select throws_ok($$update public.household_events set kind = 'x'$$, '42501', null, 'household_events rows cannot be updated');
select throws_ok($$delete from public.household_events$$, '42501', null, 'household_events rows cannot be deleted');
select throws_ok($$truncate public.household_events$$, '42501', null, 'household_events cannot be truncated');
set local client_min_messages = warning; -- the cascade's notices
select throws_ok($$truncate public.parties cascade$$, '42501', null, 'parties cannot be emptied wholesale');

-- ------------------------------------------------------------ every kind applied

select tests.authenticate_as('officer_326');
select tests.hsend('create', jsonb_build_array(
  tests.hev(1, 'party.save', 'pP', null, jsonb_build_object('kind', 'household', 'name', '  Hộ ông  Trần Văn Bảo ',
    'id_number', '001288888888', 'admin_unit_id', '12001', 'phone', '0912 345 678')),
  tests.hev(2, 'member.save', 'mP', 0, jsonb_build_object('party_id', tests.id('pP'), 'full_name', 'Trần Văn Bảo',
    'is_head', true, 'birth_year', 1970, 'relation', 'chủ hộ')),
  tests.hev(3, 'holding.save', 'hP', null, jsonb_build_object('party_id', tests.id('pP'), 'parcel_id', tests.id('p326b'),
    'share_pct', 100, 'origin', 'allocated')),
  tests.hev(4, 'plan.save', 'planP', null, jsonb_build_object('project_id', tests.id('vd4'), 'batch', 'Đợt 2',
    'posted_from', '2026-10-01', 'posted_to', '2026-10-30')),
  tests.hev(5, 'line.save', 'lP', null, jsonb_build_object('plan_id', tests.id('planP'), 'party_id', tests.id('pP'),
    'parcel_id', tests.id('p326b'), 'line_group', 'land', 'content', 'Bồi thường đất lúa', 'quantity', 200,
    'unit', 'm2', 'unit_price_vnd', 250000, 'basis_document', 'QĐ 12/2024/QĐ-UBND')),
  tests.hev(6, 'plan.save', 'planP', 1, jsonb_build_object('decision_no', '789/QĐ-UBND', 'decision_date', '2026-11-20')),
  tests.hev(7, 'payment.save', 'yP', null, jsonb_build_object('plan_id', tests.id('planP'), 'party_id', tests.id('pP'),
    'paid_on', '2026-11-25', 'amount_vnd', 50000000, 'method', 'bank_transfer')),
  tests.hev(8, 'allocation.save', 'rP', null, jsonb_build_object('party_id', tests.id('pP'), 'project_id', tests.id('vd4'),
    'site', 'Khu TĐC Phụng Công', 'plot_no', 'LK-07', 'area_m2', 90)),
  tests.hev(9, 'item.save', 'iP', null, jsonb_build_object('project_id', tests.id('vd4'), 'admin_unit_id', '12001',
    'kind', 'grave', 'name', 'Mộ dòng họ Trần', 'total', 6)),
  tests.hev(10, 'item_progress.save', 'gP', null, jsonb_build_object('item_id', tests.id('iP'), 'as_of', '2026-11-20',
    'done', 2))));
select is(tests.houtcomes('create'), array_fill('applied/applied'::text, array[10]),
  'every save kind creates its row: applied');
select is(array(select (a ->> 'version')::integer from jsonb_array_elements(tests.answer('create')) a),
  array[1, 1, 1, 1, 1, 2, 1, 1, 1, 1], 'a new row answers version 1; the plan approved next answers 2');
select tests.as_superuser();
select results_eq(format('select name, version from public.parties where id = %L', tests.id('pP')),
  $$values ('Hộ ông Trần Văn Bảo', 1)$$, 'the party is written with its name tidied');
select results_eq(format('select amount_vnd, status from public.plan_lines where id = %L', tests.id('lP')),
  $$values (50000000::numeric, 'provisional')$$, 'a line without an amount takes quantity × unit price; with a document it is provisional');
select results_eq(format('select decision_no, decision_date, version from public.compensation_plans where id = %L', tests.id('planP')),
  $$values ('789/QĐ-UBND', '2026-11-20'::date, 2)$$, 'the plan is approved with its number and date, version 2');
select is((select count(*)::integer from public.household_events where event_id in (select tests.evid(g) from generate_series(1, 10) g)
           and actor = tests.id('officer_326') and payload_md5 is not null), 10,
  'each applied event wrote one history row with the actor and its payload''s digest');
select results_eq(format($$select kind, entity, party_id, project_id, admin_unit_id, before is null, after ->> 'share_pct'
                           from public.household_events where event_id = %L$$, tests.evid(3)),
  format($$values ('holding.save', 'holding', %L::uuid, %L::uuid, '326', true, '100')$$, tests.id('pP'), tests.id('vd4')),
  'a holding''s history row names the party, the parcel''s project and area, and the row after');

select tests.authenticate_as('officer_326');
select tests.hsend('update', jsonb_build_array(
  tests.hev(11, 'party.save', 'pP', 1, jsonb_build_object('address', 'Thôn Nam')),
  tests.hev(12, 'member.save', 'mP', 1, jsonb_build_object('birth_year', 1971)),
  tests.hev(13, 'holding.save', 'hP', 1, jsonb_build_object('share_pct', 90)),
  tests.hev(14, 'line.save', 'lP', 1, jsonb_build_object('amount_vnd', 48000000, 'status', 'needs_confirmation')),
  tests.hev(15, 'payment.save', 'yP', 1, jsonb_build_object('reference', 'UNC 0015')),
  tests.hev(16, 'allocation.save', 'rP', 1, jsonb_build_object('ready_on', '2026-12-01')),
  tests.hev(17, 'item.save', 'iP', 1, jsonb_build_object('total', 7)),
  tests.hev(18, 'item_progress.save', 'gP', 1, jsonb_build_object('done', 3))));
select is(tests.houtcomes('update'), array_fill('applied/applied'::text, array[8]),
  'every save kind updates its row at the version seen: applied');
select tests.as_superuser();
select results_eq(format($$select before ->> 'address', after ->> 'address', (after ->> 'version')::integer, after ->> 'name'
                           from public.household_events where event_id = %L$$, tests.evid(11)),
  $$values (null::text, 'Thôn Nam', 2, 'Hộ ông Trần Văn Bảo')$$,
  'an update records the row before and after; data keys left out keep their values');

select tests.authenticate_as('officer_326');
select tests.hsend('delete', jsonb_build_array(
  tests.hev(19, 'item_progress.delete', 'gP', 2), tests.hev(20, 'allocation.delete', 'rP', 2),
  tests.hev(21, 'payment.delete', 'yP', 2), tests.hev(22, 'line.delete', 'lP', 2),
  tests.hev(23, 'holding.delete', 'hP', 2), tests.hev(24, 'member.delete', 'mP', 2),
  tests.hev(25, 'party.delete', 'pP', 2)));
select is(tests.houtcomes('delete'), array_fill('applied/applied'::text, array[7]), 'every delete kind applies at the version seen');
select tests.as_superuser();
select is((select count(*)::integer from public.parties where id = tests.id('pP')), 0, 'the party is gone');
select results_eq(format($$select kind from public.household_events where party_id = %L and entity = 'party' order by seq$$, tests.id('pP')),
  $$values ('party.save'), ('party.save'), ('party.delete')$$, 'the party''s history keeps its creation, update and deletion');
select results_eq(format($$select before ->> 'name', after from public.household_events where event_id = %L$$, tests.evid(25)),
  $$values ('Hộ ông Trần Văn Bảo', null::jsonb)$$, 'a deletion records the row before and nothing after');

-- ------------------------------------------------------------ duplicate and reused ids

select tests.as_superuser();
create table tests.history_before as select tests.history_count() as n;
grant select on tests.history_before to anon, authenticated;
select tests.authenticate_as('officer_326');
select tests.hsend('retry', jsonb_build_array(
  tests.hev(1, 'party.save', 'pP', null, jsonb_build_object('kind', 'household', 'name', '  Hộ ông  Trần Văn Bảo ',
    'id_number', '001288888888', 'admin_unit_id', '12001', 'phone', '0912 345 678')),
  tests.hev(13, 'holding.save', 'hP', 1, jsonb_build_object('share_pct', 90)),
  tests.hev(25, 'party.delete', 'pP', 2)));
select is(tests.houtcomes('retry'), array['duplicate/duplicate', 'duplicate/duplicate', 'duplicate/duplicate'],
  'the same events sent again (even after the rows were deleted) answer duplicate');
select is(array(select (a ->> 'version')::integer from jsonb_array_elements(tests.answer('retry')) a),
  array[1, 2, null], 'a duplicate answers the version its event produced');
select tests.hsend('reused', jsonb_build_array(
  tests.hev(13, 'holding.save', 'hP', 1, jsonb_build_object('share_pct', 80)),
  tests.hev(40, 'party.save', 'x1', null, jsonb_build_object('kind', 'person', 'name', 'Đỗ Văn Hai', 'admin_unit_id', '326')),
  tests.hev(40, 'party.save', 'x1', null, jsonb_build_object('kind', 'person', 'name', 'Đỗ Văn Hai', 'admin_unit_id', '326'))));
select is(tests.houtcomes('reused'), array['invalid/event_id_reused', 'applied/applied', 'duplicate/duplicate'],
  'an id reused with another payload is invalid/event_id_reused; one sent twice in a batch applies once');
select tests.as_superuser();
select is(tests.history_count(), (select n from tests.history_before) + 1, 'duplicates and reused ids wrote no history row');

-- ------------------------------------------------------------ denied

select tests.authenticate_as('officer_325');
select tests.hsend('denied', jsonb_build_array(
  tests.hev(50, 'party.save', 'pA', 1, '{"note": "x"}'), tests.hev(51, 'party.delete', 'pA', 1),
  tests.hev(52, 'member.save', 'mA', 1, '{"relation": "x"}'), tests.hev(53, 'member.delete', 'mA', 1),
  tests.hev(54, 'holding.save', 'hA', 1, '{"share_pct": 50}'), tests.hev(55, 'holding.delete', 'hA', 1),
  tests.hev(56, 'plan.save', 'planV', 1, '{"note": "x"}'),
  tests.hev(57, 'line.save', 'lA', 1, '{"amount_vnd": 1}'), tests.hev(58, 'line.delete', 'lA', 1),
  tests.hev(59, 'payment.save', 'yA', 1, '{"amount_vnd": 1}'), tests.hev(60, 'payment.delete', 'yA', 1),
  tests.hev(61, 'allocation.save', 'rA', 1, '{"site": "x"}'), tests.hev(62, 'allocation.delete', 'rA', 1),
  tests.hev(63, 'item.save', 'iV', 1, '{"total": 11}'),
  tests.hev(64, 'item_progress.save', 'gV', 1, '{"done": 5}'), tests.hev(65, 'item_progress.delete', 'gV', 1),
  tests.hev(66, 'party.save', 'x2', null, jsonb_build_object('kind', 'person', 'name', 'Ngoài vùng', 'admin_unit_id', '326')),
  tests.hev(67, 'holding.save', 'x3', null, jsonb_build_object('party_id', tests.id('pB'), 'parcel_id', tests.id('p326b')))));
select is(tests.houtcomes('denied'), array_fill('denied/outside_area'::text, array[18]),
  'the officer of Văn Lâm is denied every kind on Văn Giang''s rows, a party registered there, a holding on a parcel there');
select is((select count(*)::integer from jsonb_array_elements(tests.answer('denied')) a where a -> 'version' <> 'null'), 0,
  'a denied answer tells no version of a row outside the area');
select tests.authenticate_as('leader');
select tests.hsend('leader', jsonb_build_array(tests.hev(70, 'party.save', 'pA', 1, '{"note": "x"}')));
select tests.authenticate_as('admin');
select tests.hsend('admin', jsonb_build_array(tests.hev(71, 'party.save', 'pA', 1, '{"note": "x"}')));
select tests.authenticate_as('nobody');
select tests.hsend('nobody', jsonb_build_array(tests.hev(72, 'party.save', 'pA', 1, '{"note": "x"}')));
select is(tests.houtcomes('leader') || tests.houtcomes('admin') || tests.houtcomes('nobody'),
  array['denied/not_officer', 'denied/not_officer', 'denied/not_officer'], 'leaders, admins and users without a role write nothing');
select tests.clear_authentication();
select throws_ok(format('select public.record_household_events(%L)', jsonb_build_array(tests.hev(73, 'party.save', 'pA', 1, '{"note": "x"}'))),
  '42501', null, 'anon may not call record_household_events');

-- ------------------------------------------------------------ conflict

select tests.authenticate_as('officer_326');
select tests.hsend('conflict', jsonb_build_array(
  tests.hev(80, 'party.save', 'pA', 7, '{"note": "x"}'), tests.hev(81, 'party.delete', 'pA', 7),
  tests.hev(82, 'member.save', 'mA', 7, '{"relation": "x"}'), tests.hev(83, 'member.delete', 'mA', 7),
  tests.hev(84, 'holding.save', 'hA', 7, '{"share_pct": 50}'), tests.hev(85, 'holding.delete', 'hA', 7),
  tests.hev(86, 'plan.save', 'planV', 7, '{"note": "x"}'),
  tests.hev(87, 'line.save', 'lA', 7, '{"amount_vnd": 1}'), tests.hev(88, 'line.delete', 'lA', 7),
  tests.hev(89, 'payment.save', 'yA', 7, '{"amount_vnd": 1}'), tests.hev(90, 'payment.delete', 'yA', 7),
  tests.hev(91, 'allocation.save', 'rA', 7, '{"site": "x"}'), tests.hev(92, 'allocation.delete', 'rA', 7),
  tests.hev(93, 'item.save', 'iV', 7, '{"total": 11}'),
  tests.hev(94, 'item_progress.save', 'gV', 7, '{"done": 5}'), tests.hev(95, 'item_progress.delete', 'gV', 7)));
select is(tests.houtcomes('conflict'), array_fill('conflict/stale_version'::text, array[16]),
  'every kind at a version that moved on is a conflict');
select is(array(select distinct (a ->> 'version')::integer from jsonb_array_elements(tests.answer('conflict')) a), array[1],
  'a conflict answers the row''s current version');
select tests.hsend('conflict2', jsonb_build_array(
  tests.hev(96, 'party.save', 'pA', null, '{"note": "x"}'),
  tests.hev(97, 'member.save', 'x4', 3, jsonb_build_object('party_id', tests.id('pA'), 'full_name', 'Đã xoá'))));
select is(tests.houtcomes('conflict2'), array['conflict/already_exists', 'conflict/not_found'],
  'a create of an id that exists, and an update of a row that is gone, are conflicts');

-- ------------------------------------------------------------ invalid

select tests.authenticate_as('officer_326');
select tests.hsend('invalid', jsonb_build_array(
  tests.hev(100, 'party.save', 'pA', 1, '{"id_number": "12ab"}'),
  tests.hev(101, 'party.delete', 'pA', 1),
  tests.hev(102, 'member.save', 'x4', null, jsonb_build_object('party_id', tests.id('pA'), 'full_name', 'Nguyễn Văn Bình', 'is_head', true)),
  tests.hev(103, 'member.delete', 'mA', null),
  tests.hev(104, 'holding.save', 'x4', null, jsonb_build_object('party_id', tests.id('pC'), 'parcel_id', tests.id('p326a'), 'share_pct', 10)),
  tests.hev(105, 'holding.delete', 'hA', 1),
  tests.hev(106, 'plan.save', 'x4', null, jsonb_build_object('project_id', tests.id('vd4'), 'batch', 'Đợt 3', 'decision_no', '1/QĐ')),
  tests.hev(107, 'line.save', 'x4', null, jsonb_build_object('plan_id', tests.id('planV'), 'party_id', tests.id('pA'),
    'line_group', 'assets', 'content', 'Nhà cấp 4', 'amount_vnd', 1000, 'status', 'provisional')),
  tests.hev(108, 'line.delete', 'lA', 1, '{"amount_vnd": 1}'),
  tests.hev(109, 'payment.save', 'x4', null, jsonb_build_object('plan_id', tests.id('planU'), 'party_id', tests.id('pA'),
    'paid_on', '2026-11-01', 'amount_vnd', 1000, 'method', 'cash')),
  tests.hev(110, 'payment.delete', 'yA', 0),
  tests.hev(111, 'allocation.save', 'x4', null, jsonb_build_object('party_id', tests.id('pA'), 'project_id', tests.id('vd4'))),
  jsonb_build_object('event_id', tests.evid(112), 'kind', 'allocation.delete', 'id', 'not-a-uuid', 'expected_version', 1),
  tests.hev(113, 'item.save', 'x4', null, jsonb_build_object('project_id', tests.id('vd4'), 'admin_unit_id', '326',
    'kind', 'grave', 'unit', 'm', 'name', 'Mộ', 'total', 3)),
  tests.hev(114, 'item_progress.save', 'x4', null, jsonb_build_object('item_id', tests.id('iV'), 'as_of', '2026-11-15', 'done', 99)),
  tests.hev(115, 'item_progress.delete', 'gV', null),
  jsonb_build_object('event_id', tests.evid(116), 'kind', 'party.rename', 'id', tests.id('pA')),
  tests.hev(117, 'member.save', 'x4', null, jsonb_build_object('party_id', tests.id('pA'), 'full_name', 'Nguyễn Thị Hoa', 'birth_year', 'năm 80')),
  tests.hev(118, 'party.save', 'pA', 1, '{"version": 9}')));
select is(tests.houtcomes('invalid'), array['invalid/bad_id_number', 'invalid/in_use', 'invalid/head_exists',
  'invalid/missing_expected_version', 'invalid/share_over_100', 'invalid/in_use', 'invalid/decision_incomplete',
  'invalid/basis_missing', 'invalid/unknown_field', 'invalid/plan_not_approved', 'invalid/missing_expected_version',
  'invalid/missing_value', 'invalid/bad_id', 'invalid/grave_unit', 'invalid/done_over_total',
  'invalid/missing_expected_version', 'invalid/unknown_kind', 'invalid/bad_value', 'invalid/unknown_field'],
  'every kind''s rules: ID number, in use, one head, shares ≤ 100, approval, basis, approved plan, grave unit, done ≤ total, shapes');
select ok((select bool_and(a ->> 'message' ~ '[^\x01-\x7f]') from jsonb_array_elements(tests.answer('invalid')) a
           where a ->> 'code' <> 'bad_value'), 'each refusal says why in Vietnamese');
select tests.as_superuser();
select is(tests.history_count(), (select n from tests.history_before) + 1, 'denied, conflicting and invalid events wrote no history row');
select results_eq(format('select version, note from public.parties where id = %L', tests.id('pA')),
  $$values (1, null::text)$$, 'the refused events changed nothing');

-- the same checks hold on other rows: a second holder within 100 %, a payment before approval day
select tests.authenticate_as('officer_326');
select tests.hsend('shares', jsonb_build_array(
  tests.hev(120, 'holding.save', 'x4', null, jsonb_build_object('party_id', tests.id('pC'), 'parcel_id', tests.id('p326b'), 'share_pct', 40)),
  tests.hev(121, 'holding.save', 'x3', null, jsonb_build_object('party_id', tests.id('pA'), 'parcel_id', tests.id('p326b'), 'share_pct', 61)),
  tests.hev(122, 'payment.save', 'x2', null, jsonb_build_object('plan_id', tests.id('planV'), 'party_id', tests.id('pA'),
    'paid_on', '2026-10-01', 'amount_vnd', 1000, 'method', 'cash'))));
select is(tests.houtcomes('shares'), array['applied/applied', 'invalid/share_over_100', 'invalid/paid_before_decision'],
  'a parcel takes holders up to 100 % in all; a payment may not precede the plan''s approval');

-- lite hands the argument over as a JSON string: it is read the same
select is(public.record_household_events(to_jsonb(jsonb_build_array(tests.hev(1, 'party.save', 'pP', null,
  jsonb_build_object('kind', 'household', 'name', '  Hộ ông  Trần Văn Bảo ', 'id_number', '001288888888',
                     'admin_unit_id', '12001', 'phone', '0912 345 678')))::text)) -> 0 ->> 'status', 'duplicate',
  'events sent as a JSON string are read as the array it holds');
select throws_ok($$select public.record_household_events('{"kind": "party.save"}')$$, '22023', null, 'events must be an array');
select throws_ok($$select public.record_household_events('[]')$$, '22023', null, 'an empty list is refused');
select throws_ok(format('select public.record_household_events(%L)', (select jsonb_agg(tests.hev(g, 'party.delete', 'pA', 1))
                                                                   from generate_series(1000, 1500) g)),
  '54000', null, 'more than 500 events a call are refused');

-- ------------------------------------------------------------ household_detail

select tests.authenticate_as('officer_326');
select results_eq(format($$select d -> 'party' ->> 'name', jsonb_array_length(d -> 'members'), jsonb_array_length(d -> 'holdings'),
                                  d -> 'holdings' -> 0 -> 'geom' ->> 'type', d -> 'holdings' -> 0 ->> 'project_name',
                                  jsonb_array_length(d -> 'plans'), (d -> 'plans' -> 0 ->> 'total_vnd')::numeric,
                                  (d -> 'plans' -> 0 ->> 'paid_vnd')::numeric, jsonb_array_length(d -> 'allocations'),
                                  (d ->> 'can_edit')::boolean
                           from public.household_detail(%L) d$$, tests.id('pA')),
  $$values ('Hộ ông Nguyễn Văn An', 1, 1, 'Polygon', 'Đường Vành đai 4 - Vùng Thủ đô', 1, 25000000::numeric, 10000000::numeric, 1, true)$$,
  'household_detail gives the party, members, holdings with their parcel, its part of the plan with sums, plots; the area''s officer may edit');
select results_eq(format($$select h ->> 'kind', h ->> 'actor_email' from jsonb_array_elements(public.household_detail(%L) -> 'history') h$$,
                         tests.id('pA')),
  $$values ('party.save', 'officer_326@test.gpmb.vn')$$, 'household_detail''s history names who made each change');
select tests.authenticate_as('leader');
select is((public.household_detail(tests.id('pB')) ->> 'can_edit')::boolean, false, 'a leader reads any household and may not edit it');
select tests.authenticate_as('officer_325');
select throws_ok(format('select public.household_detail(%L)', tests.id('pA')), '42501',
  'Không tìm thấy hộ hoặc bạn không có quyền xem hồ sơ này.', 'an officer of another area may not read the household');
select throws_ok(format('select public.household_detail(%L)', gen_random_uuid()), '42501',
  'Không tìm thấy hộ hoặc bạn không có quyền xem hồ sơ này.', 'an unknown party is refused with the same message');
select tests.authenticate_as('admin');
select throws_ok(format('select public.household_detail(%L)', tests.id('pA')), '42501', null, 'an admin may not read a household');

-- ------------------------------------------------------------ parcel_holders

select tests.authenticate_as('officer_326');
select results_eq(format('select party_name, share_pct from public.parcel_holders(%L)', tests.id('p326b')),
  $$values ('Lê Thị Cúc', 40::numeric)$$, 'parcel_holders lists the holders with their shares');
select tests.authenticate_as('officer_325');
select throws_ok(format('select * from public.parcel_holders(%L)', tests.id('p326a')), '42501', null,
  'an officer of another area may not read a parcel''s holders');
select tests.authenticate_as('leader');
select results_eq(format('select party_name from public.parcel_holders(%L)', tests.id('p325a')),
  $$values ('Hộ bà Phạm Thị Dung')$$, 'a leader reads any parcel''s holders');

-- ------------------------------------------------------------ search_households

select tests.authenticate_as('officer_326');
select results_eq($$select name, commune_name, parcels, project_names from public.search_households('nguyen  VAN an')$$,
  $$values ('Hộ ông Nguyễn Văn An', 'Văn Giang', 1, array['Đường Vành đai 4 - Vùng Thủ đô'])$$,
  'a name is found without accents or case, with its commune, parcels and projects');
select results_eq($$select name from public.search_households('Phạm Thị')$$, $$select null::text where false$$,
  'an officer finds no party outside their area');
select results_eq($$select name from public.search_households('001234')$$, $$values ('Hộ ông Nguyễn Văn An')$$,
  'an ID number prefix finds the party');
select throws_ok($$select * from public.search_households('a')$$, '22023', null, 'a name needs 2 letters');
select throws_ok($$select * from public.search_households('00')$$, '22023', null, 'an ID number needs 3 digits');
select tests.authenticate_as('leader');
select results_eq($$select name from public.search_households('pham thi dung')$$, $$values ('Hộ bà Phạm Thị Dung')$$,
  'a leader finds any party');
select tests.authenticate_as('nobody');
select throws_ok($$select * from public.search_households('nguyen')$$, '42501', null, 'a user without a role may not search');

-- ------------------------------------------------------------ project_items_list

select tests.authenticate_as('officer_326');
select results_eq(format($$select name, done, done_as_of, can_edit from public.project_items_list(%L) where id = %L$$,
                         tests.id('vd4'), tests.id('iV')),
  $$values ('Mộ trong tuyến', 4::numeric, '2026-11-01'::date, true)$$, 'project_items_list gives the latest progress and who may edit');
select results_eq(format($$select done from public.project_items_list(%L, '2026-10-31') where id = %L$$, tests.id('vd4'), tests.id('iV')),
  $$values (null::numeric)$$, 'before the first entry nothing is recorded as done');
select tests.authenticate_as('officer_325');
select throws_ok(format('select * from public.project_items_list(%L)', tests.id('vd4')), '42501', null,
  'an officer of no area of the project may not list its items');
select tests.authenticate_as('leader');
select results_eq(format($$select bool_or(can_edit) from public.project_items_list(%L)$$, tests.id('kcn')),
  $$values (false)$$, 'a leader lists any project''s items and may edit none');

-- ------------------------------------------------------------ anon reaches no personal field

-- every function anon may execute whose body reads a household table (the counts of
-- household_progress are the only ones meant for the public)
select tests.as_superuser();
select is(array(select p.proname::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname in ('public', 'private') and has_function_privilege('anon', p.oid, 'execute')
                  and p.prosrc ~ '\m(parties|party_members|holdings|plan_lines|payments|resettlement_allocations|household_events)\M'
                  and p.proname <> 'household_progress'
                order by 1),
  '{}'::text[], 'anon may execute no function that reads personal household data');
select ok(not has_function_privilege('anon', 'public.household_detail(uuid)', 'execute')
          and not has_function_privilege('anon', 'public.parcel_holders(uuid)', 'execute')
          and not has_function_privilege('anon', 'public.search_households(text, integer)', 'execute')
          and not has_function_privilege('anon', 'public.project_items_list(uuid, date)', 'execute')
          and not has_function_privilege('anon', 'public.record_household_events(jsonb)', 'execute'),
  'none of the households'' RPCs is granted to anon');
select tests.clear_authentication();
select throws_ok(format('select public.household_detail(%L)', tests.id('pA')), '42501', null, 'anon may not call household_detail');
select throws_ok($$select * from public.search_households('nguyen')$$, '42501', null, 'anon may not call search_households');

select * from finish();
rollback;
