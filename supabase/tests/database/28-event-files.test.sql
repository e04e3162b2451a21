-- Photos and documents of events (issue 17, 20261207090200_event_files.sql): record_event_file
-- for each role (the area's officer records, a retry is a duplicate, others are denied, bad files
-- are invalid), who reads event_files, event_file_links and parcel_files (the area's officers and
-- leaders; never anon, another area, an admin without the leader role or a user without a role),
-- that nobody writes the tables directly, and the storage policies' helpers on object names.
-- The storage schema is there when lite created it (EXPERIMENTAL_STORAGE) and absent on a bare
-- PostgreSQL: the file passes both ways.
begin;
select plan(40);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('f1', '90000000-0000-4000-8000-000000000001'),
  ('f2', '90000000-0000-4000-8000-000000000002'),
  ('f3', '90000000-0000-4000-8000-000000000003'),
  ('f4', '90000000-0000-4000-8000-000000000004');

create function tests.file(p_file text, p_event text, p_parcel text, p_extra jsonb default '{}')
returns jsonb
language sql
stable
as $$
  select jsonb_build_object('file_id', tests.id(p_file), 'name', 'Biên bản kiểm đếm.jpg', 'mime', 'image/jpeg',
                            'kind', 'photo', 'size', 123456, 'event_ids', jsonb_build_array(tests.id(p_event)),
                            'parcel_ids', jsonb_build_array(tests.id(p_parcel))) || p_extra
$$;
create function tests.file_outcome(p_answer jsonb)
returns text
language sql
immutable
as $$ select (p_answer ->> 'status') || '/' || (p_answer ->> 'code') $$;

select is((select relrowsecurity from pg_class where oid = 'public.event_files'::regclass), true, 'event_files has row level security');
select is((select relrowsecurity from pg_class where oid = 'public.event_file_links'::regclass), true, 'event_file_links has row level security');
select is((select count(*)::int from pg_policies where tablename in ('event_files', 'event_file_links') and cmd <> 'SELECT'), 0,
  'no write policy on the files'' tables: they change only through record_event_file');
select is((select count(*)::int from pg_policies where tablename in ('event_files', 'event_file_links')
           and ('anon' = any (roles) or 'public' = any (roles))), 0, 'no policy lets anon read the files'' tables');
select ok(not has_function_privilege('anon', 'public.record_event_file(jsonb)', 'execute'), 'anon may not call record_event_file');
select ok(not has_function_privilege('anon', 'public.parcel_files(uuid)', 'execute'), 'anon may not call parcel_files');
select ok(not has_function_privilege('anon', 'private.can_see_event_object(text)', 'execute'), 'anon may not call the storage helpers');

-- The uploads record_event_file looks for, where lite made a storage schema (the client uploads
-- before it records); without one the check is skipped.
do $$
begin
  if to_regclass('storage.objects') is not null then
    execute $sql$ insert into storage.objects (bucket_id, name) values
      ('event-files', $1 || '/' || $2 || '.jpg'), ('event-files', $1 || '/' || $3 || '.pdf') $sql$
      using tests.id('p326b')::text, tests.id('f1')::text, tests.id('f4')::text;
  end if;
end
$$;

-- recording
select tests.authenticate_as('officer_326');
select is(tests.file_outcome(public.record_event_file(tests.file('f1', 'ev326b', 'p326b'))), 'stored/stored',
  'the area''s officer records a photo of an event of the area');
select is(tests.file_outcome(public.record_event_file(tests.file('f1', 'ev326b', 'p326b'))), 'duplicate/duplicate',
  'the same file id again is a duplicate (a retry after a lost answer)');
select is(tests.file_outcome(public.record_event_file(to_jsonb(tests.file('f4', 'ev326b', 'p326b', '{"mime": "application/pdf", "kind": "document", "name": "QĐ thu hồi.pdf"}')::text))),
  'stored/stored', 'a document, sent as the JSON string @supabase/lite hands over, is recorded');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev326b', 'p326b', jsonb_build_object('event_ids', jsonb_build_array(gen_random_uuid()))))),
  'invalid/unknown_event', 'an event never recorded is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev325a', 'p326b'))), 'invalid/unknown_event',
  'an event of another parcel is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev326b', 'p326b', '{"mime": "text/html", "kind": "document"}'))),
  'invalid/bad_type', 'markup is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev326b', 'p326b', '{"kind": "document"}'))),
  'invalid/bad_type', 'a photo''s type under the document kind is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev326b', 'p326b', '{"size": 13000000}'))),
  'invalid/too_large', 'a file over 12 MiB is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev326b', 'p326b', '{"name": "  "}'))),
  'invalid/bad_name', 'a blank name is refused');
