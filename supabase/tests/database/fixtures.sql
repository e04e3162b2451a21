-- Shared fixtures for the pgTAP files, included with `\ir fixtures.sql` right after plan().
-- Everything here runs as the superuser inside the test's transaction, so it rolls back with it.
-- Not a test file itself: pg_prove only runs *.test.sql.

-- The table privileges the roles have at run time. Hosted Supabase grants them by default
-- privileges, and @supabase/lite grants exactly these on its first API request (`db reset` alone
-- leaves none). Without them every write as anon/authenticated would fail on the missing grant
-- and the tests would never reach the row level security they are meant to check.
grant all on all tables in schema public to anon, authenticated;
grant all on all sequences in schema public to anon, authenticated;

create schema tests;
grant usage on schema tests to anon, authenticated;

-- Names for the fixture ids, so the tests read as words rather than uuids.
create table tests.ids (name text primary key, id uuid not null unique);
grant select on tests.ids to anon, authenticated;
insert into tests.ids (name, id) values
  ('admin',       'a0000000-0000-4000-8000-000000000001'),
  ('leader',      'a0000000-0000-4000-8000-000000000002'),
  ('officer_326', 'a0000000-0000-4000-8000-000000000003'),
  ('officer_325', 'a0000000-0000-4000-8000-000000000004'),
  ('nobody',      'a0000000-0000-4000-8000-000000000005'),
  ('vd4',         'b0000000-0000-4000-8000-000000000001'),
  ('kcn',         'b0000000-0000-4000-8000-000000000002'),
  ('p326a',       'c0000000-0000-4000-8000-000000000001'),
  ('p326b',       'c0000000-0000-4000-8000-000000000002'),
  ('p12001',      'c0000000-0000-4000-8000-000000000003'),
  ('p325a',       'c0000000-0000-4000-8000-000000000004'),
  ('p325b',       'c0000000-0000-4000-8000-000000000005'),
  ('ev326b',      'e0000000-0000-4000-8000-000000000001'),
  ('ev325a',      'e0000000-0000-4000-8000-000000000002'),
  ('target_vd4',  'd0000000-0000-4000-8000-000000000001');

create function tests.id(p_name text)
returns uuid
language plpgsql
stable
as $$
declare
  v_id uuid;
begin
  select i.id into v_id from tests.ids i where i.name = p_name;
  if v_id is null then
    raise exception 'tests.id: no fixture named %', p_name;
  end if;
  return v_id;
end
$$;

-- Act as a signed-in user: the role and both JWT settings, as the API sets them.
create function tests.authenticate_as(p_name text)
returns void
language plpgsql
as $$
declare
  v_id uuid := tests.id(p_name);
begin
  perform set_config('request.jwt.claim.sub', v_id::text, true);
  perform set_config('request.jwt.claim.role', 'authenticated', true);
  perform set_config('request.jwt.claims',
    json_build_object('sub', v_id, 'role', 'authenticated', 'email', p_name || '@test.gpmb.vn')::text, true);
  set local role authenticated;
end
$$;

-- Act as anon. Both settings are cleared, or auth.uid() would keep the previous user.
create function tests.clear_authentication()
returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claim.sub', '', true);
  perform set_config('request.jwt.claim.role', 'anon', true);
  perform set_config('request.jwt.claims', '', true);
  set local role anon;
end
$$;

-- Back to the superuser with no JWT, for fixtures and for reading the true state of a table.
create function tests.as_superuser()
returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claim.sub', '', true);
  perform set_config('request.jwt.claim.role', '', true);
  perform set_config('request.jwt.claims', '', true);
  reset role;
end
$$;

-- Runs a statement as the current role and returns how many rows it touched: RLS makes an
-- update or delete of invisible rows succeed with 0 rows rather than fail.
create function tests.affected(p_sql text)
returns integer
language plpgsql
as $$
declare
  v_count integer;
begin
  execute p_sql;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- The id of the n-th event a test sends, f0000000-...-<n>, so a test can send it again.
create function tests.evid(p_n integer)
returns uuid
language sql
immutable
as $$ select ('f0000000-0000-4000-8000-' || lpad(p_n::text, 12, '0'))::uuid $$;

-- One client event for record_parcel_events: event n on a named parcel, plus any other fields.
create function tests.event(p_n integer, p_parcel text, p_expected integer, p_extra jsonb default '{}')
returns jsonb
language sql
stable
as $$
  select jsonb_build_object('event_id', tests.evid(p_n), 'parcel_id', tests.id(p_parcel),
                            'expected_version', p_expected) || p_extra
$$;

-- Answers of record_parcel_events kept by label, so one call can be checked by several assertions.
create table tests.answers (label text primary key, answer jsonb not null);
grant all on tests.answers to anon, authenticated;

-- Sends a batch as the current role and keeps the answer under a label.
create function tests.send(p_label text, p_events jsonb)
returns void
language plpgsql
as $$
begin
  insert into tests.answers (label, answer) values (p_label, public.record_parcel_events(p_events));
end
$$;

create function tests.answer(p_label text)
returns jsonb
language sql
stable
as $$ select a.answer from tests.answers a where a.label = p_label $$;

