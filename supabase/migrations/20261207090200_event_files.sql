-- Photos and documents of parcel events (issue 17): the signed inventory minutes, the posted
-- notice, a photo of the handover. They may show people and households, so they follow the
-- privacy of the parcel's personal data: officers of the parcel's area and leaders read them,
-- the officers of the area add them, anon never sees a byte or a row.
--
-- The bytes live in Supabase Storage (private bucket 'event-files', object '<parcel_id>/<file_id>.<ext>',
-- the parcel being the first of the file's parcels); what they are and which events they belong
-- to lives here. A client uploads first, then calls record_event_file with the file's own id, so
-- a retry after a lost answer is answered 'duplicate' and never records a file twice. Objects are
-- never updated or deleted by users: a legal paper, once given, stays.
--
-- The storage part is guarded: the pgTAP cluster has no storage schema, and on hosted Supabase
-- the schema belongs to the storage service (its tables already have row level security, which
-- this role could not switch on).

create table public.event_files (
  id uuid primary key,
  -- '<parcel_id>/<file_id>.<ext>' in the bucket 'event-files' (the extension gives the type it is served with)
  object_path text not null unique,
  name text not null check (length(btrim(name)) between 1 and 200),
  mime text not null check (mime in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  kind text not null check (kind in ('photo', 'document')),
  size_bytes bigint not null check (size_bytes between 1 and 12582912),
  uploaded_by uuid not null,
  recorded_at timestamptz not null default now()
);
alter table public.event_files enable row level security;

-- One row per event the file belongs to; the parcel is the event's own, never the client's word.
create table public.event_file_links (
  file_id uuid not null references public.event_files (id),
  event_id uuid not null references public.parcel_events (event_id),
  parcel_id uuid not null references public.parcels (id),
  primary key (file_id, event_id)
);
alter table public.event_file_links enable row level security;
create index event_file_links_parcel_idx on public.event_file_links (parcel_id);
create index event_file_links_event_idx on public.event_file_links (event_id);

-- Whether the caller may see the file: it belongs to a parcel whose personal data they may see.
create function private.can_see_event_file(p_file_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.event_file_links l join public.parcels p on p.id = l.parcel_id
                 where l.file_id = p_file_id and private.can_see_private(p.admin_unit_id))
$$;

-- Storage policies read the object's name: '<parcel_id>/<file_id>.<ext>'. Reading: the file was recorded
-- on a parcel the caller may see, or (between upload and record) the path's parcel is one.
-- Malformed names are simply not visible.
create function private.can_see_event_object(p_name text)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_parts text[] := string_to_array(p_name, '/');
  v_parcel uuid;
  v_file uuid;
begin
  if array_length(v_parts, 1) <> 2 or v_parts[1] !~ '^[0-9a-f-]{36}$' or v_parts[2] !~ '^[0-9a-f-]{36}[.](jpg|png|webp|pdf)$' then
    return false;
  end if;
  v_parcel := v_parts[1]::uuid;
  v_file := left(v_parts[2], 36)::uuid;
  return private.can_see_event_file(v_file)
      or exists (select 1 from public.parcels p where p.id = v_parcel and private.can_see_private(p.admin_unit_id));
end
$$;

-- Uploading: only an officer of the path's parcel's area.
create function private.can_upload_event_object(p_name text)
returns boolean
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_parts text[] := string_to_array(p_name, '/');
begin
  if array_length(v_parts, 1) <> 2 or v_parts[1] !~ '^[0-9a-f-]{36}$' or v_parts[2] !~ '^[0-9a-f-]{36}[.](jpg|png|webp|pdf)$' then
    return false;
  end if;
  return exists (select 1 from public.parcels p
                 where p.id = v_parts[1]::uuid and private.can_edit_unit(p.admin_unit_id));
end
$$;

revoke all on function private.can_see_event_file(uuid), private.can_see_event_object(text),
  private.can_upload_event_object(text) from public;
grant execute on function private.can_see_event_file(uuid), private.can_see_event_object(text),
  private.can_upload_event_object(text) to authenticated;

-- The tables: read by officers of the area and leaders, written only through record_event_file.
create policy event_files_select on public.event_files for select to authenticated
  using ((select private.can_see_event_file(id)));
create policy event_file_links_select on public.event_file_links for select to authenticated
  using (parcel_id in (select p.id from public.parcels p where private.can_see_private(p.admin_unit_id)));

-- Records an uploaded file and links it to its events. p_file: {file_id, name, mime, kind, size,
-- event_ids[], parcel_ids[]} as the client's outbox keeps it. Answers {status, code, message}:
-- stored | duplicate (this file id was recorded already: a retry) | denied | invalid.
create function public.record_event_file(p_file jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_user uuid := auth.uid();
  v_file uuid;
  v_name text;
  v_mime text;
  v_kind text;
  v_size bigint;
  v_events uuid[];
  v_parcels uuid[];
  v_path text;
  v_found int;
  v_exists boolean;
begin
  if v_user is null then
    return jsonb_build_object('status', 'denied', 'code', 'not_signed_in', 'message', 'Sign in to add files.');
  end if;
  begin
    -- @supabase/lite 0.10 hands a jsonb argument over as a JSON string holding the document
    -- (hosted PostgREST passes the document itself), as in record_parcel_events
    if jsonb_typeof(p_file) = 'string' then
      p_file := (p_file #>> '{}')::jsonb;
    end if;
    v_name := p_file ->> 'name';
    v_mime := p_file ->> 'mime';
    v_kind := p_file ->> 'kind';
    v_file := (p_file ->> 'file_id')::uuid;
    v_size := (p_file ->> 'size')::bigint;
    v_events := array(select jsonb_array_elements_text(p_file -> 'event_ids')::uuid);
    v_parcels := array(select jsonb_array_elements_text(p_file -> 'parcel_ids')::uuid);
  exception when others then
    return jsonb_build_object('status', 'invalid', 'code', 'bad_shape', 'message', 'file_id, size, event_ids and parcel_ids must be given.');
  end;
  if v_file is null or v_size is null or cardinality(v_events) = 0 or cardinality(v_parcels) = 0 then
    return jsonb_build_object('status', 'invalid', 'code', 'bad_shape', 'message', 'file_id, size, event_ids and parcel_ids must be given.');
  end if;

  -- a retry of a recorded file, whoever asks again, changes nothing
  perform pg_advisory_xact_lock(hashtextextended(v_file::text, 17));
  if exists (select 1 from public.event_files f where f.id = v_file) then
    if exists (select 1 from public.event_files f where f.id = v_file and f.uploaded_by = v_user) then
      return jsonb_build_object('status', 'duplicate', 'code', 'duplicate', 'message', 'This file was recorded already.');
    end if;
    return jsonb_build_object('status', 'denied', 'code', 'file_id_taken', 'message', 'Another user recorded this file id.');
  end if;

  if exists (select 1 from unnest(v_parcels) x(id)
             where not exists (select 1 from public.parcels p where p.id = x.id and private.can_edit_unit(p.admin_unit_id))) then
    return jsonb_build_object('status', 'denied', 'code', 'not_officer_of_area',
                              'message', 'Only an officer of the parcel''s area may add files to it.');
  end if;
  if v_name is null or length(btrim(v_name)) not between 1 and 200 then
    return jsonb_build_object('status', 'invalid', 'code', 'bad_name', 'message', 'The file name must have 1 to 200 characters.');
  end if;
  if v_mime is null or v_mime not in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
     or v_kind is null or v_kind not in ('photo', 'document')
     or (v_kind = 'photo') <> (v_mime like 'image/%') then
    return jsonb_build_object('status', 'invalid', 'code', 'bad_type', 'message', 'Photos are JPEG, PNG or WebP; documents are PDF or photos of paper.');
  end if;
  if v_size not between 1 and 12582912 then
    return jsonb_build_object('status', 'invalid', 'code', 'too_large', 'message', 'A file may have at most 12 MiB.');
  end if;
  select count(*) into v_found from public.parcel_events e
  where e.event_id = any (v_events) and e.parcel_id = any (v_parcels);
  if v_found <> cardinality(array(select distinct unnest(v_events))) then
    return jsonb_build_object('status', 'invalid', 'code', 'unknown_event',
                              'message', 'Every event of the file must be recorded on one of its parcels first.');
  end if;

  v_path := v_parcels[1]::text || '/' || v_file::text || '.'
            || case v_mime when 'image/jpeg' then 'jpg' when 'image/png' then 'png' when 'image/webp' then 'webp' else 'pdf' end;
  if to_regclass('storage.objects') is not null then
    execute 'select exists (select 1 from storage.objects o where o.bucket_id = $1 and o.name = $2)'
      into v_exists using 'event-files', v_path;
    if not v_exists then
      return jsonb_build_object('status', 'invalid', 'code', 'not_uploaded', 'message', 'Upload the file before recording it.');
    end if;
  end if;

  insert into public.event_files (id, object_path, name, mime, kind, size_bytes, uploaded_by)
  values (v_file, v_path, btrim(v_name), v_mime, v_kind, v_size, v_user);
  insert into public.event_file_links (file_id, event_id, parcel_id)
  select v_file, e.event_id, e.parcel_id from public.parcel_events e
  where e.event_id in (select distinct unnest(v_events));
  return jsonb_build_object('status', 'stored', 'code', 'stored', 'message', 'Stored.');
end
$$;

-- The files of one parcel the caller may see, newest first (empty for anyone else).
create function public.parcel_files(p_parcel_id uuid)
returns table (file_id uuid, name text, mime text, kind text, size_bytes bigint, object_path text,
               event_ids uuid[], recorded_at timestamptz)
language sql
stable
security invoker
set search_path = ''
as $$
  select f.id, f.name, f.mime, f.kind, f.size_bytes, f.object_path,
         array_agg(l.event_id order by l.event_id), f.recorded_at
  from public.event_file_links l join public.event_files f on f.id = l.file_id
  where l.parcel_id = p_parcel_id
  group by f.id
  order by f.recorded_at desc, f.id
$$;

revoke all on function public.record_event_file(jsonb), public.parcel_files(uuid) from public, anon;
grant execute on function public.record_event_file(jsonb), public.parcel_files(uuid) to authenticated;

-- Storage: the private bucket and its policies, where a storage schema exists.
do $storage$
begin
  if to_regclass('storage.buckets') is null or to_regclass('storage.objects') is null then
    raise notice 'no storage schema: the event-files bucket and its policies are not created';
    return;
  end if;
  execute $sql$
    insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
    values ('event-files', 'event-files', false, 12582912,
            array['image/jpeg', 'image/png', 'image/webp', 'application/pdf'])
    on conflict (id) do update set public = false, file_size_limit = excluded.file_size_limit,
                                   allowed_mime_types = excluded.allowed_mime_types
  $sql$;
  if not (select c.relrowsecurity from pg_class c where c.oid = 'storage.objects'::regclass) then
    execute 'alter table storage.objects enable row level security';
  end if;
  -- reading covers download, info and signed URLs; no update or delete policy: objects stay
  execute $sql$
    create policy event_files_objects_select on storage.objects for select to authenticated
      using (bucket_id = 'event-files' and private.can_see_event_object(name))
  $sql$;
  execute $sql$
    create policy event_files_objects_insert on storage.objects for insert to authenticated
      with check (bucket_id = 'event-files' and private.can_upload_event_object(name))
  $sql$;
end
$storage$;
