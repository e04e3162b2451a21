-- Importing an "Export unsent changes" file: HMAC-SHA256 against RFC 4231, device keys,
-- import_outbox_file (who, every bad file refused whole, dry run, the officer's rules applied in
-- the officer's name, held/dropped/other user, idempotent by import id) and outbox_imports().
begin;
select plan(72);
\ir fixtures.sql

-- ---------------------------------------------------------------- HMAC-SHA256 (RFC 4231)

select is(encode(private.hmac_sha256(decode(repeat('0b', 20), 'hex'), convert_to('Hi There', 'UTF8')), 'hex'),
  'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7', 'RFC 4231 test case 1');
select is(encode(private.hmac_sha256(convert_to('Jefe', 'UTF8'), convert_to('what do ya want for nothing?', 'UTF8')), 'hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', 'RFC 4231 test case 2');
select is(encode(private.hmac_sha256(decode(repeat('aa', 131), 'hex'),
                 convert_to('Test Using Larger Than Block-Size Key - Hash Key First', 'UTF8')), 'hex'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54', 'RFC 4231 test case 6: a key longer than a block');

-- ---------------------------------------------------------------- device keys

create table tests.keys (name text primary key, key text);
grant all on tests.keys to anon, authenticated;
grant execute on all functions in schema tests to anon, authenticated;

select tests.clear_authentication();
select throws_ok($$select public.outbox_device_key('phone-1')$$, '42501', null, 'anon gets no device key');
select tests.authenticate_as('officer_326');
insert into tests.keys values ('326/phone-1', public.outbox_device_key('phone-1'));
select matches((select key from tests.keys where name = '326/phone-1'), '^[0-9a-f]{64}$', 'a device key is 64 hex characters');
select is(public.outbox_device_key('phone-1'), (select key from tests.keys where name = '326/phone-1'),
  'the same device gets the same key again');
insert into tests.keys values ('326/laptop', public.outbox_device_key('laptop'));
select isnt((select key from tests.keys where name = '326/laptop'), (select key from tests.keys where name = '326/phone-1'),
  'another device of the same user gets another key');
select throws_ok($$select public.outbox_device_key('')$$, '22023', 'Mã thiết bị phải có từ 1 đến 64 ký tự.', 'an empty device id is refused');
select throws_ok(format('select public.outbox_device_key(%L)', repeat('x', 65)), '22023', null, 'a device id over 64 characters is refused');
select throws_ok($$select count(*) from private.device_keys$$, '42501', null, 'a user cannot read the keys table');
select tests.authenticate_as('officer_325');
insert into tests.keys values ('325/phone-1', public.outbox_device_key('phone-1'));
select isnt((select key from tests.keys where name = '325/phone-1'), (select key from tests.keys where name = '326/phone-1'),
  'another user on the same device id gets another key');

-- ---------------------------------------------------------------- files

select tests.as_superuser();
-- One entry of an export as the outbox writes it: event n on a parcel, its state and user.
create function tests.entry(p_n integer, p_parcel text, p_expected integer, p_extra jsonb default '{}',
                            p_state text default 'pending', p_user text default 'officer_326', p_seq integer default null)
returns jsonb language sql stable as $$
  select jsonb_build_object('event', tests.event(p_n, p_parcel, p_expected, p_extra || '{"device_id": "phone-1"}'),
                            'state', p_state, 'seq', coalesce(p_seq, p_n), 'batch_id', null,
                            'user_id', tests.id(p_user), 'created_at', now() - interval '1 hour', 'attempts', 3,
                            'answer', null, 'dropped_at', case when p_state = 'dropped' then now() end, 'replaces', null) $$;
-- The payload text of an export.
create function tests.payload(p_entries jsonb, p_user text default 'officer_326', p_device text default 'phone-1',
                              p_exported timestamptz default now() - interval '10 minutes')
returns text language sql stable as $$
  select jsonb_build_object('user_id', tests.id(p_user), 'device_id', p_device, 'exported_at', p_exported,
                            'events', p_entries)::text $$;
-- A whole file, signed with the key of (p_key_user, p_key_device) as a device would sign it.
create function tests.file(p_payload text, p_key_user text default 'officer_326', p_key_device text default 'phone-1')
returns jsonb language sql stable security definer as $$
  select jsonb_build_object('format', 'gpmb-outbox/2', 'payload', p_payload,
                            'signature', (select encode(private.hmac_sha256(k.key, convert_to(p_payload, 'UTF8')), 'hex')
                                          from private.device_keys k
                                          where k.user_id = tests.id(p_key_user) and k.device_id = p_key_device),
                            'files', '[]'::jsonb) $$;
create table tests.files (name text primary key, file jsonb not null);
grant all on tests.files to anon, authenticated;
grant execute on all functions in schema tests to anon, authenticated;

-- The officer of Văn Giang's phone could not send these (listed out of order: seq decides):
-- 1, 2 move p326a twice; 3 is on an old version of p326b (a conflict) and 4 builds on it (held);
-- 5 is outside their area; 6 was dropped on the phone; 7 is another user's, on the same phone.
insert into tests.files values ('main', tests.file(tests.payload(jsonb_build_array(
  tests.entry(2, 'p326a', 2, '{"to_stage": "notice"}'),
  tests.entry(1, 'p326a', 1, '{"to_stage": "dialogue"}', 'sending'),
  tests.entry(3, 'p326b', 1, '{"note": "Đã làm việc với hộ bà Bình"}', 'conflict'),
  tests.entry(4, 'p326b', 2, '{"note": "Hẹn ký biên bản"}', 'held'),
  tests.entry(5, 'p325a', 2, '{"note": "Ghi nhầm xã"}', 'denied'),
  tests.entry(6, 'p12001', 1, '{"note": "Bỏ"}', 'dropped'),
  tests.entry(7, 'p325b', 1, '{"note": "Của người khác"}', 'pending', 'officer_325')))));
-- A signed file whose payload was changed afterwards.
insert into tests.files values ('tampered', (select jsonb_set(f.file, '{payload}',
  to_jsonb(replace(f.file ->> 'payload', '"dialogue"', '"handed_over"'))) from tests.files f where f.name = 'main'));
insert into tests.files values
  ('unsigned', (select f.file || '{"signature": null}' from tests.files f where f.name = 'main')),
  ('bad_signature', (select f.file || '{"signature": "xyz"}' from tests.files f where f.name = 'main')),
  ('v1', '{"format": "gpmb-outbox/1", "user_id": null, "events": []}'),
  ('other_format', '{"format": "qfield-delta", "payload": "{}"}'),
  ('no_payload', '{"format": "gpmb-outbox/2", "signature": null}'),
  ('not_json', tests.file('{"user_id": ')),
  ('missing', tests.file('{"user_id": "a0000000-0000-4000-8000-000000000003", "events": []}')),
  ('bad_uuid', tests.file('{"user_id": "an-officer", "device_id": "phone-1", "exported_at": "2026-12-01T00:00:00Z", "events": []}')),
  ('no_user', tests.file(replace(tests.payload('[]'), 'a0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-0000000000ff'))),
  ('no_key', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1)), p_device => 'phone-9'))),
  ('others_key', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1))), 'officer_325')),
  ('future', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1)), p_exported => now() + interval '1 hour'))),
  ('empty', tests.file(tests.payload('[]'))),
  ('too_many', tests.file(tests.payload((select jsonb_agg(tests.entry(n, 'p326a', n)) from generate_series(1, 5001) n)))),
  ('malformed', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1), '{"event": {}, "state": "pending"}'::jsonb)))),
  ('nul', tests.file('{"user_id": "a0000000-0000-4000-8000-000000000003", "note": "a\u0000b"}')),
  ('no_ids', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1) #- '{event,event_id}',
                                                         tests.entry(2, 'p326a', 1) #- '{event,event_id}')))),
  ('repeated', tests.file(tests.payload(jsonb_build_array(tests.entry(1, 'p326a', 1), tests.entry(1, 'p326a', 2, p_seq => 2)))));
