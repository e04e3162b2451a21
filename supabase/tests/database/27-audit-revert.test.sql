-- revert_user_changes (leaders and admins: compensating events, skipped parcels, idempotent by
-- request id, history never edited), audit_parcel, audit_user, audit_users and daily_changes
-- (who may read what).
begin;
select plan(56);
\ir fixtures.sql

-- An officer of the whole province, to change a parcel after the officer of Văn Giang.
insert into tests.ids (name, id) values ('officer_33', 'a0000000-0000-4000-8000-000000000006');
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, raw_user_meta_data)
select i.id, 'authenticated', 'authenticated', i.name || '@test.gpmb.vn', '', now(), now(), now(), '{}', '{}'
from tests.ids i where i.name = 'officer_33';
insert into public.memberships (user_id, role, admin_unit_id) values (tests.id('officer_33'), 'officer', '33');

-- Every event of a test transaction is recorded at now(): the windows below are around it.
create function tests.revert(p_request integer, p_user text, p_reason text default 'Nhập nhầm từ sổ tay',
                             p_dry boolean default false, p_hours integer default 1)
returns setof record language sql as $$
  select r.parcel_id, r.status, r.detail, r.reversed_events, r.from_stage, r.to_stage, r.to_blocked, r.changed_by,
         r.compensating_event_id, r.revert_id, r.dry_run
  from public.revert_user_changes(tests.evid(900 + p_request), tests.id(p_user), now() - make_interval(hours => p_hours),
                                  now() + make_interval(hours => p_hours), p_reason, p_dry) r $$;
-- The history as it stands, to prove a revert only ever adds to it.
create function tests.history_digest(p_upto bigint) returns text language sql as $$
  select md5(string_agg(row(e.*)::text, '|' order by e.seq)) from public.parcel_events e where e.seq <= p_upto $$;
create table tests.marks (name text primary key, n bigint, t text);
grant create on schema tests to authenticated;
create function tests.vn_today() returns date language sql stable as $$ select ((now() at time zone 'UTC') + interval '7 hours')::date $$;
grant all on tests.marks to anon, authenticated;
grant execute on all functions in schema tests to anon, authenticated;

-- The officer of Văn Giang's changes: p326a moved twice, p326b moved and blocked (then changed by
-- another officer), p12001 a note only.
select tests.authenticate_as('officer_326');
select tests.send('mine', jsonb_build_array(
  tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "device_id": "phone-1"}'),
  tests.event(2, 'p326a', 2, '{"to_stage": "notice", "device_id": "phone-1"}'),
  tests.event(3, 'p326b', 2, '{"to_stage": "plan_approved", "blocker": {"reason": "Tranh chấp ranh giới", "responsible": "UBND xã"}}'),
  tests.event(4, 'p12001', 1, '{"note": "Đã rà soát"}')));
select is(tests.answer('mine') @? '$[*] ? (@.status != "applied")', false, 'the officer''s four events are applied');
select tests.authenticate_as('officer_33');
select tests.send('other', jsonb_build_array(tests.event(5, 'p326b', 3, '{"note": "Đã làm việc với UBND xã"}')));
select is(tests.outcome('other'), 'applied/applied', 'another officer changes p326b afterwards');
-- p325b: changed by the officer of Văn Giang inside the window and again after it (written
-- straight in, as only a later recording time can show it)
select tests.as_superuser();
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, actor, version, occurred_at, recorded_at) values
  (tests.evid(6), tests.id('p325b'), 'compensated', 'handed_over', false, tests.id('officer_326'), 2, now() - interval '1 minute', now()),
  (tests.evid(7), tests.id('p325b'), 'handed_over', 'handed_over', false, tests.id('officer_326'), 3, now(), now() + interval '2 hours');
insert into tests.marks values ('before', (select max(seq) from public.parcel_events), tests.history_digest((select max(seq) from public.parcel_events)));

-- who may revert
select tests.clear_authentication();
select throws_ok($$select * from tests.revert(1, 'officer_326') as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)$$,
  '42501', null, 'anon may not revert');
select tests.authenticate_as('officer_326');
select throws_ok($$select * from tests.revert(1, 'officer_326') as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)$$,
  '42501', 'Chỉ lãnh đạo hoặc quản trị viên được hoàn tác thay đổi của người khác.',
  'an officer may not revert, not even their own changes in bulk');

