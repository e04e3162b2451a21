-- changes_since: parcels changed at or after a cursor, and the next cursor; public fields only.
begin;
select plan(16);
\ir fixtures.sql

-- The fixture parcels were written by this very transaction. Stamp them as written long ago
-- (replica mode skips the stamping trigger), so only the changes made below count as new.
set local session_replication_role = replica;
update public.parcels set change_xid = 1;
set local session_replication_role = origin;

-- a null cursor returns only the current cursor
select tests.clear_authentication();
select is(public.changes_since(null) - 'cursor', '{"parcels": []}'::jsonb, 'a null cursor returns no parcels');
select is(jsonb_typeof(public.changes_since(null) -> 'cursor'), 'number', '... and a numeric cursor');
select is((public.changes_since(null) ->> 'cursor')::bigint, pg_snapshot_xmin(pg_current_snapshot())::text::bigint,
  'the cursor is the oldest transaction still running');
select ok((public.changes_since(null) ->> 'cursor')::bigint <= pg_current_xact_id()::text::bigint,
  'the cursor never passes a transaction that is still running (this one)');
select throws_ok('select public.changes_since(-1)', '22023', null, 'a negative cursor raises 22023');

-- nothing new right after taking a cursor; everything from cursor 0
insert into tests.answers (label, answer) values ('start', public.changes_since(null));
select is(public.changes_since((tests.answer('start') ->> 'cursor')::bigint) -> 'parcels', '[]'::jsonb,
  'no parcel changed since the cursor was taken');
select results_eq($$select (p ->> 'id')::uuid from jsonb_array_elements(public.changes_since(0) -> 'parcels') p order by 1$$,
  array[tests.id('p326a'), tests.id('p326b'), tests.id('p12001'), tests.id('p325a'), tests.id('p325b')],
  'cursor 0 returns every parcel');

-- a change after the cursor is returned, with the parcel's new state
select tests.authenticate_as('officer_326');
select tests.send('move', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}')));
select tests.authenticate_as('officer_325');
select tests.send('unblock', jsonb_build_array(tests.event(2, 'p325a', 2, '{"blocker": null}')));
select tests.clear_authentication();
select results_eq(format($$select p ->> 'id', p ->> 'stage', (p ->> 'version')::int, (p ->> 'blocked')::boolean,
                                  p ->> 'blocker_reason', (p ->> 'updated_at')::timestamptz = now()
                           from jsonb_array_elements(public.changes_since(%s) -> 'parcels') p order by 1$$,
                         tests.answer('start') ->> 'cursor'),
  format($$values (%L, 'dialogue', 2, false, null::text, true), (%L, 'notice', 3, false, null::text, true)$$,
    tests.id('p326a'), tests.id('p325a')),
  'exactly the two changed parcels come back, with their new stage, version and blocker state');
select ok((public.changes_since(null) ->> 'cursor')::bigint <= pg_current_xact_id()::text::bigint,
  'while the writing transaction runs, the next cursor stays at or below it');
select is(jsonb_array_length(public.changes_since((public.changes_since(null) ->> 'cursor')::bigint) -> 'parcels'), 2,
  '... so asking again with the next cursor returns those changes again rather than skipping them');
select is(public.changes_since(pg_current_xact_id()::text::bigint + 1) -> 'parcels', '[]'::jsonb,
  'a cursor above every change returns nothing');

-- public fields only, the same for every caller
select results_eq($$select distinct k from jsonb_array_elements(public.changes_since(0) -> 'parcels') p, jsonb_object_keys(p) k order by k$$,
  array['admin_unit_id', 'area_m2', 'blocked', 'blocker_reason', 'blocker_responsible', 'id', 'project_id', 'stage',
        'updated_at', 'version'],
  'rows carry the public parcel fields and nothing else');
insert into tests.answers (label, answer) values ('anon_feed', public.changes_since(0) -> 'parcels');
select tests.authenticate_as('leader');
select is(public.changes_since(0) -> 'parcels', tests.answer('anon_feed'), 'a leader gets exactly what anon gets');
select is_empty($$select 1 from public.parcel_private pp, public.changes_since(0) r
                  where strpos(r::text, pp.owner_name) > 0 or strpos(r::text, pp.compensation_vnd::text) > 0$$,
  'no owner name or compensation amount appears anywhere in the feed');
select tests.authenticate_as('officer_326');
select is(public.changes_since(0) -> 'parcels', tests.answer('anon_feed'), 'an officer gets exactly what anon gets');
select tests.authenticate_as('nobody');
select is(jsonb_array_length(public.changes_since(0) -> 'parcels'), 5, 'a user without a role gets every parcel');

select * from finish();
rollback;