create table tests.marks (name text primary key, n bigint);
grant all on tests.marks to anon, authenticated;
insert into tests.marks values ('events_before', (select count(*) from public.parcel_events));

create function tests.import(p_file text, p_id integer default 1, p_dry boolean default false,
                             p_reason text default 'Điện thoại của cán bộ hỏng, không gửi được')
returns jsonb language sql as $$
  select public.import_outbox_file(tests.evid(800 + p_id), (select f.file from tests.files f where f.name = p_file), p_reason, p_dry) $$;
-- The statuses of an answer's events, in order.
create function tests.statuses(p_answer jsonb) returns text[] language sql immutable as $$
  select array(select e ->> 'status' from jsonb_array_elements(p_answer -> 'events') e) $$;
grant execute on all functions in schema tests to anon, authenticated;

-- ---------------------------------------------------------------- who may import

select tests.clear_authentication();
select throws_ok($$select tests.import('main', p_dry => true)$$, '42501', null, 'anon may not import');
select tests.authenticate_as('officer_326');
select throws_ok($$select tests.import('main', p_dry => true)$$, '42501',
  'Chỉ quản trị viên được nhập tệp thay đổi chưa gửi.', 'an officer may not import, not even their own file');
select tests.authenticate_as('leader');
select throws_ok($$select tests.import('main', p_dry => true)$$, '42501', null, 'a leader may not import');

