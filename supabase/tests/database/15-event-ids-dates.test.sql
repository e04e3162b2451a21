-- record_parcel_events tells a retried event (same id, same payload: duplicate) from a reused id
-- (another payload: invalid/event_id_reused), and keeps each parcel's events in date order: an
-- event may not be dated before the parcel's latest event, and is never stored dated after now().
begin;
select plan(34);
\ir fixtures.sql

-- A moment as a client sends it: ISO 8601 in Vietnam time.
create function tests.vn(p_at timestamptz) returns text language sql immutable as $$
  select to_char(p_at at time zone interval '+07:00', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+07:00' $$;
-- A day as the answers name it.
create function tests.vn_day(p_at timestamptz) returns text language sql immutable as $$
  select to_char(p_at at time zone interval '+07:00', 'DD/MM/YYYY') $$;
-- Yesterday in Vietnam at a given hour, as sent.
create function tests.yesterday_at(p_hour integer) returns text language sql stable as $$
  select to_char((now() at time zone interval '+07:00')::date - 1, 'YYYY-MM-DD') || 'T' || lpad(p_hour::text, 2, '0')
         || ':00:00+07:00' $$;
grant execute on all functions in schema tests to anon, authenticated;

-- duplicate or reused
select tests.authenticate_as('officer_326');
select tests.send('first', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "note": "Họp dân lần 1"}')));
select is(tests.outcome('first'), 'applied/applied', 'an officer records an event');
select tests.send('retry', jsonb_build_array(format(
  '{ "note":"Họp dân lần 1",  "to_stage" : "dialogue", "expected_version": 1, "parcel_id": "%s", "event_id": "%s" }',
  tests.id('p326a'), tests.evid(1))::jsonb));
select is((tests.answer('retry') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'status', 'duplicate', 'version', 2, 'code', 'duplicate'),
  'the same event sent again, its keys in another order and spacing, is a duplicate');
select tests.send('other_note', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "note": "Họp dân lần 2"}')));
select is((tests.answer('other_note') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'status', 'invalid', 'version', null, 'code', 'event_id_reused'),
  'the same id with another note is invalid/event_id_reused, not a duplicate');
select ok(tests.answer('other_note') -> 0 ->> 'message' ~ 'event_id này đã được dùng', '... with a Vietnamese message');
select tests.send('other_spaces', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "note": " Họp dân lần 1"}')));
select is(tests.outcome('other_spaces'), 'invalid/event_id_reused', 'a value with other spaces is another payload');
select tests.send('other_parcel', jsonb_build_array(tests.event(1, 'p326b', 2, '{"to_stage": "dialogue", "note": "Họp dân lần 1"}')));
select is(tests.outcome('other_parcel'), 'invalid/event_id_reused', 'the same id on another parcel is reused');
select tests.send('with_date', jsonb_build_array(tests.event(1, 'p326a', 1,
  jsonb_build_object('to_stage', 'dialogue', 'note', 'Họp dân lần 1', 'occurred_at', tests.vn(now())))));
select is(tests.outcome('with_date'), 'invalid/event_id_reused', 'adding an occurred_at makes another payload');
select tests.clear_authentication();
select tests.send('anon_reuse', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "notice"}')));
select is(tests.outcome('anon_reuse'), 'invalid/event_id_reused', 'anon reusing an id is told so (before denied)');
select tests.authenticate_as('officer_325');
select tests.send('outside_reuse', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "notice"}')));
select is(tests.outcome('outside_reuse'), 'invalid/event_id_reused', 'so is an officer outside the area');
select tests.as_superuser();
select results_eq(format('select stage, version, (select count(*)::int from public.parcel_events e where e.parcel_id = p.id) from public.parcels p where p.id = %L', tests.id('p326a')),
  $$values ('dialogue', 2, 1)$$, 'a reused id changes nothing');
select is((select payload_md5 from public.parcel_events where event_id = tests.evid(1)),
  md5((tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "note": "Họp dân lần 1"}') - 'event_id')::text)::uuid,
  'the stored payload is the md5 of the event as sent without its id, as jsonb text');
select is((select payload_md5 from public.parcel_events where event_id = tests.id('ev326b')), null,
  'an event recorded before payloads were kept has none');
select tests.authenticate_as('officer_326');
select tests.send('old_event', jsonb_build_array(jsonb_build_object('event_id', tests.id('ev326b'), 'parcel_id', tests.id('p326b'),
  'expected_version', 1, 'note', 'bất kỳ')));
select is((tests.answer('old_event') -> 0) - 'message',
  jsonb_build_object('event_id', tests.id('ev326b'), 'status', 'duplicate', 'version', 2, 'code', 'duplicate'),
  '... and is answered duplicate whatever is sent with its id, as before');

-- in one batch: a repeat of an applied event is its duplicate, a changed repeat is reused, even on
-- a parcel the caller may not change (the duplicate check comes before denied); only recorded ids
-- count, so an id whose first event was refused may still be applied
select tests.send('batch', jsonb_build_array(
  tests.event(10, 'p12001', 1, '{"note": "Cắm mốc"}'),
  tests.event(10, 'p12001', 1, '{"note": "Cắm mốc"}'),
  tests.event(11, 'p326b', 2, '{"note": "Đo đạc"}'),
  tests.event(11, 'p326b', 3, '{"note": "Đo đạc lại"}'),
  tests.event(11, 'p325a', 2, '{"note": "Đo đạc"}'),
  tests.event(12, 'p325a', 2, '{"note": "Ngoài địa bàn"}'),
  tests.event(12, 'p326b', 3, '{"note": "Ngoài địa bàn"}')));
select is(jsonb_path_query_array(tests.answer('batch'), '$[*].code'),
  '["applied", "duplicate", "applied", "event_id_reused", "event_id_reused", "outside_area", "applied"]'::jsonb,
  'repeats in one batch: duplicate when the same, reused when changed, also outside the area; an id whose first '
  'event did not apply is still free');
select is(jsonb_path_query_array(tests.answer('batch'), '$[*].version'), '[2, 2, 3, null, null, 2, 4]'::jsonb,
  '... a duplicate carries the parcel''s version, a reused id none');

-- an event may not be dated before the parcel's latest event (p325a: one event, a day ago)
select tests.authenticate_as('officer_325');
select tests.send('earlier', jsonb_build_array(tests.event(20, 'p325a', 2,
  jsonb_build_object('note', 'Biên bản cũ', 'occurred_at', tests.vn(now() - interval '2 days')))));
select is((tests.answer('earlier') -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(20), 'status', 'invalid', 'version', 2, 'code', 'occurred_before_previous'),
  'an event dated before the parcel''s latest event is invalid/occurred_before_previous');
select is(tests.answer('earlier') -> 0 ->> 'message',
  format('Ngày của sự kiện (%s) sớm hơn sự kiện gần nhất của thửa đất (%s); sự kiện mới phải có ngày từ %s trở đi.',
         tests.vn_day(now() - interval '2 days'), tests.vn_day(now() - interval '1 day'), tests.vn_day(now() - interval '1 day')),
  '... and its message names both dates, in Vietnam time');
select tests.send('stale_and_earlier', jsonb_build_array(tests.event(21, 'p325a', 1,
  jsonb_build_object('note', 'Biên bản cũ', 'occurred_at', tests.vn(now() - interval '2 days')))));
select is(tests.outcome('stale_and_earlier'), 'conflict/stale_version', 'a stale version is a conflict before any date rule');
select tests.send('earlier_skip', jsonb_build_array(tests.event(22, 'p325a', 2,
  jsonb_build_object('to_stage', 'compensated', 'occurred_at', tests.vn(now() - interval '2 days')))));
select is(tests.outcome('earlier_skip'), 'invalid/occurred_before_previous', 'the date rule comes before the move rules');
select tests.send('same_time', jsonb_build_array(tests.event(23, 'p325a', 2,
  jsonb_build_object('note', 'Cùng lúc', 'occurred_at', tests.vn(now() - interval '1 day')))));
select is(tests.outcome('same_time'), 'applied/applied', 'an event dated exactly when the latest one happened is applied');

-- several events of one batch on one parcel (p325b, no event yet), each against the one before
select tests.send('day', jsonb_build_array(
  tests.event(30, 'p325b', 1, jsonb_build_object('note', 'Lúc 10 giờ', 'occurred_at', tests.yesterday_at(10))),
  tests.event(31, 'p325b', 2, jsonb_build_object('note', 'Cũng lúc 10 giờ', 'occurred_at', tests.yesterday_at(10))),
  tests.event(32, 'p325b', 3, jsonb_build_object('note', 'Lúc 9 giờ', 'occurred_at', tests.yesterday_at(9))),
  tests.event(33, 'p325b', 3, '{"note": "Hôm nay"}'),
  tests.event(34, 'p325b', 4, jsonb_build_object('note', 'Lúc 11 giờ hôm qua', 'occurred_at', tests.yesterday_at(11)))));
select is(jsonb_path_query_array(tests.answer('day'), '$[*].code'),
  '["applied", "applied", "occurred_before_previous", "applied", "occurred_before_previous"]'::jsonb,
  'in one batch each event is dated against the one applied before it: equal is allowed, earlier is not');
select is(jsonb_path_query_array(tests.answer('day'), '$[*].version'), '[2, 3, 3, 4, 4]'::jsonb,
  '... and a refused event leaves the version for the next');
select is(tests.answer('day') -> 2 ->> 'message',
  format('Ngày của sự kiện (09:00 %s) sớm hơn sự kiện gần nhất của thửa đất (10:00 %s); sự kiện mới phải có ngày từ 10:00 %s trở đi.',
         tests.vn_day(tests.yesterday_at(9)::timestamptz), tests.vn_day(tests.yesterday_at(9)::timestamptz),
         tests.vn_day(tests.yesterday_at(9)::timestamptz)),
  'on the same day the message gives the times too');
select ok(tests.answer('day') -> 4 ->> 'message' like format('%%(%s)%%(%s)%%', tests.vn_day(tests.yesterday_at(11)::timestamptz), tests.vn_day(now())),
  'an event sent without a date is dated now, and a later one may not go back before it');
select tests.as_superuser();
select results_eq(format('select version, occurred_at from public.parcel_events where parcel_id = %L order by version', tests.id('p325b')),
  format($$values (2, %L::timestamptz), (3, %L::timestamptz), (4, now())$$, tests.yesterday_at(10), tests.yesterday_at(10)),
  'the applied events are stored with their dates, in version order');

-- a slightly fast device clock: accepted, but never stored after now()
select tests.authenticate_as('officer_325');
select tests.send('fast_clock', jsonb_build_array(
  tests.event(40, 'p325b', 4, jsonb_build_object('note', 'Đồng hồ nhanh 2 phút', 'occurred_at', tests.vn(now() + interval '2 minutes'))),
  tests.event(41, 'p325b', 5, jsonb_build_object('note', 'Đồng hồ nhanh 1 phút', 'occurred_at', tests.vn(now() + interval '1 minute')))));
select is(jsonb_path_query_array(tests.answer('fast_clock'), '$[*].status'), '["applied", "applied"]'::jsonb,
  'events up to 5 minutes ahead are applied, one after the other');
select tests.as_superuser();
select results_eq(format('select occurred_at from public.parcel_events where event_id in (%L, %L) order by version', tests.evid(40), tests.evid(41)),
  $$values (now()), (now())$$,
  '... stored dated now(): the second is compared with what was stored, not with the clock that sent the first');
select is((select count(*)::int from public.parcel_events where occurred_at > now()), 0, 'no event is dated after now()');

-- occurred_at is ISO 8601 with an offset, checked before anything else (anon gets invalid or denied)
select tests.clear_authentication();
select tests.send('formats', (select jsonb_agg(tests.event(100 + i::integer, 'p326a', 2, jsonb_build_object('note', 'x', 'occurred_at', f)) order by i)
  from unnest(array['2024-02-29T10:00:00+07:00', '2026-11-30 10:00:00+07', '2026-11-30T10:00:00.123Z', '2026-11-30T10:00:00+0700',
                    '2026-02-29T10:00:00+07:00', '2026-11-30T10:00:00', '2026-11-30', '2026-11-30T24:00:00+07:00',
                    '2026-11-30T10:60:00+07:00', '2026-11-30T10:00:00+16:00', 'infinity', '2026-13-01T10:00:00Z',
                    '2026-04-31T10:00:00Z', 'now']) with ordinality as t(f, i)));
select is(jsonb_path_query_array(tests.answer('formats'), '$[*].code'),
  '["not_officer", "not_officer", "not_officer", "not_officer", "bad_occurred_at", "bad_occurred_at", "bad_occurred_at",
    "bad_occurred_at", "bad_occurred_at", "bad_occurred_at", "bad_occurred_at", "bad_occurred_at", "bad_occurred_at",
    "bad_occurred_at"]'::jsonb,
  'valid instants with an offset are read; no offset, impossible dates or times, and words are refused');
select ok(tests.answer('formats') -> 5 ->> 'message' ~ '2026-11-30T23:59:59\+07:00',
  '... with a message that shows the expected form');

-- what a date means does not depend on the session's time zone: 06:00 yesterday in Vietnam is
-- still the day before in New York
set local timezone = 'America/New_York';
select tests.authenticate_as('officer_326');
select tests.send('tz', jsonb_build_array(tests.event(50, 'p326a', 2, jsonb_build_object('note', 'Múi giờ', 'occurred_at',
  tests.yesterday_at(6)))));
select is(tests.outcome('tz'), 'invalid/occurred_before_previous', 'an event dated yesterday is before the one recorded today');
select ok(tests.answer('tz') -> 0 ->> 'message' like '%(' || tests.vn_day(tests.yesterday_at(6)::timestamptz) || ')%'
          and tests.answer('tz') -> 0 ->> 'message'
              not like '%' || to_char(tests.yesterday_at(6)::timestamptz at time zone 'America/New_York', 'DD/MM/YYYY') || '%',
  '... and its day is named in Vietnam time, whatever the session''s time zone');
select tests.as_superuser();
select is((select count(*)::int from public.parcel_events where event_id = tests.evid(50)), 0, 'it wrote nothing');

-- an event with a date in order is applied (the check sees the date sent)
select tests.authenticate_as('officer_326');
select tests.send('in_order', jsonb_build_array(tests.event(51, 'p326a', 2, jsonb_build_object('note', 'Sau', 'occurred_at',
  tests.vn(now())))));
select is(tests.outcome('in_order'), 'applied/applied', 'an event dated now, after the latest one, is applied');

select * from finish();
rollback;
