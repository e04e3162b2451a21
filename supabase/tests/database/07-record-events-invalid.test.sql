-- record_parcel_events: every malformed event is answered invalid with its own code and writes
-- nothing; a malformed batch raises and writes nothing; good and bad events mix in one batch.
begin;
select plan(46);
\ir fixtures.sql

-- Every malformed case listed in event_shape_problem and apply_parcel_event, sent by the officer of
-- the area (so nothing but the malformation stops it), all in one batch.
select tests.authenticate_as('officer_326');
select tests.send('bad', jsonb_build_array(
  '"not an object"'::jsonb,                                                                            -- 0
  tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "owner_name": "x"}'),                           -- 1
  tests.event(2, 'p326a', 1, '{"to_stage": "dialogue"}') - 'event_id',                                 -- 2
  tests.event(3, 'p326a', 1, '{"to_stage": "dialogue", "event_id": "evt-3"}'),                         -- 3
  tests.event(4, 'p326a', 1, '{"to_stage": "dialogue", "parcel_id": "326/10/1"}'),                     -- 4
  tests.event(5, 'p326a', 1, '{"to_stage": "dialogue", "expected_version": "1"}'),                     -- 5
  tests.event(6, 'p326a', 0, '{"to_stage": "dialogue"}'),                                              -- 6
  tests.event(7, 'p326a', 1, '{"to_stage": "dialogue", "expected_version": 1.5}'),                     -- 7
  tests.event(8, 'p326a', 1, '{"to_stage": "demolished"}'),                                            -- 8
  tests.event(9, 'p326a', 1, '{"to_stage": 1}'),                                                       -- 9
  tests.event(10, 'p326a', 1, '{"blocker": "tranh chấp"}'),                                            -- 10
  tests.event(11, 'p326a', 1, '{"blocker": {"reason": "Tranh chấp"}}'),                                -- 11
  tests.event(12, 'p326a', 1, '{"blocker": {"reason": "   ", "responsible": "UBND xã"}}'),              -- 12
  tests.event(13, 'p326a', 1, jsonb_build_object('blocker',
    jsonb_build_object('reason', repeat('x', 501), 'responsible', 'UBND xã'))),                        -- 13
  tests.event(14, 'p326a', 1, '{"note": 42}'),                                                         -- 14
  tests.event(15, 'p326a', 1, jsonb_build_object('note', repeat('x', 2001))),                          -- 15
  tests.event(16, 'p326a', 1, '{"to_stage": "dialogue", "occurred_at": 1767225600}'),                  -- 16
  tests.event(17, 'p326a', 1, '{"to_stage": "dialogue", "occurred_at": "hôm qua"}'),                   -- 17
  tests.event(18, 'p326a', 1, jsonb_build_object('to_stage', 'dialogue', 'occurred_at', now() + interval '1 hour')), -- 18
  tests.event(19, 'p326a', 1, '{"to_stage": "dialogue", "occurred_at": "1999-12-31T23:00:00Z"}'),      -- 19
  tests.event(20, 'p326a', 1),                                                                         -- 20
  tests.event(21, 'p326a', 1, '{"to_stage": null, "note": "   "}'),                                    -- 21
  jsonb_build_object('event_id', tests.evid(22), 'parcel_id', gen_random_uuid(), 'expected_version', 1,
                     'to_stage', 'dialogue'),                                                          -- 22
  tests.event(23, 'p326a', 1, '{"to_stage": "inventory"}'),                                           -- 23
  tests.event(24, 'p326b', 2, '{"to_stage": "dialogue"}'),                                            -- 24
  tests.event(25, 'p326a', 1, '{"to_stage": "handed_over", "note": "  "}'),                            -- 25
  tests.event(26, 'p326a', 1, '{"to_stage": ""}'),                                                     -- 26
  tests.event(27, 'p326a', 1, '{"to_stage": "not_started"}')                                          -- 27
));
select is(tests.outcome('bad', 0), 'invalid/not_object', 'an event that is not an object');
select is(tests.answer('bad') -> 0 -> 'event_id', 'null'::jsonb, '... is answered without an event_id');
select is(tests.outcome('bad', 1), 'invalid/unknown_field', 'an unknown field (e.g. trying to write owner_name)');
select is(tests.outcome('bad', 2), 'invalid/bad_event_id', 'a missing event_id');
select is(tests.outcome('bad', 3), 'invalid/bad_event_id', 'an event_id that is not a UUID');
select is(tests.outcome('bad', 4), 'invalid/bad_parcel_id', 'a parcel_id that is not a UUID');
select is(tests.outcome('bad', 5), 'invalid/bad_expected_version', 'expected_version as a string');
select is(tests.outcome('bad', 6), 'invalid/bad_expected_version', 'expected_version 0');
select is(tests.outcome('bad', 7), 'invalid/bad_expected_version', 'a fractional expected_version');
select is(tests.outcome('bad', 8), 'invalid/unknown_stage', 'an unknown stage');
select is(tests.outcome('bad', 9), 'invalid/unknown_stage', 'a stage given as a number');
select is(tests.outcome('bad', 10), 'invalid/bad_blocker', 'a blocker that is not an object');
select is(tests.outcome('bad', 11), 'invalid/bad_blocker', 'a blocker without who must act');
select is(tests.outcome('bad', 12), 'invalid/bad_blocker', 'a blocker with a blank reason');
select is(tests.outcome('bad', 13), 'invalid/bad_blocker', 'a blocker reason over 500 characters');
select is(tests.outcome('bad', 14), 'invalid/bad_note', 'a note that is not a string');
select is(tests.outcome('bad', 15), 'invalid/bad_note', 'a note over 2,000 characters');
select is(tests.outcome('bad', 16), 'invalid/bad_occurred_at', 'occurred_at as a number');
select is(tests.outcome('bad', 17), 'invalid/bad_occurred_at', 'occurred_at that is not a time');
select is(tests.outcome('bad', 18), 'invalid/future_occurred_at', 'occurred_at an hour in the future');
select is(tests.outcome('bad', 19), 'invalid/bad_occurred_at', 'occurred_at before 2000');
select is(tests.outcome('bad', 20), 'invalid/empty_event', 'an event that changes nothing');
select is(tests.outcome('bad', 21), 'invalid/empty_event', 'an event whose only note is blank');
select is(tests.outcome('bad', 22), 'invalid/unknown_parcel', 'an unknown parcel');
select is(tests.outcome('bad', 23), 'invalid/skip_without_note', 'skipping stages without a note');
select is(tests.outcome('bad', 24), 'invalid/backward_without_note', 'moving back without a note');
select is(tests.outcome('bad', 25), 'invalid/skip_without_note', 'a blank note does not explain a skip');
select is(tests.outcome('bad', 26), 'invalid/unknown_stage', 'an empty stage name');
select is(tests.outcome('bad', 27), 'invalid/no_change', 'a move to the current stage with no note or blocker');
select is(jsonb_array_length(tests.answer('bad')), 28, 'every malformed event got its own answer');
select results_eq($$select count(*)::int from jsonb_array_elements(tests.answer('bad')) e
                    where e ->> 'message' is null or e ->> 'message' = ''$$,
  array[0], 'every invalid answer carries a message for the person who sent it');
