-- record_parcel_events: the only way to change a parcel. A batch of client events, each applied
-- atomically and independently (a subtransaction per event) and answered in input order.
-- Checks, in order: invalid (shape) -> duplicate -> denied -> conflict -> invalid (move rules).
-- Messages are Vietnamese for the people who read them; `code` is stable for programs.

create or replace function private.event_answer(
  p_event_id text, p_status text, p_version integer, p_code text, p_message text)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object('event_id', p_event_id, 'status', p_status, 'version', p_version,
                            'code', p_code, 'message', p_message)
$$;

-- The first problem with an event's shape, or null when it is well-formed.
create or replace function private.event_shape_problem(p_ev jsonb, p_positions jsonb)
returns text[]
language plpgsql
stable
set search_path = ''
as $$
declare
  v_uuid constant text := '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  v_key text;
  v_when timestamptz;
begin
  if jsonb_typeof(p_ev) is distinct from 'object' then
    return array['not_object', 'Mỗi sự kiện phải là một đối tượng JSON.'];
  end if;
  for v_key in select jsonb_object_keys(p_ev) loop
    if v_key not in ('event_id', 'parcel_id', 'expected_version', 'to_stage', 'blocker', 'note', 'occurred_at') then
      return array['unknown_field', format('Trường không hợp lệ: "%s".', v_key)];
    end if;
  end loop;
  if jsonb_typeof(p_ev -> 'event_id') is distinct from 'string' or (p_ev ->> 'event_id') !~ v_uuid then
    return array['bad_event_id', 'Thiếu event_id hoặc event_id không phải UUID.'];
  end if;
  if jsonb_typeof(p_ev -> 'parcel_id') is distinct from 'string' or (p_ev ->> 'parcel_id') !~ v_uuid then
    return array['bad_parcel_id', 'Thiếu parcel_id hoặc parcel_id không phải UUID.'];
  end if;
  if jsonb_typeof(p_ev -> 'expected_version') is distinct from 'number'
     or (p_ev ->> 'expected_version') !~ '^[0-9]{1,9}$' or (p_ev ->> 'expected_version')::integer < 1 then
    return array['bad_expected_version', 'expected_version phải là số nguyên dương (phiên bản thửa đất đang thấy).'];
  end if;
  if p_ev ? 'to_stage' and jsonb_typeof(p_ev -> 'to_stage') <> 'null' then
    if jsonb_typeof(p_ev -> 'to_stage') <> 'string' or not p_positions ? (p_ev ->> 'to_stage') then
      return array['unknown_stage', format('Bước không tồn tại: %s.', p_ev -> 'to_stage')];
    end if;
  end if;
  if p_ev ? 'blocker' and jsonb_typeof(p_ev -> 'blocker') <> 'null' then
    if jsonb_typeof(p_ev -> 'blocker') <> 'object'
       or jsonb_typeof(p_ev -> 'blocker' -> 'reason') is distinct from 'string'
       or btrim(p_ev -> 'blocker' ->> 'reason') = ''
       or jsonb_typeof(p_ev -> 'blocker' -> 'responsible') is distinct from 'string'
       or btrim(p_ev -> 'blocker' ->> 'responsible') = '' then
      return array['bad_blocker', 'Vướng mắc cần có lý do (reason) và đơn vị/người phải xử lý (responsible).'];
    end if;
    if length(p_ev -> 'blocker' ->> 'reason') > 500 or length(p_ev -> 'blocker' ->> 'responsible') > 200 then
      return array['bad_blocker', 'Lý do vướng mắc tối đa 500 ký tự, người xử lý tối đa 200 ký tự.'];
    end if;
  end if;
  if p_ev ? 'note' and jsonb_typeof(p_ev -> 'note') <> 'null' then
    if jsonb_typeof(p_ev -> 'note') <> 'string' then
      return array['bad_note', 'Ghi chú (note) phải là chuỗi ký tự.'];
    end if;
    if length(p_ev ->> 'note') > 2000 then
      return array['bad_note', 'Ghi chú tối đa 2.000 ký tự.'];
    end if;
  end if;
  if p_ev ? 'occurred_at' and jsonb_typeof(p_ev -> 'occurred_at') <> 'null' then
    if jsonb_typeof(p_ev -> 'occurred_at') <> 'string' then
      return array['bad_occurred_at', 'occurred_at phải là thời điểm ISO 8601.'];
    end if;
    begin
      v_when := (p_ev ->> 'occurred_at')::timestamptz;
    exception when others then
      return array['bad_occurred_at', format('occurred_at không phải thời điểm hợp lệ: %s.', p_ev ->> 'occurred_at')];
    end;
    -- a few minutes of tolerance for field devices whose clocks run slightly ahead
    if v_when > now() + interval '5 minutes' then
      return array['future_occurred_at', 'occurred_at nằm trong tương lai.'];
    end if;
    if v_when < timestamptz '2000-01-01' then
      return array['bad_occurred_at', 'occurred_at trước năm 2000.'];
    end if;
  end if;
  if coalesce(p_ev ->> 'to_stage', '') = '' and not p_ev ? 'blocker'
     and coalesce(btrim(p_ev ->> 'note'), '') = '' then
    return array['empty_event', 'Sự kiện không thay đổi gì: cần to_stage, blocker hoặc note.'];
  end if;
  return null;
