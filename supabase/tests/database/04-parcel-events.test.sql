-- parcel_events: the append-only history. Read by leaders and by officers of the parcel's area,
-- written only by record_parcel_events, and never updated or deleted by anyone, superuser included.
begin;
select plan(29);
\ir fixtures.sql

-- One more past event, in the commune under Văn Giang.
insert into tests.ids (name, id) values ('ev12001', 'e0000000-0000-4000-8000-000000000003');
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, note, actor, version, occurred_at)
values (tests.id('ev12001'), tests.id('p12001'), 'compensated', 'handed_over', false, 'Ông Lê Văn Cường đã bàn giao',
        tests.id('officer_326'), 1, now() - interval '3 days');

-- who reads it
select tests.clear_authentication();
select is_empty('select * from public.parcel_events', 'anon reads no event (events name who changed what)');
select tests.authenticate_as('nobody');
select is_empty('select * from public.parcel_events', 'a signed-in user without a role reads no event');
select tests.authenticate_as('admin');
select is_empty('select * from public.parcel_events', 'an admin (not a leader) reads no event');
select tests.authenticate_as('officer_326');
select results_eq('select event_id from public.parcel_events order by occurred_at',
  array[tests.id('ev12001'), tests.id('ev326b')], 'the officer of Văn Giang reads the events of the district and its commune');
select tests.authenticate_as('officer_325');
select results_eq('select event_id from public.parcel_events', array[tests.id('ev325a')],
  'the officer of Văn Lâm reads only the events in Văn Lâm');
select tests.authenticate_as('leader');
select results_eq('select event_id from public.parcel_events order by occurred_at',
  array[tests.id('ev12001'), tests.id('ev326b'), tests.id('ev325a')], 'a leader reads every event');

-- nobody inserts directly, not even an officer in the area
select tests.clear_authentication();
select throws_ok(format($$insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, version, occurred_at)
  values (gen_random_uuid(), %L, 'not_started', 'handed_over', false, 2, now())$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_events"', 'anon cannot insert an event');
select tests.authenticate_as('nobody');
select throws_ok(format($$insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, version, occurred_at)
  values (gen_random_uuid(), %L, 'not_started', 'handed_over', false, 2, now())$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_events"', 'a user without a role cannot insert an event');
select tests.authenticate_as('officer_326');
select throws_ok(format($$insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, version, occurred_at, actor)
  values (gen_random_uuid(), %L, 'not_started', 'handed_over', false, 2, now(), %L)$$, tests.id('p326a'), tests.id('officer_326')),
  '42501', 'new row violates row-level security policy for table "parcel_events"',
  'an officer cannot insert an event directly, even in their area');
select tests.authenticate_as('leader');
select throws_ok(format($$insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, version, occurred_at)
  values (gen_random_uuid(), %L, 'not_started', 'handed_over', false, 2, now())$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_events"', 'a leader cannot insert an event');
select tests.authenticate_as('admin');
select throws_ok(format($$insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, version, occurred_at)
  values (gen_random_uuid(), %L, 'not_started', 'handed_over', false, 2, now())$$, tests.id('p326a')),
  '42501', 'new row violates row-level security policy for table "parcel_events"', 'an admin cannot insert an event');

-- nobody rewrites history through the API
select tests.clear_authentication();
select is(tests.affected($$update public.parcel_events set note = null$$), 0, 'anon cannot update events');
select is(tests.affected($$delete from public.parcel_events$$), 0, 'anon cannot delete events');
select tests.authenticate_as('officer_326');
select is(tests.affected(format($$update public.parcel_events set note = 'sửa lại' where event_id = %L$$, tests.id('ev326b'))),
  0, 'an officer cannot edit an event they can read');
select is(tests.affected(format($$delete from public.parcel_events where event_id = %L$$, tests.id('ev326b'))),
  0, 'an officer cannot delete an event they can read');
select tests.authenticate_as('leader');
select is(tests.affected($$update public.parcel_events set to_stage = 'handed_over'$$), 0, 'a leader cannot update events');
select is(tests.affected($$delete from public.parcel_events$$), 0, 'a leader cannot delete events');
select tests.authenticate_as('admin');
select is(tests.affected($$update public.parcel_events set actor = null$$), 0, 'an admin cannot update events');
select is(tests.affected($$delete from public.parcel_events$$), 0, 'an admin cannot delete events');

-- not even the superuser (or the service role, which bypasses RLS) rewrites history
select tests.as_superuser();
select throws_ok(format($$update public.parcel_events set note = 'sửa lại' where event_id = %L$$, tests.id('ev326b')),
  '42501', 'parcel_events is append-only: UPDATE is not allowed', 'the superuser cannot update an event');
select throws_ok(format($$delete from public.parcel_events where event_id = %L$$, tests.id('ev326b')),
  '42501', 'parcel_events is append-only: DELETE is not allowed', 'the superuser cannot delete an event');
select throws_ok(format($$delete from public.parcels where id = %L$$, tests.id('p326b')), '23503', null,
  'a parcel with history cannot be deleted, which would orphan or cascade its events');
select results_eq('select event_id, note, actor from public.parcel_events order by occurred_at',
  format($$values (%L::uuid, 'Ông Lê Văn Cường đã bàn giao', %L::uuid), (%L::uuid, 'Đã kiểm đếm cùng bà Trần Thị Bình', %L::uuid),
    (%L::uuid, 'Bà Phạm Thị Dung chưa ký biên bản', %L::uuid)$$,
    tests.id('ev12001'), tests.id('officer_326'), tests.id('ev326b'), tests.id('officer_326'),
    tests.id('ev325a'), tests.id('officer_325')),
  'the history is unchanged after every refused write');

-- the private helpers behind record_parcel_events are not callable by clients: apply_events
-- trusts its caller's list of editable units, so calling it directly would bypass the area check
select tests.authenticate_as('officer_325');
select throws_ok(format($$select * from private.apply_events(array[row(1, %L, %L, 1, 'dialogue', false, null, null,
    null, null, null, null, true, null, null)::private.batch_event], %L, array['326'], '{}')$$,
    tests.evid(1), tests.id('p326a'), tests.id('officer_325')),
  '42501', 'permission denied for function apply_events', 'an officer cannot call apply_events with a forged area');
select throws_ok($$select * from private.apply_or_split('{}', null, array['326'], '{}')$$, '42501',
  'permission denied for function apply_or_split', '... nor apply_or_split');
select tests.clear_authentication();
select throws_ok($$select * from private.classify_events('[]', array['326'])$$, '42501',
  'permission denied for function classify_events', 'anon cannot call classify_events');
select throws_ok(format($$select private.lock_parcels(array[%L]::uuid[])$$, tests.id('p326a')), '42501',
  'permission denied for function lock_parcels', 'anon cannot call lock_parcels');

-- TRUNCATE skips row triggers and RLS: a statement trigger stops it too. Last in this file,
-- because if it were not refused it would empty the table.
select tests.as_superuser();
select throws_ok('truncate public.parcel_events cascade', '42501',
  'parcel_events is append-only: TRUNCATE is not allowed',
  'not even the superuser can truncate the history');
-- cascade: the households' holdings and plan lines refer to parcels (20261206090000)
select throws_ok('truncate public.parcels, public.parcel_private, public.parcel_events cascade', '42501',
  'truncate of parcels is not allowed',
  'nor the parcels with their personal data');

select * from finish();
rollback;
