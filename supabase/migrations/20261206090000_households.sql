-- Households and the compensation plan (issue 16): who holds each parcel, what was approved and
-- paid for whom, the resettlement plots, and the project's graves and utilities to move.
-- The shape follows LADM (ISO 19152): parties (a household, a person, an organisation) with their
-- members, holdings between a party and a parcel (a share and the right's origin), and the
-- Vietnamese compensation plan (phương án bồi thường, hỗ trợ, tái định cư) per project batch with
-- its lines per party, each with its legal basis.
--
-- Personal data (Decree 13/2023/ND-CP): names, ID numbers, addresses, amounts per party. Only
-- officers of the area and leaders read them (private.can_see_party); anon has no grant and no
-- policy on any of these tables, and reaches counts and sums per project only through functions.
-- Nobody writes these tables directly: changes go through public.record_household_events (an
-- event per change with a client-made id, recorded in household_events with who and when) and
-- public.import_households.

-- ---------------------------------------------------------------- parties and members

create table public.parties (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('household', 'person', 'organisation')),
  -- "Hộ ông Nguyễn Văn An", "Nguyễn Thị Bình", "UBND xã Mễ Sở"
  name text not null check (length(btrim(name)) between 1 and 200),
  -- the head's citizen ID (CCCD, 12 digits; old CMND, 9) for a household or a person; the tax
  -- code (10 digits, or 10-3 for a branch) for an organisation
  id_number text check (id_number ~ '^([0-9]{9}|[0-9]{12}|[0-9]{10}(-[0-9]{3})?)$'),
  address text check (address is null or length(address) <= 500),
  phone text check (phone is null or phone ~ '^[0-9+ .-]{6,20}$'),
  -- the commune where the party is registered: the area whose officers keep its record
  admin_unit_id text not null references public.admin_units (id),
  note text check (note is null or length(note) <= 2000),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.parties enable row level security;
create unique index parties_id_number_idx on public.parties (id_number) where id_number is not null;
create index parties_admin_unit_idx on public.parties (admin_unit_id);
-- search by name without accents ("nguyen van an" finds "Nguyễn Văn An") folds each visible
-- party's name with private.fold_text in search_households (a match anywhere in the name, which no
-- btree serves); this index serves lookups of a name as typed, case aside
create index parties_name_idx on public.parties (lower(name));

