-- Core tables of the land-clearance tracker, each with row level security enabled here.
-- Why this layout: anon may read every column of any row it can see, and column grants do not
-- survive on the local backend, so personal data (parcel_private) and who changed a parcel
-- (parcel_events) live in tables that anon has no RLS path to. Policies come in the next migration.

create schema if not exists private;

-- The ordered stages of a parcel (Land Law 2024, Art. 85-87, 89). The TypeScript stage table
-- (src/domain/stages.ts) must list the same ids in the same order; a test checks it.
create table public.stages (
  id text primary key,
  position smallint not null unique check (position >= 0),
  label_vi text not null,
  label_en text not null,
  is_cleared boolean not null default false
);
alter table public.stages enable row level security;

insert into public.stages (id, position, label_vi, label_en, is_cleared) values
  ('not_started', 0, 'Chưa triển khai', 'Not started', false),
  ('dialogue', 1, 'Đã họp dân', 'Dialogue meeting held', false),
  ('notice', 2, 'Đã thông báo thu hồi đất', 'Recovery notice issued', false),
  ('inventory', 3, 'Đã kiểm đếm', 'Inventory done', false),
  ('plan_approved', 4, 'Đã phê duyệt phương án BT, HT, TĐC', 'Compensation plan approved', false),
  ('recovery_decided', 5, 'Đã có quyết định thu hồi đất', 'Recovery decision issued', false),
  ('compensated', 6, 'Đã chi trả bồi thường', 'Compensation paid', false),
  ('handed_over', 7, 'Đã bàn giao mặt bằng', 'Site handed over', true);

-- Administrative units as a tree with validity dates, so the 2024 districts and the communes
-- of the July 2025 reorganisation can both be held. id is the official GSO code.
create table public.admin_units (
  id text primary key check (id ~ '^[0-9]{2,5}$'),
  name text not null check (name <> ''),
  level text not null check (level in ('province', 'district', 'commune')),
  parent_id text references public.admin_units (id),
  valid_from date,
  valid_to date,
  geom jsonb check (geom is null or geom ->> 'type' in ('Polygon', 'MultiPolygon')),
  check (valid_to is null or valid_from is null or valid_to >= valid_from),
  check ((level = 'province') = (parent_id is null))
);
alter table public.admin_units enable row level security;
create index admin_units_parent_idx on public.admin_units (parent_id);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code <> ''),
  name text not null check (name <> ''),
  kind text not null check (kind in ('ring_road', 'public_investment', 'industrial_park',
    'industrial_cluster', 'urban_housing', 'resettlement', 'cemetery', 'waste', 'other')),
  -- an outline (Polygon/MultiPolygon) or, for roads, the centre line (LineString/MultiLineString)
  geom jsonb check (geom is null or geom ->> 'type' in
    ('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString')),
  corridor_width_m numeric check (corridor_width_m is null or corridor_width_m > 0),
  area_to_clear_m2 numeric not null default 0 check (area_to_clear_m2 >= 0),
  investor text,
  decision_ref text,
  responsible_unit text,
  responsible_person text,
  due_date date,
  infrastructure_done_m2 numeric not null default 0 check (infrastructure_done_m2 >= 0),
  admin_unit_ids text[] not null default '{}',
  status_note text,
  is_illustrative boolean not null default false,
  updated_at timestamptz not null default now()
);
alter table public.projects enable row level security;
create index projects_kind_idx on public.projects (kind);

-- The bounding box of a GeoJSON Polygon/MultiPolygon, for the GiST index behind parcels_in_bbox.
create or replace function private.geojson_bbox(g jsonb)
returns box
language sql
immutable
parallel safe
set search_path = ''
as $$
  select case when count(*) = 0 then null
    else box(point(min((p ->> 0)::float8), min((p ->> 1)::float8)),
             point(max((p ->> 0)::float8), max((p ->> 1)::float8))) end
  from jsonb_path_query(g, case g ->> 'type'
    when 'Polygon' then '$.coordinates[*][*]'::jsonpath
    else '$.coordinates[*][*][*]'::jsonpath end) as p
$$;

