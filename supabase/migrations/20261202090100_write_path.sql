-- The write path (issue 12, items 6 and 9): record_parcel_events can no longer be jammed by a
-- caller who may change nothing, answers in linear time, tells a reused event id from a retry,
-- and refuses an event dated before the parcel's previous one.
-- Why: the function of 20261128090200 locked every named parcel (for update) before asking who
-- was calling and kept the locks to the end, so one anonymous call naming 5,000 public parcel ids
-- made officers wait, with no lock_timeout; it re-concatenated its jsonb answer once per event
-- (quadratic); it spent a writing subtransaction per event (past 64 in one transaction the
-- subtransaction cache overflows and every other session's snapshots slow down); and it answered
-- "duplicate" to an old event id sent with a new payload, which an outbox cannot tell from a retry.
--
-- How a batch is answered now (order of the answers: invalid (shape) -> duplicate -> denied ->
-- conflict -> invalid (move and date rules), as before):
-- 1. Without any lock, set-wise: each event's shape, the event ids already recorded (duplicate, or
--    event_id_reused when the payload differs), unknown parcels, and who may change each parcel
--    (denied). A caller who may change no parcel is answered here and takes no lock at all.
-- 2. Only the parcels the caller may change are locked, in id order, in one statement. A parcel
--    another transaction keeps locked past lock_timeout is answered conflict/busy on its own.
-- 3. Under the locks, one pass over the remaining events in input order keeps each parcel's state
--    in memory: the area and the recorded ids are checked again, then the version, the date and
--    the move rules. Nothing is written during the pass, so each event's outcome is decided before
--    any write can fail.
-- 4. Two statements write every applied event: one update of the parcels (their final state) and
--    one insert into parcel_events, inside one subtransaction. If they fail on a data error that
--    the checks did not foresee, the batch is split in halves and each half is decided again and
--    written on its own, down to the single event, which is answered invalid/rejected; the others
--    apply. One bad event costs about two subtransactions per halving instead of one per event.

-- The payload of an event as sent, to tell a retry (same payload) from a reused id (another one).
-- The payload is the client's event object without event_id: parcel_id, expected_version,
-- to_stage, blocker, note and occurred_at as sent, compared as jsonb text, so the order of the
-- keys and the spaces between them do not matter but every value does (a note with other spaces,
-- the same instant written with another offset, or a field sent as null instead of left out is
-- another payload). Events recorded before this column have none and are answered duplicate.
alter table public.parcel_events add column payload_md5 uuid;
comment on column public.parcel_events.payload_md5 is
  'md5 of the event object as the client sent it, without event_id, as jsonb text (so key order and '
  'whitespace do not count); null for events not recorded by record_parcel_events since 20261202090100 '
  '(older ones, the seed), which are always answered duplicate. Tells a retried event (same payload: '
  'duplicate) from a reused event id (another payload: invalid/event_id_reused).';

