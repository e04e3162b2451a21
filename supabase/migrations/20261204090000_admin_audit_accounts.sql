-- The admin pages' rules: an audit of every change to the reference tables, retiring a project
-- without deleting it, and roles granted to an email before its owner has signed in.
-- Why: an admin changes what every figure is measured against (projects, targets, units, who may
-- do what), so each change must say who made it and what stood before; a project that is dropped
-- keeps its parcels and history, so it is retired rather than deleted; and an admin gives a role
-- to a colleague's email on the day the account is planned, not after its first sign-in.

-- ---------------------------------------------------------------- audit

-- One row per written row: before is null for an insert, after is null for a delete. Who made the
-- change (actor, actor_email) is not public, so the table has no anon path at all.
create table public.admin_audit (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid,
  -- kept beside the id: a leader reads the audit but not auth.users, and an account may be deleted
  actor_email text,
  table_name text not null check (table_name in
    ('projects', 'targets', 'admin_units', 'memberships', 'infrastructure_entries')),
  row_id text not null,
  op text not null check (op in ('insert', 'update', 'delete')),
  before jsonb,
  after jsonb,
  check ((op = 'insert') = (before is null) and (op = 'delete') = (after is null))
);
alter table public.admin_audit enable row level security;
create index admin_audit_row_idx on public.admin_audit (table_name, row_id, at desc);
create index admin_audit_at_idx on public.admin_audit (at desc);
create index admin_audit_actor_idx on public.admin_audit (actor);
comment on table public.admin_audit is
  'Every insert, update and delete of projects, targets, admin_units, memberships and infrastructure_entries, '
  'with the row before and after; written by triggers only, readable by admins and leaders, append-only.';

grant select on public.admin_audit to authenticated;
create policy admin_audit_select on public.admin_audit for select to authenticated
  using ((select private.has_role('admin')) or (select private.has_role('leader')));
-- no insert, update or delete policy: only the trigger function below writes here

create or replace function private.forbid_audit_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'Nhật ký quản trị chỉ được ghi thêm, không được sửa hay xóa (%).', tg_op
    using errcode = '42501';
end
$$;

create trigger admin_audit_append_only
  before update or delete on public.admin_audit
  for each row execute function private.forbid_audit_change();
create trigger admin_audit_no_truncate
  before truncate on public.admin_audit
  for each statement execute function private.forbid_audit_change();

-- security definer: the writer has no insert policy on admin_audit and cannot read auth.users.
create or replace function private.write_admin_audit()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_before jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  v_after jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  v_actor uuid := auth.uid();
begin
  -- an update that changed nothing (e.g. a form saved unchanged) is not a change
  if tg_op = 'UPDATE' and v_before = v_after then
    return null;
  end if;
  insert into public.admin_audit (actor, actor_email, table_name, row_id, op, before, after)
  values (v_actor, (select u.email from auth.users u where u.id = v_actor), tg_table_name,
          coalesce(v_after ->> 'id', v_before ->> 'id'), lower(tg_op), v_before, v_after);
  return null;
end
$$;

create trigger projects_audit after insert or update or delete on public.projects
  for each row execute function private.write_admin_audit();
create trigger targets_audit after insert or update or delete on public.targets
  for each row execute function private.write_admin_audit();
create trigger admin_units_audit after insert or update or delete on public.admin_units
  for each row execute function private.write_admin_audit();
create trigger memberships_audit after insert or update or delete on public.memberships
  for each row execute function private.write_admin_audit();
create trigger infrastructure_entries_audit after insert or update or delete on public.infrastructure_entries
  for each row execute function private.write_admin_audit();

-- ---------------------------------------------------------------- retired projects

-- A retired project stays on the books (its parcels and figures keep their history) but takes no
-- more imports; the reason says why, for whoever finds it later. An admin may un-retire it by
-- clearing both.
alter table public.projects
  add column retired_at timestamptz,
  add column retired_reason text check (retired_reason is null or btrim(retired_reason) <> ''),
  add constraint projects_retired_with_reason check ((retired_at is null) = (retired_reason is null));
comment on column public.projects.retired_at is 'When the project was retired (no longer pursued); null while active.';
comment on column public.projects.retired_reason is 'Why it was retired; set exactly when retired_at is.';

-- ---------------------------------------------------------------- accounts: grants by email