-- ---------------------------------------------------------------- bad input, refused whole

select tests.authenticate_as('admin');
select throws_ok($$select tests.import('main', p_reason => '   ')$$, '22023',
  'Cần nêu lý do nhập tệp (ví dụ: điện thoại hỏng, không gửi được).', 'a reason is required');
select throws_ok($$select tests.import('main', p_reason => repeat('x', 501))$$, '22023',
  'Lý do nhập tối đa 500 ký tự.', 'a reason of at most 500 characters');
select throws_ok($$select public.import_outbox_file(null, (select file from tests.files where name = 'main'), 'x', false)$$,
  '22023', 'Thiếu mã lần nhập (p_import_id).', 'an import id is required');
select throws_ok($$select public.import_outbox_file(gen_random_uuid(), '[1, 2]', 'x', false)$$, '22023',
  'Tệp phải là một đối tượng JSON (tệp xuất thay đổi chưa gửi).', 'a file that is not an object');
select throws_ok($$select public.import_outbox_file(gen_random_uuid(), to_jsonb('{"format": '::text), 'x', false)$$, '22023',
  'Tệp không phải JSON hợp lệ.', 'a file sent as text that is not JSON');
select throws_ok($$select tests.import('v1')$$, '22023',
  'Tệp theo định dạng cũ (gpmb-outbox/1) không có chữ ký: hãy cập nhật ứng dụng trên thiết bị và xuất lại.',
  'a file of the old unsigned format says so');
select throws_ok($$select tests.import('other_format')$$, '22023',
  'Không phải tệp xuất thay đổi chưa gửi của GPMB (định dạng gpmb-outbox/2).', 'a file of another format');
select throws_ok($$select tests.import('no_payload')$$, '22023', 'Tệp thiếu phần nội dung (payload).', 'a file with no payload');
select throws_ok($$select tests.import('unsigned')$$, '22023',
  'Tệp không có chữ ký của thiết bị nên không thể nhập: cán bộ cần đăng nhập khi có mạng một lần rồi xuất lại.',
  'an unsigned file is refused');
select throws_ok($$select tests.import('bad_signature')$$, '22023', 'Chữ ký của tệp không đúng dạng (64 ký tự hex).',
  'a signature that is not 64 hex characters');
select throws_ok($$select tests.import('not_json')$$, '22023', 'Nội dung (payload) của tệp không phải JSON hợp lệ.',
  'a payload that is not JSON');
select throws_ok($$select tests.import('missing')$$, '22023',
  'Nội dung của tệp thiếu user_id, device_id, exported_at hoặc events.', 'a payload missing its fields');
select throws_ok($$select tests.import('bad_uuid')$$, '22023', 'user_id hoặc exported_at của tệp không hợp lệ.',
  'a user id that is not a uuid');
select throws_ok($$select tests.import('no_user')$$, 'P0002', 'Không tìm thấy người dùng đã xuất tệp này.', 'an unknown user');
select throws_ok($$select tests.import('tampered')$$, '22023',
  'Chữ ký của tệp không khớp: tệp đã bị sửa sau khi xuất, hoặc không do thiết bị của người dùng này xuất. Không nhập gì.',
  'a file changed after export is refused');
select throws_ok($$select tests.import('no_key')$$, '22023', null, 'a file from a device that never had a key is refused');
select throws_ok($$select tests.import('others_key')$$, '22023', null,
  'a file signed with another user''s key is refused: nobody can sign for someone else');
select throws_ok($$select tests.import('future')$$, '22023', null, 'a file exported in the future');
select throws_ok($$select tests.import('empty')$$, '22023', 'Tệp không có thay đổi nào để nhập.', 'a file with no changes');
select throws_ok($$select tests.import('too_many')$$, '54000', 'Mỗi lần nhập tối đa 5.000 thay đổi (tệp có 5001).',
  'at most 5,000 changes per file');
select throws_ok($$select tests.import('malformed')$$, '22023', 'Mục thứ 2 của tệp không đúng dạng (cần event, seq và state).',
  'a malformed entry is named by its position');
