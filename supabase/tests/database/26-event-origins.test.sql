-- record_parcel_events takes where an event comes from: device_id (the sending device) and
-- reverts_event_id (the event a compensating event reverses). Both are stored, both count in the
-- payload that tells a retry from a reused id, and the public never sees them.
begin;
select plan(27);
\ir fixtures.sql

-- applied with both keys: an event, then its undo
select tests.authenticate_as('officer_326');
select tests.send('device', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "device_id": "phone-7f3a"}')));
select is(tests.outcome('device'), 'applied/applied', 'an event with a device_id is applied');
select tests.send('undo', jsonb_build_array(tests.event(2, 'p326a', 2,
  jsonb_build_object('to_stage', 'not_started', 'device_id', 'phone-7f3a', 'reverts_event_id', tests.evid(1)))));
select is(tests.outcome('undo'), 'applied/applied',
  'its undo, back to the stage the reversed event started from, needs no note: the link explains it');
select tests.as_superuser();
select results_eq(format('select event_id, device_id, reverts_event_id, actor from public.parcel_events where parcel_id = %L order by seq', tests.id('p326a')),
  format($$values (%L::uuid, 'phone-7f3a', null::uuid, %L::uuid), (%L::uuid, 'phone-7f3a', %L::uuid, %L::uuid)$$,
    tests.evid(1), tests.id('officer_326'), tests.evid(2), tests.evid(1), tests.id('officer_326')),
  'both keys are stored with the event, beside its actor');
select results_eq(format('select stage, version from public.parcels where id = %L', tests.id('p326a')),
  $$values ('not_started', 3)$$, 'the undo is a new event: the parcel is back and its version went on');
select is((select payload_md5 from public.parcel_events where event_id = tests.evid(2)),
  md5((tests.event(2, 'p326a', 2, jsonb_build_object('to_stage', 'not_started', 'device_id', 'phone-7f3a',
                                                     'reverts_event_id', tests.evid(1))) - 'event_id')::text)::uuid,
  'the stored payload includes both keys');

-- retries and reused ids
select tests.authenticate_as('officer_326');
select tests.send('retry', jsonb_build_array(tests.event(2, 'p326a', 2,
  jsonb_build_object('reverts_event_id', tests.evid(1), 'device_id', 'phone-7f3a', 'to_stage', 'not_started'))));
select is(tests.outcome('retry'), 'duplicate/duplicate', 'the same undo sent again (keys in another order) is a duplicate');
select tests.send('other_device', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "device_id": "tablet-02"}')));
select is(tests.outcome('other_device'), 'invalid/event_id_reused', 'the same id from another device is another payload');
select tests.send('no_device', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('no_device'), 'invalid/event_id_reused', 'so is the same id without its device_id');

-- the undo within one batch: an event and the event reversing it
select tests.send('same_batch', jsonb_build_array(
  tests.event(3, 'p326b', 2, '{"to_stage": "plan_approved", "device_id": "phone-7f3a"}'),
  tests.event(4, 'p326b', 3, jsonb_build_object('to_stage', 'inventory', 'reverts_event_id', tests.evid(3)))));
select is(tests.answer('same_batch') #>> '{1,status}', 'applied', 'an event reversed later in the same batch: both applied');
select is((select reverts_event_id from public.parcel_events where event_id = tests.evid(4)), tests.evid(3),
  '... and linked');

-- a compensating event that goes somewhere else is an ordinary backward move: it needs a note
select tests.send('undo_elsewhere', jsonb_build_array(tests.event(5, 'p12001', 1,
  jsonb_build_object('to_stage', 'notice', 'reverts_event_id', tests.id('ev326b')))));
select is(tests.outcome('undo_elsewhere'), 'invalid/bad_reverts', 'reversing an event of another parcel: bad_reverts');
select tests.send('undo_backward', jsonb_build_array(tests.event(6, 'p326b', 4,
  jsonb_build_object('to_stage', 'dialogue', 'reverts_event_id', tests.id('ev326b')))));
select is(tests.outcome('undo_backward'), 'invalid/backward_without_note',
  'a move back past where the reversed event started still needs a note');
select tests.send('undo_old', jsonb_build_array(tests.event(7, 'p326b', 4,
  jsonb_build_object('to_stage', 'notice', 'reverts_event_id', tests.id('ev326b')))));
select is(tests.outcome('undo_old'), 'applied/applied',
  'reversing an event recorded before this migration (the fixture''s) back to where it started');

-- bad input
select tests.send('bad', jsonb_build_array(
  tests.event(10, 'p12001', 1, '{"note": "x", "device_id": ""}'),
  tests.event(11, 'p12001', 1, jsonb_build_object('note', 'x', 'device_id', repeat('d', 65))),
  tests.event(12, 'p12001', 1, '{"note": "x", "device_id": 42}'),
  tests.event(13, 'p12001', 1, '{"note": "x", "reverts_event_id": "not-a-uuid"}'),
  tests.event(14, 'p12001', 1, '{"note": "x", "reverts_event_id": 7}'),
  tests.event(15, 'p12001', 1, jsonb_build_object('note', 'x', 'reverts_event_id', gen_random_uuid())),
  tests.event(16, 'p12001', 1, '{"note": "x", "device": "phone"}'),
  tests.event(17, 'p12001', 1, jsonb_build_object('note', 'x', 'device_id', repeat('d', 64), 'reverts_event_id', null))));
select is(tests.outcome('bad', 0), 'invalid/bad_device_id', 'an empty device_id is refused');
select is(tests.outcome('bad', 1), 'invalid/bad_device_id', 'a device_id of 65 characters is refused');
select is(tests.outcome('bad', 2), 'invalid/bad_device_id', 'a device_id that is not a string is refused');
select ok(tests.answer('bad') #>> '{0,message}' ~ 'device_id phải là chuỗi', '... with a Vietnamese message');
select is(tests.outcome('bad', 3), 'invalid/bad_reverts', 'a reverts_event_id that is not a uuid is refused');
select is(tests.outcome('bad', 4), 'invalid/bad_reverts', 'a reverts_event_id that is a number is refused');
select is(tests.outcome('bad', 5), 'invalid/bad_reverts', 'a reverts_event_id naming no recorded event is refused');
select ok(tests.answer('bad') #>> '{5,message}' ~ 'không có trong lịch sử', '... saying it is not in the parcel''s history');
select is(tests.outcome('bad', 6), 'invalid/unknown_field', 'other keys are still unknown fields');
select is(tests.outcome('bad', 7), 'applied/applied', '64 characters and a null reverts_event_id are fine');

-- who sees them: anon reads no event row, and the public history names neither
select tests.clear_authentication();
select is_empty('select device_id, reverts_event_id from public.parcel_events', 'anon reads no event, so no device and no link');
select is((select count(*)::integer from public.parcel_history(tests.id('p326a'))), 2, 'anon still sees the parcel''s history rows');
select ok(not exists (select 1 from public.parcel_history(tests.id('p326a')) h
                      where to_jsonb(h)::text ~ 'phone-7f3a'), '... with no device in them');
select tests.authenticate_as('officer_325');
select is_empty(format('select device_id from public.parcel_events where parcel_id = %L', tests.id('p326a')),
  'an officer of another area does not see them either');

select * from finish();
rollback;