-- A membership is either active (user_id set: it counts in has_role and the officer's area) or
-- pending (user_id null, email set): granted to an email whose owner has not signed in yet.
-- Pending grants count nowhere; claim_my_memberships() links them when that person signs in.
alter table public.memberships
  alter column user_id drop not null,
  add column email text,
  add column granted_by uuid,
  add column claimed_at timestamptz,
  add constraint memberships_email_format
    check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  add constraint memberships_email_lower check (email is null or email = lower(btrim(email))),
  add constraint memberships_user_or_email check (user_id is not null or email is not null);
create unique index memberships_pending_unique_idx
  on public.memberships (email, role, coalesce(admin_unit_id, '')) where user_id is null;
create index memberships_email_idx on public.memberships (email);
comment on column public.memberships.email is
  'The email the role was granted to (lowercase). With user_id null the grant is pending until that person signs in.';

-- The caller's email, from auth.users (the JWT's email claim could be stale).
create or replace function private.current_user_email()
returns text
language sql
stable
security definer
set search_path = ''
as $$ select lower(u.email) from auth.users u where u.id = auth.uid() $$;

-- True when a membership row (its user, or the email it was granted to) is the caller's own.
create or replace function private.is_own_membership(p_user_id uuid, p_email text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce(p_user_id = auth.uid(), false)
      or coalesce(lower(p_email) = private.current_user_email(), false)
$$;

-- Normalise the email, and link a grant at once when its email belongs to someone who has
-- already signed in (their next request counts it; nothing is left for them to claim). A row
-- written by user id gets its email, so the accounts list can show it.
create or replace function private.prepare_membership()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.email := nullif(lower(btrim(new.email)), '');
  if new.user_id is null and new.email is not null then
    select u.id into new.user_id from auth.users u
    where lower(u.email) = new.email and u.last_sign_in_at is not null and u.email_confirmed_at is not null
    limit 1;
    if new.user_id is not null then
      new.claimed_at := now();
    end if;
  elsif new.user_id is not null and new.email is null then
    select lower(u.email) into new.email from auth.users u where u.id = new.user_id;
  end if;
  if tg_op = 'INSERT' then
    new.granted_by := auth.uid();
  end if;
  return new;
end
$$;

create trigger memberships_prepare before insert or update on public.memberships
  for each row execute function private.prepare_membership();

-- No one changes their own role, by user id or by the email it was granted to; the policies run
-- after the trigger above has linked the row, so a grant to one's own email is caught too.
drop policy memberships_insert on public.memberships;
drop policy memberships_update on public.memberships;
drop policy memberships_delete on public.memberships;
create policy memberships_insert on public.memberships for insert to authenticated
  with check ((select private.has_role('admin')) and not private.is_own_membership(user_id, email));
create policy memberships_update on public.memberships for update to authenticated
  using ((select private.has_role('admin')) and not private.is_own_membership(user_id, email))
  with check ((select private.has_role('admin')) and not private.is_own_membership(user_id, email));
create policy memberships_delete on public.memberships for delete to authenticated
  using ((select private.has_role('admin')) and not private.is_own_membership(user_id, email));

-- Grants a role to an email: the admin pages' way in, with a specific message for each refusal
-- (a policy can only say "row-level security"). Answers the membership's id and whether it is
-- pending.
create or replace function public.grant_role(p_email text, p_role text, p_admin_unit_id text default null)
returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_email text := lower(btrim(coalesce(p_email, '')));
  v_unit text := nullif(btrim(coalesce(p_admin_unit_id, '')), '');
  v_row public.memberships;
begin
  if not private.has_role('admin') then
    raise exception 'Chỉ quản trị viên được cấp vai trò.' using errcode = '42501';
  end if;
  if v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'Địa chỉ email "%" không hợp lệ.', coalesce(p_email, '') using errcode = '22023';
  end if;
  if v_email = private.current_user_email() then
    raise exception 'Không ai được tự thay đổi vai trò của chính mình: nhờ một quản trị viên khác.'
      using errcode = '42501';
  end if;
  if p_role is null or p_role not in ('admin', 'leader', 'officer') then
    raise exception 'Vai trò phải là admin, leader hoặc officer (nhận được: %).', coalesce(p_role, 'null')
      using errcode = '22023';
  end if;
  if p_role = 'officer' and v_unit is null then
    raise exception 'Cán bộ địa chính phải có địa bàn (một đơn vị hành chính).' using errcode = '23514';
  end if;
  if v_unit is not null and not exists (select 1 from public.admin_units u where u.id = v_unit) then
    raise exception 'Không có đơn vị hành chính mã %.', v_unit using errcode = '23503';
  end if;
  if exists (
    select 1 from public.memberships m
    left join auth.users u on u.id = m.user_id
    where coalesce(lower(u.email), m.email) = v_email and m.role = p_role
      and coalesce(m.admin_unit_id, '') = coalesce(v_unit, '')
  ) then
    raise exception 'Email % đã có vai trò này ở địa bàn này.', v_email using errcode = '23505';
  end if;
  insert into public.memberships (email, role, admin_unit_id) values (v_email, p_role, v_unit)
  returning * into v_row;
  return jsonb_build_object('id', v_row.id, 'pending', v_row.user_id is null);
end
$$;

-- Revokes a grant (deletes it; the audit keeps it). Never one's own.
create or replace function public.revoke_role(p_membership_id uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row public.memberships;
begin
  if not private.has_role('admin') then
    raise exception 'Chỉ quản trị viên được thu hồi vai trò.' using errcode = '42501';
  end if;
  select * into v_row from public.memberships m where m.id = p_membership_id;
  if not found then
    raise exception 'Không tìm thấy quyền này (có thể đã bị thu hồi).' using errcode = 'P0002';
  end if;
  if private.is_own_membership(v_row.user_id, v_row.email) then
    raise exception 'Không ai được tự thay đổi vai trò của chính mình: nhờ một quản trị viên khác.'
      using errcode = '42501';
  end if;
  delete from public.memberships m where m.id = p_membership_id;
end
$$;

-- Links the caller's pending grants (those to their auth email) to their account: the app calls
-- it after every sign-in. Volatile, security definer: the caller has no policy to update their own
-- memberships. Only a confirmed email claims, so an unconfirmed sign-up cannot take someone's role.
-- Answers how many grants it linked.
create or replace function public.claim_my_memberships()
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_uid uuid := auth.uid();
  v_email text;
  v_count integer;
begin
  if v_uid is null then
    return 0;
  end if;
  select lower(u.email) into v_email from auth.users u
  where u.id = v_uid and u.email_confirmed_at is not null;
  if v_email is null then
    return 0;
  end if;
  -- a pending grant that repeats one the user already holds is simply dropped
  delete from public.memberships p
  where p.user_id is null and p.email = v_email
    and exists (select 1 from public.memberships a
                where a.user_id = v_uid and a.role = p.role
                  and coalesce(a.admin_unit_id, '') = coalesce(p.admin_unit_id, ''));
  update public.memberships m set user_id = v_uid, claimed_at = now()
  where m.user_id is null and m.email = v_email;
  get diagnostics v_count = row_count;
  return v_count;
end
$$;

-- The accounts list for admins: every grant with its email, role, area, status and the account's
-- last sign-in. Anyone else gets no rows (emails and sign-in times are personal data).
create or replace function public.admin_accounts()
returns table (id uuid, email text, user_id uuid, role text, admin_unit_id text, admin_unit_name text,
               status text, created_at timestamptz, claimed_at timestamptz, last_sign_in_at timestamptz,
               is_self boolean)
language sql
stable
security definer
set search_path = ''
as $$
  select m.id, coalesce(lower(u.email), m.email), m.user_id, m.role, m.admin_unit_id, au.name,
         case when m.user_id is null then 'pending' else 'active' end,
         m.created_at, m.claimed_at,
         coalesce(u.last_sign_in_at, (select pu.last_sign_in_at from auth.users pu
                                      where m.user_id is null and lower(pu.email) = m.email limit 1)),
         private.is_own_membership(m.user_id, m.email)
  from public.memberships m
    left join auth.users u on u.id = m.user_id
    left join public.admin_units au on au.id = m.admin_unit_id
  where private.has_role('admin')
  order by coalesce(lower(u.email), m.email), m.role, m.admin_unit_id
$$;

revoke all on function private.forbid_audit_change() from public, anon, authenticated;
revoke all on function private.write_admin_audit() from public, anon, authenticated;
revoke all on function private.prepare_membership() from public, anon, authenticated;
revoke all on function private.current_user_email() from public, anon;
revoke all on function private.is_own_membership(uuid, text) from public, anon;
grant execute on function private.current_user_email() to authenticated;
grant execute on function private.is_own_membership(uuid, text) to authenticated;
revoke all on function public.grant_role(text, text, text) from public;
revoke all on function public.revoke_role(uuid) from public;
revoke all on function public.claim_my_memberships() from public;
revoke all on function public.admin_accounts() from public;
grant execute on function public.grant_role(text, text, text) to authenticated;
grant execute on function public.revoke_role(uuid) to authenticated;
grant execute on function public.claim_my_memberships() to authenticated;
grant execute on function public.admin_accounts() to authenticated;

-- An admin writing an infrastructure entry runs its check trigger as themselves, and that trigger
-- reads today's date through private.vn_today(), which 20261202090000 left executable by no client
-- role: every admin write of an entry failed with "permission denied". The date is no secret.
grant execute on function private.vn_today() to authenticated;