select throws_ok($$select tests.import('nul')$$, '22023', 'Nội dung (payload) của tệp không phải JSON hợp lệ.',
  'a payload with a character jsonb cannot hold (\u0000) gets the same message');
select tests.authenticate_as('admin');
select is(tests.statuses(tests.import('no_ids', 9, true)), array['invalid', 'held'],
  'entries without an event id are no repeat: the first is invalid, the next on its parcel held');
select throws_ok($$select tests.import('repeated')$$, '22023',
  format('Mã sự kiện %s xuất hiện nhiều lần trong tệp.', tests.evid(1)), 'a repeated event id');
select tests.as_superuser();
select is((select count(*) from public.parcel_events), (select n from tests.marks where name = 'events_before'),
  'no refused file wrote an event');
select is((select count(*) from public.outbox_imports), 0::bigint, 'no refused file left an import record');

-- ---------------------------------------------------------------- dry run

select tests.authenticate_as('admin');
insert into tests.answers values ('dry', tests.import('main', p_dry => true));
select is(tests.answer('dry') -> 'counts',
  '{"applied": 2, "duplicate": 0, "conflict": 1, "denied": 1, "invalid": 1, "held": 1, "dropped": 1}',
  'the dry run counts what would happen');
select is(tests.statuses(tests.answer('dry')),
  array['applied', 'applied', 'conflict', 'held', 'denied', 'dropped', 'invalid'],
  'each change is answered, in the order the phone made them');
select is(array(select e ->> 'code' from jsonb_array_elements(tests.answer('dry') -> 'events') e where e ->> 'status' in ('held', 'dropped', 'invalid', 'denied')),
  array['after_problem', 'outside_area', 'dropped_on_device', 'other_user'], 'why each change was not applied');
select is((tests.answer('dry') -> 'events' -> 0) - 'message',
  jsonb_build_object('event_id', tests.evid(1), 'parcel_id', tests.id('p326a'), 'project_name', 'Đường Vành đai 4 - Vùng Thủ đô',
                     'map_sheet', '10', 'parcel_no', '1', 'status', 'applied', 'code', 'applied', 'version', 2),
  'an answer names the parcel as the page shows it');
select is((tests.answer('dry') ->> 'dry_run', tests.answer('dry') ->> 'user_email', tests.answer('dry') ->> 'device_id'),
  ('true'::text, 'officer_326@test.gpmb.vn'::text, 'phone-1'::text), 'the answer says whose file it was and that it was a dry run');
select tests.as_superuser();
select is((select count(*) from public.parcel_events), (select n from tests.marks where name = 'events_before'),
  'the dry run wrote no event');
select is((select stage || ' v' || version from public.parcels where id = tests.id('p326a')), 'not_started v1',
  'the dry run moved no parcel');
select is((select count(*) from public.outbox_imports), 0::bigint, 'the dry run left no import record');

-- ---------------------------------------------------------------- the import

select tests.authenticate_as('admin');
insert into tests.answers values ('real', tests.import('main'));
select is(tests.answer('real') - 'dry_run', tests.answer('dry') - 'dry_run', 'the import does what its dry run said');
select is(tests.answer('real') ->> 'dry_run', 'false', 'the answer says it was not a dry run');
select tests.as_superuser();
select is((select stage || ' v' || version from public.parcels where id = tests.id('p326a')), 'notice v3',
  'the parcel moved by both applied changes');
select results_eq($$select event_id, actor, device_id, to_stage::text from public.parcel_events
                    where event_id in (select tests.evid(n) from generate_series(1, 7) n) order by version$$,
  $$values (tests.evid(1), tests.id('officer_326'), 'phone-1', 'dialogue'), (tests.evid(2), tests.id('officer_326'), 'phone-1', 'notice')$$,
  'the applied changes are the officer''s, from their phone, not the admin''s');
select is((select count(*) from public.parcel_events), (select n from tests.marks where name = 'events_before') + 2,
  'only the applied changes were written');
select is((select (imported_by, user_id, device_id, reason, answer = tests.answer('real')) from public.outbox_imports
           where id = tests.evid(801)),
  (tests.id('admin'), tests.id('officer_326'), 'phone-1'::text, 'Điện thoại của cán bộ hỏng, không gửi được'::text, true),
  'the import is recorded: who imported whose file from which device, why, and its answer');
select is((select p.stage || ' v' || p.version from public.parcels p where p.id = tests.id('p326b')), 'inventory v2',
  'the conflicting and the held change left their parcel alone');