select is(tests.file_outcome(public.record_event_file('{"file_id": "not a uuid"}')), 'invalid/bad_shape',
  'a malformed file is refused');
select is(tests.file_outcome(public.record_event_file(tests.file('f2', 'ev325a', 'p325a'))), 'denied/not_officer_of_area',
  'a parcel of another area is denied');
select throws_ok($$ insert into public.event_files (id, object_path, name, mime, kind, size_bytes, uploaded_by)
                    values (gen_random_uuid(), 'x', 'x.jpg', 'image/jpeg', 'photo', 1, gen_random_uuid()) $$,
  '42501', null, 'the officer cannot write event_files directly');
select is(tests.affected($$ delete from public.event_files $$), 0, 'nor delete a file''s record');

select tests.authenticate_as('officer_325');
select is(tests.file_outcome(public.record_event_file(tests.file('f1', 'ev326b', 'p326b'))), 'denied/file_id_taken',
  'another user''s file id is not theirs to answer for');
select is(tests.file_outcome(public.record_event_file(tests.file('f3', 'ev326b', 'p326b'))), 'denied/not_officer_of_area',
  'another area''s officer cannot add a file to the parcel');
select tests.authenticate_as('leader');
select is(tests.file_outcome(public.record_event_file(tests.file('f3', 'ev326b', 'p326b'))), 'denied/not_officer_of_area',
  'a leader reads files but does not add them');

-- reading
select tests.authenticate_as('officer_326');
select is((select count(*)::int from public.event_files), 2, 'the area''s officer sees the parcel''s files');
select is((select count(*)::int from public.event_file_links), 2, 'and their links to events');
select results_eq($$ select name from public.parcel_files(tests.id('p326b')) order by name $$,
  array['Biên bản kiểm đếm.jpg', 'QĐ thu hồi.pdf'], 'parcel_files lists them');
select is((select object_path from public.parcel_files(tests.id('p326b')) where file_id = tests.id('f1')),
  tests.id('p326b')::text || '/' || tests.id('f1')::text || '.jpg', 'the object is kept under the parcel, named by the file id');
select tests.authenticate_as('leader');
select is((select count(*)::int from public.parcel_files(tests.id('p326b'))), 2, 'a leader sees them');
select tests.authenticate_as('officer_325');
select is_empty($$ select id from public.event_files $$, 'another area''s officer sees no file');
select is_empty($$ select * from public.parcel_files(tests.id('p326b')) $$, 'nor through parcel_files');
select tests.authenticate_as('admin');
select is_empty($$ select id from public.event_files $$, 'an admin without the leader role sees no file');
select tests.authenticate_as('nobody');
select is_empty($$ select file_id from public.event_file_links $$, 'a user without a role sees no link');
select tests.clear_authentication();
select is_empty($$ select id from public.event_files $$, 'anon sees no file');
select throws_ok($$ select * from public.parcel_files(tests.id('p326b')) $$, '42501', null, 'anon cannot call parcel_files');

-- the storage policies' helpers
select tests.authenticate_as('officer_326');
select ok(private.can_upload_event_object(tests.id('p326b')::text || '/' || gen_random_uuid()::text || '.jpg'),
  'the area''s officer may upload under the parcel');
select ok(not private.can_upload_event_object(tests.id('p326b')::text || '/' || gen_random_uuid()::text || '.html'),
  'not a name with another extension');
select ok(not private.can_upload_event_object('../' || tests.id('p326b')::text || '/x.jpg'), 'nor a malformed name');
select tests.authenticate_as('officer_325');
select ok(not private.can_upload_event_object(tests.id('p326b')::text || '/' || gen_random_uuid()::text || '.jpg'),
  'another area''s officer may not upload under the parcel');
select ok(not private.can_see_event_object(tests.id('p326b')::text || '/' || tests.id('f1')::text || '.jpg'),
  'nor read its objects');
select tests.authenticate_as('leader');
select ok(private.can_see_event_object(tests.id('p326b')::text || '/' || tests.id('f1')::text || '.jpg'),
  'a leader reads the parcel''s objects');

select * from finish();
rollback;
