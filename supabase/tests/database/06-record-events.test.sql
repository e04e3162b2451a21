-- record_parcel_events, the only way to change a parcel: applied, duplicate, conflict and denied.
-- Each applied event writes exactly one parcel_events row and bumps the parcel's version by one.
begin;
select plan(45);
\ir fixtures.sql

-- Two more officers: one of the whole province (whose area includes Văn Giang), to change a parcel
-- between an event and its retry, and one of commune 12001 only (an area does not include its parent).
insert into tests.ids (name, id) values ('officer_33', 'a0000000-0000-4000-8000-000000000006'),
                                        ('officer_12001', 'a0000000-0000-4000-8000-000000000007');
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, raw_user_meta_data)
select i.id, 'authenticated', 'authenticated', i.name || '@test.gpmb.vn', '', now(), now(), now(), '{}', '{}'
from tests.ids i where i.name in ('officer_33', 'officer_12001');
insert into public.memberships (user_id, role, admin_unit_id) values (tests.id('officer_33'), 'officer', '33'),
                                                                     (tests.id('officer_12001'), 'officer', '12001');

-- applied: the next stage, by the officer of the parcel's district
select tests.authenticate_as('officer_326');
select tests.send('first', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is((tests.answer('first') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'status', 'applied', 'version', 2, 'code', 'applied'),
  'the officer of Văn Giang moves a parcel there to the next stage: applied, version 2');
select tests.as_superuser();
select results_eq(format('select stage, version from public.parcels where id = %L', tests.id('p326a')),
  $$values ('dialogue', 2)$$, 'the parcel is at the new stage and its version went up by one');
select results_eq(format('select event_id, from_stage, to_stage, blocked, note, actor, version from public.parcel_events where parcel_id = %L', tests.id('p326a')),
  format($$values (%L::uuid, 'not_started', 'dialogue', false, null::text, %L::uuid, 2)$$, tests.evid(1), tests.id('officer_326')),
  'exactly one event row was written, with the actor and the version it produced');
select ok((select recorded_at = now() and occurred_at = now() from public.parcel_events where event_id = tests.evid(1)),
  'an event without occurred_at is dated when it was recorded');

-- applied: in a commune below the officer's district, a note alone
select tests.authenticate_as('officer_326');
select tests.send('commune', jsonb_build_array(tests.event(2, 'p12001', 1, '{"note": "  Đã rà soát lại ranh giới  "}')));
select is(tests.outcome('commune'), 'applied/applied', 'an officer records an event in a commune below their district');
select tests.as_superuser();
select results_eq(format('select stage, version from public.parcels where id = %L', tests.id('p12001')),
  $$values ('handed_over', 2)$$, 'a note alone keeps the stage and bumps the version');
select results_eq(format('select from_stage, to_stage, note from public.parcel_events where event_id = %L', tests.evid(2)),
  $$values ('handed_over', 'handed_over', 'Đã rà soát lại ranh giới')$$, 'the note is stored trimmed');

-- duplicate: the same event sent again changes nothing
select tests.authenticate_as('officer_326');
select tests.send('resend', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is((tests.answer('resend') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'status', 'duplicate', 'version', 2, 'code', 'duplicate'),
  'a retried event is answered duplicate with the current version');

-- duplicate after someone else changed the parcel
select tests.authenticate_as('officer_33');
select tests.send('other', jsonb_build_array(tests.event(3, 'p326a', 2, '{"to_stage": "notice"}')));
select is(tests.outcome('other'), 'applied/applied', 'another officer whose area includes the parcel moves it on');
select tests.authenticate_as('officer_326');
select tests.send('late_retry', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is((tests.answer('late_retry') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'status', 'duplicate', 'version', 3, 'code', 'duplicate'),
  'a retry after someone else changed the parcel is still a duplicate, with the newer version');
select tests.as_superuser();
select results_eq(format('select stage, version from public.parcels where id = %L', tests.id('p326a')),
  $$values ('notice', 3)$$, 'the retries did not move the parcel back');
select results_eq(format('select event_id, actor from public.parcel_events where parcel_id = %L order by version', tests.id('p326a')),
  format($$values (%L::uuid, %L::uuid), (%L::uuid, %L::uuid)$$,
    tests.evid(1), tests.id('officer_326'), tests.evid(3), tests.id('officer_33')),
  'the parcel has exactly the two applied events, each with its own actor');

-- conflict: an event based on an old version
select tests.authenticate_as('officer_326');
select tests.send('stale', jsonb_build_array(tests.event(4, 'p326a', 2, '{"to_stage": "inventory"}')));
select is((tests.answer('stale') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(4), 'status', 'conflict', 'version', 3, 'code', 'stale_version'),
  'an event based on version 2 of a parcel now at 3 is a conflict, answered with the current version');
select tests.send('ahead', jsonb_build_array(tests.event(5, 'p326a', 7, '{"to_stage": "inventory"}')));
select is(tests.outcome('ahead'), 'conflict/stale_version', 'an event based on a version from the future is a conflict too');
select ok(tests.answer('stale') -> 0 ->> 'message' ~ 'phiên bản 3', 'the conflict message names the current version');

-- denied: everyone who is not an officer of the parcel's area
select tests.clear_authentication();
select tests.send('anon', jsonb_build_array(tests.event(6, 'p326a', 3, '{"to_stage": "inventory"}')));
select is((tests.answer('anon') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(6), 'status', 'denied', 'version', 3, 'code', 'not_officer'),
  'anon is denied');
select tests.authenticate_as('nobody');
select tests.send('nobody', jsonb_build_array(tests.event(7, 'p326a', 3, '{"to_stage": "inventory"}')));
select is(tests.outcome('nobody'), 'denied/not_officer', 'a user without a role is denied');
select tests.authenticate_as('leader');
select tests.send('leader', jsonb_build_array(tests.event(8, 'p326a', 3, '{"to_stage": "inventory"}')));
select is(tests.outcome('leader'), 'denied/not_officer', 'a leader (who reads everything) is denied');
select tests.authenticate_as('admin');
select tests.send('admin', jsonb_build_array(tests.event(9, 'p326a', 3, '{"to_stage": "inventory"}')));
select is(tests.outcome('admin'), 'denied/not_officer', 'an admin is denied');
select tests.authenticate_as('officer_325');
select tests.send('outside', jsonb_build_array(tests.event(10, 'p326a', 3, '{"to_stage": "inventory"}')));
select is((tests.answer('outside') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(10), 'status', 'denied', 'version', 3, 'code', 'outside_area'),
  'the officer of Văn Lâm is denied a parcel in Văn Giang');
select tests.send('outside_commune', jsonb_build_array(tests.event(11, 'p12001', 2, '{"note": "x"}')));
select is(tests.outcome('outside_commune'), 'denied/outside_area',
  'the officer of Văn Lâm is denied a parcel in a commune of Văn Giang');
select tests.authenticate_as('officer_326');
select tests.send('outside_back', jsonb_build_array(tests.event(12, 'p325a', 2, '{"blocker": null}')));
select is(tests.outcome('outside_back'), 'denied/outside_area', 'the officer of Văn Giang is denied a parcel in Văn Lâm');
select tests.authenticate_as('officer_12001');
select tests.send('commune_up', jsonb_build_array(tests.event(19, 'p326a', 3, '{"to_stage": "inventory"}')));
select is(tests.outcome('commune_up'), 'denied/outside_area',
  'the officer of a commune is denied a parcel in the district above it');
select tests.clear_authentication();
select tests.send('anon_retry', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('anon_retry'), 'duplicate/duplicate',
  'a recorded event is a duplicate whoever resends it: nothing is changed either way');
select tests.as_superuser();
select is_empty(format('select * from public.parcel_events where event_id in (%s)',
    (select string_agg(quote_literal(tests.evid(n)), ',') from unnest(array[4, 5, 6, 7, 8, 9, 10, 11, 12, 19]) n)),
  'no conflict or denied event wrote a row');
select results_eq(format('select id, version from public.parcels where id in (%L, %L) order by id', tests.id('p326a'), tests.id('p325a')),
  format($$values (%L::uuid, 3), (%L::uuid, 2)$$, tests.id('p326a'), tests.id('p325a')),
  'no conflict or denied event changed a parcel');

select tests.authenticate_as('officer_12001');
select tests.send('commune_own', jsonb_build_array(tests.event(25, 'p12001', 2, '{"note": "Kiểm tra hiện trạng"}')));
select is(tests.outcome('commune_own'), 'applied/applied', 'the officer of a commune records an event in it');

-- blockers: set, then lifted, by the officer of the area
select tests.authenticate_as('officer_325');
select tests.send('block', jsonb_build_array(tests.event(13, 'p325b', 1,
  '{"blocker": {"reason": "  Tranh chấp ranh giới ", "responsible": " Văn phòng đăng ký đất đai "}}')));
select is(tests.outcome('block'), 'applied/applied', 'an officer sets a blocker');
select tests.as_superuser();
select results_eq(format('select stage, blocked, blocker_reason, blocker_responsible, version from public.parcels where id = %L', tests.id('p325b')),
  $$values ('handed_over', true, 'Tranh chấp ranh giới', 'Văn phòng đăng ký đất đai', 2)$$,
  'the parcel is blocked, with the reason and who must act, trimmed');
select tests.authenticate_as('officer_325');
select tests.send('unblock', jsonb_build_array(tests.event(14, 'p325a', 2, '{"blocker": null, "to_stage": "inventory"}')));
select is(tests.outcome('unblock'), 'applied/applied', 'an officer lifts a blocker and moves the parcel on in one event');
select tests.as_superuser();
select results_eq(format('select stage, blocked, blocker_reason, blocker_responsible, version from public.parcels where id = %L', tests.id('p325a')),
  $$values ('inventory', false, null::text, null::text, 3)$$, 'the blocker is gone');
select results_eq(format('select from_stage, to_stage, blocked, blocker_reason from public.parcel_events where event_id = %L', tests.evid(14)),
  $$values ('notice', 'inventory', false, null::text)$$, 'the event row holds the parcel''s state after the event');
select tests.authenticate_as('officer_325');
select tests.send('keep_block', jsonb_build_array(tests.event(15, 'p325b', 2, '{"note": "Đã mời họp lần 2"}')));
select tests.as_superuser();
select results_eq(format('select blocked, blocker_reason, version from public.parcels where id = %L', tests.id('p325b')),
  $$values (true, 'Tranh chấp ranh giới', 3)$$, 'an event without a blocker field leaves the blocker as it was');

-- an event recorded offline is sent with when it happened; skips and backward moves are applied
-- when explained
select tests.authenticate_as('officer_326');
select tests.send('past', jsonb_build_array(tests.event(16, 'p326b', 2,
  jsonb_build_object('to_stage', 'plan_approved', 'occurred_at', to_char((now() - interval '1 day') at time zone 'Asia/Ho_Chi_Minh',
                                                                         'YYYY-MM-DD"T"HH24:MI:SS.US') || '+07:00'))));
select is(tests.outcome('past'), 'applied/applied', 'an event recorded offline, sent with when it happened (+07:00), is applied');
select tests.send('skip', jsonb_build_array(tests.event(17, 'p326b', 3,
  '{"to_stage": "handed_over", "note": "Đã chi trả theo phương án cũ"}')));
select is(tests.outcome('skip'), 'applied/applied', 'a skip with a note is applied');
select tests.send('back', jsonb_build_array(tests.event(18, 'p326b', 4,
  '{"to_stage": "notice", "note": "Kiểm đếm sai, làm lại"}')));
select is(tests.outcome('back'), 'applied/applied', 'a backward move with a note is applied');
select tests.as_superuser();
select results_eq(format('select version, from_stage, to_stage, occurred_at from public.parcel_events where parcel_id = %L and version > 2 order by version', tests.id('p326b')),
  $$values (3, 'inventory', 'plan_approved', now() - interval '1 day'), (4, 'plan_approved', 'handed_over', now()),
           (5, 'handed_over', 'notice', now())$$,
  'each applied event wrote one row, versions 3, 4 and 5 in order, the offline one dated when it happened');

-- one batch: answers in input order, several events on one parcel applied in turn
select tests.authenticate_as('officer_326');
select tests.send('batch', jsonb_build_array(
  tests.event(20, 'p326a', 3, '{"to_stage": "inventory"}'),
  tests.event(21, 'p325a', 3, '{"note": "ngoài địa bàn"}'),
  tests.event(22, 'p326a', 4, '{"to_stage": "plan_approved"}'),
  tests.event(23, 'p326a', 4, '{"to_stage": "recovery_decided"}'),
  tests.event(20, 'p326a', 3, '{"to_stage": "inventory"}'),
  tests.event(24, 'p12001', 3, '{"note": "Đối chiếu bản đồ"}')));
select is(jsonb_path_query_array(tests.answer('batch'), '$[*].event_id'),
  jsonb_build_array(tests.evid(20), tests.evid(21), tests.evid(22), tests.evid(23), tests.evid(20), tests.evid(24)),
  'the answers come back in the order the events were sent');
select is(jsonb_path_query_array(tests.answer('batch'), '$[*].status'),
  '["applied", "denied", "applied", "conflict", "duplicate", "applied"]'::jsonb,
  'each event in a batch is answered on its own, seeing the ones before it');
select is(jsonb_path_query_array(tests.answer('batch'), '$[*].version'), '[4, 3, 5, 5, 5, 4]'::jsonb,
  'each answer carries the parcel''s version after it');
select tests.as_superuser();
select results_eq(format('select event_id, version from public.parcel_events where parcel_id = %L and version > 3 order by version', tests.id('p326a')),
  format($$values (%L::uuid, 4), (%L::uuid, 5)$$, tests.evid(20), tests.evid(22)),
  'the batch wrote one row per applied event on the parcel');
select results_eq(format('select id, stage, version from public.parcels where id in (%L, %L, %L) order by id',
    tests.id('p326a'), tests.id('p12001'), tests.id('p325a')),
  format($$values (%L::uuid, 'plan_approved', 5), (%L::uuid, 'handed_over', 4), (%L::uuid, 'inventory', 3)$$,
    tests.id('p326a'), tests.id('p12001'), tests.id('p325a')),
  'the parcels moved by exactly the applied events');

-- overall: every applied answer in this file has exactly one row, and no other answer has one
select results_eq($$
    select count(*)::int from tests.answers a, jsonb_array_elements(a.answer) e
    where e ->> 'status' = 'applied'
      and (select count(*) from public.parcel_events pe where pe.event_id = (e ->> 'event_id')::uuid) <> 1$$,
  array[0], 'every applied answer has exactly one event row');
select results_eq($$
    select count(*)::int from public.parcel_events
    where event_id::text like 'f0000000-%'
      and event_id not in (select (e ->> 'event_id')::uuid from tests.answers a, jsonb_array_elements(a.answer) e
                           where e ->> 'status' = 'applied')$$,
  array[0], 'no event row exists without an applied answer');
select results_eq($$
    select count(*)::int from public.parcels p
    where p.version <> 1 + (select count(*) from public.parcel_events e where e.parcel_id = p.id)$$,
  array[0], 'every parcel''s version is 1 + its number of events');

select * from finish();
rollback;
