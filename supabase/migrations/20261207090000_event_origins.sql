-- Where an event comes from (issue 17, items 2 and 4): the device that sent it and, for a
-- compensating event (an undo or a revert), the event it reverses.
-- Why: the audit must say from which device a change came (an officer's phone, a shared office
-- computer), and an undo or a revert is a new event that is recorded as such and linked to what it
-- reverses, so that history is never edited and every reversal can be traced both ways.
--
-- record_parcel_events accepts two optional keys:
-- - device_id: a string of 1 to 64 characters chosen by the client (the outbox keeps a random
--   uuid per browser); absent or null when unknown (older clients, the server itself).
-- - reverts_event_id: the uuid of an event recorded on the same parcel, earlier or earlier in
--   the same batch; anything else is answered invalid/bad_reverts. A move back to the stage the
--   reversed event started from is explained by the link itself and needs no note; any other
--   backward or skipping move still does.
-- Both are part of the payload (the event as sent without event_id) whose md5 tells a retry from
-- a reused id, with nothing to change there: a retry sends them again unchanged.
-- Both live in parcel_events, which anon has no RLS path to (like actor): the public never
-- learns which device or whose undo changed a parcel.

alter table public.parcel_events
  add column device_id text check (device_id is null or length(device_id) between 1 and 64),
  add column reverts_event_id uuid references public.parcel_events (event_id);
comment on column public.parcel_events.device_id is
  'The device the event was sent from, as the client named it (1 to 64 characters); null when unknown.';
comment on column public.parcel_events.reverts_event_id is
  'For a compensating event (undo, revert): the event on the same parcel that it reverses; null otherwise.';
-- "reverted by" is looked up from the reversed event
create index parcel_events_reverts_idx on public.parcel_events (reverts_event_id) where reverts_event_id is not null;

alter type private.batch_event
  add attribute device_id text,          -- as sent; null when absent
  add attribute reverts_event_id uuid;   -- as sent; null when absent

-- As in 20261202090100, with the two new keys read and checked (bad_device_id, bad_reverts).
-- Every event of a batch with its shape checked and, where that decides it without a lock, its
-- answer: invalid (shape), duplicate or event_id_reused, unknown parcel, denied. The rest
-- (answer null) are the events on parcels the caller may change.
-- One statement for the whole batch: no function call, subtransaction or lock per event.
-- No set search_path here, unlike the other helpers: a function with set options is never
-- inlined, and inlined into record_parcel_events (which sets search_path = '') this query is
-- planned once per session and computes only the columns the caller reads. Every name in it is
-- schema-qualified, and only its owner may call it.
create or replace function private.classify_events(p_events jsonb, p_units text[])
returns setof private.batch_event
language sql
stable
as $$
  -- The checks are materialized, and the lateral subqueries kept apart (offset 0), so that each
  -- runs once per event: inlined, the planner would copy an expression into every place that
  -- reads its result.
  with shaped as materialized (
    select e.n::integer as n, f.is_object, f.id, f.parcel, f.version, f.stage, f.sets_blocker, f.blocker, f.note,
           t.at, f.device, f.reverts, case
        when not f.is_object then
          array['not_object', 'Mỗi sự kiện phải là một đối tượng JSON.']
        when e.ev - array['event_id', 'parcel_id', 'expected_version', 'to_stage', 'blocker', 'note',
                          'occurred_at', 'device_id', 'reverts_event_id'] <> '{}'::jsonb then
          array['unknown_field', format('Trường không hợp lệ: "%s".', jsonb_path_query_first(
            e.ev - array['event_id', 'parcel_id', 'expected_version', 'to_stage', 'blocker', 'note', 'occurred_at',
                         'device_id', 'reverts_event_id'],
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
        when coalesce(f.device_type, 'null') not in ('null', 'string') or length(f.device) not between 1 and 64 then
          array['bad_device_id', 'device_id phải là chuỗi từ 1 đến 64 ký tự.']
        when coalesce(f.reverts_type, 'null') not in ('null', 'string')
             or f.reverts not like '________-____-____-____-____________'
             or f.reverts !~ '^[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+-[0-9a-fA-F]+$' then
          array['bad_reverts', 'reverts_event_id phải là UUID của một sự kiện đã ghi trên cùng thửa đất.']
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
             jsonb_typeof(x.device_id) as device_type, x.device_id #>> '{}' as device,
             jsonb_typeof(x.reverts_event_id) as reverts_type, x.reverts_event_id #>> '{}' as reverts,
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
             occurred_at jsonb, device_id jsonb, reverts_event_id jsonb)
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
         s.problem is null and pe.event_id is null,
         case when s.problem is null then s.device end,
         case when s.problem is null then s.reverts::uuid end
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

-- As in 20261202090100, plus the reversed event's check (bad_reverts) and the two new columns.
-- Decides the events under the locks, in input order, and writes the applied ones with two
-- statements. Each parcel's state is kept in arrays indexed by a slot number, so each event reads
-- and changes its parcel's state in constant time; answers and rows to write are appended to
-- arrays. p_busy: parcels another transaction keeps locked.
create or replace function private.apply_events(p_events private.batch_event[], p_actor uuid, p_units text[], p_busy uuid[])
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
  w_device text[] := '{}';
  w_reverts uuid[] := '{}';
  e record;
  v_reverts_from text;    -- from_stage of the event this one reverses
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
        v_reverts_from := null;
        if e.reverts_event_id is not null then
          -- recorded before, or applied earlier in this call (an event and its undo in one batch)
          select pe.from_stage into v_reverts_from from public.parcel_events pe
          where pe.event_id = e.reverts_event_id and pe.parcel_id = e.parcel_id;
          if v_reverts_from is null then
            select w.from_stage into v_reverts_from
            from unnest(w_event_id, w_parcel_id, w_from) as w(event_id, parcel_id, from_stage)
            where w.event_id = e.reverts_event_id and w.parcel_id = e.parcel_id;
          end if;
        end if;
        if e.reverts_event_id is not null and v_reverts_from is null then
          v_answer := jsonb_build_object('event_id', e.event_id, 'status', 'invalid', 'version', s_version[v_slot],
            'code', 'bad_reverts', 'message',
            format('Sự kiện được hoàn tác (%s) không có trong lịch sử của thửa đất này.', e.reverts_event_id));
        elsif v_at < s_last_at[v_slot] then
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
        elsif v_step not in (0, 1) and e.note is null
              -- a move back to where the reversed event started is explained by the link
              and v_to is distinct from v_reverts_from then
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
          w_device := array_append(w_device, e.device_id);
          w_reverts := array_append(w_reverts, e.reverts_event_id);
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
      blocker_responsible, note, actor, version, occurred_at, payload_md5, device_id, reverts_event_id)
    select w.event_id, w.parcel_id, w.from_stage, w.to_stage, w.blocked, w.reason, w.responsible, w.note,
           p_actor, w.version, w.occurred_at, w.md5, w.device, w.reverts
    from unnest(w_event_id, w_parcel_id, w_from, w_to, w_blocked, w_reason, w_responsible, w_note, w_version,
                w_occurred_at, w_md5, w_device, w_reverts)
      as w(event_id, parcel_id, from_stage, to_stage, blocked, reason, responsible, note, version, occurred_at, md5,
           device, reverts);
  end if;

  return query select * from unnest(a_n, a_answer);
end
$$;

revoke all on function private.classify_events(jsonb, text[]) from public, anon, authenticated;
revoke all on function private.apply_events(private.batch_event[], uuid, text[], uuid[]) from public, anon, authenticated;