-- ---------------------------------------------------------------- sent again

select tests.authenticate_as('admin');
select is(tests.import('main'), tests.answer('real'), 'the same import sent again is answered as the first time');
select is(tests.import('main', p_dry => true), tests.answer('real'), 'a dry run of a done import shows what was done');
select tests.as_superuser();
select is((select count(*) from public.parcel_events), (select n from tests.marks where name = 'events_before') + 2,
  'sending the same import again wrote nothing');
select tests.authenticate_as('admin');
select throws_ok($$select tests.import('no_key', 1)$$, '22023', null, 'a file with no key is refused before its import id is looked at');
select throws_ok($$select public.import_outbox_file(tests.evid(801), tests.file(tests.payload(jsonb_build_array(tests.entry(9, 'p326b', 2))), 'officer_326'), 'x', false)$$,
  '22023', 'Mã lần nhập này đã được dùng cho một tệp khác.', 'an import id cannot be reused for another file');
insert into tests.answers values ('again', tests.import('main', 2));
select is(tests.statuses(tests.answer('again')),
  array['duplicate', 'duplicate', 'conflict', 'held', 'denied', 'dropped', 'invalid'],
  'the same file imported under a new id finds its changes already recorded: nothing counts twice');
select tests.as_superuser();
select is((select count(*) from public.parcel_events), (select n from tests.marks where name = 'events_before') + 2,
  'the second import of the same file wrote nothing');
select tests.authenticate_as('officer_326');
select tests.send('phone', jsonb_build_array(tests.event(1, 'p326a', 1, '{"to_stage": "dialogue", "device_id": "phone-1"}')));
select is(tests.outcome('phone'), 'duplicate/duplicate', 'when the phone finally sends, its change is a duplicate of the imported one');

-- ---------------------------------------------------------------- held behind another user's change

select tests.as_superuser();
insert into tests.files values ('shared_phone', tests.file(tests.payload(jsonb_build_array(
  tests.entry(10, 'p326b', 2, '{"note": "Của người khác"}', p_user => 'officer_325'),
  tests.entry(11, 'p326b', 3, '{"note": "Sau đó"}'),
  tests.entry(12, 'p12001', 1, '{"note": "Trước"}'),
  tests.entry(13, 'p12001', 2, '{"note": "Sau"}')))));
select tests.authenticate_as('admin');
select is(tests.statuses(tests.import('shared_phone', 3, true)), array['invalid', 'held', 'applied', 'applied'],
  'a change after another user''s change on the same parcel is held; other parcels go on');

-- a file sent as a JSON string, as @supabase/lite hands jsonb arguments over
select is(public.import_outbox_file(tests.evid(804), to_jsonb((select file::text from tests.files where name = 'shared_phone')),
                                    'x', true) -> 'counts' ->> 'applied', '2', 'a file sent as JSON text is read the same');

-- ---------------------------------------------------------------- the list of imports

select tests.authenticate_as('leader');
select results_eq($$select import_id, imported_by_email, user_email, device_id, (counts ->> 'applied')::int from public.outbox_imports()$$,
  $$values (tests.evid(802), 'admin@test.gpmb.vn', 'officer_326@test.gpmb.vn', 'phone-1', 0),
           (tests.evid(801), 'admin@test.gpmb.vn', 'officer_326@test.gpmb.vn', 'phone-1', 2)$$,
  'a leader lists the imports, newest first; dry runs are not listed');
select is((select count(*) from public.outbox_imports), 2::bigint, 'a leader reads the import records');
select tests.authenticate_as('officer_326');
select throws_ok($$select * from public.outbox_imports()$$, '42501',
  'Chỉ lãnh đạo hoặc quản trị viên xem được các lần nhập tệp thay đổi.', 'an officer does not list imports');
select is((select count(*) from public.outbox_imports), 0::bigint, 'an officer reads no import record');
select tests.clear_authentication();
select throws_ok($$select * from public.outbox_imports()$$, '42501', null, 'anon does not list imports');
select tests.authenticate_as('admin');
select throws_ok($$insert into public.outbox_imports (id, imported_by, user_id, device_id, exported_at, reason, payload_sha256)
                   values (gen_random_uuid(), auth.uid(), auth.uid(), 'x', now(), 'x', 'x')$$,
  '42501', null, 'nobody writes an import record but the import itself');
select is(tests.affected($$update public.outbox_imports set reason = 'sửa' $$), 0, 'nobody edits an import record');

select * from finish();
rollback;