create table public.parcels (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  admin_unit_id text not null references public.admin_units (id),
  map_sheet text not null check (map_sheet <> ''),
  parcel_no text not null check (parcel_no <> ''),
  land_type text not null check (land_type ~ '^[A-Z]{2,4}$'),
  -- the legal recovered area from the inventory; may differ from the drawn polygon's area
  area_m2 numeric not null check (area_m2 > 0),
  geom jsonb not null check (geom ->> 'type' in ('Polygon', 'MultiPolygon')),
  bbox box generated always as (private.geojson_bbox(geom)) stored,
  stage text not null default 'not_started' references public.stages (id),
  blocked boolean not null default false,
  blocker_reason text,
  blocker_responsible text,
  version integer not null default 1 check (version >= 1),
  updated_at timestamptz not null default now(),
  -- the transaction that last wrote the row (xid8 as bigint), for changes_since
  change_xid bigint not null default 0,
  unique (project_id, admin_unit_id, map_sheet, parcel_no),
  check (blocked = (blocker_reason is not null)),
  check (blocked or blocker_responsible is null)
);
alter table public.parcels enable row level security;
create index parcels_bbox_idx on public.parcels using gist (bbox);
create index parcels_project_idx on public.parcels (project_id);
create index parcels_admin_unit_idx on public.parcels (admin_unit_id);
create index parcels_change_xid_idx on public.parcels (change_xid);

-- Personal data (Decree 13/2023/ND-CP): only officers of the parcel's area and leaders see it.
create table public.parcel_private (
  parcel_id uuid primary key references public.parcels (id) on delete cascade,
  owner_name text,
  household text,
  compensation_vnd numeric check (compensation_vnd is null or compensation_vnd >= 0),
  support_vnd numeric check (support_vnd is null or support_vnd >= 0),
  resettlement text,
  updated_at timestamptz not null default now()
);
alter table public.parcel_private enable row level security;

-- Append-only history. Each row holds the parcel's state after the event, so the state at any
-- past moment can be rebuilt (as-of reports). event_id is generated by the client: a retried
-- event is recognised and answered 'duplicate'.
create table public.parcel_events (
  seq bigint generated always as identity primary key,
  event_id uuid not null unique,
  parcel_id uuid not null references public.parcels (id),
  from_stage text not null references public.stages (id),
  to_stage text not null references public.stages (id),
  blocked boolean not null,
  blocker_reason text,
  blocker_responsible text,
  note text,
  actor uuid,
  version integer not null,
  occurred_at timestamptz not null,
  recorded_at timestamptz not null default now()
);
alter table public.parcel_events enable row level security;
create index parcel_events_parcel_idx on public.parcel_events (parcel_id, occurred_at desc);
create index parcel_events_occurred_idx on public.parcel_events (occurred_at);

create table public.targets (
  id uuid primary key default gen_random_uuid(),
  name text not null check (name <> ''),
  scope_kind text check (scope_kind is null or scope_kind in ('ring_road', 'public_investment',
    'industrial_park', 'industrial_cluster', 'urban_housing', 'resettlement', 'cemetery', 'waste', 'other')),
  scope_project_id uuid references public.projects (id),
  scope_admin_unit_id text references public.admin_units (id),
  measure text not null check (measure in ('cleared_area_ha', 'cleared_share',
    'projects_started', 'infrastructure_area_ha')),
  min_value numeric,
  max_value numeric,
  due_date date,
  source text,
  check (min_value is not null or max_value is not null),
  check (min_value is null or max_value is null or min_value <= max_value)
);
alter table public.targets enable row level security;

-- Roles. An officer's area is admin_unit_id and all its descendants.
create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null check (role in ('admin', 'leader', 'officer')),
  admin_unit_id text references public.admin_units (id),
  created_at timestamptz not null default now(),
  check (role <> 'officer' or admin_unit_id is not null)
);
alter table public.memberships enable row level security;
create unique index memberships_unique_idx
  on public.memberships (user_id, role, coalesce(admin_unit_id, ''));
create index memberships_user_idx on public.memberships (user_id);

-- Units of the target measures and two parcel columns, where the next reader looks for them.
comment on column public.targets.measure is
  'cleared_area_ha: hectares handed over; cleared_share: handed-over area / area to clear, a fraction 0..1 '
  '(1.0 = 100 %); projects_started: number of projects with at least one parcel past not_started; '
  'infrastructure_area_ha: hectares with technical infrastructure built (projects.infrastructure_done_m2).';
comment on column public.targets.min_value is 'Lower bound in the unit of `measure` (cleared_share is a fraction 0..1).';
comment on column public.targets.max_value is 'Upper bound in the unit of `measure`, or null for "at least min_value".';
comment on column public.parcels.area_m2 is
  'The legal recovered area from the inventory (m²); may differ from the drawn polygon''s area.';
comment on column public.parcels.change_xid is
  'Transaction id (xid8) of the last write; changes_since() compares it with the snapshot xmin.';