-- "status/code" of the n-th answer (0-based) of a labelled batch, e.g. 'invalid/bad_note'.
create function tests.outcome(p_label text, p_index integer default 0)
returns text
language sql
stable
as $$
  select (a.answer -> p_index ->> 'status') || '/' || (a.answer -> p_index ->> 'code')
  from tests.answers a where a.label = p_label
$$;

-- A small square parcel outline with its south-west corner at (lon, lat).
create function tests.square(p_lon float8, p_lat float8)
returns jsonb
language sql
immutable
as $$
  select jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
    jsonb_build_array(p_lon, p_lat), jsonb_build_array(p_lon + 0.001, p_lat),
    jsonb_build_array(p_lon + 0.001, p_lat + 0.001), jsonb_build_array(p_lon, p_lat + 0.001),
    jsonb_build_array(p_lon, p_lat))))
$$;

grant execute on all functions in schema tests to anon, authenticated;

-- Users: one per role, and one signed in with no membership at all.
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, raw_user_meta_data)
select i.id, 'authenticated', 'authenticated', i.name || '@test.gpmb.vn', '', now(), now(), now(),
       '{"provider": "email", "providers": ["email"]}', '{}'
from tests.ids i
where i.name in ('admin', 'leader', 'officer_326', 'officer_325', 'nobody');

-- Hưng Yên province, two districts, and a commune of Văn Giang (an officer's area includes it).
insert into public.admin_units (id, name, level, parent_id) values
  ('33', 'Hưng Yên', 'province', null),
  ('326', 'Văn Giang', 'district', '33'),
  ('325', 'Văn Lâm', 'district', '33'),
  ('12001', 'Xã Phụng Công', 'commune', '326');

insert into public.projects (id, code, name, kind, area_to_clear_m2, admin_unit_ids) values
  (tests.id('vd4'), 'VD4', 'Đường Vành đai 4 - Vùng Thủ đô', 'ring_road', 600, '{326,12001}'),
  (tests.id('kcn'), 'KCN-VL', 'Khu công nghiệp Văn Lâm', 'industrial_park', 900, '{325}');

insert into public.parcels (id, project_id, admin_unit_id, map_sheet, parcel_no, land_type, area_m2, geom,
                            stage, blocked, blocker_reason, blocker_responsible, version) values
  (tests.id('p326a'), tests.id('vd4'), '326', '10', '1', 'LUC', 100, tests.square(105.900, 20.900),
   'not_started', false, null, null, 1),
  (tests.id('p326b'), tests.id('vd4'), '326', '10', '2', 'LUC', 200, tests.square(105.910, 20.900),
   'inventory', false, null, null, 2),
  (tests.id('p12001'), tests.id('vd4'), '12001', '11', '3', 'ONT', 300, tests.square(105.920, 20.900),
   'handed_over', false, null, null, 1),
  (tests.id('p325a'), tests.id('kcn'), '325', '20', '4', 'LUC', 400, tests.square(106.000, 20.950),
   'notice', true, 'Hộ dân chưa đồng ý đơn giá', 'UBND xã', 2),
  (tests.id('p325b'), tests.id('kcn'), '325', '20', '5', 'CLN', 500, tests.square(106.010, 20.950),
   'handed_over', false, null, null, 1);

-- Personal data: owner names that must never appear in a public answer.
insert into public.parcel_private (parcel_id, owner_name, household, compensation_vnd) values
  (tests.id('p326a'), 'Nguyễn Văn An', 'Hộ Nguyễn Văn An', 150000000),
  (tests.id('p326b'), 'Trần Thị Bình', 'Hộ Trần Thị Bình', 300000000),
  (tests.id('p12001'), 'Lê Văn Cường', 'Hộ Lê Văn Cường', 450000000),
  (tests.id('p325a'), 'Phạm Thị Dung', 'Hộ Phạm Thị Dung', 600000000),
  (tests.id('p325b'), 'Hoàng Văn Em', 'Hộ Hoàng Văn Em', 750000000);

-- One past event each on p326b (Văn Giang) and p325a (Văn Lâm), recorded by their officers.
insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason,
                                  blocker_responsible, note, actor, version, occurred_at) values
  (tests.id('ev326b'), tests.id('p326b'), 'notice', 'inventory', false, null, null,
   'Đã kiểm đếm cùng bà Trần Thị Bình', tests.id('officer_326'), 2, now() - interval '2 days'),
  (tests.id('ev325a'), tests.id('p325a'), 'dialogue', 'notice', true, 'Hộ dân chưa đồng ý đơn giá', 'UBND xã',
   'Bà Phạm Thị Dung chưa ký biên bản', tests.id('officer_325'), 2, now() - interval '1 day');

insert into public.targets (id, name, scope_project_id, measure, min_value, due_date, source) values
  (tests.id('target_vd4'), 'Bàn giao mặt bằng Vành đai 4', tests.id('vd4'), 'cleared_share', 1,
   '2026-12-31', 'Kế hoạch của UBND tỉnh');

insert into public.app_info (key, value) values ('dataset', '{"illustrative": true}');

insert into public.memberships (user_id, role, admin_unit_id) values
  (tests.id('admin'), 'admin', null),
  (tests.id('leader'), 'leader', null),
  (tests.id('officer_326'), 'officer', '326'),
  (tests.id('officer_325'), 'officer', '325');
