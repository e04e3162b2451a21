-- The households' API (issue 16): the one way to change a household's record, and the reads of
-- the household page, the parcel panel, the search and the project items page.
-- Why one write function: every change (a party, a member, a holding, a plan, a line, a payment, a
-- resettlement plot, a project item and its progress) must be checked by the server with the
-- caller's area, be safe to retry from a flaky connection, and leave a row in household_events
-- with who, when, before and after. record_household_events does all three per event, as
-- record_parcel_events does for parcels.
--
-- How an event is decided (in this order, as parcel events): its shape (invalid), its event_id
-- already recorded (duplicate when the payload is the same, invalid/event_id_reused otherwise),
-- who may change the row (denied), the row's version (conflict), then the rules of the row
-- (invalid). Each event runs in its own subtransaction: a write that fails on a rule no check
-- foresaw undoes that event only (invalid/bad_value) and the others apply. Household changes come
-- from forms and small lists, a few at a time, so a subtransaction per event (at most 500 a call)
-- costs little, unlike the parcel path's batches of thousands.
--
-- Reads: household_detail (one party, everything the page shows), parcel_holders (a parcel's
-- holders), search_households (by name without accents, or an ID number prefix) and
-- project_items_list (a project's graves and utilities with their latest progress). None is
-- granted to anon: the public reaches households only through counts (household_progress).

-- ---------------------------------------------------------------- helpers

-- Text folded for search: Vietnamese letters without their marks, đ as d, lower case, spaces
-- collapsed ("Nguyễn  Văn An" → "nguyen van an"). Both cases are listed: lower() only knows the
-- accented letters under a Unicode collation, and the database may run with C.
create function private.fold_text(p_text text)
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select lower(regexp_replace(btrim(translate(normalize(p_text, nfc),
    'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ',
    'aaaaeeeiiioooouuuyaaaaeeeiiioooouuuyaaeeiiiioouuuuyyoouuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd')),
    '\s+', ' ', 'g'))
$$;

-- Whether one of the units (an officer's area, descendants included) keeps the party's record:
-- the party's commune, or the area of a parcel it holds.
create function private.party_in_units(p_party_id uuid, p_units text[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.parties p where p.id = p_party_id and p.admin_unit_id = any (p_units))
      or exists (select 1 from public.holdings h join public.parcels c on c.id = h.parcel_id
                 where h.party_id = p_party_id and c.admin_unit_id = any (p_units))
$$;

-- Whether the caller may change the party's record (and its members, lines, payments, plots):
-- an officer of its commune or of a parcel it holds. Leaders and admins read, never write.
create function private.can_edit_party(p_party_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$ select private.party_in_units(p_party_id, array(select private.officer_unit_ids())) $$;

-- Whether the caller may change a project's plans: an officer of the area of one of its parcels.
create function private.can_edit_project(p_project_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.parcels c
                 where c.project_id = p_project_id and c.admin_unit_id in (select private.officer_unit_ids()))
$$;

-- One answer of record_household_events.
create function private.household_answer(p_event_id uuid, p_status text, p_code text, p_message text,
                                         p_version integer default null)
returns jsonb
language sql
immutable
set search_path = ''
as $$
  select jsonb_build_object('event_id', p_event_id, 'status', p_status, 'code', p_code,
                            'message', p_message, 'version', p_version)
$$;

-- A JSON value as a uuid, or null when it is not a canonical uuid string.
create function private.json_uuid(p_value jsonb)
returns uuid
language sql
immutable
set search_path = ''
as $$
  select case when jsonb_typeof(p_value) = 'string'
                   and (p_value #>> '{}') ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
              then (p_value #>> '{}')::uuid end
$$;

-- Optional text as typed: trimmed, inner runs of spaces made one, blank as null.
create function private.clean_text(p_text text)
returns text
language sql
immutable
set search_path = ''
as $$ select nullif(regexp_replace(btrim(p_text), '\s+', ' ', 'g'), '') $$;

-- ---------------------------------------------------------------- one event

-- Decides and applies one event; the caller runs it in a subtransaction. p_units: the caller's
-- officer area. Returns the answer.
create function private.apply_household_event(p_ev jsonb, p_actor uuid, p_units text[])
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  c_allowed constant jsonb := jsonb_build_object(
    'party', array['kind', 'name', 'id_number', 'address', 'phone', 'admin_unit_id', 'note'],
    'member', array['party_id', 'full_name', 'id_number', 'birth_year', 'relation', 'is_head', 'share_pct'],
    'holding', array['party_id', 'parcel_id', 'share_pct', 'origin', 'certificate_no'],
    'plan', array['project_id', 'batch', 'posted_from', 'posted_to', 'decision_no', 'decision_date', 'note'],
    'line', array['plan_id', 'party_id', 'parcel_id', 'line_group', 'content', 'quantity', 'unit', 'unit_price_vnd',
                  'amount_vnd', 'basis_document', 'basis_article', 'status'],
    'payment', array['plan_id', 'party_id', 'paid_on', 'amount_vnd', 'method', 'reference'],
    'allocation', array['party_id', 'project_id', 'site', 'plot_no', 'area_m2', 'ready_on', 'allocated_on'],
    'item', array['project_id', 'admin_unit_id', 'kind', 'name', 'unit', 'total', 'owner'],
    'item_progress', array['item_id', 'as_of', 'done', 'note']);
  c_kinds constant text[] := array['party.save', 'party.delete', 'member.save', 'member.delete', 'holding.save',
    'holding.delete', 'plan.save', 'line.save', 'line.delete', 'payment.save', 'payment.delete', 'allocation.save',
    'allocation.delete', 'item.save', 'item_progress.save', 'item_progress.delete'];
  v_event_id uuid;
  v_kind text;
  v_entity text;
  v_delete boolean;
  v_id uuid;
  v_expected integer;
  v_at timestamptz;
  v_data jsonb;
  v_md5 uuid;
  v_unknown text;
  v_recorded record;
  v_exists boolean;
  v_version integer;
  v_old jsonb;
  v_new jsonb;
  v_party uuid;
  v_project uuid;
  v_unit text;
  v_problem text[];
  v_sum numeric;
  v_n integer;
  r_party public.parties;
  r_member public.party_members;
  r_holding public.holdings;
  r_plan public.compensation_plans;
  r_line public.plan_lines;
  r_payment public.payments;
  r_alloc public.resettlement_allocations;
  r_item public.project_items;
  r_prog public.project_item_progress;
  v_plan public.compensation_plans;
  v_parcel public.parcels;
  v_item public.project_items;
begin
  -- ---------------------------------------------------------- shape
  if jsonb_typeof(p_ev) is distinct from 'object' then
    return private.household_answer(null, 'invalid', 'not_object', 'Mỗi sự kiện phải là một đối tượng JSON.');
  end if;
  v_event_id := private.json_uuid(p_ev -> 'event_id');
  if v_event_id is null then
    return private.household_answer(null, 'invalid', 'bad_event_id', 'Thiếu event_id hoặc event_id không phải UUID.');
  end if;
  v_unknown := (select k from jsonb_object_keys(p_ev) k
                where k <> all (array['event_id', 'kind', 'id', 'expected_version', 'occurred_at', 'data']) limit 1);
  if v_unknown is not null then
    return private.household_answer(v_event_id, 'invalid', 'unknown_field', format('Trường không hợp lệ: "%s".', v_unknown));
  end if;
  v_kind := case when jsonb_typeof(p_ev -> 'kind') = 'string' then p_ev ->> 'kind' end;
  if v_kind is null or v_kind <> all (c_kinds) then
    return private.household_answer(v_event_id, 'invalid', 'unknown_kind',
      format('Loại thay đổi không hợp lệ: %s.', coalesce(p_ev ->> 'kind', '(trống)')));
  end if;
  v_entity := split_part(v_kind, '.', 1);
  v_delete := split_part(v_kind, '.', 2) = 'delete';
  v_id := private.json_uuid(p_ev -> 'id');
  if v_id is null then
    return private.household_answer(v_event_id, 'invalid', 'bad_id', 'Thiếu id hoặc id không phải UUID.');
  end if;
  if coalesce(jsonb_typeof(p_ev -> 'expected_version'), 'null') <> 'null' then
    if jsonb_typeof(p_ev -> 'expected_version') <> 'number'
       or scale((p_ev ->> 'expected_version')::numeric) <> 0
       or (p_ev ->> 'expected_version')::numeric not between 0 and 999999999 then
      return private.household_answer(v_event_id, 'invalid', 'bad_expected_version',
        'expected_version phải là số nguyên không âm (phiên bản bản ghi đang thấy; 0 hoặc bỏ trống khi thêm mới).');
    end if;
    v_expected := (p_ev ->> 'expected_version')::integer;
  end if;
  if coalesce(jsonb_typeof(p_ev -> 'occurred_at'), 'null') <> 'null' then
    if jsonb_typeof(p_ev -> 'occurred_at') <> 'string'
       or (p_ev ->> 'occurred_at') !~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$' then
      return private.household_answer(v_event_id, 'invalid', 'bad_occurred_at',
        'occurred_at phải là thời điểm ISO 8601 có múi giờ (ví dụ 2026-11-30T23:59:59+07:00).');
    end if;
    begin
      v_at := (p_ev ->> 'occurred_at')::timestamptz;
    exception when data_exception then
      return private.household_answer(v_event_id, 'invalid', 'bad_occurred_at',
        format('occurred_at không phải thời điểm hợp lệ: %s.', p_ev ->> 'occurred_at'));
    end;
    -- a few minutes of tolerance for devices whose clocks run slightly ahead
    if v_at > now() + interval '5 minutes' then
      return private.household_answer(v_event_id, 'invalid', 'future_occurred_at', 'occurred_at nằm trong tương lai.');
    end if;
    if v_at < timestamptz '2000-01-01' then
      return private.household_answer(v_event_id, 'invalid', 'bad_occurred_at', 'occurred_at trước năm 2000.');
    end if;
  end if;
  v_data := coalesce(p_ev -> 'data', '{}');
  if jsonb_typeof(v_data) = 'null' then
    v_data := '{}';
  end if;
  if jsonb_typeof(v_data) <> 'object' then
    return private.household_answer(v_event_id, 'invalid', 'bad_data', 'data phải là một đối tượng JSON.');
  end if;
  v_unknown := (select k from jsonb_object_keys(v_data) k
                where v_delete or k <> all (array(select jsonb_array_elements_text(c_allowed -> v_entity))) limit 1);
  if v_unknown is not null then
    return private.household_answer(v_event_id, 'invalid', 'unknown_field',
      format('Trường không hợp lệ trong data: "%s".', v_unknown));
  end if;
  if v_delete and coalesce(v_expected, 0) = 0 then
    return private.household_answer(v_event_id, 'invalid', 'missing_expected_version',
      'Xoá cần expected_version (phiên bản bản ghi đang thấy).');
  end if;

  -- ---------------------------------------------------------- retried or reused event id
  -- the payload: the event as sent without its id, compared as jsonb text (key order and spaces
  -- do not count, every value does)
  v_md5 := md5((p_ev - 'event_id')::text)::uuid;
  select e.payload_md5, e.after into v_recorded from public.household_events e where e.event_id = v_event_id;
  if found then
    if v_recorded.payload_md5 is null or v_recorded.payload_md5 = v_md5 then
      return private.household_answer(v_event_id, 'duplicate', 'duplicate',
        'Sự kiện này đã được ghi trước đó; không thay đổi gì thêm.', (v_recorded.after ->> 'version')::integer);
    end if;
    return private.household_answer(v_event_id, 'invalid', 'event_id_reused',
      'event_id này đã được dùng cho một thay đổi khác (nội dung khác); mỗi thay đổi mới cần một event_id mới.');
  end if;

  if cardinality(p_units) = 0 then
    return private.household_answer(v_event_id, 'denied', 'not_officer',
      'Chỉ cán bộ được phân công địa bàn mới được thay đổi hồ sơ hộ dân.');
  end if;

  -- ---------------------------------------------------------- the row as it is (locked)
  case v_entity
    when 'party' then select * into r_party from public.parties t where t.id = v_id for update;
    when 'member' then select * into r_member from public.party_members t where t.id = v_id for update;
    when 'holding' then select * into r_holding from public.holdings t where t.id = v_id for update;
    when 'plan' then select * into r_plan from public.compensation_plans t where t.id = v_id for update;
    when 'line' then select * into r_line from public.plan_lines t where t.id = v_id for update;
    when 'payment' then select * into r_payment from public.payments t where t.id = v_id for update;
    when 'allocation' then select * into r_alloc from public.resettlement_allocations t where t.id = v_id for update;
    when 'item' then select * into r_item from public.project_items t where t.id = v_id for update;
    else select * into r_prog from public.project_item_progress t where t.id = v_id for update;
  end case;
  v_exists := found;

  -- item_progress.save upserts on (item_id, as_of): a new entry for a day that has one corrects it
  if v_entity = 'item_progress' and not v_exists and not v_delete then
    select * into r_prog from public.project_item_progress t
    where t.item_id = private.json_uuid(v_data -> 'item_id')
      and t.as_of = private.iso_date(v_data ->> 'as_of') for update;
    if found then
      v_exists := true;
      v_id := r_prog.id;
      v_expected := r_prog.version;
    end if;
  end if;

  v_old := case when not v_exists then null else case v_entity
    when 'party' then to_jsonb(r_party) when 'member' then to_jsonb(r_member) when 'holding' then to_jsonb(r_holding)
    when 'plan' then to_jsonb(r_plan) when 'line' then to_jsonb(r_line) when 'payment' then to_jsonb(r_payment)
    when 'allocation' then to_jsonb(r_alloc) when 'item' then to_jsonb(r_item) else to_jsonb(r_prog) end end;
  v_version := (v_old ->> 'version')::integer;

  -- who may change the row as it is: decided before its version, so that a caller outside the area
  -- learns nothing of it
  if v_exists then
    v_problem := case v_entity
      when 'party' then case when not private.party_in_units(v_id, p_units) then array['party'] end
      when 'member' then case when not private.party_in_units(r_member.party_id, p_units) then array['party'] end
      when 'holding' then case when not private.party_in_units(r_holding.party_id, p_units)
                                 or not exists (select 1 from public.parcels c where c.id = r_holding.parcel_id
                                                and c.admin_unit_id = any (p_units)) then array['parcel'] end
      when 'plan' then case when not exists (select 1 from public.parcels c where c.project_id = r_plan.project_id
                                              and c.admin_unit_id = any (p_units)) then array['plan'] end
      when 'line' then case when not private.party_in_units(r_line.party_id, p_units) then array['party'] end
      when 'payment' then case when not private.party_in_units(r_payment.party_id, p_units) then array['party'] end
      when 'allocation' then case when not private.party_in_units(r_alloc.party_id, p_units) then array['party'] end
      when 'item' then case when r_item.admin_unit_id <> all (p_units) then array['item'] end
      else case when not exists (select 1 from public.project_items i where i.id = r_prog.item_id
                                 and i.admin_unit_id = any (p_units)) then array['item'] end
    end;
    if v_problem is not null then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Bản ghi này thuộc địa bàn khác; bạn không được thay đổi.');
    end if;
    if coalesce(v_expected, 0) = 0 then
      return private.household_answer(v_event_id, 'conflict', 'already_exists',
        'Bản ghi với id này đã có (có thể đã được thêm từ trước); hãy tải lại rồi sửa.', v_version);
    end if;
    if v_expected <> v_version then
      return private.household_answer(v_event_id, 'conflict', 'stale_version',
        format('Bản ghi đã được người khác cập nhật (phiên bản %s, thay đổi dựa trên phiên bản %s).', v_version, v_expected),
        v_version);
    end if;
  elsif coalesce(v_expected, 0) <> 0 then
    return private.household_answer(v_event_id, 'conflict', 'not_found',
      'Bản ghi không còn tồn tại (có thể đã bị xoá); hãy tải lại.');
  end if;

  v_at := least(coalesce(v_at, now()), now());

  -- ---------------------------------------------------------- deletes
  if v_delete then
    if v_entity = 'party' then
      if exists (select 1 from public.holdings h where h.party_id = v_id)
         or exists (select 1 from public.plan_lines l where l.party_id = v_id)
         or exists (select 1 from public.payments y where y.party_id = v_id)
         or exists (select 1 from public.resettlement_allocations a where a.party_id = v_id) then
        return private.household_answer(v_event_id, 'invalid', 'in_use',
          'Không xoá được: hộ còn thửa đất, dòng phương án, khoản chi trả hoặc lô tái định cư; hãy xoá chúng trước.',
          v_version);
      end if;
      v_party := v_id;
      v_unit := r_party.admin_unit_id;
      delete from public.parties t where t.id = v_id;
    elsif v_entity = 'member' then
      v_party := r_member.party_id;
      delete from public.party_members t where t.id = v_id;
    elsif v_entity = 'holding' then
      if exists (select 1 from public.plan_lines l where l.party_id = r_holding.party_id and l.parcel_id = r_holding.parcel_id) then
        return private.household_answer(v_event_id, 'invalid', 'in_use',
          'Không xoá được: phương án còn dòng bồi thường của hộ cho thửa đất này; hãy xoá các dòng đó trước.', v_version);
      end if;
      v_party := r_holding.party_id;
      select c.project_id, c.admin_unit_id into v_project, v_unit from public.parcels c where c.id = r_holding.parcel_id;
      delete from public.holdings t where t.id = v_id;
    elsif v_entity = 'line' then
      v_party := r_line.party_id;
      v_project := (select p.project_id from public.compensation_plans p where p.id = r_line.plan_id);
      delete from public.plan_lines t where t.id = v_id;
    elsif v_entity = 'payment' then
      v_party := r_payment.party_id;
      v_project := (select p.project_id from public.compensation_plans p where p.id = r_payment.plan_id);
      delete from public.payments t where t.id = v_id;
    elsif v_entity = 'allocation' then
      v_party := r_alloc.party_id;
      v_project := r_alloc.project_id;
      delete from public.resettlement_allocations t where t.id = v_id;
    else
      select i.project_id, i.admin_unit_id into v_project, v_unit from public.project_items i where i.id = r_prog.item_id;
      delete from public.project_item_progress t where t.id = v_id;
    end if;
    insert into public.household_events (event_id, kind, entity, entity_id, party_id, project_id, admin_unit_id,
                                         before, after, actor, occurred_at, payload_md5)
    values (v_event_id, v_kind, v_entity, v_id, v_party, v_project, v_unit, v_old, null, p_actor, v_at, v_md5);
    return private.household_answer(v_event_id, 'applied', 'applied', 'Đã xoá.', null);
  end if;

  -- ---------------------------------------------------------- saves: the row after the change
  -- data keys left out keep the row's values (a new row: the column defaults below)
  if v_entity = 'party' then
    r_party := jsonb_populate_record(case when v_exists then r_party end, v_data);
    r_party.name := private.clean_text(r_party.name);
    r_party.id_number := private.clean_text(r_party.id_number);
    r_party.address := private.clean_text(r_party.address);
    r_party.phone := private.clean_text(r_party.phone);
    r_party.note := nullif(btrim(r_party.note), '');
    -- the commune it is registered in must be the caller's, unless the party holds a parcel there
    if r_party.admin_unit_id is not null and r_party.admin_unit_id <> all (p_units)
       and not (v_exists and exists (select 1 from public.holdings h join public.parcels c on c.id = h.parcel_id
                                     where h.party_id = v_id and c.admin_unit_id = any (p_units))) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Xã/phường đăng ký của hộ nằm ngoài địa bàn được phân công.', v_version);
    end if;
    v_problem := case
      when r_party.kind is null or r_party.kind not in ('household', 'person', 'organisation') then
        array['bad_kind', 'Loại người sử dụng đất phải là hộ gia đình, cá nhân hoặc tổ chức.']
      when r_party.name is null then array['missing_value', 'Thiếu tên người sử dụng đất.']
      when length(r_party.name) > 200 then array['bad_name', 'Tên tối đa 200 ký tự.']
      when r_party.id_number is not null and r_party.id_number !~ '^([0-9]{9}|[0-9]{12}|[0-9]{10}(-[0-9]{3})?)$' then
        array['bad_id_number', 'Số định danh phải là CCCD 12 số, CMND 9 số, hoặc mã số thuế 10 số (chi nhánh 10-3 số).']
      when r_party.id_number is not null and exists (select 1 from public.parties p
                                                     where p.id_number = r_party.id_number and p.id <> v_id) then
        array['id_number_taken', format('Số định danh %s đã có ở một hồ sơ khác.', r_party.id_number)]
      when length(r_party.address) > 500 then array['bad_address', 'Địa chỉ tối đa 500 ký tự.']
      when r_party.phone is not null and r_party.phone !~ '^[0-9+ .-]{6,20}$' then
        array['bad_phone', 'Số điện thoại chỉ gồm chữ số (6–20 ký tự, có thể có + . -).']
      when length(r_party.note) > 2000 then array['bad_note', 'Ghi chú tối đa 2.000 ký tự.']
      when r_party.admin_unit_id is null then array['missing_value', 'Thiếu xã/phường nơi đăng ký (admin_unit_id).']
      when not exists (select 1 from public.admin_units u where u.id = r_party.admin_unit_id) then
        array['unknown_admin_unit', format('Không có đơn vị hành chính %s.', r_party.admin_unit_id)]
    end;
    v_party := v_id;
    v_unit := r_party.admin_unit_id;

  elsif v_entity = 'member' then
    r_member := jsonb_populate_record(case when v_exists then r_member end, v_data);
    r_member.full_name := private.clean_text(r_member.full_name);
    r_member.id_number := private.clean_text(r_member.id_number);
    r_member.relation := private.clean_text(r_member.relation);
    r_member.is_head := coalesce(r_member.is_head, false);
    if r_member.party_id is null or not exists (select 1 from public.parties p where p.id = r_member.party_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_party', 'Không tìm thấy hộ (party_id).', v_version);
    end if;
    if not private.party_in_units(r_member.party_id, p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Hộ này thuộc địa bàn khác; bạn không được thay đổi.', v_version);
    end if;
    v_problem := case
      when v_exists and r_member.party_id <> (v_old ->> 'party_id')::uuid then
        array['party_changed', 'Không chuyển được thành viên sang hộ khác; hãy xoá rồi thêm ở hộ kia.']
      when r_member.full_name is null then array['missing_value', 'Thiếu họ tên thành viên.']
      when length(r_member.full_name) > 200 then array['bad_name', 'Họ tên tối đa 200 ký tự.']
      when r_member.id_number is not null and r_member.id_number !~ '^([0-9]{9}|[0-9]{12})$' then
        array['bad_id_number', 'Số định danh cá nhân phải là CCCD 12 số hoặc CMND 9 số.']
      when r_member.id_number is not null and exists (select 1 from public.party_members m
                                                      where m.id_number = r_member.id_number and m.id <> v_id) then
        array['id_number_taken', format('Số định danh %s đã có ở một thành viên khác.', r_member.id_number)]
      when r_member.birth_year is not null and r_member.birth_year not between 1900 and extract(year from now())::integer then
        array['bad_birth_year', 'Năm sinh không hợp lệ.']
      when length(r_member.relation) > 50 then array['bad_relation', 'Quan hệ với chủ hộ tối đa 50 ký tự.']
      when r_member.share_pct is not null and not (r_member.share_pct > 0 and r_member.share_pct <= 100) then
        array['bad_share', 'Tỷ lệ phần quyền phải lớn hơn 0 và không quá 100 %.']
      when r_member.is_head and exists (select 1 from public.party_members m
                                        where m.party_id = r_member.party_id and m.is_head and m.id <> v_id) then
        array['head_exists', 'Hộ đã có chủ hộ; mỗi hộ chỉ có một chủ hộ.']
    end;
    v_party := r_member.party_id;

  elsif v_entity = 'holding' then
    r_holding := jsonb_populate_record(case when v_exists then r_holding end, v_data);
    r_holding.share_pct := coalesce(r_holding.share_pct, 100);
    r_holding.origin := coalesce(r_holding.origin, 'unknown');
    r_holding.certificate_no := private.clean_text(r_holding.certificate_no);
    if r_holding.party_id is null or not exists (select 1 from public.parties p where p.id = r_holding.party_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_party', 'Không tìm thấy hộ (party_id).', v_version);
    end if;
    select * into v_parcel from public.parcels c where c.id = r_holding.parcel_id;
    if not found then
      return private.household_answer(v_event_id, 'invalid', 'unknown_parcel', 'Không tìm thấy thửa đất (parcel_id).', v_version);
    end if;
    if v_parcel.admin_unit_id <> all (p_units) or not private.party_in_units(r_holding.party_id, p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Thửa đất hoặc hộ nằm ngoài địa bàn được phân công.', v_version);
    end if;
    -- two officers adding holders to one parcel at once must not both pass the sum of shares
    perform pg_advisory_xact_lock(hashtextextended('holdings:' || r_holding.parcel_id::text, 0));
    v_sum := (select coalesce(sum(h.share_pct), 0) from public.holdings h
              where h.parcel_id = r_holding.parcel_id and h.id <> v_id);
    v_problem := case
      when v_exists and (r_holding.party_id <> (v_old ->> 'party_id')::uuid
                         or r_holding.parcel_id <> (v_old ->> 'parcel_id')::uuid) then
        array['holding_changed', 'Không đổi được hộ hoặc thửa của một quyền sử dụng; hãy xoá rồi thêm mới.']
      when not (r_holding.share_pct > 0 and r_holding.share_pct <= 100) then
        array['bad_share', 'Tỷ lệ sử dụng phải lớn hơn 0 và không quá 100 %.']
      when v_sum + r_holding.share_pct > 100 then
        array['share_over_100', format('Tổng tỷ lệ sử dụng của thửa đất vượt 100 %% (đã có %s %% của người khác).',
                                       to_char(v_sum, 'FM990.99'))]
      when r_holding.origin not in ('allocated', 'leased', 'recognised', 'transferred', 'inherited', 'donated',
                                    'public_land', 'unknown') then
        array['bad_origin', format('Nguồn gốc sử dụng đất không hợp lệ: %s.', r_holding.origin)]
      when length(r_holding.certificate_no) > 50 then array['bad_certificate_no', 'Số giấy chứng nhận tối đa 50 ký tự.']
      when exists (select 1 from public.holdings h where h.party_id = r_holding.party_id
                   and h.parcel_id = r_holding.parcel_id and h.id <> v_id) then
        array['holding_exists', 'Hộ này đã có quyền sử dụng thửa đất này.']
    end;
    v_party := r_holding.party_id;
    v_project := v_parcel.project_id;
    v_unit := v_parcel.admin_unit_id;

  elsif v_entity = 'plan' then
    r_plan := jsonb_populate_record(case when v_exists then r_plan end, v_data);
    r_plan.batch := private.clean_text(r_plan.batch);
    r_plan.decision_no := private.clean_text(r_plan.decision_no);
    r_plan.note := nullif(btrim(r_plan.note), '');
    if r_plan.project_id is null or not exists (select 1 from public.projects p where p.id = r_plan.project_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_project', 'Không tìm thấy dự án (project_id).', v_version);
    end if;
    if not exists (select 1 from public.parcels c where c.project_id = r_plan.project_id and c.admin_unit_id = any (p_units)) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Dự án không có thửa đất nào trong địa bàn được phân công.', v_version);
    end if;
    v_problem := case
      when v_exists and r_plan.project_id <> (v_old ->> 'project_id')::uuid then
        array['project_changed', 'Không chuyển được phương án sang dự án khác.']
      when r_plan.batch is null then array['missing_value', 'Thiếu tên đợt (batch) của phương án.']
      when length(r_plan.batch) > 50 then array['bad_batch', 'Tên đợt tối đa 50 ký tự.']
      when exists (select 1 from public.compensation_plans p where p.project_id = r_plan.project_id
                   and p.batch = r_plan.batch and p.id <> v_id) then
        array['batch_taken', format('Dự án đã có phương án đợt "%s".', r_plan.batch)]
      when r_plan.posted_to is not null and (r_plan.posted_from is null or r_plan.posted_to < r_plan.posted_from) then
        array['bad_posting_dates', 'Ngày kết thúc niêm yết phải có ngày bắt đầu và không sớm hơn nó.']
      when (r_plan.decision_no is null) <> (r_plan.decision_date is null) then
        array['decision_incomplete', 'Phương án được phê duyệt cần cả số và ngày quyết định phê duyệt.']
      when length(r_plan.decision_no) > 80 then array['bad_decision_no', 'Số quyết định tối đa 80 ký tự.']
      when r_plan.decision_date < date '2000-01-01' then array['bad_date', 'Ngày quyết định trước năm 2000.']
      when r_plan.decision_date > private.vn_today() then
        array['future_date', 'Ngày quyết định phê duyệt nằm trong tương lai.']
      when r_plan.decision_date is null and exists (select 1 from public.payments y where y.plan_id = v_id) then
        array['plan_has_payments', 'Phương án đã có khoản chi trả; không bỏ quyết định phê duyệt được.']
      when length(r_plan.note) > 2000 then array['bad_note', 'Ghi chú tối đa 2.000 ký tự.']
    end;
    v_project := r_plan.project_id;

  elsif v_entity = 'line' then
    r_line := jsonb_populate_record(case when v_exists then r_line end, v_data);
    r_line.content := private.clean_text(r_line.content);
    r_line.unit := private.clean_text(r_line.unit);
    r_line.basis_document := private.clean_text(r_line.basis_document);
    r_line.basis_article := private.clean_text(r_line.basis_article);
    -- an amount left out is quantity × unit price, when both are given
    if not (v_data ? 'amount_vnd') and not v_exists and r_line.quantity is not null and r_line.unit_price_vnd is not null then
      r_line.amount_vnd := round(r_line.quantity * r_line.unit_price_vnd);
    end if;
    r_line.status := coalesce(r_line.status, case when r_line.basis_document is null then 'missing_basis' else 'provisional' end);
    select * into v_plan from public.compensation_plans p where p.id = r_line.plan_id;
    if not found then
      return private.household_answer(v_event_id, 'invalid', 'unknown_plan', 'Không tìm thấy phương án (plan_id).', v_version);
    end if;
    if r_line.party_id is null or not exists (select 1 from public.parties p where p.id = r_line.party_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_party', 'Không tìm thấy hộ (party_id).', v_version);
    end if;
    if not private.party_in_units(r_line.party_id, p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Hộ này thuộc địa bàn khác; bạn không được thay đổi.', v_version);
    end if;
    v_problem := case
      when v_exists and (r_line.plan_id <> (v_old ->> 'plan_id')::uuid or r_line.party_id <> (v_old ->> 'party_id')::uuid) then
        array['line_moved', 'Không chuyển được dòng sang phương án hoặc hộ khác; hãy xoá rồi thêm mới.']
      when r_line.line_group is null or r_line.line_group not in ('land', 'assets', 'crops', 'support', 'resettlement', 'deduction') then
        array['bad_line_group', 'Nhóm khoản phải là đất, tài sản, cây trồng, hỗ trợ, tái định cư hoặc khấu trừ.']
      when r_line.content is null then array['missing_value', 'Thiếu nội dung của dòng.']
      when length(r_line.content) > 500 then array['bad_content', 'Nội dung tối đa 500 ký tự.']
      when r_line.quantity < 0 then array['bad_quantity', 'Khối lượng không được âm.']
      when length(r_line.unit) > 20 then array['bad_unit', 'Đơn vị tính tối đa 20 ký tự.']
      when r_line.unit_price_vnd < 0 then array['bad_amount', 'Đơn giá không được âm.']
      when r_line.amount_vnd is null then array['missing_value', 'Thiếu thành tiền (hoặc khối lượng và đơn giá).']
      when r_line.amount_vnd < 0 then array['bad_amount', 'Thành tiền không được âm (khấu trừ ghi số dương ở nhóm khấu trừ).']
      when r_line.status not in ('provisional', 'needs_confirmation', 'missing_basis') then
        array['bad_status', 'Trạng thái phải là tạm tính, cần xác minh hoặc chưa có căn cứ.']
      when r_line.basis_document is null and r_line.status <> 'missing_basis' then
        array['basis_missing', 'Dòng chưa có văn bản căn cứ phải có trạng thái "chưa có căn cứ".']
      when r_line.basis_document is not null and r_line.status = 'missing_basis' then
        array['basis_present', 'Dòng đã có văn bản căn cứ không thể ở trạng thái "chưa có căn cứ".']
      when length(r_line.basis_document) > 200 or length(r_line.basis_article) > 100 then
        array['bad_basis', 'Văn bản căn cứ tối đa 200 ký tự, điều khoản tối đa 100 ký tự.']
      when r_line.parcel_id is not null and not exists (select 1 from public.holdings h
                                                        where h.party_id = r_line.party_id and h.parcel_id = r_line.parcel_id) then
        array['parcel_not_held', 'Thửa đất của dòng không thuộc hộ này.']
    end;
    v_party := r_line.party_id;
    v_project := v_plan.project_id;

  elsif v_entity = 'payment' then
    r_payment := jsonb_populate_record(case when v_exists then r_payment end, v_data);
    r_payment.reference := private.clean_text(r_payment.reference);
    select * into v_plan from public.compensation_plans p where p.id = r_payment.plan_id;
    if not found then
      return private.household_answer(v_event_id, 'invalid', 'unknown_plan', 'Không tìm thấy phương án (plan_id).', v_version);
    end if;
    if r_payment.party_id is null or not exists (select 1 from public.parties p where p.id = r_payment.party_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_party', 'Không tìm thấy hộ (party_id).', v_version);
    end if;
    if not private.party_in_units(r_payment.party_id, p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Hộ này thuộc địa bàn khác; bạn không được thay đổi.', v_version);
    end if;
    v_problem := case
      when v_exists and (r_payment.plan_id <> (v_old ->> 'plan_id')::uuid or r_payment.party_id <> (v_old ->> 'party_id')::uuid) then
        array['payment_moved', 'Không chuyển được khoản chi trả sang phương án hoặc hộ khác.']
      when v_plan.decision_date is null then
        array['plan_not_approved', 'Phương án chưa được phê duyệt; chỉ chi trả theo phương án đã có quyết định.']
      when r_payment.paid_on is null then array['missing_value', 'Thiếu ngày chi trả.']
      when r_payment.paid_on > private.vn_today() then array['future_date', 'Ngày chi trả nằm trong tương lai.']
      when r_payment.paid_on < v_plan.decision_date then
        array['paid_before_decision', format('Ngày chi trả sớm hơn ngày phê duyệt phương án (%s).',
                                             to_char(v_plan.decision_date, 'DD/MM/YYYY'))]
      when r_payment.amount_vnd is null then array['missing_value', 'Thiếu số tiền chi trả.']
      when r_payment.amount_vnd <= 0 then array['bad_amount', 'Số tiền chi trả phải lớn hơn 0.']
      when r_payment.method is null or r_payment.method not in ('cash', 'bank_transfer', 'treasury_deposit') then
        array['bad_method', 'Hình thức chi trả phải là tiền mặt, chuyển khoản hoặc gửi Kho bạc.']
      when length(r_payment.reference) > 100 then array['bad_reference', 'Số chứng từ tối đa 100 ký tự.']
    end;
    v_party := r_payment.party_id;
    v_project := v_plan.project_id;

  elsif v_entity = 'allocation' then
    r_alloc := jsonb_populate_record(case when v_exists then r_alloc end, v_data);
    r_alloc.site := private.clean_text(r_alloc.site);
    r_alloc.plot_no := private.clean_text(r_alloc.plot_no);
    if r_alloc.party_id is null or not exists (select 1 from public.parties p where p.id = r_alloc.party_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_party', 'Không tìm thấy hộ (party_id).', v_version);
    end if;
    if not private.party_in_units(r_alloc.party_id, p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Hộ này thuộc địa bàn khác; bạn không được thay đổi.', v_version);
    end if;
    v_problem := case
      when v_exists and r_alloc.party_id <> (v_old ->> 'party_id')::uuid then
        array['party_changed', 'Không chuyển được lô tái định cư sang hộ khác.']
      when r_alloc.project_id is null or not exists (select 1 from public.projects p where p.id = r_alloc.project_id) then
        array['unknown_project', 'Không tìm thấy dự án (project_id).']
      when r_alloc.site is null then array['missing_value', 'Thiếu khu tái định cư.']
      when length(r_alloc.site) > 200 then array['bad_site', 'Tên khu tái định cư tối đa 200 ký tự.']
      when length(r_alloc.plot_no) > 50 then array['bad_plot_no', 'Số lô tối đa 50 ký tự.']
      when r_alloc.area_m2 is not null and r_alloc.area_m2 <= 0 then array['bad_area', 'Diện tích lô phải lớn hơn 0.']
      when r_alloc.ready_on < date '2000-01-01' or r_alloc.allocated_on < date '2000-01-01' then
        array['bad_date', 'Ngày trước năm 2000.']
      when r_alloc.allocated_on > private.vn_today() then array['future_date', 'Ngày giao đất tái định cư nằm trong tương lai.']
    end;
    v_party := r_alloc.party_id;
    v_project := r_alloc.project_id;

  elsif v_entity = 'item' then
    r_item := jsonb_populate_record(case when v_exists then r_item end, v_data);
    r_item.name := private.clean_text(r_item.name);
    r_item.owner := private.clean_text(r_item.owner);
    r_item.unit := coalesce(r_item.unit, case when r_item.kind = 'grave' then 'count' end);
    if r_item.project_id is null or not exists (select 1 from public.projects p where p.id = r_item.project_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_project', 'Không tìm thấy dự án (project_id).', v_version);
    end if;
    if r_item.admin_unit_id is null or not exists (select 1 from public.admin_units u where u.id = r_item.admin_unit_id) then
      return private.household_answer(v_event_id, 'invalid', 'unknown_admin_unit',
        'Thiếu hoặc không có đơn vị hành chính (admin_unit_id).', v_version);
    end if;
    if r_item.admin_unit_id <> all (p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Xã/phường của hạng mục nằm ngoài địa bàn được phân công.', v_version);
    end if;
    v_problem := case
      when v_exists and r_item.project_id <> (v_old ->> 'project_id')::uuid then
        array['project_changed', 'Không chuyển được hạng mục sang dự án khác.']
      when r_item.kind is null or r_item.kind not in ('grave', 'power_line', 'water_pipe', 'telecom', 'drainage', 'other_utility') then
        array['bad_kind', 'Loại hạng mục phải là mộ, đường điện, cấp nước, viễn thông, thoát nước hoặc công trình khác.']
      when r_item.unit is null or r_item.unit not in ('count', 'm') then
        array['bad_unit', 'Đơn vị phải là "count" (cái, ngôi) hoặc "m" (mét).']
      when r_item.kind = 'grave' and r_item.unit <> 'count' then array['grave_unit', 'Mộ được đếm theo ngôi (đơn vị "count").']
      when r_item.name is null then array['missing_value', 'Thiếu tên hạng mục.']
      when length(r_item.name) > 200 or length(r_item.owner) > 200 then
        array['bad_name', 'Tên hạng mục và chủ quản tối đa 200 ký tự.']
      when r_item.total is null or r_item.total <= 0 then array['bad_total', 'Tổng khối lượng phải lớn hơn 0.']
      when r_item.total < (select max(g.done) from public.project_item_progress g where g.item_id = v_id) then
        array['total_below_done', 'Tổng khối lượng nhỏ hơn khối lượng đã di dời đã ghi nhận.']
    end;
    v_project := r_item.project_id;
    v_unit := r_item.admin_unit_id;

  else -- item_progress
    r_prog := jsonb_populate_record(case when v_exists then r_prog end, v_data);
    r_prog.note := nullif(btrim(r_prog.note), '');
    select * into v_item from public.project_items i where i.id = r_prog.item_id;
    if not found then
      return private.household_answer(v_event_id, 'invalid', 'unknown_item', 'Không tìm thấy hạng mục (item_id).', v_version);
    end if;
    if v_item.admin_unit_id <> all (p_units) then
      return private.household_answer(v_event_id, 'denied', 'outside_area',
        'Xã/phường của hạng mục nằm ngoài địa bàn được phân công.', v_version);
    end if;
    v_problem := case
      when v_exists and r_prog.item_id <> (v_old ->> 'item_id')::uuid then
        array['item_changed', 'Không chuyển được số liệu sang hạng mục khác.']
      when r_prog.as_of is null then array['missing_value', 'Thiếu ngày số liệu (as_of).']
      when r_prog.as_of < date '2000-01-01' then array['bad_date', 'Ngày số liệu trước năm 2000.']
      when r_prog.as_of > private.vn_today() then array['future_date', 'Ngày số liệu nằm trong tương lai.']
      when exists (select 1 from public.project_item_progress g where g.item_id = r_prog.item_id
                   and g.as_of = r_prog.as_of and g.id <> v_id) then
        array['as_of_taken', 'Hạng mục đã có số liệu của ngày này; hãy sửa số liệu đó.']
      when r_prog.done is null or r_prog.done < 0 then array['bad_done', 'Khối lượng đã di dời phải là số không âm.']
      when r_prog.done > v_item.total then
        array['done_over_total', format('Khối lượng đã di dời (%s) vượt tổng khối lượng của hạng mục (%s).',
                                        r_prog.done, v_item.total)]
      when length(r_prog.note) > 2000 then array['bad_note', 'Ghi chú tối đa 2.000 ký tự.']
    end;
    v_project := v_item.project_id;
    v_unit := v_item.admin_unit_id;
  end if;

  if v_problem is not null then
    return private.household_answer(v_event_id, 'invalid', v_problem[1], v_problem[2], v_version);
  end if;

  -- ---------------------------------------------------------- write the row and its history
  v_n := coalesce(v_version, 0) + 1;
  if v_entity = 'party' then
    insert into public.parties as t (id, kind, name, id_number, address, phone, admin_unit_id, note, version, updated_at)
    values (v_id, r_party.kind, r_party.name, r_party.id_number, r_party.address, r_party.phone, r_party.admin_unit_id,
            r_party.note, v_n, now())
    on conflict (id) do update set kind = excluded.kind, name = excluded.name, id_number = excluded.id_number,
      address = excluded.address, phone = excluded.phone, admin_unit_id = excluded.admin_unit_id, note = excluded.note,
      version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'member' then
    insert into public.party_members as t (id, party_id, full_name, id_number, birth_year, relation, is_head, share_pct,
                                           version, updated_at)
    values (v_id, r_member.party_id, r_member.full_name, r_member.id_number, r_member.birth_year, r_member.relation,
            r_member.is_head, r_member.share_pct, v_n, now())
    on conflict (id) do update set full_name = excluded.full_name, id_number = excluded.id_number,
      birth_year = excluded.birth_year, relation = excluded.relation, is_head = excluded.is_head,
      share_pct = excluded.share_pct, version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'holding' then
    insert into public.holdings as t (id, party_id, parcel_id, share_pct, origin, certificate_no, version, updated_at)
    values (v_id, r_holding.party_id, r_holding.parcel_id, r_holding.share_pct, r_holding.origin, r_holding.certificate_no,
            v_n, now())
    on conflict (id) do update set share_pct = excluded.share_pct, origin = excluded.origin,
      certificate_no = excluded.certificate_no, version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'plan' then
    insert into public.compensation_plans as t (id, project_id, batch, posted_from, posted_to, decision_no, decision_date,
                                                note, version, updated_at)
    values (v_id, r_plan.project_id, r_plan.batch, r_plan.posted_from, r_plan.posted_to, r_plan.decision_no,
            r_plan.decision_date, r_plan.note, v_n, now())
    on conflict (id) do update set batch = excluded.batch, posted_from = excluded.posted_from,
      posted_to = excluded.posted_to, decision_no = excluded.decision_no, decision_date = excluded.decision_date,
      note = excluded.note, version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'line' then
    insert into public.plan_lines as t (id, plan_id, party_id, parcel_id, line_group, content, quantity, unit,
                                        unit_price_vnd, amount_vnd, basis_document, basis_article, status, version, updated_at)
    values (v_id, r_line.plan_id, r_line.party_id, r_line.parcel_id, r_line.line_group, r_line.content, r_line.quantity,
            r_line.unit, r_line.unit_price_vnd, r_line.amount_vnd, r_line.basis_document, r_line.basis_article,
            r_line.status, v_n, now())
    on conflict (id) do update set parcel_id = excluded.parcel_id, line_group = excluded.line_group,
      content = excluded.content, quantity = excluded.quantity, unit = excluded.unit,
      unit_price_vnd = excluded.unit_price_vnd, amount_vnd = excluded.amount_vnd,
      basis_document = excluded.basis_document, basis_article = excluded.basis_article, status = excluded.status,
      version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'payment' then
    insert into public.payments as t (id, plan_id, party_id, paid_on, amount_vnd, method, reference, version, updated_at)
    values (v_id, r_payment.plan_id, r_payment.party_id, r_payment.paid_on, r_payment.amount_vnd, r_payment.method,
            r_payment.reference, v_n, now())
    on conflict (id) do update set paid_on = excluded.paid_on, amount_vnd = excluded.amount_vnd,
      method = excluded.method, reference = excluded.reference, version = excluded.version,
      updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'allocation' then
    insert into public.resettlement_allocations as t (id, party_id, project_id, site, plot_no, area_m2, ready_on,
                                                      allocated_on, version, updated_at)
    values (v_id, r_alloc.party_id, r_alloc.project_id, r_alloc.site, r_alloc.plot_no, r_alloc.area_m2, r_alloc.ready_on,
            r_alloc.allocated_on, v_n, now())
    on conflict (id) do update set project_id = excluded.project_id, site = excluded.site, plot_no = excluded.plot_no,
      area_m2 = excluded.area_m2, ready_on = excluded.ready_on, allocated_on = excluded.allocated_on,
      version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  elsif v_entity = 'item' then
    insert into public.project_items as t (id, project_id, admin_unit_id, kind, name, unit, total, owner, version, updated_at)
    values (v_id, r_item.project_id, r_item.admin_unit_id, r_item.kind, r_item.name, r_item.unit, r_item.total,
            r_item.owner, v_n, now())
    on conflict (id) do update set admin_unit_id = excluded.admin_unit_id, kind = excluded.kind, name = excluded.name,
      unit = excluded.unit, total = excluded.total, owner = excluded.owner, version = excluded.version,
      updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  else
    insert into public.project_item_progress as t (id, item_id, as_of, done, note, version, updated_at)
    values (v_id, r_prog.item_id, r_prog.as_of, r_prog.done, r_prog.note, v_n, now())
    on conflict (id) do update set as_of = excluded.as_of, done = excluded.done, note = excluded.note,
      version = excluded.version, updated_at = excluded.updated_at
    returning to_jsonb(t) into v_new;
  end if;

  insert into public.household_events (event_id, kind, entity, entity_id, party_id, project_id, admin_unit_id,
                                       before, after, actor, occurred_at, payload_md5)
  values (v_event_id, v_kind, v_entity, v_id, v_party, v_project, v_unit, v_old, v_new, p_actor, v_at, v_md5);
  return private.household_answer(v_event_id, 'applied', 'applied', 'Đã ghi nhận.', v_n);
end
$$;

-- ---------------------------------------------------------------- record_household_events

-- The only way to change a household's record, a plan or a project item: a list of client events
-- (at most 500), each decided and applied on its own, answered in the order sent. See the header.
-- lock_timeout: a row another officer's call holds longer is answered conflict/busy (try again)
-- rather than left waiting until a proxy gives up on the request.
create function public.record_household_events(events jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
set lock_timeout = '2s'
as $$
declare
  v_units text[];
  v_actor uuid := auth.uid();
  v_ev jsonb;
  v_answer jsonb;
  v_answers jsonb[] := '{}';
  v_state text;
  v_constraint text;
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
    raise exception 'events phải là một mảng JSON các thay đổi.' using errcode = '22023',
      hint = 'Send {"events": [{"event_id": ..., "kind": ..., "id": ..., "data": {...}}]}';
  end if;
  if jsonb_array_length(events) = 0 then
    raise exception 'Danh sách thay đổi trống.' using errcode = '22023';
  end if;
  if jsonb_array_length(events) > 500 then
    raise exception 'Mỗi lần gửi tối đa 500 thay đổi (đã gửi %).', jsonb_array_length(events)
      using errcode = '54000', hint = 'Split the batch.';
  end if;
  if v_actor is null then
    raise exception 'Cần đăng nhập để thay đổi hồ sơ hộ dân.' using errcode = '42501';
  end if;

  select coalesce(array_agg(u), '{}') into v_units from private.officer_unit_ids() as u;

  for v_ev in select e from jsonb_array_elements(events) e loop
    begin
      v_answer := private.apply_household_event(v_ev, v_actor, v_units);
    exception
      when unique_violation then
        get stacked diagnostics v_constraint = constraint_name;
        v_answer := case when v_constraint = 'household_events_event_id_key' then
            -- another call is recording the same event id right now
            private.household_answer(private.json_uuid(v_ev -> 'event_id'), 'conflict', 'busy',
              'Thay đổi này đang được ghi đồng thời; hãy thử lại.')
          else private.household_answer(private.json_uuid(v_ev -> 'event_id'), 'invalid', 'bad_value',
              'Giá trị trùng với một bản ghi khác (' || coalesce(v_constraint, '') || ').') end;
      when data_exception or integrity_constraint_violation then
        get stacked diagnostics v_state = returned_sqlstate, v_constraint = constraint_name;
        v_answer := private.household_answer(private.json_uuid(v_ev -> 'event_id'), 'invalid', 'bad_value',
          'Dữ liệu không hợp lệ (sai kiểu số, ngày, đúng/sai hoặc vi phạm ràng buộc' ||
          coalesce(' ' || nullif(v_constraint, ''), '') || '): ' || sqlerrm);
      when lock_not_available or deadlock_detected then
        v_answer := private.household_answer(private.json_uuid(v_ev -> 'event_id'), 'conflict', 'busy',
          'Bản ghi đang được cập nhật đồng thời; hãy thử lại.');
    end;
    v_answers := array_append(v_answers, v_answer);
  end loop;
  return to_jsonb(v_answers);
end
$$;

-- ---------------------------------------------------------------- household_detail

-- Everything the household page shows for one party, or 42501 (one message whether it does not
-- exist or may not be seen, so that its existence is not told).
create function public.household_detail(p_party_id uuid)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_party public.parties;
  v_result jsonb;
begin
  select * into v_party from public.parties p where p.id = p_party_id;
  if not found or auth.uid() is null or not private.can_see_party(p_party_id) then
    raise exception 'Không tìm thấy hộ hoặc bạn không có quyền xem hồ sơ này.' using errcode = '42501';
  end if;

  select jsonb_build_object(
    'party', to_jsonb(v_party) - 'created_at'
             || jsonb_build_object('commune_name', (select u.name from public.admin_units u where u.id = v_party.admin_unit_id)),
    'members', coalesce((select jsonb_agg(jsonb_build_object('id', m.id, 'full_name', m.full_name,
                                 'id_number', m.id_number, 'birth_year', m.birth_year, 'relation', m.relation,
                                 'is_head', m.is_head, 'share_pct', m.share_pct, 'version', m.version)
                               order by m.is_head desc, m.birth_year nulls last, m.full_name, m.id)
                         from public.party_members m where m.party_id = p_party_id), '[]'),
    'holdings', coalesce((select jsonb_agg(jsonb_build_object('id', h.id, 'parcel_id', h.parcel_id,
                                  'share_pct', h.share_pct, 'origin', h.origin, 'certificate_no', h.certificate_no,
                                  'version', h.version, 'project_id', c.project_id, 'project_name', pr.name,
                                  'admin_unit_id', c.admin_unit_id, 'commune_name', u.name, 'map_sheet', c.map_sheet,
                                  'parcel_no', c.parcel_no, 'land_type', c.land_type, 'area_m2', c.area_m2,
                                  'stage', c.stage, 'blocked', c.blocked, 'geom', c.geom)
                                order by pr.name, c.map_sheet, c.parcel_no, h.id)
                          from public.holdings h
                            join public.parcels c on c.id = h.parcel_id
                            join public.projects pr on pr.id = c.project_id
                            join public.admin_units u on u.id = coalesce(c.commune_id, c.admin_unit_id)
                          where h.party_id = p_party_id), '[]'),
    'plans', coalesce((select jsonb_agg(jsonb_build_object('plan_id', p.id, 'project_id', p.project_id,
                               'project_name', pr.name, 'batch', p.batch, 'posted_from', p.posted_from,
                               'posted_to', p.posted_to, 'decision_no', p.decision_no, 'decision_date', p.decision_date,
                               'plan_version', p.version,
                               'lines', coalesce(l.lines, '[]'), 'payments', coalesce(y.payments, '[]'),
                               'total_vnd', coalesce(l.total, 0), 'paid_vnd', coalesce(y.paid, 0))
                             order by p.decision_date nulls last, pr.name, p.batch)
                       from public.compensation_plans p
                         join public.projects pr on pr.id = p.project_id
                         left join lateral (
                           select jsonb_agg(jsonb_build_object('id', l.id, 'parcel_id', l.parcel_id,
                                    'line_group', l.line_group, 'content', l.content, 'quantity', l.quantity,
                                    'unit', l.unit, 'unit_price_vnd', l.unit_price_vnd, 'amount_vnd', l.amount_vnd,
                                    'basis_document', l.basis_document, 'basis_article', l.basis_article,
                                    'status', l.status, 'version', l.version)
                                  order by array_position(array['land', 'assets', 'crops', 'support', 'resettlement',
                                                                'deduction'], l.line_group), l.created_at, l.id) as lines,
                                  sum(case when l.line_group = 'deduction' then -l.amount_vnd else l.amount_vnd end) as total
                           from public.plan_lines l where l.plan_id = p.id and l.party_id = p_party_id) l on true
                         left join lateral (
                           select jsonb_agg(jsonb_build_object('id', y.id, 'paid_on', y.paid_on,
                                    'amount_vnd', y.amount_vnd, 'method', y.method, 'reference', y.reference,
                                    'version', y.version) order by y.paid_on, y.created_at, y.id) as payments,
                                  sum(y.amount_vnd) as paid
                           from public.payments y where y.plan_id = p.id and y.party_id = p_party_id) y on true
                       where l.lines is not null or y.payments is not null), '[]'),
    'allocations', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'project_id', a.project_id,
                                     'site', a.site, 'plot_no', a.plot_no, 'area_m2', a.area_m2,
                                     'ready_on', a.ready_on, 'allocated_on', a.allocated_on, 'version', a.version)
                                   order by a.ready_on nulls last, a.site, a.plot_no, a.id)
                             from public.resettlement_allocations a where a.party_id = p_party_id), '[]'),
    -- the latest changes; a record's whole history is in household_events
    'history', coalesce((select jsonb_agg(jsonb_build_object('seq', e.seq, 'kind', e.kind, 'entity', e.entity,
                                 'entity_id', e.entity_id, 'before', e.before, 'after', e.after,
                                 'actor_email', au.email, 'occurred_at', e.occurred_at, 'recorded_at', e.recorded_at)
                               order by e.seq desc)
                         from (select * from public.household_events e where e.party_id = p_party_id
                               order by e.seq desc limit 200) e
                           left join auth.users au on au.id = e.actor), '[]'),
    'can_edit', private.can_edit_party(p_party_id))
  into v_result;
  return v_result;
end
$$;

-- ---------------------------------------------------------------- parcel_holders

-- A parcel's holders for the parcel panel: to those who may see its personal data only.
create function public.parcel_holders(p_parcel_id uuid)
returns table (holding_id uuid, party_id uuid, party_kind text, party_name text, id_number text, share_pct numeric,
               origin text, certificate_no text, version integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_unit text;
begin
  select c.admin_unit_id into v_unit from public.parcels c where c.id = p_parcel_id;
  if v_unit is null or auth.uid() is null or not private.can_see_private(v_unit) then
    raise exception 'Bạn không có quyền xem người sử dụng đất của thửa này.' using errcode = '42501';
  end if;
  return query
    select h.id, p.id, p.kind, p.name, p.id_number, h.share_pct, h.origin, h.certificate_no, h.version
    from public.holdings h join public.parties p on p.id = h.party_id
    where h.parcel_id = p_parcel_id
    order by h.share_pct desc, p.name, h.id;
end
$$;

-- ---------------------------------------------------------------- search_households

-- Parties the caller may see whose name contains the query without accents or case ("nguyen van
-- an"), or whose ID number (or a member's) starts with it (3 digits at least). Names that begin
-- with the query come first.
create function public.search_households(p_query text, p_limit integer default 20)
returns table (party_id uuid, kind text, name text, id_number text, admin_unit_id text, commune_name text,
               parcels integer, project_names text[])
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_leader boolean := private.has_role('leader');
  v_units text[] := array(select private.officer_unit_ids());
  v_query text := private.clean_text(p_query);
  v_folded text;
  v_digits boolean;
  v_limit integer := least(greatest(coalesce(p_limit, 20), 1), 100);
begin
  if auth.uid() is null or (not v_leader and cardinality(v_units) = 0) then
    raise exception 'Chỉ cán bộ và lãnh đạo được tra cứu hộ dân.' using errcode = '42501';
  end if;
  if v_query is null or length(v_query) > 100 then
    raise exception 'Nhập tên (ít nhất 2 chữ cái) hoặc số định danh (ít nhất 3 chữ số), tối đa 100 ký tự.'
      using errcode = '22023';
  end if;
  v_digits := v_query ~ '^[0-9]+$';
  v_folded := private.fold_text(v_query);
  if v_digits and length(v_query) < 3 then
    raise exception 'Nhập ít nhất 3 chữ số của số định danh.' using errcode = '22023';
  end if;
  if not v_digits and length(regexp_replace(v_folded, '[^a-z]', '', 'g')) < 2 then
    raise exception 'Nhập ít nhất 2 chữ cái của tên.' using errcode = '22023';
  end if;

  return query
    with visible as (
      select p.id from public.parties p where v_leader
      union
      select p.id from public.parties p where not v_leader and p.admin_unit_id = any (v_units)
      union
      select h.party_id from public.holdings h join public.parcels c on c.id = h.parcel_id
      where not v_leader and c.admin_unit_id = any (v_units)
    ),
    hits as (
      select p.*, private.fold_text(p.name) as folded
      from public.parties p join visible v on v.id = p.id
      where (v_digits and (p.id_number like v_query || '%'
                           or exists (select 1 from public.party_members m
                                      where m.party_id = p.id and m.id_number like v_query || '%')))
         or (not v_digits and strpos(private.fold_text(p.name), v_folded) > 0)
      order by (not v_digits and private.fold_text(p.name) not like v_folded || '%'), private.fold_text(p.name), p.id
      limit v_limit
    )
    select x.id, x.kind, x.name, x.id_number, x.admin_unit_id, u.name,
           (select count(*)::integer from public.holdings h where h.party_id = x.id),
           coalesce((select array_agg(distinct pr.name order by pr.name)
                     from public.holdings h join public.parcels c on c.id = h.parcel_id
                       join public.projects pr on pr.id = c.project_id
                     where h.party_id = x.id), '{}')
    from hits x join public.admin_units u on u.id = x.admin_unit_id
    order by (not v_digits and x.folded not like v_folded || '%'), x.folded, x.id;
end
$$;

-- ---------------------------------------------------------------- project_items_list

-- A project's graves and utilities with the latest progress on or before p_at (today in Vietnam
-- when null), and whether the caller may record progress on each.
create function public.project_items_list(p_project_id uuid, p_at date default null)
returns table (id uuid, project_id uuid, admin_unit_id text, kind text, name text, unit text, total numeric,
               owner text, version integer, done numeric, done_as_of date, can_edit boolean)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_units text[] := array(select private.officer_unit_ids());
  v_day date := coalesce(p_at, private.vn_today());
begin
  if auth.uid() is null or not exists (select 1 from public.projects p where p.id = p_project_id)
     or not private.can_see_project_private(p_project_id) then
    raise exception 'Bạn không có quyền xem các hạng mục di dời của dự án này.' using errcode = '42501';
  end if;
  return query
    select i.id, i.project_id, i.admin_unit_id, i.kind, i.name, i.unit, i.total, i.owner, i.version,
           g.done, g.as_of, i.admin_unit_id = any (v_units)
    from public.project_items i
      left join lateral (select g.done, g.as_of from public.project_item_progress g
                         where g.item_id = i.id and g.as_of <= v_day
                         order by g.as_of desc limit 1) g on true
    where i.project_id = p_project_id
    order by array_position(array['grave', 'power_line', 'water_pipe', 'telecom', 'drainage', 'other_utility'], i.kind),
             i.name, i.id;
end
$$;

-- ---------------------------------------------------------------- grants

revoke all on function private.fold_text(text) from public;
revoke all on function private.party_in_units(uuid, text[]) from public;
revoke all on function private.can_edit_party(uuid) from public;
revoke all on function private.can_edit_project(uuid) from public;
revoke all on function private.household_answer(uuid, text, text, text, integer) from public;
revoke all on function private.json_uuid(jsonb) from public;
revoke all on function private.clean_text(text) from public;
revoke all on function private.apply_household_event(jsonb, uuid, text[]) from public;
-- the helpers a signed-in caller's queries may use; the writer is reached only through the RPC
grant execute on function private.fold_text(text), private.can_edit_party(uuid), private.can_edit_project(uuid)
  to authenticated;
revoke all on function private.fold_text(text), private.party_in_units(uuid, text[]), private.can_edit_party(uuid),
  private.can_edit_project(uuid), private.household_answer(uuid, text, text, text, integer), private.json_uuid(jsonb),
  private.clean_text(text), private.apply_household_event(jsonb, uuid, text[]) from anon;
revoke all on function private.party_in_units(uuid, text[]), private.household_answer(uuid, text, text, text, integer),
  private.json_uuid(jsonb), private.clean_text(text), private.apply_household_event(jsonb, uuid, text[])
  from authenticated;

revoke all on function public.record_household_events(jsonb) from public, anon;
revoke all on function public.household_detail(uuid) from public, anon;
revoke all on function public.parcel_holders(uuid) from public, anon;
revoke all on function public.search_households(text, integer) from public, anon;
revoke all on function public.project_items_list(uuid, date) from public, anon;
grant execute on function public.record_household_events(jsonb), public.household_detail(uuid),
  public.parcel_holders(uuid), public.search_households(text, integer), public.project_items_list(uuid, date)
  to authenticated;