-- bad input, in Vietnamese
select tests.authenticate_as('leader');
select throws_ok(format($$select * from public.revert_user_changes(%L, %L, now() - interval '1 hour', now() + interval '1 hour', '   ', false)$$,
  tests.evid(901), tests.id('officer_326')), '22023', 'Cần nêu lý do hoàn tác.', 'a reason is required');
select throws_ok(format($$select * from public.revert_user_changes(%L, %L, now(), now() - interval '1 hour', 'x', false)$$,
  tests.evid(901), tests.id('officer_326')), '22023', null, 'the window must start before it ends');
select throws_ok(format($$select * from public.revert_user_changes(%L, %L, now() - interval '40 days', now(), 'x', false)$$,
  tests.evid(901), tests.id('officer_326')), '22023', 'Khoảng thời gian hoàn tác tối đa 31 ngày.', 'at most 31 days at once');
select throws_ok(format($$select * from public.revert_user_changes(%L, %L, now() - interval '1 hour', now(), 'x', false)$$,
  tests.evid(901), gen_random_uuid()), 'P0002', 'Không tìm thấy người dùng cần hoàn tác.', 'an unknown user is refused');
select throws_ok(format($$select * from public.revert_user_changes(null, %L, now() - interval '1 hour', now(), 'x', false)$$,
  tests.id('officer_326')), '22023', null, 'a request id is required');
select throws_ok(format($$select * from public.revert_user_changes(%L, %L, now() - interval '1 hour', now(), repeat('x', 501), false)$$,
  tests.evid(901), tests.id('officer_326')), '22023', 'Lý do hoàn tác tối đa 500 ký tự.', 'a reason of at most 500 characters');

-- the dry run: what would happen, nothing written
select results_eq($$select a, b, c, d, e, f, g, h, i is null, j is null, k from tests.revert(1, 'officer_326', p_dry => true)
                    as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)$$,
  format($$values (%L::uuid, 'reverted', null::text, 2, 'notice', 'not_started', false, '{}'::text[], true, true, true),
                  (%L::uuid, 'skipped', 'changed_by_others', 2, 'plan_approved', 'notice', false, '{officer_33@test.gpmb.vn}', true, true, true),
                  (%L::uuid, 'unchanged', null, 1, 'handed_over', 'handed_over', false, '{}', true, true, true),
                  (%L::uuid, 'skipped', 'changed_after_window', 1, 'handed_over', 'compensated', false, '{}', true, true, true)$$,
         tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325b')),
  'the dry run lists each parcel: reverted, skipped (changed by another officer; changed again after the window), unchanged');
select tests.as_superuser();
select is(tests.history_digest(1e18::bigint), (select t from tests.marks where name = 'before'), 'the dry run wrote no event');
select is((select count(*)::integer from public.reverts), 0, '... and no revert record');
select results_eq(format('select stage, version from public.parcels where id = %L', tests.id('p326a')), $$values ('notice', 3)$$,
  '... and left the parcel as it was');

-- the revert
select tests.authenticate_as('leader');
create table tests.first_run as select * from tests.revert(1, 'officer_326')
  as (parcel_id uuid, status text, detail text, n int, from_stage text, to_stage text, to_blocked boolean, changed_by text[],
      event_id uuid, revert_id uuid, dry_run boolean);
select tests.as_superuser();
select results_eq('select status, dry_run, event_id is not null, revert_id is not null from tests.first_run order by parcel_id',
  $$values ('reverted', false, true, true), ('skipped', false, false, true), ('unchanged', false, false, true), ('skipped', false, false, true)$$,
  'the revert answers the same rows, with the compensating event and the revert record');
select results_eq(format('select stage, blocked, version from public.parcels where id = %L', tests.id('p326a')),
  $$values ('not_started', false, 4)$$, 'p326a is back where it stood before the officer''s first change, at a new version');
select results_eq(format('select stage, blocked, version from public.parcels where id in (%L, %L, %L) order by id',
                         tests.id('p326b'), tests.id('p12001'), tests.id('p325b')),
  $$values ('plan_approved', true, 4), ('handed_over', false, 2), ('handed_over', false, 1)$$,
  'the skipped and unchanged parcels are untouched');
select results_eq(format($$select e.from_stage, e.to_stage, e.actor, e.note, e.reverts_event_id, e.version, e.revert_id = f.revert_id
                          from public.parcel_events e join tests.first_run f on f.event_id = e.event_id$$),
  format($$values ('notice', 'not_started', %L::uuid, 'Nhập nhầm từ sổ tay', %L::uuid, 4, true)$$, tests.id('leader'), tests.evid(1)),
  'the compensating event: by the leader, the reason as its note, linked to the first change it reverses and to the revert');