select tests.as_superuser();
select is_empty($$select * from public.parcel_events where event_id::text like 'f0000000-%'$$, 'no malformed event wrote a row');
select results_eq(format('select id, stage, version from public.parcels where id in (%L, %L) order by id', tests.id('p326a'), tests.id('p326b')),
  format($$values (%L::uuid, 'not_started', 1), (%L::uuid, 'inventory', 2)$$, tests.id('p326a'), tests.id('p326b')),
  'no malformed event changed a parcel');

-- shape is checked before who is asking: anon gets invalid for a malformed event, denied for a good one
select tests.clear_authentication();
select tests.send('anon_bad', jsonb_build_array(tests.event(30, 'p326a', 1, '{"to_stage": "demolished"}'),
                                                tests.event(31, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(jsonb_path_query_array(tests.answer('anon_bad'), '$[*].code'), '["unknown_stage", "not_officer"]'::jsonb,
  'anon: a malformed event is invalid, a well-formed one is denied');

-- a slightly fast device clock is tolerated
select tests.authenticate_as('officer_326');
select tests.send('clock', jsonb_build_array(tests.event(32, 'p326a', 1,
  jsonb_build_object('to_stage', 'dialogue', 'occurred_at', now() + interval '2 minutes'))));
select is(tests.outcome('clock'), 'applied/applied', 'occurred_at two minutes ahead is accepted');

-- a mix of good and bad events in one batch applies exactly the good ones
select tests.send('mix', jsonb_build_array(
  tests.event(40, 'p326a', 2, '{"to_stage": "notice"}'),
  tests.event(41, 'p326a', 3, '{"to_stage": "handed_over"}'),
  tests.event(42, 'p12001', 1, '{"note": "Đã cắm mốc"}'),
  tests.event(43, 'p326b', 1, '{"to_stage": "plan_approved"}'),
  tests.event(44, 'p325a', 2, '{"note": "ngoài địa bàn"}'),
  tests.event(45, 'p326b', 2, '{"to_stage": "plan_approved", "foo": 1}'),
  tests.event(46, 'p326a', 3, '{"to_stage": "inventory"}')));
select is(jsonb_path_query_array(tests.answer('mix'), '$[*].code'),
  '["applied", "skip_without_note", "applied", "stale_version", "outside_area", "unknown_field", "applied"]'::jsonb,
  'a mixed batch: each event is answered on its own');
select tests.as_superuser();
select results_eq($$select event_id from public.parcel_events where event_id::text like 'f0000000-%' order by seq$$,
  array[tests.evid(32), tests.evid(40), tests.evid(42), tests.evid(46)],
  'exactly the applied events wrote rows, in order');
select results_eq(format('select id, stage, version from public.parcels where id in (%L, %L, %L, %L) order by id',
    tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a')),
  format($$values (%L::uuid, 'inventory', 4), (%L::uuid, 'inventory', 2), (%L::uuid, 'handed_over', 2), (%L::uuid, 'notice', 2)$$,
    tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a')),
  'exactly the applied events changed parcels');

-- malformed batches raise and write nothing
select tests.authenticate_as('officer_326');
select throws_ok(format('select public.record_parcel_events(%L::jsonb)', tests.event(50, 'p326a', 4, '{"to_stage": "plan_approved"}')),
  '22023', 'events phải là một mảng JSON các sự kiện.', 'a single event not wrapped in an array raises 22023');
select throws_ok('select public.record_parcel_events(null)', '22023', 'events phải là một mảng JSON các sự kiện.',
  'a null batch raises 22023');
select throws_ok($$select public.record_parcel_events('[]')$$, '22023', 'Danh sách sự kiện trống.', 'an empty batch raises 22023');
select throws_ok(format('select public.record_parcel_events(%L::jsonb)',
    (select jsonb_agg(tests.event(50, 'p326a', 4, '{"to_stage": "plan_approved"}')) from generate_series(1, 5001))),
  '54000', 'Mỗi lần gửi tối đa 5.000 sự kiện (đã gửi 5001).', 'a batch of 5,001 events raises 54000');
select throws_ok($$select public.record_parcel_events(to_jsonb('[{"event_id": '::text))$$, '22P02', null,
  'a JSON string that does not hold JSON raises 22P02');
select tests.as_superuser();
select results_eq(format('select version from public.parcels where id = %L', tests.id('p326a')), array[4],
  'no refused batch changed the parcel, not even its first event');

-- the largest allowed batch is answered in full; lite's JSON-string form of a batch is accepted
select tests.authenticate_as('officer_326');
select tests.send('max', (select jsonb_agg(n) from generate_series(1, 5000) n));
select results_eq($$select count(*)::int, count(*) filter (where e ->> 'code' = 'not_object')::int
                    from jsonb_array_elements(tests.answer('max')) e$$,
  $$values (5000, 5000)$$, 'a batch of exactly 5,000 events is answered event by event');
select tests.send('as_string', to_jsonb(jsonb_build_array(tests.event(51, 'p326a', 4, '{"to_stage": "plan_approved"}'))::text));
select is(tests.outcome('as_string'), 'applied/applied', 'a batch sent as a JSON string holding the array is applied');

select * from finish();
rollback;
