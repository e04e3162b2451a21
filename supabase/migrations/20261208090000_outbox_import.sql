-- Importing an "Export unsent changes" file (issue 17, item 2, last resort): an administrator
-- applies the events a device could not send (a broken phone, a browser that will not sync) in the
-- officer's name, through the same rules as record_parcel_events.
-- Why a signature: the events are recorded as the officer's (actor, area rules, audit), not the
-- admin's, so the file must prove it came from that officer's device unchanged. Each (user,
-- device) pair has a secret key the device fetches while signed in (outbox_device_key); the export
-- carries the HMAC-SHA256 of its payload under that key. An admin cannot forge a file for someone
-- else, and a file edited after export is refused whole. A device that never fetched its key
-- exports an unsigned file, which is refused: the officer must sign in online once to sign it.
-- HMAC is built here on the core sha256() (pgcrypto is not assumed: the embedded backend runs
-- PGlite) and checked against the RFC 4231 vectors in the pgTAP tests.
--
-- How an import is decided (per parcel, in the order the device made the events):
-- - entries the officer dropped on the device: `dropped`, not sent;
-- - entries of another user of the same device: `invalid`/other_user, not sent (they need that
--   user's own export);
-- - the rest are sent in rounds, the k-th sendable event of every parcel in round k, each round
--   through private.record_events_as as the officer with their areas as they are now. An event
--   after one on the same parcel that was not applied or duplicate is `held`, not sent: its
--   expected version was computed on top of the one before, so applying it would build on a state
--   the officer never saw.
-- - the same import id sent again is answered what was done the first time and changes nothing
--   (a retry after a lost answer); a dry run does everything in a subtransaction it rolls back.
-- Files (photos, minutes) in the export are listed by the page but not imported here.

-- ---------------------------------------------------------------- record events as someone

-- Every admin unit in one user's officer areas, descendants included.
create or replace function private.officer_unit_ids_of(p_user uuid)
returns setof text
language sql
stable
security definer
set search_path = ''
as $$
  with recursive area(id) as (
    select m.admin_unit_id from public.memberships m
    where m.user_id = p_user and m.role = 'officer'
    union
    select u.id from public.admin_units u join area a on u.parent_id = a.id
  )
  select id from area
$$;
revoke all on function private.officer_unit_ids_of(uuid) from public, anon, authenticated;

create or replace function private.officer_unit_ids()
returns setof text
language sql
stable
security definer
set search_path = ''
as $$ select private.officer_unit_ids_of(auth.uid()) $$;

-- The body of record_parcel_events after its shape checks, for a given actor and areas: the
-- import applies a device's events as the officer who made them. As in 20261202090100.
create or replace function private.record_events_as(p_events jsonb, p_actor uuid, p_units text[])
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set lock_timeout = '2s'
set enable_memoize = off
as $$
declare
  v_rows private.batch_event[];
  v_under_lock private.batch_event[];
  v_parcels uuid[];
  v_busy uuid[];
  v_decided_n integer[];
  v_decided jsonb[];
begin
  if cardinality(p_units) = 0 then
    -- anon, or a user who is an officer nowhere: every answer is known without a lock
    return (select to_jsonb(array_agg(c.answer order by c.n)) from private.classify_events(p_events, p_units) c);
  end if;

  v_rows := array(select c from private.classify_events(p_events, p_units) c order by c.n);
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
  from private.apply_or_split(v_under_lock, p_actor, p_units, v_busy) d;

  return (select jsonb_agg(coalesce(d.answer, r.answer) order by r.n)
          from unnest(v_rows) r left join unnest(v_decided_n, v_decided) as d(n, answer) on d.n = r.n);
end
$$;
revoke all on function private.record_events_as(jsonb, uuid, text[]) from public, anon, authenticated;

create or replace function public.record_parcel_events(events jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set lock_timeout = '2s'
set enable_memoize = off
as $$
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
  return private.record_events_as(events, auth.uid(),
                                  (select coalesce(array_agg(u), '{}') from private.officer_unit_ids() as u));
end
$$;

-- ---------------------------------------------------------------- device keys

create table private.device_keys (
  user_id uuid not null,
  device_id text not null check (length(device_id) between 1 and 64),
  key bytea not null check (length(key) = 32),
  created_at timestamptz not null default now(),
  primary key (user_id, device_id)
);
revoke all on private.device_keys from public, anon, authenticated;
-- no policy: only the functions below (security definer) read or write it
alter table private.device_keys enable row level security;
comment on table private.device_keys is
  'The secret each (user, device) signs its exports of unsent changes with (outbox_device_key).';

-- HMAC-SHA256 (RFC 2104) on the core sha256().
create or replace function private.hmac_sha256(p_key bytea, p_message bytea)
returns bytea
language plpgsql
immutable
strict
set search_path = ''
as $$
declare
  v_key bytea := case when length(p_key) > 64 then sha256(p_key) else p_key end;
  v_inner bytea;
  v_outer bytea;
  i integer;
begin
  v_key := v_key || decode(repeat('00', 64 - length(v_key)), 'hex');
  v_inner := v_key;
  v_outer := v_key;
  for i in 0..63 loop
    v_inner := set_byte(v_inner, i, get_byte(v_key, i) # 54);   -- 0x36
    v_outer := set_byte(v_outer, i, get_byte(v_key, i) # 92);   -- 0x5c
  end loop;
  return sha256(v_outer || sha256(v_inner || p_message));
end
$$;
revoke all on function private.hmac_sha256(bytea, bytea) from public, anon, authenticated;

-- The caller's key for one of their devices, made on first request (64 hex characters).
create or replace function public.outbox_device_key(p_device_id text)
returns text
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_key bytea;
begin
  if v_uid is null then
    raise exception 'Cần đăng nhập để nhận khóa ký của thiết bị.' using errcode = '42501';
  end if;
  if p_device_id is null or length(p_device_id) not between 1 and 64 then
    raise exception 'Mã thiết bị phải có từ 1 đến 64 ký tự.' using errcode = '22023';
  end if;
  select k.key into v_key from private.device_keys k where k.user_id = v_uid and k.device_id = p_device_id;
  if found then
    return encode(v_key, 'hex');
  end if;
  -- one account is used on a handful of phones and computers, not thousands
  if (select count(*) from private.device_keys k where k.user_id = v_uid) >= 100 then
    raise exception 'Tài khoản này đã có 100 thiết bị; hãy liên hệ quản trị viên.' using errcode = '54000';
  end if;
  -- two uuids v4: 244 random bits from the server's strong random source
  insert into private.device_keys (user_id, device_id, key)
  values (v_uid, p_device_id,
          decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'))
  on conflict (user_id, device_id) do nothing;
  select k.key into v_key from private.device_keys k where k.user_id = v_uid and k.device_id = p_device_id;
  return encode(v_key, 'hex');
end
$$;
revoke all on function public.outbox_device_key(text) from public, anon;
grant execute on function public.outbox_device_key(text) to authenticated;

-- ---------------------------------------------------------------- imports

create table public.outbox_imports (
  -- chosen by the page, one per file chosen: a retry is answered with the first answer
  id uuid primary key,
  imported_by uuid not null,
  imported_by_email text,
  user_id uuid not null,
  user_email text,
  device_id text not null,
  exported_at timestamptz not null,
  reason text not null check (btrim(reason) <> '' and length(reason) <= 500),
  -- the signed payload's sha256 (hex): tells a retry of the same file from a reused import id
  payload_sha256 text not null,
  -- the answer given, null while the import runs
  answer jsonb,
  -- the clock, not the transaction start: imports in one transaction still list in order
  created_at timestamptz not null default clock_timestamp()
);
alter table public.outbox_imports enable row level security;
create index outbox_imports_created_idx on public.outbox_imports (created_at desc);
comment on table public.outbox_imports is
  'One import of a device''s unsent changes (import_outbox_file): who imported whose file, why, and the answer '
  'per event. The events themselves are in parcel_events under the officer who made them.';
-- Who imported whose work is as private as who made a change: leaders and admins read it.
create policy outbox_imports_select on public.outbox_imports for select to authenticated
  using ((select private.has_role('leader')) or (select private.has_role('admin')));
-- no insert, update or delete policy: only import_outbox_file writes

-- One entry of the file as the import decides it.
create type private.import_entry as (
  n integer,          -- position in the file
  seq numeric,
  parcel text,        -- the event's parcel_id as sent
  event jsonb,
  kind text,          -- send | dropped | other_user
  rank integer        -- the k-th sendable event of its parcel
);

-- The decisions on a checked file's entries, in seq order: one answer object per entry.
-- Writes the applied events; the caller rolls back for a dry run.
create or replace function private.import_entries(p_entries private.import_entry[], p_user uuid)
returns jsonb[]
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_units text[] := (select coalesce(array_agg(u), '{}') from private.officer_unit_ids_of(p_user) as u);
  v_done jsonb := '{}';        -- n -> the server's answer
  v_stopped text[] := '{}';    -- parcels with an event not applied: their later events are held
  v_round integer;
  v_batch jsonb;
  v_ns integer[];
  v_parcels text[];
  v_answers jsonb;
begin
  for v_round in 1..coalesce((select max(e.rank) from unnest(p_entries) e), 0) loop
    select jsonb_agg(e.event order by e.seq, e.n), array_agg(e.n order by e.seq, e.n),
           array_agg(e.parcel order by e.seq, e.n)
      into v_batch, v_ns, v_parcels
    from unnest(p_entries) e
    where e.kind = 'send' and e.rank = v_round and not (e.parcel = any (v_stopped))
      -- another user's entry before it on the parcel is not sent, so this one is held (a dropped
      -- entry does not hold: the device rebased the later ones after dropping it)
      and not exists (select 1 from unnest(p_entries) o
                      where o.kind = 'other_user' and o.parcel = e.parcel and (o.seq, o.n) < (e.seq, e.n));
    exit when v_batch is null;
    v_answers := private.record_events_as(v_batch, p_user, v_units);
    v_done := v_done || (select jsonb_object_agg(b.n::text, v_answers -> (b.i::integer - 1))
                         from unnest(v_ns) with ordinality as b(n, i));
    v_stopped := v_stopped || array(
      select b.parcel from unnest(v_parcels) with ordinality as b(parcel, i)
      where v_answers -> (b.i::integer - 1) ->> 'status' not in ('applied', 'duplicate'));
  end loop;

  return array(
    select case
      when e.kind = 'dropped' then jsonb_build_object('status', 'dropped', 'code', 'dropped_on_device', 'version', null,
        'message', 'Cán bộ đã bỏ thay đổi này trên thiết bị; không gửi.')
      when e.kind = 'other_user' then jsonb_build_object('status', 'invalid', 'code', 'other_user', 'version', null,
        'message', 'Thay đổi của một người dùng khác trên cùng thiết bị; cần tệp xuất của chính người đó.')
      when v_done ? e.n::text then v_done -> e.n::text
      else jsonb_build_object('status', 'held', 'code', 'after_problem', 'version', null,
        'message', 'Không gửi: một thay đổi trước đó trên thửa này chưa được ghi.')
      end || jsonb_build_object('n', e.n)
    from unnest(p_entries) e order by e.seq, e.n);
end
$$;
revoke all on function private.import_entries(private.import_entry[], uuid) from public, anon, authenticated;

-- The file's payload checked and read: raises on anything that makes the whole file unusable.
create or replace function private.read_outbox_file(p_file jsonb, out o_user uuid, out o_device text,
                                                    out o_exported_at timestamptz, out o_payload_sha256 text,
                                                    out o_entries private.import_entry[])
language plpgsql
stable
set search_path = ''
as $$
declare
  v_text text;
  v_payload jsonb;
  v_signature text;
  v_key bytea;
  v_events jsonb;
  v_bad integer;
  v_repeated text;
begin
  if p_file is null or jsonb_typeof(p_file) <> 'object' then
    raise exception 'Tệp phải là một đối tượng JSON (tệp xuất thay đổi chưa gửi).' using errcode = '22023';
  end if;
  if p_file ->> 'format' = 'gpmb-outbox/1' then
    raise exception 'Tệp theo định dạng cũ (gpmb-outbox/1) không có chữ ký: hãy cập nhật ứng dụng trên thiết bị và xuất lại.'
      using errcode = '22023';
  end if;
  if p_file ->> 'format' is distinct from 'gpmb-outbox/2' then
    raise exception 'Không phải tệp xuất thay đổi chưa gửi của GPMB (định dạng gpmb-outbox/2).' using errcode = '22023';
  end if;
  if jsonb_typeof(p_file -> 'payload') is distinct from 'string' then
    raise exception 'Tệp thiếu phần nội dung (payload).' using errcode = '22023';
  end if;
  v_text := p_file ->> 'payload';
  v_signature := lower(p_file ->> 'signature');
  if v_signature is null then
    raise exception 'Tệp không có chữ ký của thiết bị nên không thể nhập: cán bộ cần đăng nhập khi có mạng một lần rồi xuất lại.'
      using errcode = '22023';
  end if;
  if v_signature !~ '^[0-9a-f]{64}$' then
    raise exception 'Chữ ký của tệp không đúng dạng (64 ký tự hex).' using errcode = '22023';
  end if;
  begin
    v_payload := v_text::jsonb;
  -- untranslatable_character: a \u0000 escape, which jsonb cannot hold
  exception when invalid_text_representation or untranslatable_character then
    raise exception 'Nội dung (payload) của tệp không phải JSON hợp lệ.' using errcode = '22023';
  end;
  if jsonb_typeof(v_payload) is distinct from 'object' or jsonb_typeof(v_payload -> 'events') is distinct from 'array'
     or jsonb_typeof(v_payload -> 'user_id') is distinct from 'string'
     or jsonb_typeof(v_payload -> 'device_id') is distinct from 'string'
     or jsonb_typeof(v_payload -> 'exported_at') is distinct from 'string' then
    raise exception 'Nội dung của tệp thiếu user_id, device_id, exported_at hoặc events.' using errcode = '22023';
  end if;
  begin
    o_user := (v_payload ->> 'user_id')::uuid;
    o_exported_at := (v_payload ->> 'exported_at')::timestamptz;
  exception when invalid_text_representation or datetime_field_overflow or invalid_datetime_format then
    raise exception 'user_id hoặc exported_at của tệp không hợp lệ.' using errcode = '22023';
  end;
  o_device := v_payload ->> 'device_id';
  if not exists (select 1 from auth.users u where u.id = o_user) then
    raise exception 'Không tìm thấy người dùng đã xuất tệp này.' using errcode = 'P0002';
  end if;

  select k.key into v_key from private.device_keys k where k.user_id = o_user and k.device_id = o_device;
  if v_key is null or encode(private.hmac_sha256(v_key, convert_to(v_text, 'UTF8')), 'hex') <> v_signature then
    raise exception 'Chữ ký của tệp không khớp: tệp đã bị sửa sau khi xuất, hoặc không do thiết bị của người dùng này xuất. Không nhập gì.'
      using errcode = '22023';
  end if;
  if o_exported_at > now() + interval '5 minutes' then
    raise exception 'Thời điểm xuất của tệp (%) ở tương lai.', o_exported_at using errcode = '22023';
  end if;

  v_events := v_payload -> 'events';
  if jsonb_array_length(v_events) = 0 then
    raise exception 'Tệp không có thay đổi nào để nhập.' using errcode = '22023';
  end if;
  if jsonb_array_length(v_events) > 5000 then
    raise exception 'Mỗi lần nhập tối đa 5.000 thay đổi (tệp có %).', jsonb_array_length(v_events) using errcode = '54000';
  end if;
  select min(x.n) into v_bad from jsonb_array_elements(v_events) with ordinality as x(entry, n)
  where jsonb_typeof(x.entry) is distinct from 'object' or jsonb_typeof(x.entry -> 'event') is distinct from 'object'
     or jsonb_typeof(x.entry -> 'seq') is distinct from 'number'
     or coalesce(x.entry ->> 'state', '') not in ('pending', 'sending', 'conflict', 'held', 'denied', 'invalid', 'dropped');
  if v_bad is not null then
    raise exception 'Mục thứ % của tệp không đúng dạng (cần event, seq và state).', v_bad using errcode = '22023';
  end if;
  -- (an entry without an event id is answered invalid on its own)
  select x.entry -> 'event' ->> 'event_id' into v_repeated from jsonb_array_elements(v_events) x(entry)
  where x.entry -> 'event' ->> 'event_id' is not null
  group by 1 having count(*) > 1 limit 1;
  if found then
    raise exception 'Mã sự kiện % xuất hiện nhiều lần trong tệp.', v_repeated using errcode = '22023';
  end if;

  o_payload_sha256 := encode(sha256(convert_to(v_text, 'UTF8')), 'hex');
  o_entries := array(
    select row(y.n, y.seq, y.parcel, y.event, y.kind,
               case when y.kind = 'send' then row_number() over (partition by y.parcel, y.kind = 'send' order by y.seq, y.n) end
              )::private.import_entry
    from (
      select x.n::integer as n, (x.entry ->> 'seq')::numeric as seq, coalesce(x.entry -> 'event' ->> 'parcel_id', '') as parcel,
             x.entry -> 'event' as event,
             case when x.entry ->> 'state' = 'dropped' then 'dropped'
                  when jsonb_typeof(x.entry -> 'user_id') = 'string' and x.entry ->> 'user_id' <> o_user::text then 'other_user'
                  else 'send' end as kind
      from jsonb_array_elements(v_events) with ordinality as x(entry, n)) y
    order by y.seq, y.n);
end
$$;
revoke all on function private.read_outbox_file(jsonb) from public, anon, authenticated;

create or replace function public.import_outbox_file(p_import_id uuid, p_file jsonb, p_reason text, p_dry_run boolean)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set lock_timeout = '2s'
as $$
declare
  v_uid uuid := auth.uid();
  v_reason text := btrim(coalesce(p_reason, ''));
  v_dry boolean := coalesce(p_dry_run, true);
  v_file record;
  v_old public.outbox_imports;
  v_answers jsonb[];
  v_answer jsonb;
  v_round integer;
  v_user_email text;
begin
  if v_uid is null or not private.has_role('admin') then
    raise exception 'Chỉ quản trị viên được nhập tệp thay đổi chưa gửi.' using errcode = '42501';
  end if;
  if p_import_id is null then
    raise exception 'Thiếu mã lần nhập (p_import_id).' using errcode = '22023';
  end if;
  if v_reason = '' then
    raise exception 'Cần nêu lý do nhập tệp (ví dụ: điện thoại hỏng, không gửi được).' using errcode = '22023';
  end if;
  if length(v_reason) > 500 then
    raise exception 'Lý do nhập tối đa 500 ký tự.' using errcode = '22023';
  end if;
  -- as record_parcel_events: @supabase/lite hands a jsonb argument over as a JSON string
  if jsonb_typeof(p_file) = 'string' then
    begin
      p_file := (p_file #>> '{}')::jsonb;
    exception when invalid_text_representation or untranslatable_character then
      raise exception 'Tệp không phải JSON hợp lệ.' using errcode = '22023';
    end;
  end if;
  select * into v_file from private.read_outbox_file(p_file);
  select u.email into v_user_email from auth.users u where u.id = v_file.o_user;

  -- At most twice round, as revert_user_changes: a call that loses the race for the import id
  -- finds the winner's record on its second look.
  for v_round in 1..2 loop
    select * into v_old from public.outbox_imports i where i.id = p_import_id;
    if found then
      if v_old.payload_sha256 <> v_file.o_payload_sha256 or v_old.imported_by <> v_uid then
        raise exception 'Mã lần nhập này đã được dùng cho một tệp khác.' using errcode = '22023';
      end if;
      if v_old.answer is null then
        raise exception 'Lần nhập này đang chạy; hãy tải lại để xem kết quả.' using errcode = '40001';
      end if;
      return v_old.answer;
    end if;
    exit when v_dry;
    insert into public.outbox_imports (id, imported_by, imported_by_email, user_id, user_email, device_id, exported_at,
                                       reason, payload_sha256)
    values (p_import_id, v_uid, (select u.email from auth.users u where u.id = v_uid), v_file.o_user,
            v_user_email, v_file.o_device, v_file.o_exported_at,
            v_reason, v_file.o_payload_sha256)
    on conflict (id) do nothing;
    exit when found;
    if v_round = 2 then
      raise exception 'Lần nhập này đang chạy; hãy tải lại để xem kết quả.' using errcode = '40001';
    end if;
  end loop;

  if v_dry then
    begin
      v_answers := private.import_entries(v_file.o_entries, v_file.o_user);
      raise exception 'dry run' using errcode = 'GPDRY';
    exception when sqlstate 'GPDRY' then
      null;   -- everything the dry run wrote is rolled back; the answers stay
    end;
  else
    v_answers := private.import_entries(v_file.o_entries, v_file.o_user);
  end if;

  v_answer := jsonb_build_object(
    'import_id', p_import_id, 'dry_run', v_dry, 'user_id', v_file.o_user,
    'user_email', v_user_email,
    'device_id', v_file.o_device, 'exported_at', v_file.o_exported_at,
    'counts', (select jsonb_object_agg(s.status, (select count(*) from unnest(v_answers) a where a ->> 'status' = s.status))
               from unnest(array['applied', 'duplicate', 'conflict', 'denied', 'invalid', 'held', 'dropped']) s(status)),
    'events', (select coalesce(jsonb_agg(jsonb_build_object(
                 'event_id', e.event ->> 'event_id', 'parcel_id', e.event ->> 'parcel_id',
                 'project_name', pr.name, 'map_sheet', p.map_sheet, 'parcel_no', p.parcel_no,
                 'status', a ->> 'status', 'code', a ->> 'code', 'message', a ->> 'message', 'version', a -> 'version')
                 order by e.seq, e.n), '[]')
               from unnest(v_answers) a
                 join unnest(v_file.o_entries) e on e.n = (a ->> 'n')::integer
                 left join public.parcels p on p.id::text = e.parcel
                 left join public.projects pr on pr.id = p.project_id));
  if not v_dry then
    update public.outbox_imports i set answer = v_answer where i.id = p_import_id;
  end if;
  return v_answer;
end
$$;
revoke all on function public.import_outbox_file(uuid, jsonb, text, boolean) from public, anon;
grant execute on function public.import_outbox_file(uuid, jsonb, text, boolean) to authenticated;

-- The imports done, newest first: for leaders and admins.
create or replace function public.outbox_imports()
returns table (import_id uuid, imported_by_email text, user_email text, device_id text, exported_at timestamptz,
               reason text, counts jsonb, created_at timestamptz)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if auth.uid() is null or not private.is_leader_or_admin() then
    raise exception 'Chỉ lãnh đạo hoặc quản trị viên xem được các lần nhập tệp thay đổi.' using errcode = '42501';
  end if;
  return query
    select i.id, i.imported_by_email, i.user_email, i.device_id, i.exported_at, i.reason, i.answer -> 'counts', i.created_at
    from public.outbox_imports i where i.answer is not null
    order by i.created_at desc, i.id limit 200;
end
$$;
revoke all on function public.outbox_imports() from public, anon;
grant execute on function public.outbox_imports() to authenticated;