select results_eq('select r.actor, r.target_user, r.reason, r.actor_email from public.reverts r',
  format($$values (%L::uuid, %L::uuid, 'Nhập nhầm từ sổ tay', 'leader@test.gpmb.vn')$$, tests.id('leader'), tests.id('officer_326')),
  'one revert record with who asked, whose changes and why');
select is((select reversed_event_ids from public.revert_parcels where parcel_id = tests.id('p326a')),
  array[tests.evid(1), tests.evid(2)], 'the revert keeps every event it reversed on the parcel');
select is(tests.history_digest((select n from tests.marks where name = 'before')), (select t from tests.marks where name = 'before'),
  'history is never edited: every earlier event is exactly as it was');
select is((select count(*)::integer from public.parcel_events), (select n::integer + 1 from tests.marks where name = 'before'),
  '... and exactly one event was added');
select throws_ok($$update public.reverts set reason = 'khác'$$, '42501', null, 'a revert record cannot be rewritten');

-- idempotent by request id
select tests.authenticate_as('leader');
select results_eq($$select a, b, i, j, k from tests.revert(1, 'officer_326')
                    as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)$$,
  'select parcel_id, status, event_id, revert_id, dry_run from tests.first_run order by parcel_id',
  'the same request again answers what was done the first time');
select tests.as_superuser();
select is((select count(*)::integer from public.parcel_events), (select n::integer + 1 from tests.marks where name = 'before'),
  '... and adds nothing');
select tests.authenticate_as('leader');
select throws_ok($$select * from tests.revert(1, 'officer_326', 'Một lý do khác') as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)$$,
  '22023', 'Mã yêu cầu này đã được dùng cho một yêu cầu hoàn tác khác.', 'the same request id with another reason is refused');
-- a new request over the same window: p326a is back already
select results_eq($$select b from tests.revert(2, 'officer_326') as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)
                    order by a$$,
  $$values ('unchanged'), ('skipped'), ('unchanged'), ('skipped')$$, 'a second revert of the same window finds p326a already back');
-- an admin may revert too
select tests.authenticate_as('admin');
select is((select count(*)::integer from tests.revert(3, 'officer_33', p_dry => true)
             as (a uuid, b text, c text, d int, e text, f text, g boolean, h text[], i uuid, j uuid, k boolean)), 1,
  'an admin may ask for a revert (dry run of the other officer''s one change)');

-- audit_parcel
select tests.clear_authentication();
select throws_ok(format('select * from public.audit_parcel(%L)', tests.id('p326a')), '42501', null,
  'anon reads no audit');
select tests.authenticate_as('officer_325');
select throws_ok(format('select * from public.audit_parcel(%L)', tests.id('p326a')), '42501', null,
  'an officer of another area reads no audit of the parcel');
select tests.authenticate_as('officer_326');
select throws_ok(format('select * from public.audit_parcel(%L)', gen_random_uuid()), 'P0002', null, 'an unknown parcel is said so');
select results_eq(format($$select event_id, actor_email, device_id, before_stage, after_stage, reverts_event_id, revert_reason,
                                 cardinality(reverted_by)
                          from public.audit_parcel(%L) order by version$$, tests.id('p326a')),
  format($$values (%L::uuid, 'officer_326@test.gpmb.vn', 'phone-1', 'not_started', 'dialogue', null::uuid, null::text, 1),
                  (%L::uuid, 'officer_326@test.gpmb.vn', 'phone-1', 'dialogue', 'notice', null, null, 1),
                  ((select event_id from tests.first_run where status = 'reverted'), 'leader@test.gpmb.vn', null, 'notice', 'not_started', %L::uuid, 'Nhập nhầm từ sổ tay', 0)$$,
         tests.evid(1), tests.evid(2), tests.evid(1)),
  'the officer of the area reads the parcel''s audit: who, device, before -> after, what reverses what, and why');
select is((select reverted_by[1] from public.audit_parcel(tests.id('p326a')) where event_id = tests.evid(2)),
  (select event_id from tests.first_run where status = 'reverted'), 'an event reversed with others names the event that reverted it');
select ok((select bool_and(recorded_at is not null and occurred_at is not null) from public.audit_parcel(tests.id('p326a'))),
  'each row says when it happened and when it was recorded');