create table public.party_members (
  id uuid primary key default gen_random_uuid(),
  party_id uuid not null references public.parties (id) on delete cascade,
  full_name text not null check (length(btrim(full_name)) between 1 and 200),
  id_number text check (id_number ~ '^([0-9]{9}|[0-9]{12})$'),
  birth_year integer check (birth_year is null or birth_year between 1900 and 2100),
  -- chủ hộ, vợ, chồng, con, bố, mẹ, …: free text as the household book writes it
  relation text check (relation is null or length(relation) <= 50),
  is_head boolean not null default false,
  -- a member's share of the party's rights (a group party), or null when not stated
  share_pct numeric check (share_pct is null or (share_pct > 0 and share_pct <= 100)),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.party_members enable row level security;
create index party_members_party_idx on public.party_members (party_id);
create unique index party_members_id_number_idx on public.party_members (id_number) where id_number is not null;
create unique index party_members_one_head_idx on public.party_members (party_id) where is_head;

-- ---------------------------------------------------------------- holdings (rights)

create table public.holdings (
  id uuid primary key default gen_random_uuid(),
  party_id uuid not null references public.parties (id) on delete cascade,
  parcel_id uuid not null references public.parcels (id),
  -- the party's share of the parcel; a parcel's shares sum to at most 100 (checked by the RPCs)
  share_pct numeric not null default 100 check (share_pct > 0 and share_pct <= 100),
  -- how the right arose (nguồn gốc sử dụng đất)
  origin text not null default 'unknown' check (origin in ('allocated', 'leased', 'recognised',
    'transferred', 'inherited', 'donated', 'public_land', 'unknown')),
  certificate_no text check (certificate_no is null or length(certificate_no) <= 50),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (party_id, parcel_id)
);
alter table public.holdings enable row level security;
create index holdings_parcel_idx on public.holdings (parcel_id);

comment on column public.holdings.origin is
  'allocated = giao đất; leased = thuê đất; recognised = công nhận QSDĐ; transferred = nhận chuyển nhượng; '
  'inherited = thừa kế; donated = tặng cho; public_land = đất công ích; unknown = chưa xác định.';

-- ---------------------------------------------------------------- the compensation plan

-- One plan per project batch (đợt): drafted, posted, then approved by a decision. The approval's
-- date starts the 30-day payment deadline (Điểm a khoản 3 Điều 94, Luật Đất đai 2024); the
-- posting's days let the 30-day posting rule (Điều 87) be checked.
create table public.compensation_plans (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  batch text not null check (length(btrim(batch)) between 1 and 50),
  posted_from date,
  posted_to date,
  decision_no text check (decision_no is null or length(btrim(decision_no)) between 1 and 80),
  decision_date date check (decision_date is null or decision_date >= date '2000-01-01'),
  note text check (note is null or length(note) <= 2000),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (project_id, batch),
  -- approved means a decision with its number and its date
  check ((decision_no is null) = (decision_date is null)),
  check (posted_to is null or (posted_from is not null and posted_to >= posted_from))
);
alter table public.compensation_plans enable row level security;

-- A line of a party's plan (annex II): content, parameters, amount, legal basis, status.
-- Deductions are lines of the group 'deduction' with a positive amount that is subtracted.
create table public.plan_lines (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references public.compensation_plans (id) on delete cascade,
  party_id uuid not null references public.parties (id) on delete cascade,
  parcel_id uuid references public.parcels (id),
  line_group text not null check (line_group in ('land', 'assets', 'crops', 'support', 'resettlement', 'deduction')),
  content text not null check (length(btrim(content)) between 1 and 500),
  quantity numeric check (quantity is null or quantity >= 0),
  unit text check (unit is null or length(unit) <= 20),
  unit_price_vnd numeric check (unit_price_vnd is null or unit_price_vnd >= 0),
  amount_vnd numeric not null check (amount_vnd >= 0),
  basis_document text check (basis_document is null or length(btrim(basis_document)) between 1 and 200),
  basis_article text check (basis_article is null or length(btrim(basis_article)) between 1 and 100),
  status text not null check (status in ('provisional', 'needs_confirmation', 'missing_basis')),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- a line without a document is one whose basis is missing, and only such a line
  check ((basis_document is null) = (status = 'missing_basis'))
);
alter table public.plan_lines enable row level security;
create index plan_lines_plan_party_idx on public.plan_lines (plan_id, party_id);
create index plan_lines_party_idx on public.plan_lines (party_id);

comment on column public.plan_lines.status is
  'provisional = tạm tính; needs_confirmation = cần xác minh; missing_basis = chưa có căn cứ (no basis_document).';

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references public.compensation_plans (id),
  party_id uuid not null references public.parties (id) on delete cascade,
  paid_on date not null check (paid_on >= date '2000-01-01'),
  amount_vnd numeric not null check (amount_vnd > 0),
  method text not null check (method in ('cash', 'bank_transfer', 'treasury_deposit')),
  reference text check (reference is null or length(reference) <= 100),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.payments enable row level security;
create index payments_plan_party_idx on public.payments (plan_id, party_id);
create index payments_party_idx on public.payments (party_id);

comment on column public.payments.method is
  'cash = tiền mặt; bank_transfer = chuyển khoản; treasury_deposit = gửi Kho bạc (the party did not receive it).';

-- One resettlement plot owed to a party: where, and the day it was ready to hand over.
create table public.resettlement_allocations (
  id uuid primary key default gen_random_uuid(),
  party_id uuid not null references public.parties (id) on delete cascade,
  project_id uuid not null references public.projects (id),
  site text not null check (length(btrim(site)) between 1 and 200),
  plot_no text check (plot_no is null or length(plot_no) <= 50),
  area_m2 numeric check (area_m2 is null or area_m2 > 0),
  ready_on date check (ready_on is null or ready_on >= date '2000-01-01'),
  allocated_on date check (allocated_on is null or allocated_on >= date '2000-01-01'),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.resettlement_allocations enable row level security;
create index resettlement_allocations_party_idx on public.resettlement_allocations (party_id);
create index resettlement_allocations_project_idx on public.resettlement_allocations (project_id);

-- ---------------------------------------------------------------- project items to move

-- Graves and utilities in a project's land: a total to move (a count, or a length in metres) and
-- dated progress entries, each the cumulative figure moved as of its day.
create table public.project_items (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id),
  -- the commune the item lies in: the area whose officers record its progress
  admin_unit_id text not null references public.admin_units (id),
  kind text not null check (kind in ('grave', 'power_line', 'water_pipe', 'telecom', 'drainage', 'other_utility')),
  name text not null check (length(btrim(name)) between 1 and 200),
  unit text not null check (unit in ('count', 'm')),
  total numeric not null check (total > 0),
  owner text check (owner is null or length(owner) <= 200),
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (kind <> 'grave' or unit = 'count')
);
alter table public.project_items enable row level security;
create index project_items_project_idx on public.project_items (project_id);

create table public.project_item_progress (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references public.project_items (id) on delete cascade,
  as_of date not null check (as_of >= date '2000-01-01'),
  done numeric not null check (done >= 0),
  note text check (note is null or length(note) <= 2000),
  -- an entry is corrected in place (save on the same day), so it carries a version as the others
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (item_id, as_of)
);
alter table public.project_item_progress enable row level security;

-- ---------------------------------------------------------------- the history of every change

-- Append-only, as parcel_events: each accepted change to the tables above, with who, when and
-- the row before and after. event_id is made by the client: a retried event (same payload) is
-- answered duplicate, a reused id with another payload invalid/event_id_reused.
create table public.household_events (
  seq bigint generated always as identity primary key,
  event_id uuid not null unique,
  -- the change as sent: 'party.save', 'holding.delete', … (see record_household_events)
  kind text not null,
  entity text not null check (entity in ('party', 'member', 'holding', 'plan', 'line', 'payment',
    'allocation', 'item', 'item_progress', 'import')),
  entity_id uuid,
  -- the party the change belongs to, for its history (null for plans and project items)
  party_id uuid,
  project_id uuid,
  admin_unit_id text,
  before jsonb,
  after jsonb,
  actor uuid,
  occurred_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  payload_md5 uuid
);
alter table public.household_events enable row level security;
create index household_events_party_idx on public.household_events (party_id, seq desc) where party_id is not null;
create index household_events_entity_idx on public.household_events (entity, entity_id);

create function private.forbid_history_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
    using errcode = '42501', hint = 'Record a new, compensating event instead.';
end
$$;

-- a trigger function is never called through the API
revoke all on function private.forbid_history_change() from public, anon, authenticated;

create trigger household_events_no_change before update or delete on public.household_events
  for each row execute function private.forbid_history_change();
create trigger household_events_no_truncate before truncate on public.household_events
  for each statement execute function private.forbid_truncate();
-- personal data is never emptied wholesale, as parcel_private
create trigger parties_no_truncate before truncate on public.parties
  for each statement execute function private.forbid_truncate();
create trigger party_members_no_truncate before truncate on public.party_members
  for each statement execute function private.forbid_truncate();
create trigger holdings_no_truncate before truncate on public.holdings
  for each statement execute function private.forbid_truncate();
create trigger plan_lines_no_truncate before truncate on public.plan_lines
  for each statement execute function private.forbid_truncate();
create trigger payments_no_truncate before truncate on public.payments
  for each statement execute function private.forbid_truncate();

-- ---------------------------------------------------------------- who may read

-- A party's record is seen by leaders, by officers of the party's commune and by officers of the
-- area of any parcel it holds (who clear that parcel and must know whom they deal with).
create function private.can_see_party(p_party_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.has_role('leader')
      or exists (select 1 from public.parties p
                 where p.id = p_party_id and p.admin_unit_id in (select private.officer_unit_ids()))
      or exists (select 1 from public.holdings h join public.parcels c on c.id = h.parcel_id
                 where h.party_id = p_party_id and c.admin_unit_id in (select private.officer_unit_ids()))
$$;

-- A project's plans and items: leaders, and officers of any of the project's areas.
create function private.can_see_project_private(p_project_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select private.has_role('leader')
      or exists (select 1 from public.parcels c
                 where c.project_id = p_project_id and c.admin_unit_id in (select private.officer_unit_ids()))
      or exists (select 1 from public.project_items i
                 where i.project_id = p_project_id and i.admin_unit_id in (select private.officer_unit_ids()))
$$;

revoke all on function private.can_see_party(uuid) from public;
revoke all on function private.can_see_project_private(uuid) from public;
grant execute on function private.can_see_party(uuid), private.can_see_project_private(uuid) to authenticated;

-- anon: nothing. authenticated: select, narrowed by the policies; no writes (the RPCs write).
revoke all on public.parties, public.party_members, public.holdings, public.compensation_plans,
  public.plan_lines, public.payments, public.resettlement_allocations, public.project_items,
  public.project_item_progress, public.household_events from anon, authenticated;
grant select on public.parties, public.party_members, public.holdings, public.compensation_plans,
  public.plan_lines, public.payments, public.resettlement_allocations, public.project_items,
  public.project_item_progress, public.household_events to authenticated;

create policy parties_select on public.parties for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(id));
create policy party_members_select on public.party_members for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(party_id));
create policy holdings_select on public.holdings for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(party_id));
create policy plan_lines_select on public.plan_lines for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(party_id));
create policy payments_select on public.payments for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(party_id));
create policy resettlement_allocations_select on public.resettlement_allocations for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_party(party_id));
create policy compensation_plans_select on public.compensation_plans for select to authenticated
  using ((select private.has_role('leader')) or private.can_see_project_private(project_id));
create policy project_items_select on public.project_items for select to authenticated
  using ((select private.has_role('leader')) or admin_unit_id in (select private.officer_unit_ids())
         or private.can_see_project_private(project_id));
create policy project_item_progress_select on public.project_item_progress for select to authenticated
  using ((select private.has_role('leader'))
         or exists (select 1 from public.project_items i where i.id = item_id
                    and private.can_see_project_private(i.project_id)));
create policy household_events_select on public.household_events for select to authenticated
  using ((select private.has_role('leader'))
         or (party_id is not null and private.can_see_party(party_id))
         or (party_id is null and project_id is not null and private.can_see_project_private(project_id)));