-- Progress totals by statement instead of by row. The row trigger upserted one totals row per
-- parcel: a batch moving many parcels of one project rewrote the same few rows again and again
-- (each rewrite walks the row's growing chain of versions in this transaction), and two batches
-- took those rows in different orders, so they could deadlock. Now each statement adds its net
-- change per group once, in key order.
drop trigger parcels_progress_totals on public.parcels;
drop function private.maintain_progress_totals();
drop function private.add_to_progress_totals(public.parcels, integer);

create function private.add_progress_deltas()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- a group's net change of zero (e.g. note-only events) leaves its row alone, unlocked
  if tg_op = 'INSERT' then
    insert into private.progress_totals as t (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
    select n.project_id, n.admin_unit_id, n.stage, n.blocked, count(*), sum(n.area_m2)
    from new_rows n
    group by n.project_id, n.admin_unit_id, n.stage, n.blocked
    order by n.project_id, n.admin_unit_id, n.stage, n.blocked
    on conflict (project_id, admin_unit_id, stage, blocked)
    do update set parcels = t.parcels + excluded.parcels, area_m2 = t.area_m2 + excluded.area_m2;
  elsif tg_op = 'DELETE' then
    insert into private.progress_totals as t (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
    select o.project_id, o.admin_unit_id, o.stage, o.blocked, -count(*), -sum(o.area_m2)
    from old_rows o
    group by o.project_id, o.admin_unit_id, o.stage, o.blocked
    order by o.project_id, o.admin_unit_id, o.stage, o.blocked
    on conflict (project_id, admin_unit_id, stage, blocked)
    do update set parcels = t.parcels + excluded.parcels, area_m2 = t.area_m2 + excluded.area_m2;
  else
    insert into private.progress_totals as t (project_id, admin_unit_id, stage, blocked, parcels, area_m2)
    select d.project_id, d.admin_unit_id, d.stage, d.blocked, sum(d.parcels), sum(d.area_m2)
    from (select o.project_id, o.admin_unit_id, o.stage, o.blocked, -1 as parcels, -o.area_m2 as area_m2
          from old_rows o
          union all
          select n.project_id, n.admin_unit_id, n.stage, n.blocked, 1, n.area_m2
          from new_rows n) d
    group by d.project_id, d.admin_unit_id, d.stage, d.blocked
    having sum(d.parcels) <> 0 or sum(d.area_m2) <> 0
    order by d.project_id, d.admin_unit_id, d.stage, d.blocked
    on conflict (project_id, admin_unit_id, stage, blocked)
    do update set parcels = t.parcels + excluded.parcels, area_m2 = t.area_m2 + excluded.area_m2;
  end if;
  return null;
end
$$;

-- A trigger with transition tables serves one kind of statement, hence three.
create trigger parcels_progress_totals_insert
  after insert on public.parcels referencing new table as new_rows
  for each statement execute function private.add_progress_deltas();
create trigger parcels_progress_totals_update
  after update on public.parcels referencing old table as old_rows new table as new_rows
  for each statement execute function private.add_progress_deltas();
create trigger parcels_progress_totals_delete
  after delete on public.parcels referencing old table as old_rows
  for each statement execute function private.add_progress_deltas();

revoke all on function private.add_progress_deltas() from public, anon, authenticated;

-- The old per-event helpers are replaced by the set-wise ones below.
drop function private.apply_parcel_event(jsonb, uuid, text[], jsonb);
drop function private.event_shape_problem(jsonb, jsonb);
drop function private.event_answer(text, text, integer, text, text);

-- One event of a batch, read and checked without a lock.
create type private.batch_event as (
  n integer,                   -- 1-based position in the batch
  event_id uuid,
  parcel_id uuid,
  expected_version integer,
  to_stage text,               -- null keeps the stage
  sets_blocker boolean,        -- the event has a blocker field; a null blocker lifts it
  blocker_reason text,         -- trimmed
  blocker_responsible text,    -- trimmed
  note text,                   -- trimmed; null when blank
  occurred_at timestamptz,     -- as sent; null means now
  payload_md5 uuid,
  answer jsonb,                -- the answer decided without a lock; null on a parcel the caller may change
  new_id boolean               -- well-formed, and its id was not recorded when read
);

-- Every event of a batch with its shape checked and, where that decides it without a lock, its
-- answer: invalid (shape), duplicate or event_id_reused, unknown parcel, denied. The rest
-- (answer null) are the events on parcels the caller may change.
-- One statement for the whole batch: no function call, subtransaction or lock per event.
-- No set search_path here, unlike the other helpers: a function with set options is never
-- inlined, and inlined into record_parcel_events (which sets search_path = '') this query is
-- planned once per session and computes only the columns the caller reads. Every name in it is
-- schema-qualified, and only its owner may call it.
create function private.classify_events(p_events jsonb, p_units text[])
returns setof private.batch_event
language sql
stable
as $$
  -- The checks are materialized, and the lateral subqueries kept apart (offset 0), so that each
  -- runs once per event: inlined, the planner would copy an expression into every place that
  -- reads its result.
  with shaped as materialized (
    select e.n::integer as n, f.is_object, f.id, f.parcel, f.version, f.stage, f.sets_blocker, f.blocker, f.note,
           t.at, case
        when not f.is_object then
          array['not_object', 'Mỗi sự kiện phải là một đối tượng JSON.']
        when e.ev - array['event_id', 'parcel_id', 'expected_version', 'to_stage', 'blocker', 'note',
                          'occurred_at'] <> '{}'::jsonb then
          array['unknown_field', format('Trường không hợp lệ: "%s".', jsonb_path_query_first(
            e.ev - array['event_id', 'parcel_id', 'expected_version', 'to_stage', 'blocker', 'note', 'occurred_at'],
            '$.keyvalue().key') #>> '{}')]
        when not f.ids_ok and (f.id is null or f.id not like '________-____-____-____-____________'
                               or f.id !~ '^[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+$') then
          array['bad_event_id', 'Thiếu event_id hoặc event_id không phải UUID.']
        when not f.ids_ok then
          array['bad_parcel_id', 'Thiếu parcel_id hoặc parcel_id không phải UUID.']
        -- a positive integer of at most 9 digits, written without a fraction (1.0 is refused)
        when f.version is null or scale(f.version) <> 0 or f.version not between 1 and 999999999 then
          array['bad_expected_version', 'expected_version phải là số nguyên dương (phiên bản thửa đất đang thấy).']
        -- (only a JSON string reads as a stage id)
        when f.stage <> all ((select array_agg(st.id) from public.stages st)::text[]) then
          array['unknown_stage', format('Bước không tồn tại: %s.', e.ev -> 'to_stage')]
        when coalesce(f.blocker_type, 'null') <> 'null'
             and (f.blocker_type <> 'object'
                  or jsonb_typeof(f.blocker -> 'reason') is distinct from 'string'
                  or btrim(f.blocker ->> 'reason') = ''
                  or jsonb_typeof(f.blocker -> 'responsible') is distinct from 'string'
                  or btrim(f.blocker ->> 'responsible') = '') then
          array['bad_blocker', 'Vướng mắc cần có lý do (reason) và đơn vị/người phải xử lý (responsible).']
        when f.blocker_type = 'object'
             and (length(f.blocker ->> 'reason') > 500 or length(f.blocker ->> 'responsible') > 200) then
          array['bad_blocker', 'Lý do vướng mắc tối đa 500 ký tự, người xử lý tối đa 200 ký tự.']
        when coalesce(f.note_type, 'null') not in ('null', 'string') then
          array['bad_note', 'Ghi chú (note) phải là chuỗi ký tự.']
        when length(f.note) > 2000 then
          array['bad_note', 'Ghi chú tối đa 2.000 ký tự.']
        when coalesce(f.at_type, 'null') not in ('null', 'string') then
          array['bad_occurred_at', 'occurred_at phải là thời điểm ISO 8601.']
        when f.at_type = 'string' and t.at is null then
          array['bad_occurred_at', format('occurred_at không phải thời điểm ISO 8601 hợp lệ có múi giờ '
                                          '(ví dụ 2026-11-30T23:59:59+07:00): %s.', f.at_text)]
        -- a few minutes of tolerance for field devices whose clocks run slightly ahead
        when t.at > now() + interval '5 minutes' then
          array['future_occurred_at', 'occurred_at nằm trong tương lai.']
        when t.at < timestamptz '2000-01-01' then
          array['bad_occurred_at', 'occurred_at trước năm 2000.']
        when coalesce(f.stage, '') = '' and not f.sets_blocker and coalesce(btrim(f.note), '') = '' then
          array['empty_event', 'Sự kiện không thay đổi gì: cần to_stage, blocker hoặc note.']
      end as problem
    from jsonb_array_elements(p_events) with ordinality as e(ev, n)
    -- every field read in one call (a field that is not a JSON string reads as its JSON text)
    cross join lateral (
      select jsonb_typeof(e.ev) = 'object' as is_object, x.event_id as id, x.parcel_id as parcel,
             case when jsonb_typeof(x.expected_version) = 'number' then x.expected_version::numeric end as version,
             x.to_stage as stage, e.ev ? 'blocker' as sets_blocker, x.blocker, jsonb_typeof(x.blocker) as blocker_type,
             jsonb_typeof(x.note) as note_type, x.note #>> '{}' as note,
             jsonb_typeof(x.occurred_at) as at_type, x.occurred_at #>> '{}' as at_text,
             -- Both ids canonical UUIDs: 36 characters with hyphens at these places (like), and
             -- only hex digits between exactly those hyphens (one expression for both, without
             -- counted repeats, which cost several times more). Text that passes cannot come from
             -- a JSON number, object or array: no type test is needed.
             coalesce(x.event_id like '________-____-____-____-____________'
                      and x.parcel_id like '________-____-____-____-____________'
                      and x.event_id || x.parcel_id
                          ~ '^[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+$',
                      false) as ids_ok
      from jsonb_to_record(case when jsonb_typeof(e.ev) = 'object' then e.ev else '{}' end)
        as x(event_id text, parcel_id text, expected_version jsonb, to_stage text, blocker jsonb, note jsonb,
             occurred_at jsonb)
      offset 0
    ) f
    -- occurred_at is read as ISO 8601 with an offset (2026-11-30T23:59:59+07:00, ...Z), checked
    -- field by field so that its cast cannot fail: no event needs an exception handler, and the
    -- server's time zone never decides what a date means
    cross join lateral (
      select case when p.m is null then null
                  when p.m[1]::integer < 1 or p.m[2]::integer not between 1 and 12 then null
                  when p.m[3]::integer not between 1 and
                       extract(day from make_date(p.m[1]::integer, p.m[2]::integer, 1) + interval '1 month - 1 day') then null
                  when p.m[4]::integer > 23 or p.m[5]::integer > 59 or coalesce(p.m[6]::integer, 0) > 59
                       or coalesce(p.m[7]::integer, 0) > 15 or coalesce(p.m[8]::integer, 0) > 59 then null
                  else f.at_text::timestamptz end as at
      from (select regexp_match(case when f.at_type = 'string' then f.at_text end,
                     '^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]{1,6})?)?'
                     '(?:Z|[+-]([0-9]{2})(?::?([0-9]{2}))?)$') as m
            offset 0) p
    ) t
  )
  select s.n, k.event_id, k.parcel_id,
         case when s.problem is null then s.version::integer end,
         case when s.problem is null then s.stage end,
         case when s.problem is null then s.sets_blocker end,
         case when s.problem is null then btrim(s.blocker ->> 'reason') end,
         case when s.problem is null then btrim(s.blocker ->> 'responsible') end,
         case when s.problem is null then nullif(btrim(coalesce(s.note, '')), '') end,
         s.at,
         -- the payload's md5 costs more than all the checks above: computed only where it is
         -- compared (a recorded id) or may be stored (a caller who may change parcels)
         case when s.problem is null and (pe.event_id is not null or cardinality(p_units) > 0)
              then md5(((p_events -> (s.n - 1)) - 'event_id')::text)::uuid end,
         -- the answer decided here, without a lock (unlocked reads of the recorded event with this
         -- id, its parcel, and the named parcel); null for an event on a parcel the caller may change
         case
           when s.problem is not null then
             jsonb_build_object('event_id', s.id, 'status', 'invalid', 'version', null,
                                'code', s.problem[1], 'message', s.problem[2])
           when pe.event_id is not null
                and (pe.payload_md5 is null
                     or pe.payload_md5 = md5(((p_events -> (s.n - 1)) - 'event_id')::text)::uuid) then
             jsonb_build_object('event_id', k.event_id, 'status', 'duplicate', 'version', rp.version,
                                'code', 'duplicate', 'message', 'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.')
           when pe.event_id is not null then
             jsonb_build_object('event_id', k.event_id, 'status', 'invalid', 'version', null, 'code', 'event_id_reused',
                                'message', 'event_id này đã được dùng cho một sự kiện khác (nội dung khác); '
                                           'mỗi sự kiện mới cần một event_id mới.')
           when p.id is null then
             jsonb_build_object('event_id', k.event_id, 'status', 'invalid', 'version', null, 'code', 'unknown_parcel',
                                'message', format('Không tìm thấy thửa đất %s.', k.parcel_id))
           when cardinality(p_units) = 0 then
             jsonb_build_object('event_id', k.event_id, 'status', 'denied', 'version', p.version,
                                'code', 'not_officer', 'message', 'Tài khoản này không có quyền cập nhật thửa đất.')
           when not p.admin_unit_id = any (p_units) then
             jsonb_build_object('event_id', k.event_id, 'status', 'denied', 'version', p.version,
                                'code', 'outside_area', 'message', 'Thửa đất nằm ngoài địa bàn được phân công.')
         end,
         s.problem is null and pe.event_id is null
  from shaped s
  cross join lateral (
    select case when s.problem is null then s.id::uuid end as event_id,
           case when s.problem is null then s.parcel::uuid end as parcel_id
    offset 0
  ) k
  left join public.parcel_events pe on pe.event_id = k.event_id
  left join public.parcels rp on rp.id = pe.parcel_id
  left join public.parcels p on p.id = k.parcel_id
$$;

-- Locks the parcels, in id order in one statement, so that two batches naming the same parcels
-- wait for each other but never in a cycle. Returns the parcels still locked by another
-- transaction after lock_timeout (or in a deadlock with a writer that locks in another order):
-- their events are answered busy, and every other parcel is locked without waiting.
create function private.lock_parcels(p_ids uuid[])
returns uuid[]
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_locked uuid[];
begin
  begin
    perform 1 from public.parcels p where p.id = any (p_ids) order by p.id for update;
    return '{}';
  exception
    when lock_not_available or deadlock_detected then
      select coalesce(array_agg(l.id), '{}') into v_locked
      from (select p.id from public.parcels p where p.id = any (p_ids) order by p.id for update skip locked) l;
      return array(select unnest(p_ids) except select unnest(v_locked));
  end;
end
$$;

-- Decides the events under the locks, in input order, and writes the applied ones with two
-- statements. Each parcel's state is kept in arrays indexed by a slot number, so each event reads
-- and changes its parcel's state in constant time; answers and rows to write are appended to
-- arrays. p_busy: parcels another transaction keeps locked.
create function private.apply_events(p_events private.batch_event[], p_actor uuid, p_units text[], p_busy uuid[])
returns table (n integer, answer jsonb)
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_now constant timestamptz := now();
  v_positions jsonb;
  -- per parcel (slot)
  s_id uuid[];
  s_state text[];         -- ok | busy | missing | outside
  s_version integer[];
  s_stage text[];
  s_blocked boolean[];
  s_reason text[];
  s_responsible text[];
  s_last_at timestamptz[]; -- occurred_at of the parcel's latest event
  s_changed boolean[];
  -- per event, by its index in p_events
  e_applied_md5 uuid[] := '{}';  -- the payload of this id's applied event in this call
  e_applied_slot integer[] := '{}';
  -- answers, in input order
  a_n integer[] := '{}';
  a_answer jsonb[] := '{}';
  -- rows to insert into parcel_events
  w_event_id uuid[] := '{}';
  w_parcel_id uuid[] := '{}';
  w_from text[] := '{}';
  w_to text[] := '{}';
  w_blocked boolean[] := '{}';
  w_reason text[] := '{}';
  w_responsible text[] := '{}';
  w_note text[] := '{}';
  w_version integer[] := '{}';
  w_occurred_at timestamptz[] := '{}';
  w_md5 uuid[] := '{}';
  e record;
  v_slot integer;
  v_to text;
  v_step integer;
  v_at timestamptz;
  v_answer jsonb;
  v_day_new text;
  v_day_prev text;
begin
  select jsonb_object_agg(st.id, st.position) into v_positions from public.stages st;

  -- A fresh snapshot, taken after the locks: every writer that held one of these parcels before
  -- us has committed and is seen, and no other writer can change them until we end.
  select array_agg(s.parcel_id order by s.parcel_id),
         array_agg(case when p.id is null then 'missing'
                        when s.parcel_id = any (p_busy) then 'busy'
                        when not p.admin_unit_id = any (p_units) then 'outside'
                        else 'ok' end order by s.parcel_id),
         array_agg(p.version order by s.parcel_id), array_agg(p.stage order by s.parcel_id),
         array_agg(p.blocked order by s.parcel_id), array_agg(p.blocker_reason order by s.parcel_id),
         array_agg(p.blocker_responsible order by s.parcel_id), array_agg(l.last_at order by s.parcel_id),
         array_agg(false order by s.parcel_id)
  into s_id, s_state, s_version, s_stage, s_blocked, s_reason, s_responsible, s_last_at, s_changed
  from (select distinct x.parcel_id from unnest(p_events) x where x.answer is null) s
  left join public.parcels p on p.id = s.parcel_id
  left join lateral (select max(pe.occurred_at) as last_at from public.parcel_events pe
                     where pe.parcel_id = s.parcel_id) l on true;

  for e in
    select x.*, sl.slot,
           lag(x.idx) over (partition by x.event_id order by x.idx) as prev_idx,
           pe.event_id is not null as recorded, pe.payload_md5 as recorded_md5, rp.version as recorded_version
    from (select u.*, row_number() over (order by u.n)::integer as idx from unnest(p_events) u) x
    left join unnest(s_id) with ordinality as sl(id, slot) on x.answer is null and sl.id = x.parcel_id
    -- an event recorded since the unlocked read, by another call or an earlier part of this one
    left join public.parcel_events pe on pe.event_id = x.event_id
    left join public.parcels rp on rp.id = pe.parcel_id
    order by x.idx
  loop
    e_applied_md5 := array_append(e_applied_md5, null);
    e_applied_slot := array_append(e_applied_slot, null);
    if e.prev_idx is not null and e_applied_md5[e.prev_idx] is not null then
      -- the same id was applied earlier in this batch
      v_slot := e_applied_slot[e.prev_idx];
      e_applied_md5[e.idx] := e_applied_md5[e.prev_idx];
      e_applied_slot[e.idx] := v_slot;
      v_answer := case when e_applied_md5[e.idx] = e.payload_md5 then
          jsonb_build_object('event_id', e.event_id, 'status', 'duplicate', 'version', s_version[v_slot],
                             'code', 'duplicate', 'message', 'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.')
        else jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', null, 'code', 'event_id_reused',
                                'message', 'event_id này đã được dùng cho một sự kiện khác (nội dung khác); '
                                           'mỗi sự kiện mới cần một event_id mới.') end;
    elsif e.recorded then
      v_answer := case when e.recorded_md5 is null or e.recorded_md5 = e.payload_md5 then
          jsonb_build_object('event_id', e.event_id, 'status', 'duplicate', 'version', e.recorded_version,
                             'code', 'duplicate', 'message', 'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.')
        else jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', null, 'code', 'event_id_reused',
                                'message', 'event_id này đã được dùng cho một sự kiện khác (nội dung khác); '
                                           'mỗi sự kiện mới cần một event_id mới.') end;
    elsif e.answer is not null then
      v_answer := e.answer;
    else
      v_slot := e.slot;
      if s_state[v_slot] = 'missing' then
        v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', null,
          'code', 'unknown_parcel', 'message', format('Không tìm thấy thửa đất %s.', e.parcel_id));
      elsif s_state[v_slot] = 'outside' then
        -- the parcel moved out of the caller's area between the unlocked read and the lock
        v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'denied', 'version', s_version[v_slot],
          'code', 'outside_area', 'message', 'Thửa đất nằm ngoài địa bàn được phân công.');
      elsif s_state[v_slot] = 'busy' then
        v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'conflict', 'version', null,
          'code', 'busy', 'message', 'Thửa đất đang được cập nhật đồng thời; hãy thử lại.');
      elsif s_version[v_slot] <> e.expected_version then
        v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'conflict', 'version', s_version[v_slot],
          'code', 'stale_version', 'message',
          format('Thửa đất đã được cập nhật bởi người khác (phiên bản %s, sự kiện dựa trên phiên bản %s).',
                 s_version[v_slot], e.expected_version));
      else
        v_at := coalesce(e.occurred_at, v_now);
        v_to := coalesce(e.to_stage, s_stage[v_slot]);
        v_step := (v_positions ->> v_to)::integer - (v_positions ->> s_stage[v_slot])::integer;
        if v_at < s_last_at[v_slot] then
          -- dates as people read them: Vietnam time (UTC+7, no daylight saving), with the time
          -- when both fall on the same day
          v_day_new := to_char(v_at at time zone interval '+07:00', 'DD/MM/YYYY');
          v_day_prev := to_char(s_last_at[v_slot] at time zone interval '+07:00', 'DD/MM/YYYY');
          if v_day_new = v_day_prev then
            v_day_new := to_char(v_at at time zone interval '+07:00', 'HH24:MI DD/MM/YYYY');
            v_day_prev := to_char(s_last_at[v_slot] at time zone interval '+07:00', 'HH24:MI DD/MM/YYYY');
          end if;
          v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', s_version[v_slot],
            'code', 'occurred_before_previous', 'message',
            format('Ngày của sự kiện (%s) sớm hơn sự kiện gần nhất của thửa đất (%s); '
                   'sự kiện mới phải có ngày từ %s trở đi.', v_day_new, v_day_prev, v_day_prev));
        elsif v_step not in (0, 1) and e.note is null then
          v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', s_version[v_slot],
            'code', case when v_step < 0 then 'backward_without_note' else 'skip_without_note' end,
            'message', case when v_step < 0 then 'Chuyển lùi bước cần có ghi chú giải thích.'
                            else 'Bỏ qua bước cần có ghi chú giải thích.' end);
        elsif v_step = 0 and e.note is null and not e.sets_blocker then
          v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', s_version[v_slot],
            'code', 'no_change', 'message', 'Thửa đất đã ở bước này; sự kiện không thay đổi gì.');
        else
          w_from := array_append(w_from, s_stage[v_slot]);
          if e.sets_blocker then
            s_blocked[v_slot] := e.blocker_reason is not null;
            s_reason[v_slot] := e.blocker_reason;
            s_responsible[v_slot] := e.blocker_responsible;
          end if;
          s_stage[v_slot] := v_to;
          s_version[v_slot] := s_version[v_slot] + 1;
          -- never dated after this transaction: states are rebuilt "as of now()" from events
          s_last_at[v_slot] := least(v_at, v_now);
          s_changed[v_slot] := true;
          e_applied_md5[e.idx] := e.payload_md5;
          e_applied_slot[e.idx] := v_slot;
          w_event_id := array_append(w_event_id, e.event_id);
          w_parcel_id := array_append(w_parcel_id, e.parcel_id);
          w_to := array_append(w_to, v_to);
          w_blocked := array_append(w_blocked, s_blocked[v_slot]);
          w_reason := array_append(w_reason, s_reason[v_slot]);
          w_responsible := array_append(w_responsible, s_responsible[v_slot]);
          w_note := array_append(w_note, e.note);
          w_version := array_append(w_version, s_version[v_slot]);
          w_occurred_at := array_append(w_occurred_at, s_last_at[v_slot]);
          w_md5 := array_append(w_md5, e.payload_md5);
          v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'applied', 'version', s_version[v_slot],
            'code', 'applied', 'message', 'Đã ghi nhận.');
        end if;
      end if;
    end if;
    a_n := array_append(a_n, e.n);
    a_answer := array_append(a_answer, v_answer);
  end loop;

  if cardinality(w_event_id) > 0 then
    update public.parcels p
    set stage = s.stage, blocked = s.blocked, blocker_reason = s.reason, blocker_responsible = s.responsible,
        version = s.version
    from unnest(s_id, s_stage, s_blocked, s_reason, s_responsible, s_version, s_changed)
      as s(id, stage, blocked, reason, responsible, version, changed)
    where s.changed and p.id = s.id;

    insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason,
      blocker_responsible, note, actor, version, occurred_at, payload_md5)
    select w.event_id, w.parcel_id, w.from_stage, w.to_stage, w.blocked, w.reason, w.responsible, w.note,
           p_actor, w.version, w.occurred_at, w.md5
    from unnest(w_event_id, w_parcel_id, w_from, w_to, w_blocked, w_reason, w_responsible, w_note, w_version,
                w_occurred_at, w_md5)
      as w(event_id, parcel_id, from_stage, to_stage, blocked, reason, responsible, note, version, occurred_at, md5);
  end if;

  return query select * from unnest(a_n, a_answer);