select is((select before_blocked::text || '->' || after_blocked::text || ' ' || after_blocker_reason
           from public.audit_parcel(tests.id('p326b')) where event_id = tests.evid(3)),
  'false->true Tranh chấp ranh giới', 'a blocker set shows as not blocked -> blocked, with its reason');
select tests.authenticate_as('leader');
select is((select count(*)::integer from public.audit_parcel(tests.id('p325a'))), 1, 'a leader reads any parcel''s audit');

-- audit_user
select tests.authenticate_as('officer_326');
select is((select count(*)::integer from public.audit_user(null, now() - interval '1 day', now() + interval '3 hours')), 7,
  'an officer reads their own changes (null: themselves), wherever they are');
select tests.authenticate_as('officer_325');
select results_eq(format($$select event_id from public.audit_user(%L, now() - interval '1 day', now() + interval '3 hours')
                           order by recorded_at$$, tests.id('officer_326')),
  format($$values (%L::uuid), (%L::uuid)$$, tests.evid(6), tests.evid(7)),
  'an officer reads another user''s changes only on the parcels of their own area');
select tests.authenticate_as('nobody');
select throws_ok(format($$select * from public.audit_user(%L, now() - interval '1 day', now())$$, tests.id('officer_326')),
  '42501', 'Chỉ lãnh đạo và quản trị viên được xem nhật ký của người khác.', 'a user with no role reads nobody else''s changes');
select is_empty($$select * from public.audit_user(null, now() - interval '1 day', now())$$, '... and has none of their own');
select tests.clear_authentication();
select throws_ok($$select * from public.audit_user(null, now() - interval '1 day', now())$$, '42501', null, 'anon reads no one''s changes');
select tests.authenticate_as('leader');
select is((select count(*)::integer from public.audit_user(tests.id('officer_326'), now() - interval '1 day', now() + interval '3 hours')), 7,
  'a leader reads all of a user''s changes');
select is((select count(*)::integer from public.audit_user(tests.id('officer_326'), now() - interval '1 day', now() + interval '1 hour')), 6,
  '... in the window asked, by recording time');
select throws_ok($$select * from public.audit_user(null, now() - interval '100 days', now())$$, '22023',
  'Khoảng thời gian xem nhật ký tối đa 92 ngày.', 'at most 92 days at once');
select ok((select bool_and(revert_reason is null) from public.audit_user(tests.id('officer_326'), now() - interval '1 day', now() + interval '3 hours')),
  'the officer''s own events carry no revert reason');

-- audit_users
select ok(exists (select 1 from public.audit_users() where email = 'officer_326@test.gpmb.vn'), 'a leader can pick any user with a role');
select tests.authenticate_as('officer_326');
select results_eq('select email from public.audit_users()', $$values ('officer_326@test.gpmb.vn')$$,
  'an officer can pick only themselves');

-- daily_changes
select tests.authenticate_as('leader');
select results_eq($$select events, parcels, advances, blockers_set, blockers_cleared, reverts, users
                    from public.daily_changes(tests.vn_today()) where admin_unit_id = '326'$$,
  $$values (6, 2, 4, 1, 0, 1, 3)$$,
  'the day in Văn Giang: 6 events on 2 parcels, 4 stage advances, 1 blocker set, 1 revert, 3 users');
select is((select events from public.daily_changes(tests.vn_today()) where admin_unit_id = '12001'), 1,
  'each unit of the changed parcels has its row');
select is_empty($$select * from public.daily_changes(tests.vn_today() - 3)$$, 'a day without changes has no rows');
select throws_ok($$select * from public.daily_changes(tests.vn_today() + 1)$$, '22023', null, 'a day in the future is refused');
select tests.authenticate_as('officer_325');
select results_eq($$select admin_unit_id from public.daily_changes(tests.vn_today()) order by 1$$, $$values ('325')$$,
  'an officer reads the day only for their own area');
select tests.authenticate_as('nobody');
select throws_ok($$select * from public.daily_changes(tests.vn_today())$$, '42501', null, 'a user with no role reads no summary');
select tests.clear_authentication();
select throws_ok($$select * from public.daily_changes(tests.vn_today())$$, '42501', null, 'anon reads no summary');

-- the tables themselves: no anon path, and no officer path
select is_empty('select * from public.reverts', 'anon reads no revert record');
select tests.authenticate_as('officer_326');
select is_empty('select * from public.revert_parcels', 'an officer reads the revert tables only through the audit');

select * from finish();
rollback;
