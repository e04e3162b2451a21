-- parcel_history: a parcel's events, newest first, for anyone; who recorded each event and its
-- note (which can name people) only for leaders and officers of the parcel's area.
begin;
select plan(19);
\ir fixtures.sql

-- Three events on p326a by the officer of Văn Giang; the last one recorded happened first. Since
-- 20261202090100 no new event may be dated before the parcel's previous one, so that one is written
-- directly, as an event recorded before the rule.
select tests.authenticate_as('officer_326');
select tests.send('history', jsonb_build_array(
  tests.event(1, 'p326a', 1, jsonb_build_object('to_stage', 'dialogue', 'note', 'Họp với ông Nguyễn Văn An',
                                                'occurred_at', now() - interval '2 hours')),
  tests.event(2, 'p326a', 2, jsonb_build_object('to_stage', 'notice', 'occurred_at', now() - interval '1 hour')),
  tests.event(4, 'p12001', 1, '{"note": "Đã cắm mốc cùng ông Lê Văn Cường"}')));
select is(jsonb_path_query_array(tests.answer('history'), '$[*].status'), '["applied", "applied", "applied"]'::jsonb,
  'the history fixtures were recorded');
select tests.as_superuser();
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, note, actor, version, occurred_at)
values (tests.evid(3), tests.id('p326a'), 'notice', 'notice', false, 'Bổ sung hồ sơ gốc', tests.id('officer_326'), 4,
        now() - interval '3 hours');
update public.parcels set version = 4 where id = tests.id('p326a');

-- what everyone sees: the stages, newest first
select tests.clear_authentication();
select results_eq(format('select event_id, from_stage, to_stage, version from public.parcel_history(%L)', tests.id('p326a')),
  format($$values (%L::uuid, 'dialogue', 'notice', 3), (%L::uuid, 'not_started', 'dialogue', 2), (%L::uuid, 'notice', 'notice', 4)$$,
    tests.evid(2), tests.evid(1), tests.evid(3)),
  'anon gets the history newest first by when it happened, not by when it was recorded');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p326a')), 'anon gets no actor, actor email or note');
select results_eq(format('select blocked, blocker_reason, blocker_responsible, recorded_at is not null from public.parcel_history(%L)',
    tests.id('p325a')),
  $$values (true, 'Hộ dân chưa đồng ý đơn giá', 'UBND xã', true)$$, 'anon sees blockers, which are public on the parcel too');
select tests.authenticate_as('nobody');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p326a')), 'a user without a role gets no actor, actor email or note');
select tests.authenticate_as('admin');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p326a')), 'an admin (not a leader) gets no actor, actor email or note');
select tests.authenticate_as('officer_325');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p326a')), 'the officer of Văn Lâm gets no actor, actor email or note for a parcel in Văn Giang');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p12001')), '... nor for one in a commune of Văn Giang');
select results_eq(format('select event_id, to_stage from public.parcel_history(%L)', tests.id('p326a')),
  format($$values (%L::uuid, 'notice'), (%L::uuid, 'dialogue'), (%L::uuid, 'notice')$$, tests.evid(2), tests.evid(1), tests.evid(3)),
  '... but gets the same stages as everyone');

-- the officer of the area and leaders see who and why
select tests.authenticate_as('officer_326');
select results_eq(format('select event_id, note, actor, actor_email from public.parcel_history(%L)', tests.id('p326a')),
  format($$values (%L::uuid, null::text, %L::uuid, 'officer_326@test.gpmb.vn'),
                  (%L::uuid, 'Họp với ông Nguyễn Văn An', %L::uuid, 'officer_326@test.gpmb.vn'),
                  (%L::uuid, 'Bổ sung hồ sơ gốc', %L::uuid, 'officer_326@test.gpmb.vn')$$,
    tests.evid(2), tests.id('officer_326'), tests.evid(1), tests.id('officer_326'), tests.evid(3), tests.id('officer_326')),
  'the officer of Văn Giang gets actor, actor email and note for a parcel there');
select results_eq(format('select note, actor_email from public.parcel_history(%L)', tests.id('p12001')),
  $$values ('Đã cắm mốc cùng ông Lê Văn Cường', 'officer_326@test.gpmb.vn')$$,
  '... and for a parcel in a commune of Văn Giang');
select is_empty(format('select 1 from public.parcel_history(%L) where note is not null or actor is not null or actor_email is not null',
    tests.id('p325a')), '... but not for a parcel in Văn Lâm');
select tests.authenticate_as('officer_325');
select results_eq(format('select note, actor, actor_email from public.parcel_history(%L)', tests.id('p325a')),
  format($$values ('Bà Phạm Thị Dung chưa ký biên bản', %L::uuid, 'officer_325@test.gpmb.vn')$$, tests.id('officer_325')),
  'the officer of Văn Lâm gets actor, actor email and note for a parcel there');
select tests.authenticate_as('leader');
select results_eq(format('select event_id, note, actor_email from public.parcel_history(%L)', tests.id('p326a')),
  format($$values (%L::uuid, null::text, 'officer_326@test.gpmb.vn'), (%L::uuid, 'Họp với ông Nguyễn Văn An', 'officer_326@test.gpmb.vn'),
                  (%L::uuid, 'Bổ sung hồ sơ gốc', 'officer_326@test.gpmb.vn')$$, tests.evid(2), tests.evid(1), tests.evid(3)),
  'a leader gets actor email and note everywhere');
select results_eq(format('select actor_email from public.parcel_history(%L)', tests.id('p325a')),
  array['officer_325@test.gpmb.vn'], '... in Văn Lâm too');

-- edge cases
select tests.authenticate_as('officer_326');
select tests.send('same_time', jsonb_build_array(tests.event(5, 'p326b', 2, '{"note": "Lần 1"}'),
                                                 tests.event(6, 'p326b', 3, '{"note": "Lần 2"}')));
select tests.clear_authentication();
select results_eq(format('select event_id from public.parcel_history(%L)', tests.id('p326b')),
  array[tests.evid(6), tests.evid(5), tests.id('ev326b')], 'events that happened at the same moment come newest recorded first');
select is_empty(format('select * from public.parcel_history(%L)', tests.id('p325b')), 'a parcel without events has an empty history');
select throws_ok(format('select * from public.parcel_history(%L)', gen_random_uuid()), 'P0002', null,
  'an unknown parcel raises P0002');
select tests.as_superuser();
update auth.users set email = 'officer_326_new@test.gpmb.vn' where id = tests.id('officer_326');
select tests.authenticate_as('leader');
select results_eq(format('select distinct actor_email from public.parcel_history(%L)', tests.id('p326a')),
  array['officer_326_new@test.gpmb.vn'], 'the actor email is the account''s current one');

select * from finish();
rollback;
