-- Who may see and change what, enforced by the database for every client.
-- anon: public tables only. officer: plus personal data and event history in their area.
-- leader: reads everything. admin: manages projects, targets, admin units and memberships.
-- Nobody writes parcels or parcel_events directly: changes go through record_parcel_events().
-- The helpers are security definer because anon has no access to the auth schema or memberships.

grant usage on schema private to anon, authenticated;

create or replace function private.current_user_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$ select auth.uid() $$;

create or replace function private.has_role(p_role text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.memberships m
                 where m.user_id = auth.uid() and m.role = p_role)
$$;

-- Every admin unit in the caller's officer areas, descendants included.
create or replace function private.officer_unit_ids()
returns setof text
language sql
stable
security definer
set search_path = ''
as $$
  with recursive area(id) as (
    select m.admin_unit_id from public.memberships m
    where m.user_id = auth.uid() and m.role = 'officer'
    union
    select u.id from public.admin_units u join area a on u.parent_id = a.id
  )
  select id from area
$$;

create or replace function private.can_edit_unit(p_unit text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$ select p_unit in (select private.officer_unit_ids()) $$;

-- Personal data and event actors: leaders everywhere, officers in their area.
create or replace function private.can_see_private(p_unit text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$ select private.has_role('leader') or private.can_edit_unit(p_unit) $$;

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to anon, authenticated;

-- Table privileges, stated so the rules do not depend on a platform's defaults. Hosted Supabase
-- and the local backend grant more (lite re-grants everything on boot): RLS is what holds.
grant usage on schema public to anon, authenticated;
grant select on all tables in schema public to anon, authenticated;
grant insert, update, delete on public.admin_units, public.projects, public.targets,
  public.memberships to authenticated;

-- Reference data: readable by all, written by admins.
create policy stages_select on public.stages for select to anon, authenticated using (true);

create policy admin_units_select on public.admin_units for select to anon, authenticated using (true);
create policy admin_units_insert on public.admin_units for insert to authenticated
  with check ((select private.has_role('admin')));
create policy admin_units_update on public.admin_units for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy admin_units_delete on public.admin_units for delete to authenticated
  using ((select private.has_role('admin')));

create policy projects_select on public.projects for select to anon, authenticated using (true);
create policy projects_insert on public.projects for insert to authenticated
  with check ((select private.has_role('admin')));
create policy projects_update on public.projects for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy projects_delete on public.projects for delete to authenticated
  using ((select private.has_role('admin')));

create policy targets_select on public.targets for select to anon, authenticated using (true);
create policy targets_insert on public.targets for insert to authenticated
  with check ((select private.has_role('admin')));
create policy targets_update on public.targets for update to authenticated
  using ((select private.has_role('admin'))) with check ((select private.has_role('admin')));
create policy targets_delete on public.targets for delete to authenticated
  using ((select private.has_role('admin')));

-- Parcels: public columns only, readable by all; no write policy at all.
create policy parcels_select on public.parcels for select to anon, authenticated using (true);

-- Personal data: no anon policy, so anon sees no row.
create policy parcel_private_select on public.parcel_private for select to authenticated
  using (
    (select private.has_role('leader'))
    or parcel_id in (select p.id from public.parcels p
                     where p.admin_unit_id in (select private.officer_unit_ids()))
  );

create policy parcel_events_select on public.parcel_events for select to authenticated
  using (
    (select private.has_role('leader'))
    or parcel_id in (select p.id from public.parcels p
                     where p.admin_unit_id in (select private.officer_unit_ids()))
  );

-- Memberships: each user sees their own; admins see and manage everyone's but never their own,
-- so no user can grant themselves a role.
create policy memberships_select on public.memberships for select to authenticated
  using (user_id = (select private.current_user_id()) or (select private.has_role('admin')));
create policy memberships_insert on public.memberships for insert to authenticated
  with check ((select private.has_role('admin')) and user_id <> (select private.current_user_id()));
create policy memberships_update on public.memberships for update to authenticated
  using ((select private.has_role('admin')) and user_id <> (select private.current_user_id()))
  with check ((select private.has_role('admin')) and user_id <> (select private.current_user_id()));
create policy memberships_delete on public.memberships for delete to authenticated
  using ((select private.has_role('admin')) and user_id <> (select private.current_user_id()));

-- History is append-only for everyone, including the service role and the table owner.
create or replace function private.forbid_event_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'parcel_events is append-only: % is not allowed', tg_op
    using errcode = '42501', hint = 'Record a new, compensating event instead.';
end
$$;

create trigger parcel_events_append_only
  before update or delete on public.parcel_events
  for each row execute function private.forbid_event_change();
create trigger parcel_events_no_truncate
  before truncate on public.parcel_events
  for each statement execute function private.forbid_event_change();

-- Platforms grant TRUNCATE to client roles by default; parcels and personal data are never
-- emptied wholesale.
create or replace function private.forbid_truncate()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'truncate of % is not allowed', tg_table_name using errcode = '42501';
end
$$;

create trigger parcels_no_truncate
  before truncate on public.parcels
  for each statement execute function private.forbid_truncate();
create trigger parcel_private_no_truncate
  before truncate on public.parcel_private
  for each statement execute function private.forbid_truncate();

-- Stamp every parcel write with its transaction id, so changes_since never skips a change.
create or replace function private.stamp_parcel_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.change_xid := pg_current_xact_id()::text::bigint;
  new.updated_at := now();
  return new;
end
$$;

create trigger parcels_stamp_change
  before insert or update on public.parcels
  for each row execute function private.stamp_parcel_change();