end
$$;

-- apply_events in one subtransaction. A data error in its writes (one that no check foresaw)
-- undoes them, and each half of the events is decided again and written on its own, down to the
-- single event that fails, answered invalid/rejected; every other event is answered as it would
-- be alone. A lock the writes need held past lock_timeout (a progress total, an event id another
-- call is recording) answers the events of this part busy. Any other error ends the call: it is
-- never turned into an answer that hides it.
create function private.apply_or_split(p_events private.batch_event[], p_actor uuid, p_units text[], p_busy uuid[])
returns table (n integer, answer jsonb)
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_n integer[];
  v_answer jsonb[];
  v_half integer;
begin
  begin
    select array_agg(a.n order by a.n), array_agg(a.answer order by a.n) into v_n, v_answer
    from private.apply_events(p_events, p_actor, p_units, p_busy) a;
  exception
    when integrity_constraint_violation or data_exception or raise_exception then
      if cardinality(p_events) = 1 then
        return query select (p_events[1]).n, jsonb_build_object('event_id', (p_events[1]).event_id,
          'status', 'invalid', 'version', null, 'code', 'rejected', 'message', sqlerrm);
        return;
      end if;
      v_half := cardinality(p_events) / 2;
      return query select * from private.apply_or_split(p_events[1:v_half], p_actor, p_units, p_busy);
      return query select * from private.apply_or_split(p_events[v_half + 1:], p_actor, p_units, p_busy);
      return;
    when lock_not_available or deadlock_detected then
      return query select x.n, coalesce(x.answer, jsonb_build_object('event_id', x.event_id, 'status', 'conflict',
        'version', null, 'code', 'busy', 'message', 'Thửa đất đang được cập nhật đồng thời; hãy thử lại.'))
      from unnest(p_events) x;
      return;
  end;
  return query select * from unnest(v_n, v_answer);
