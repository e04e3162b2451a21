-- record_parcel_events takes row locks only on parcels the caller may change, decided from an
-- unlocked read; it decides again under the lock; a write that fails on data is narrowed down to
-- the one event, and any other error ends the call.
-- A row lock shows in the locked tuple's xmax (pg_locks lists row locks only while someone waits
-- for one). The fixtures leave a key-share lock of this test's own transaction on each parcel (the
-- foreign key checks of parcel_private); a lock taken by record_parcel_events, in a subtransaction,
-- changes that xmax, so "locked" below means "its xmax changed since the fixtures".
begin;
select plan(28);
\ir fixtures.sql

create table tests.xmax_before as select p.id, p.xmax::text as lock from public.parcels p;
create function tests.xmax(p_name text) returns text language sql stable as $$
  select case when p.xmax::text = b.lock then '0' else 'locked' end
  from public.parcels p join tests.xmax_before b using (id) where p.id = tests.id(p_name) $$;
grant select on tests.xmax_before to anon, authenticated;
grant execute on function tests.xmax(text) to anon, authenticated;

select is((select 'lock_timeout=2s' = any (p.proconfig) from pg_proc p
           where p.oid = 'public.record_parcel_events(jsonb)'::regprocedure), true,
  'record_parcel_events runs with lock_timeout = 2s');

-- no lock for anyone who may not change the parcel, however many events name it
select is(tests.xmax('p326a'), '0', 'before any call, p326a carries no new lock');
select tests.clear_authentication();
select tests.send('anon_many', (select jsonb_agg(tests.event(1000 + g, 'p326a', 1, '{"to_stage": "dialogue"}'))
                                from generate_series(1, 5000) g));
select results_eq($$select count(*)::int, count(*) filter (where e ->> 'code' = 'not_officer')::int
                    from jsonb_array_elements(tests.answer('anon_many')) e$$,
  $$values (5000, 5000)$$, 'anon: 5,000 events naming one parcel are all denied');
select is(tests.xmax('p326a'), '0', '... and took no lock on it');
select tests.send('anon_mixed', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue"}'),
  tests.event(2, 'p326b', 2, '{"to_stage": "nowhere"}'), tests.event(3, 'p325a', 2, '{"note": "x"}')));