end
$$;

create or replace function private.apply_parcel_event(
  p_ev jsonb, p_actor uuid, p_units text[], p_positions jsonb)
returns jsonb
language plpgsql
volatile
set search_path = ''
as $$
declare
  v_problem text[];
  v_event_id uuid;
  v_parcel public.parcels;
  v_dup_version integer;
  v_to text;
  v_note text;
  v_blocked boolean;
  v_reason text;
  v_responsible text;
  v_step integer;
begin
  v_problem := private.event_shape_problem(p_ev, p_positions);
  if v_problem is not null then
    return private.event_answer(
      case when jsonb_typeof(p_ev) = 'object' then p_ev ->> 'event_id' end,
      'invalid', null, v_problem[1], v_problem[2]);
  end if;
  v_event_id := (p_ev ->> 'event_id')::uuid;

  select p.version into v_dup_version
  from public.parcel_events e join public.parcels p on p.id = e.parcel_id
  where e.event_id = v_event_id;
  if found then
    return private.event_answer(v_event_id::text, 'duplicate', v_dup_version, 'duplicate',
                                'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.');
  end if;

  begin
    -- the row lock serialises concurrent events on one parcel: exactly one wins each version
    select * into v_parcel from public.parcels where id = (p_ev ->> 'parcel_id')::uuid for update;
    if not found then
      return private.event_answer(v_event_id::text, 'invalid', null, 'unknown_parcel',
                                  format('Không tìm thấy thửa đất %s.', p_ev ->> 'parcel_id'));
    end if;

    -- a concurrent call may have recorded the same event while we waited for the lock
    if exists (select 1 from public.parcel_events where event_id = v_event_id) then
      return private.event_answer(v_event_id::text, 'duplicate', v_parcel.version, 'duplicate',
                                  'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.');
    end if;

    if p_actor is null or cardinality(p_units) = 0 then
      return private.event_answer(v_event_id::text, 'denied', v_parcel.version, 'not_officer',
                                  'Tài khoản này không có quyền cập nhật thửa đất.');
    end if;
    if not v_parcel.admin_unit_id = any (p_units) then
      return private.event_answer(v_event_id::text, 'denied', v_parcel.version, 'outside_area',
                                  'Thửa đất nằm ngoài địa bàn được phân công.');
    end if;

    if v_parcel.version <> (p_ev ->> 'expected_version')::integer then
      return private.event_answer(v_event_id::text, 'conflict', v_parcel.version, 'stale_version',
        format('Thửa đất đã được cập nhật bởi người khác (phiên bản %s, sự kiện dựa trên phiên bản %s).',
               v_parcel.version, p_ev ->> 'expected_version'));
    end if;

    v_to := coalesce(nullif(p_ev ->> 'to_stage', ''), v_parcel.stage);
    v_note := nullif(btrim(coalesce(p_ev ->> 'note', '')), '');
    v_step := (p_positions ->> v_to)::integer - (p_positions ->> v_parcel.stage)::integer;
    if v_step not in (0, 1) and v_note is null then
      return private.event_answer(v_event_id::text, 'invalid', v_parcel.version,
        case when v_step < 0 then 'backward_without_note' else 'skip_without_note' end,
        case when v_step < 0 then 'Chuyển lùi bước cần có ghi chú giải thích.'
             else 'Bỏ qua bước cần có ghi chú giải thích.' end);
    end if;

    if v_step = 0 and v_note is null and not p_ev ? 'blocker' then
      return private.event_answer(v_event_id::text, 'invalid', v_parcel.version, 'no_change',
        'Thửa đất đã ở bước này; sự kiện không thay đổi gì.');
    end if;

    v_blocked := v_parcel.blocked;
    v_reason := v_parcel.blocker_reason;
    v_responsible := v_parcel.blocker_responsible;
    if p_ev ? 'blocker' then
      v_blocked := jsonb_typeof(p_ev -> 'blocker') = 'object';
      v_reason := case when v_blocked then btrim(p_ev -> 'blocker' ->> 'reason') end;
      v_responsible := case when v_blocked then btrim(p_ev -> 'blocker' ->> 'responsible') end;
    end if;

    update public.parcels
    set stage = v_to, blocked = v_blocked, blocker_reason = v_reason,
        blocker_responsible = v_responsible, version = version + 1
    where id = v_parcel.id;

    insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked,
      blocker_reason, blocker_responsible, note, actor, version, occurred_at)
    values (v_event_id, v_parcel.id, v_parcel.stage, v_to, v_blocked, v_reason, v_responsible,
      v_note, p_actor, v_parcel.version + 1,
      coalesce((p_ev ->> 'occurred_at')::timestamptz, now()));

    return private.event_answer(v_event_id::text, 'applied', v_parcel.version + 1, 'applied',
                                'Đã ghi nhận.');
  exception
    when deadlock_detected or lock_not_available then
      return private.event_answer(v_event_id::text, 'conflict', null, 'busy',
                                  'Thửa đất đang được cập nhật đồng thời; hãy thử lại.');
    when unique_violation then
      return private.event_answer(v_event_id::text, 'duplicate', null, 'duplicate',
                                  'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.');
    when check_violation or not_null_violation or string_data_right_truncation then
      return private.event_answer(v_event_id::text, 'invalid', null, 'rejected', sqlerrm);
  end;
end
$$;

create or replace function public.record_parcel_events(events jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_positions jsonb;
  v_units text[];
  v_results jsonb := '[]'::jsonb;
  v_ev jsonb;
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

  select jsonb_object_agg(id, position) into v_positions from public.stages;
  select coalesce(array_agg(u), '{}') into v_units from private.officer_unit_ids() as u;

  for v_ev in select e.value from jsonb_array_elements(events) with ordinality as e(value, n) order by e.n loop
    v_results := v_results || jsonb_build_array(
      private.apply_parcel_event(v_ev, auth.uid(), v_units, v_positions));
  end loop;
  return v_results;
end
$$;

revoke all on function public.record_parcel_events(jsonb) from public;
grant execute on function public.record_parcel_events(jsonb) to anon, authenticated;
revoke all on function private.apply_parcel_event(jsonb, uuid, text[], jsonb) from public, anon, authenticated;
revoke all on function private.event_shape_problem(jsonb, jsonb) from public, anon, authenticated;
revoke all on function private.event_answer(text, text, integer, text, text) from public, anon, authenticated;