end
$$;

-- record_parcel_events: the only way to change a parcel. A batch of client events, each applied
-- atomically and independently and answered in input order (see the header of this file).
-- lock_timeout: long enough for another officer's batch of the largest size to finish with the
-- parcels it holds, short enough that a call waiting on a parcel held by a stuck transaction is
-- answered (busy: try again) well before a client or proxy gives up on the request.
create or replace function public.record_parcel_events(events jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set lock_timeout = '2s'
-- each event names its own parcel: a cache of the parcels looked up (memoize) only costs
set enable_memoize = off
as $$
declare
  v_units text[];
  v_rows private.batch_event[];
  v_under_lock private.batch_event[];
  v_parcels uuid[];
  v_busy uuid[];
  v_decided_n integer[];
  v_decided jsonb[];
begin
  -- @supabase/lite 0.10 hands a jsonb argument over as a JSON string holding the document
  -- (hosted PostgREST passes the document itself): unwrap it so both backends behave alike.
  if jsonb_typeof(events) = 'string' then
    begin
      events := (events #>> '{}')::jsonb;
    exception when invalid_text_representation then
      raise exception 'events không phải JSON hợp lệ.' using errcode = '22P02';
    end;
  end if;
  if events is null or jsonb_typeof(events) <> 'array' then
    raise exception 'events phải là một mảng JSON các sự kiện.' using errcode = '22023',
      hint = 'Send {"events": [{"event_id": ..., "parcel_id": ..., "expected_version": ...}]}';
  end if;
  if jsonb_array_length(events) = 0 then
    raise exception 'Danh sách sự kiện trống.' using errcode = '22023';
  end if;
  if jsonb_array_length(events) > 5000 then
    raise exception 'Mỗi lần gửi tối đa 5.000 sự kiện (đã gửi %).', jsonb_array_length(events)
      using errcode = '54000', hint = 'Split the batch.';
  end if;

  select coalesce(array_agg(u), '{}') into v_units from private.officer_unit_ids() as u;

  if cardinality(v_units) = 0 then
    -- anon, or a user who is an officer nowhere: every answer is known without a lock
    return (select to_jsonb(array_agg(c.answer order by c.n)) from private.classify_events(events, v_units) c);
  end if;

  v_rows := array(select c from private.classify_events(events, v_units) c order by c.n);
  -- decided under the locks: the events on parcels the caller may change, and the later events
  -- with the same id (if the first applies, they are its duplicates, which comes before denied)
  v_under_lock := array(
    select x.r from (
      select r, r.answer is null
                or (r.new_id and coalesce(bool_or(r.answer is null) over (partition by r.event_id order by r.n
                                  rows between unbounded preceding and 1 preceding), false)) as under_lock
      from unnest(v_rows) r) x
    where x.under_lock order by (x.r).n);
  if cardinality(v_under_lock) = 0 then
    return (select jsonb_agg(r.answer order by r.n) from unnest(v_rows) r);
  end if;

  v_parcels := array(select distinct r.parcel_id from unnest(v_under_lock) r where r.answer is null);
  v_busy := case when cardinality(v_parcels) > 0 then private.lock_parcels(v_parcels) else '{}' end;

  select array_agg(d.n), array_agg(d.answer) into v_decided_n, v_decided
  from private.apply_or_split(v_under_lock, auth.uid(), v_units, v_busy) d;

  return (select jsonb_agg(coalesce(d.answer, r.answer) order by r.n)
          from unnest(v_rows) r left join unnest(v_decided_n, v_decided) as d(n, answer) on d.n = r.n);
end
$$;

revoke all on function public.record_parcel_events(jsonb) from public;
grant execute on function public.record_parcel_events(jsonb) to anon, authenticated;
revoke all on function private.classify_events(jsonb, text[]) from public, anon, authenticated;
revoke all on function private.lock_parcels(uuid[]) from public, anon, authenticated;
revoke all on function private.apply_events(private.batch_event[], uuid, text[], uuid[]) from public, anon, authenticated;
revoke all on function private.apply_or_split(private.batch_event[], uuid, text[], uuid[]) from public, anon, authenticated;