select is(tests.xmax('p326b') || tests.xmax('p325a'), '00', 'anon: no lock on any parcel of a mixed batch either');
select tests.authenticate_as('nobody');
select tests.send('nobody', jsonb_build_array(tests.event(4, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('nobody') || ' ' || tests.xmax('p326a'), 'denied/not_officer 0',
  'a signed-in user without a role: denied, no lock');
select tests.authenticate_as('leader');
select tests.send('leader', jsonb_build_array(tests.event(5, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('leader') || ' ' || tests.xmax('p326a'), 'denied/not_officer 0', 'a leader: denied, no lock');
select tests.authenticate_as('admin');
select tests.send('admin', jsonb_build_array(tests.event(6, 'p326a', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('admin') || ' ' || tests.xmax('p326a'), 'denied/not_officer 0', 'an admin: denied, no lock');
-- an officer elsewhere: denied from the unlocked read, before any lock
select tests.authenticate_as('officer_325');
select tests.send('outside', jsonb_build_array(tests.event(7, 'p326a', 1, '{"to_stage": "dialogue"}'),
                                               tests.event(8, 'p325b', 1, '{"to_stage": "dialogue"}')));
select is(tests.outcome('outside') || ' ' || tests.xmax('p326a'), 'denied/outside_area 0',
  'the officer of Văn Lâm: denied on a parcel in Văn Giang, without locking it');
select isnt(tests.xmax('p325b'), '0', '... while the parcel of the same batch in Văn Lâm was locked (the test sees locks)');
select is(tests.outcome('outside', 1), 'invalid/backward_without_note', '... and decided under that lock');
-- the officer of the area locks the parcel even when the event is then refused
select tests.authenticate_as('officer_326');
select tests.send('own', jsonb_build_array(tests.event(9, 'p326a', 1, '{"to_stage": "inventory"}')));
select is(tests.outcome('own'), 'invalid/skip_without_note', 'the officer of Văn Giang: a skip without a note is refused');
select isnt(tests.xmax('p326a'), '0', '... after locking the parcel, to decide it against its current state');

-- decided again under the lock: the area, the recorded ids, a parcel gone or still locked by
-- another transaction (apply_events is called as the locked phase would call it)
select tests.as_superuser();
create function tests.candidate(p_n integer, p_parcel uuid, p_expected integer, p_note text default 'x')
returns private.batch_event language sql as $$
  select row(p_n, tests.evid(p_n), p_parcel, p_expected, null, false, null, null, p_note, null,
             md5(p_note)::uuid, null, true, null, null)::private.batch_event $$;
create function tests.decided(p_candidates private.batch_event[], p_units text[], p_busy uuid[] default '{}')
returns text language sql as $$
  select string_agg((d.answer ->> 'status') || '/' || (d.answer ->> 'code'), ' ' order by d.n)
  from private.apply_events(p_candidates, tests.id('officer_326'), p_units, p_busy) d $$;
select is(tests.decided(array[tests.candidate(20, tests.id('p325b'), 1)], array['326', '12001']),
  'denied/outside_area', 'a parcel that left the caller''s area before the lock is denied');
select is(tests.decided(array[tests.candidate(21, gen_random_uuid(), 1)], array['326']),
  'invalid/unknown_parcel', 'a parcel gone before the lock is unknown');
select is(tests.decided(array[tests.candidate(22, tests.id('p326b'), 2), tests.candidate(23, tests.id('p12001'), 1)],
                        array['326', '12001'], array[tests.id('p326b')]),
  'conflict/busy applied/applied', 'a parcel another transaction kept locked is busy, and only its events');
select is(tests.decided(array[row(24, tests.id('ev326b'), tests.id('p326b'), 2, null, false, null, null, 'x', null,
                                  md5('x')::uuid, null, true, null, null)::private.batch_event], array['326']),
  'duplicate/duplicate', 'an event recorded since the unlocked read is a duplicate');

-- a write that fails on a data error no check foresaw: the batch is split until the one event
-- that fails is answered on its own, and the others apply as if it had never been sent
create function tests.refuse_notes() returns trigger language plpgsql as $$
begin
  if new.note = 'boom' then
    raise exception 'boom refused' using errcode = 'check_violation';
  elsif new.note = 'crash' then
    raise exception 'crash' using errcode = 'internal_error';
  end if;
  return new;
end $$;
create trigger refuse_notes before insert on public.parcel_events
  for each row execute function tests.refuse_notes();
select tests.authenticate_as('officer_326');
select tests.send('boom', jsonb_build_array(
  tests.event(30, 'p326b', 2, '{"note": "lần 1"}'),
  tests.event(31, 'p12001', 2, '{"note": "boom"}'),
  tests.event(32, 'p12001', 2, '{"note": "sau boom"}'),
  tests.event(33, 'p326b', 3, '{"note": "lần 2"}'),
  tests.event(34, 'p326b', 4, '{"note": "lần 3"}')));
select is(jsonb_path_query_array(tests.answer('boom'), '$[*].code'),
  '["applied", "rejected", "applied", "applied", "applied"]'::jsonb,
  'the event whose write fails is rejected; every other event applies');
select is(tests.answer('boom') -> 1 ->> 'message', 'boom refused', '... with the database''s message');
select is(jsonb_path_query_array(tests.answer('boom'), '$[*].version'), '[3, null, 3, 4, 5]'::jsonb,
  '... and the event after it on the same parcel applies on the version the failed one left');
select tests.as_superuser();
select results_eq(format('select note, version from public.parcel_events where event_id in (%s) order by seq',
    (select string_agg(quote_literal(tests.evid(n)), ',') from generate_series(30, 34) n)),
  $$values ('lần 1', 3), ('sau boom', 3), ('lần 2', 4), ('lần 3', 5)$$,
  'exactly the applied events wrote rows, in input order');
select results_eq(format('select version from public.parcels where id in (%L, %L) order by id', tests.id('p326b'), tests.id('p12001')),
  array[5, 3], 'the parcels are at the versions their applied events produced');
select tests.authenticate_as('officer_326');
select throws_ok(format('select public.record_parcel_events(%L::jsonb)', jsonb_build_array(
    tests.event(35, 'p326b', 5, '{"note": "ok"}'), tests.event(36, 'p12001', 3, '{"note": "crash"}'))),
  'XX000', 'crash', 'an error that is not about the data ends the call: it is never turned into an answer');
select tests.as_superuser();
select results_eq(format('select version from public.parcels where id in (%L, %L) order by id', tests.id('p326b'), tests.id('p12001')),
  array[5, 3], '... and nothing of that call was written');
drop trigger refuse_notes on public.parcel_events;

-- progress totals stay equal to the parcels after a batch (kept per statement)
select results_eq($$select sum(t.parcels)::int, sum(t.area_m2) from private.progress_totals t$$,
  $$select count(*)::int, sum(area_m2) from public.parcels$$, 'the running totals still count every parcel once');
select results_eq($$select t.stage, t.blocked, t.parcels::int from private.progress_totals t where t.parcels <> 0
                    order by t.stage, t.blocked, t.project_id, t.admin_unit_id$$,
  $$select p.stage, p.blocked, count(*)::int from public.parcels p group by p.stage, p.blocked, p.project_id, p.admin_unit_id
    order by p.stage, p.blocked, p.project_id, p.admin_unit_id$$,
  '... in the right groups');

-- no subtransaction per event. The transaction ids this one takes are counted by the first id
-- not yet handed out (pg_xact_status refuses it as in the future); pg_prove runs one file at a
-- time, so nothing else takes ids meanwhile. 100 applied events on a parcel this transaction has
-- not locked yet take two: the locks', the writes'.
create function tests.next_xid() returns bigint language plpgsql as $$
declare
  v_xid bigint := pg_current_xact_id()::text::bigint;
begin
  loop
    v_xid := v_xid + 1;
    begin
      perform pg_xact_status(v_xid::text::xid8);
    exception when others then
      return v_xid;
    end;
  end loop;
end $$;
create table tests.xids as select tests.next_xid() as before;
select tests.authenticate_as('officer_325');
select tests.send('hundred', (select jsonb_agg(tests.event(300 + g, 'p325a', g + 1, jsonb_build_object('note', 'Lần ' || g)) order by g)
                              from generate_series(1, 100) g));
select tests.as_superuser();
select is((select count(*)::int from jsonb_array_elements(tests.answer('hundred')) e where e ->> 'status' = 'applied'), 100,
  'a batch of 100 events on one parcel applies them in turn');
select is(tests.next_xid() - (select x.before from tests.xids x), 2::bigint,
  '... taking two subtransaction ids (the locks, the writes), not one per event');

select * from finish();
rollback;
