-- Revert and audit (issue 17, items 4 and 5): a leader or admin reverts every change one user made
-- in a time window, with a reason; anyone entitled reads who changed what, when and from which
-- device, per parcel and per user; leaders read a day's changes per area.
-- Why: a wrong import of field notes, a lost phone or a misunderstanding can put many wrong
-- stages on the map under one account. Putting them back one parcel at a time is slow and
-- error-prone, and editing history would destroy the trail that makes the figures trustworthy.
-- So a revert writes compensating events (history is never edited), each linked to the event it
-- reverses and to one `reverts` record that says who asked, why and for which window; a parcel
-- that someone else has changed since is left alone and listed, because their work must not be
-- undone by a revert aimed at another person.
--
-- Windows are by recorded_at, the moment a change reached the server, not occurred_at: occurred_at
-- is the date of the legal act as the officer entered it (often days earlier), whereas a revert
-- and an audit ask what an account did in the system during a span of time.
-- The state before an event is the state after the parcel's previous event in its history order
-- (occurred_at, seq); before its first event, a parcel stood at that event's from_stage without a
-- blocker (parcels are created without one; blockers come only through events).

-- ---------------------------------------------------------------- tables

create table public.reverts (
  id uuid primary key default gen_random_uuid(),
  -- chosen by the client: the same request sent again (a retry after a lost answer) is answered
  -- with what was done the first time and changes nothing
  request_id uuid not null unique,
  actor uuid not null,
  actor_email text,
  target_user uuid not null,
  target_email text,
  from_at timestamptz not null,
  to_at timestamptz not null,
  reason text not null check (btrim(reason) <> '' and length(reason) <= 500),
  created_at timestamptz not null default now(),
  check (from_at < to_at)
);
alter table public.reverts enable row level security;
create index reverts_target_idx on public.reverts (target_user, created_at desc);
comment on table public.reverts is
  'One revert of a user''s changes in a window (revert_user_changes): who asked, why, for which window. '
  'Its compensating events carry revert_id; revert_parcels keeps what was done to each parcel.';

-- What one revert did to each parcel, kept so that a retried request is answered the same way.
create table public.revert_parcels (
  revert_id uuid not null references public.reverts (id),
  parcel_id uuid not null references public.parcels (id),
  status text not null check (status in ('reverted', 'skipped', 'unchanged')),
  -- why a parcel was skipped: changed_by_others | changed_after_window
  detail text check (detail is null or detail in ('changed_by_others', 'changed_after_window')),
  reversed_event_ids uuid[] not null,
  from_stage text not null references public.stages (id),
  from_blocked boolean not null,
  to_stage text not null references public.stages (id),
  to_blocked boolean not null,
  to_blocker_reason text,
  to_blocker_responsible text,
  changed_by text[] not null default '{}',
  compensating_event_id uuid references public.parcel_events (event_id),
  primary key (revert_id, parcel_id),
  check ((status = 'skipped') = (detail is not null)),
  check ((status = 'reverted') = (compensating_event_id is not null))
);
alter table public.revert_parcels enable row level security;
create index revert_parcels_parcel_idx on public.revert_parcels (parcel_id);
create index revert_parcels_reversed_idx on public.revert_parcels using gin (reversed_event_ids);

alter table public.parcel_events add column revert_id uuid references public.reverts (id);
comment on column public.parcel_events.revert_id is
  'For an event written by revert_user_changes: the revert it belongs to (its reason, who asked).';

-- audit_user and the revert read a user's events by recording time; daily_changes reads a day
create index parcel_events_actor_recorded_idx on public.parcel_events (actor, recorded_at);
create index parcel_events_recorded_idx on public.parcel_events (recorded_at);

-- Who made a revert and why is as private as who made a change: leaders and admins read the
-- tables; everyone else reads them only through the functions below, which filter by area.
create policy reverts_select on public.reverts for select to authenticated
  using ((select private.has_role('leader')) or (select private.has_role('admin')));
create policy revert_parcels_select on public.revert_parcels for select to authenticated
  using ((select private.has_role('leader')) or (select private.has_role('admin')));
-- no insert, update or delete policy: only revert_user_changes writes, and never rewrites

create or replace function private.forbid_revert_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'Bản ghi hoàn tác chỉ được ghi thêm, không được sửa hay xóa (%).', tg_op
    using errcode = '42501';
end
$$;

create trigger reverts_append_only before update or delete on public.reverts
  for each row execute function private.forbid_revert_change();
create trigger reverts_no_truncate before truncate on public.reverts
  for each statement execute function private.forbid_revert_change();
create trigger revert_parcels_append_only before update or delete on public.revert_parcels
  for each row execute function private.forbid_revert_change();
create trigger revert_parcels_no_truncate before truncate on public.revert_parcels
  for each statement execute function private.forbid_revert_change();

-- ---------------------------------------------------------------- helpers

create or replace function private.is_leader_or_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$ select private.has_role('leader') or private.has_role('admin') $$;

-- The events one user recorded in [p_from, p_to), per parcel, and what reverting them would do:
-- the state before the user's first event there, the parcel's current state, and whether anyone
-- else (or the user after the window) has changed it since that first event. Read as the caller's
-- statement sees the tables: revert_user_changes calls it again after locking the parcels.
create type private.revert_step as (
  parcel_id uuid,
  status text,
  detail text,
  reversed_event_ids uuid[],
  first_event_id uuid,
  from_stage text,
  from_blocked boolean,
  from_version integer,
  to_stage text,
  to_blocked boolean,
  to_blocker_reason text,
  to_blocker_responsible text,
  changed_by text[]
);

create or replace function private.plan_revert(p_user uuid, p_from timestamptz, p_to timestamptz)
returns setof private.revert_step
language sql
stable
security definer
set search_path = ''
as $$
  with mine as (
    select e.parcel_id,
           array_agg(e.event_id order by e.occurred_at, e.seq) as ids,
           (array_agg(e.seq order by e.occurred_at, e.seq))[1] as first_seq
    from public.parcel_events e
    where e.actor = p_user and e.recorded_at >= p_from and e.recorded_at < p_to
    group by e.parcel_id
  ), planned as (
    select m.parcel_id, m.ids, f.event_id as first_id, p.stage, p.blocked, p.blocker_reason,
           p.blocker_responsible, p.version,
           coalesce(b.to_stage, f.from_stage) as b_stage, coalesce(b.blocked, false) as b_blocked,
           b.blocker_reason as b_reason, b.blocker_responsible as b_responsible,
           o.who, o.after_window
    from mine m
    join public.parcel_events f on f.seq = m.first_seq
    join public.parcels p on p.id = m.parcel_id
    left join lateral (
      select e.to_stage, e.blocked, e.blocker_reason, e.blocker_responsible from public.parcel_events e
      where e.parcel_id = m.parcel_id and (e.occurred_at, e.seq) < (f.occurred_at, f.seq)
      order by e.occurred_at desc, e.seq desc limit 1
    ) b on true
    cross join lateral (
      select coalesce(array_agg(distinct coalesce(u.email::text, '?')) filter (where e.actor is distinct from p_user),
                      '{}') as who,
             coalesce(bool_or(e.actor = p_user and e.recorded_at >= p_to), false) as after_window
      from public.parcel_events e left join auth.users u on u.id = e.actor
      where e.parcel_id = m.parcel_id and (e.occurred_at, e.seq) > (f.occurred_at, f.seq)
    ) o
  )
  select x.parcel_id,
         case when x.stage = x.b_stage and x.blocked = x.b_blocked
                   and x.blocker_reason is not distinct from x.b_reason
                   and x.blocker_responsible is not distinct from x.b_responsible then 'unchanged'
              when cardinality(x.who) > 0 or x.after_window then 'skipped'
              else 'reverted' end,
         case when x.stage = x.b_stage and x.blocked = x.b_blocked
                   and x.blocker_reason is not distinct from x.b_reason
                   and x.blocker_responsible is not distinct from x.b_responsible then null
              when cardinality(x.who) > 0 then 'changed_by_others'
              when x.after_window then 'changed_after_window' end,
         x.ids, x.first_id, x.stage, x.blocked, x.version, x.b_stage, x.b_blocked, x.b_reason, x.b_responsible, x.who
  from planned x
$$;

-- ---------------------------------------------------------------- revert_user_changes

-- Reverts every parcel p_user changed in [p_from, p_to) to its state before their first change
-- there, as one compensating event per parcel (actor: the caller; note: the reason; reverts_event_id:
-- that first change; revert_id: the revert). Parcels someone else changed since, or the user changed
-- again after the window, are skipped and listed; parcels already back are unchanged. A dry run
-- (p_dry_run true or null) answers the same rows and writes nothing. The request id makes a retry
-- harmless: it answers what the first call did. One transaction: every parcel or none.
create or replace function public.revert_user_changes(p_request_id uuid, p_user uuid, p_from timestamptz,
                                                      p_to timestamptz, p_reason text, p_dry_run boolean)
returns table (parcel_id uuid, project_name text, map_sheet text, parcel_no text, status text, detail text,
               reversed_events integer, from_stage text,
               from_blocked boolean, to_stage text, to_blocked boolean, to_blocker_reason text,
               changed_by text[], compensating_event_id uuid, revert_id uuid, dry_run boolean)
language plpgsql
volatile
security definer
set search_path = ''
-- as record_parcel_events: wait for another writer's batch, but answer before a client gives up
set lock_timeout = '2s'
as $$
#variable_conflict use_column
declare
  v_uid uuid := auth.uid();
  v_reason text := btrim(coalesce(p_reason, ''));
  v_dry boolean := coalesce(p_dry_run, true);
  v_old public.reverts;
  v_revert uuid;
  v_steps private.revert_step[];
  v_event_ids jsonb;       -- parcel id -> the id of its compensating event
  v_count integer;
  v_round integer;
begin
  if v_uid is null or not private.is_leader_or_admin() then
    raise exception 'Chỉ lãnh đạo hoặc quản trị viên được hoàn tác thay đổi của người khác.' using errcode = '42501';
  end if;
  if p_request_id is null then
    raise exception 'Thiếu mã yêu cầu (p_request_id).' using errcode = '22023';
  end if;
  if p_user is null or not exists (select 1 from auth.users u where u.id = p_user) then
    raise exception 'Không tìm thấy người dùng cần hoàn tác.' using errcode = 'P0002';
  end if;
  if p_from is null or p_to is null or p_from >= p_to then
    raise exception 'Khoảng thời gian không hợp lệ: thời điểm bắt đầu phải trước thời điểm kết thúc.'
      using errcode = '22023';
  end if;
  -- a revert is aimed at a mistake: a wider window is more likely to undo good work unseen
  if p_to - p_from > interval '31 days' then
    raise exception 'Khoảng thời gian hoàn tác tối đa 31 ngày.' using errcode = '22023';
  end if;
  if v_reason = '' then
    raise exception 'Cần nêu lý do hoàn tác.' using errcode = '22023';
  end if;
  if length(v_reason) > 500 then
    raise exception 'Lý do hoàn tác tối đa 500 ký tự.' using errcode = '22023';
  end if;

  -- At most twice round: a call that loses the race for the request id (below) finds the winner's
  -- record on its second look, since each statement reads what has committed before it.
  for v_round in 1..2 loop
    select * into v_old from public.reverts r where r.request_id = p_request_id;
    if found then
      if v_old.actor <> v_uid or v_old.target_user <> p_user or v_old.from_at <> p_from or v_old.to_at <> p_to
         or v_old.reason <> v_reason then
        raise exception 'Mã yêu cầu này đã được dùng cho một yêu cầu hoàn tác khác.' using errcode = '22023';
      end if;
      return query
        select rp.parcel_id, pr.name, p.map_sheet, p.parcel_no, rp.status, rp.detail, cardinality(rp.reversed_event_ids),
               rp.from_stage, rp.from_blocked, rp.to_stage, rp.to_blocked, rp.to_blocker_reason, rp.changed_by,
               rp.compensating_event_id, v_old.id, false
        from public.revert_parcels rp
          join public.parcels p on p.id = rp.parcel_id join public.projects pr on pr.id = p.project_id
        where rp.revert_id = v_old.id order by rp.parcel_id;
      return;
    end if;

    select count(distinct e.parcel_id) into v_count from public.parcel_events e
    where e.actor = p_user and e.recorded_at >= p_from and e.recorded_at < p_to;
    if v_count > 2000 then
      raise exception 'Có % thửa đất trong khoảng thời gian này, quá 2.000 thửa một lần: hãy chọn khoảng ngắn hơn.',
        v_count using errcode = '54000';
    end if;

    if v_dry then
      return query
        select s.parcel_id, pr.name, p.map_sheet, p.parcel_no, s.status, s.detail, cardinality(s.reversed_event_ids),
               s.from_stage, s.from_blocked, s.to_stage, s.to_blocked, s.to_blocker_reason, s.changed_by, null::uuid,
               null::uuid, true
        from private.plan_revert(p_user, p_from, p_to) s
          join public.parcels p on p.id = s.parcel_id join public.projects pr on pr.id = p.project_id
        order by s.parcel_id;
      return;
    end if;

    -- Taken first: a second call with the same request id waits here until this one ends, then
    -- inserts nothing and answers what this one did. The id is drawn here so the events below
    -- can name it.
    v_revert := gen_random_uuid();
    insert into public.reverts (id, request_id, actor, actor_email, target_user, target_email, from_at, to_at, reason)
    values (v_revert, p_request_id, v_uid, (select u.email from auth.users u where u.id = v_uid), p_user,
            (select u.email from auth.users u where u.id = p_user), p_from, p_to, v_reason)
    on conflict (request_id) do nothing;
    exit when found;
    if v_round = 2 then
      raise exception 'Yêu cầu hoàn tác này đang được thực hiện; hãy tải lại để xem kết quả.' using errcode = '40001';
    end if;
  end loop;

  begin
    -- in id order, as record_parcel_events locks: never a cycle with it
    perform 1 from public.parcels p
    where p.id in (select distinct e.parcel_id from public.parcel_events e
                   where e.actor = p_user and e.recorded_at >= p_from and e.recorded_at < p_to)
    order by p.id for update;
  exception when lock_not_available or deadlock_detected then
    raise exception 'Có thửa đất đang được cập nhật đồng thời; chưa hoàn tác gì, hãy thử lại.' using errcode = '55P03';
  end;

  -- decided again under the locks: nobody can change these parcels until this transaction ends
  v_steps := array(select s from private.plan_revert(p_user, p_from, p_to) s order by s.parcel_id);

  v_event_ids := coalesce((select jsonb_object_agg(s.parcel_id, gen_random_uuid()) from unnest(v_steps) s
                           where s.status = 'reverted'), '{}');

  update public.parcels p
  set stage = s.to_stage, blocked = s.to_blocked, blocker_reason = s.to_blocker_reason,
      blocker_responsible = s.to_blocker_responsible, version = p.version + 1
  from unnest(v_steps) s
  where s.status = 'reverted' and p.id = s.parcel_id;

  insert into public.parcel_events (event_id, parcel_id, from_stage, to_stage, blocked, blocker_reason,
    blocker_responsible, note, actor, version, occurred_at, reverts_event_id, revert_id)
  select (v_event_ids ->> s.parcel_id::text)::uuid, s.parcel_id, s.from_stage, s.to_stage, s.to_blocked,
         s.to_blocker_reason, s.to_blocker_responsible, v_reason, v_uid, s.from_version + 1, now(), s.first_event_id,
         v_revert
  from unnest(v_steps) s where s.status = 'reverted'
  order by s.parcel_id;

  insert into public.revert_parcels (revert_id, parcel_id, status, detail, reversed_event_ids, from_stage, from_blocked,
    to_stage, to_blocked, to_blocker_reason, to_blocker_responsible, changed_by, compensating_event_id)
  select v_revert, s.parcel_id, s.status, s.detail, s.reversed_event_ids, s.from_stage, s.from_blocked, s.to_stage,
         s.to_blocked, s.to_blocker_reason, s.to_blocker_responsible, s.changed_by,
         (v_event_ids ->> s.parcel_id::text)::uuid
  from unnest(v_steps) s;

  return query
    select s.parcel_id, pr.name, p.map_sheet, p.parcel_no, s.status, s.detail, cardinality(s.reversed_event_ids),
           s.from_stage, s.from_blocked, s.to_stage, s.to_blocked, s.to_blocker_reason, s.changed_by,
           (v_event_ids ->> s.parcel_id::text)::uuid, v_revert, false
    from unnest(v_steps) s
      join public.parcels p on p.id = s.parcel_id join public.projects pr on pr.id = p.project_id
    order by s.parcel_id;
end
$$;

-- ---------------------------------------------------------------- audit

-- One row of an audit: an event with the parcel it changed, who and from which device, the state
-- before and after, and its links: the event it reverses, the events that reverse it, the revert
-- it belongs to and that revert's reason.
create type private.audit_row as (
  event_id uuid,
  parcel_id uuid,
  project_name text,
  admin_unit_id text,
  admin_unit_name text,
  map_sheet text,
  parcel_no text,
  actor uuid,
  actor_email text,
  device_id text,
  occurred_at timestamptz,
  recorded_at timestamptz,
  version integer,
  before_stage text,
  before_blocked boolean,
  before_blocker_reason text,
  after_stage text,
  after_blocked boolean,
  after_blocker_reason text,
  after_blocker_responsible text,
  note text,
  reverts_event_id uuid,
  reverted_by uuid[],
  revert_id uuid,
  revert_reason text
);

-- The audit rows of the given events (seqs), newest recorded first. Only for the functions
-- below, which decide who may read which events.
create or replace function private.audit_rows(p_seqs bigint[])
returns setof private.audit_row
language sql
stable
security definer
set search_path = ''
as $$
  select e.event_id, e.parcel_id, pr.name, p.admin_unit_id, au.name, p.map_sheet, p.parcel_no,
         e.actor, u.email::text, e.device_id, e.occurred_at, e.recorded_at, e.version,
         coalesce(b.to_stage, e.from_stage), coalesce(b.blocked, false), b.blocker_reason,
         e.to_stage, e.blocked, e.blocker_reason, e.blocker_responsible, e.note,
         e.reverts_event_id,
         -- undone by an undo that names it, or by a revert that reversed it with others
         array(select distinct x.id from (
                 select r.event_id as id from public.parcel_events r where r.reverts_event_id = e.event_id
                 union all
                 select rp.compensating_event_id from public.revert_parcels rp
                 where rp.reversed_event_ids @> array[e.event_id] and rp.compensating_event_id is not null) x
               order by x.id),
         e.revert_id, rv.reason
  from unnest(p_seqs) s(seq)
  join public.parcel_events e on e.seq = s.seq
  join public.parcels p on p.id = e.parcel_id
  join public.projects pr on pr.id = p.project_id
  left join public.admin_units au on au.id = p.admin_unit_id
  left join auth.users u on u.id = e.actor
  left join public.reverts rv on rv.id = e.revert_id
  left join lateral (
    select pe.to_stage, pe.blocked, pe.blocker_reason from public.parcel_events pe
    where pe.parcel_id = e.parcel_id and (pe.occurred_at, pe.seq) < (e.occurred_at, e.seq)
    order by pe.occurred_at desc, pe.seq desc limit 1
  ) b on true
  order by e.recorded_at desc, e.seq desc
$$;

-- Every event of one parcel, for leaders, admins and the officers of its area. Anyone else is
-- refused with a reason rather than given an empty list that reads as "never changed".
create or replace function public.audit_parcel(p_parcel_id uuid)
returns table (event_id uuid, parcel_id uuid, project_name text, admin_unit_id text, admin_unit_name text,
               map_sheet text, parcel_no text, actor uuid, actor_email text, device_id text, occurred_at timestamptz,
               recorded_at timestamptz, version integer, before_stage text, before_blocked boolean,
               before_blocker_reason text, after_stage text, after_blocked boolean, after_blocker_reason text,
               after_blocker_responsible text, note text, reverts_event_id uuid, reverted_by uuid[], revert_id uuid,
               revert_reason text)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_unit text;
begin
  if auth.uid() is null then
    raise exception 'Cần đăng nhập để xem nhật ký thay đổi.' using errcode = '42501';
  end if;
  select p.admin_unit_id into v_unit from public.parcels p where p.id = p_parcel_id;
  if not found then
    raise exception 'Không tìm thấy thửa đất %.', p_parcel_id using errcode = 'P0002';
  end if;
  if not (private.is_leader_or_admin() or private.can_edit_unit(v_unit)) then
    raise exception 'Chỉ cán bộ của địa bàn, lãnh đạo và quản trị viên được xem nhật ký của thửa đất này.'
      using errcode = '42501';
  end if;
  return query select * from private.audit_rows(array(
    select e.seq from public.parcel_events e where e.parcel_id = p_parcel_id));
end
$$;

-- The events one user recorded in [p_from, p_to) (p_user null: the caller), newest first, at most
-- 5,000 (a longer list is read by narrowing the window). Leaders and admins see anyone's; an
-- officer sees their own everywhere and others' on the parcels of their area.
create or replace function public.audit_user(p_user uuid, p_from timestamptz, p_to timestamptz)
returns table (event_id uuid, parcel_id uuid, project_name text, admin_unit_id text, admin_unit_name text,
               map_sheet text, parcel_no text, actor uuid, actor_email text, device_id text, occurred_at timestamptz,
               recorded_at timestamptz, version integer, before_stage text, before_blocked boolean,
               before_blocker_reason text, after_stage text, after_blocked boolean, after_blocker_reason text,
               after_blocker_responsible text, note text, reverts_event_id uuid, reverted_by uuid[], revert_id uuid,
               revert_reason text)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_uid uuid := auth.uid();
  v_user uuid := coalesce(p_user, auth.uid());
  v_all boolean;
  v_units text[];
begin
  if v_uid is null then
    raise exception 'Cần đăng nhập để xem nhật ký thay đổi.' using errcode = '42501';
  end if;
  if p_from is null or p_to is null or p_from >= p_to then
    raise exception 'Khoảng thời gian không hợp lệ: thời điểm bắt đầu phải trước thời điểm kết thúc.'
      using errcode = '22023';
  end if;
  if p_to - p_from > interval '92 days' then
    raise exception 'Khoảng thời gian xem nhật ký tối đa 92 ngày.' using errcode = '22023';
  end if;
  v_all := v_user = v_uid or private.is_leader_or_admin();
  v_units := case when v_all then '{}' else array(select private.officer_unit_ids()) end;
  if not v_all and cardinality(v_units) = 0 then
    raise exception 'Chỉ lãnh đạo và quản trị viên được xem nhật ký của người khác.' using errcode = '42501';
  end if;
  return query select * from private.audit_rows(array(
    select e.seq from public.parcel_events e
    where e.actor = v_user and e.recorded_at >= p_from and e.recorded_at < p_to
      and (v_all or exists (select 1 from public.parcels p where p.id = e.parcel_id and p.admin_unit_id = any (v_units)))
    order by e.recorded_at desc, e.seq desc
    limit 5000));
end
$$;

-- The accounts an audit can be asked about: those with a role and those who recorded events,
-- as the caller may see them (leaders and admins: all; others: themselves).
create or replace function public.audit_users()
returns table (user_id uuid, email text)
language sql
stable
security definer
set search_path = ''
as $$
  select u.id, u.email::text
  from auth.users u
  where (private.is_leader_or_admin() or u.id = auth.uid())
    and (exists (select 1 from public.memberships m where m.user_id = u.id)
         or exists (select 1 from public.parcel_events e where e.actor = u.id))
  order by u.email
$$;

-- A Vietnamese day's changes (by recorded_at) per admin unit of the changed parcels: events,
-- parcels, stage advances, blockers set and cleared, compensating events (undo and revert) and
-- the users who recorded them. Leaders and admins see every unit, officers their area's units.
create or replace function public.daily_changes(p_day date)
returns table (admin_unit_id text, admin_unit_name text, events integer, parcels integer, advances integer,
               blockers_set integer, blockers_cleared integer, reverts integer, users integer)
language plpgsql
stable
security definer
set search_path = ''
as $$
#variable_conflict use_column
declare
  v_all boolean;
  v_units text[];
begin
  if auth.uid() is null then
    raise exception 'Cần đăng nhập để xem tổng hợp thay đổi.' using errcode = '42501';
  end if;
  if p_day is null or p_day > private.vn_today() or p_day < date '2000-01-01' then
    raise exception 'Ngày không hợp lệ: %.', coalesce(to_char(p_day, 'DD/MM/YYYY'), 'trống') using errcode = '22023';
  end if;
  v_all := private.is_leader_or_admin();
  v_units := case when v_all then '{}' else array(select private.officer_unit_ids()) end;
  if not v_all and cardinality(v_units) = 0 then
    raise exception 'Chỉ lãnh đạo, quản trị viên và cán bộ địa chính được xem tổng hợp thay đổi.'
      using errcode = '42501';
  end if;
  return query
  select p.admin_unit_id, au.name, count(*)::integer, count(distinct e.parcel_id)::integer,
         count(*) filter (where ts.position > fs.position)::integer,
         count(*) filter (where e.blocked and not coalesce(b.blocked, false))::integer,
         count(*) filter (where not e.blocked and coalesce(b.blocked, false))::integer,
         count(*) filter (where e.reverts_event_id is not null or e.revert_id is not null)::integer,
         count(distinct e.actor)::integer
  from public.parcel_events e
  join public.parcels p on p.id = e.parcel_id
  join public.stages fs on fs.id = e.from_stage
  join public.stages ts on ts.id = e.to_stage
  left join public.admin_units au on au.id = p.admin_unit_id
  left join lateral (
    select pe.blocked from public.parcel_events pe
    where pe.parcel_id = e.parcel_id and (pe.occurred_at, pe.seq) < (e.occurred_at, e.seq)
    order by pe.occurred_at desc, pe.seq desc limit 1
  ) b on true
  where e.recorded_at >= private.vn_day_start(p_day) and e.recorded_at < private.vn_day_start(p_day + 1)
    and (v_all or p.admin_unit_id = any (v_units))
  group by p.admin_unit_id, au.name
  order by au.name, p.admin_unit_id;
end
$$;

revoke all on function private.forbid_revert_change() from public, anon, authenticated;
revoke all on function private.is_leader_or_admin() from public, anon;
grant execute on function private.is_leader_or_admin() to authenticated;
revoke all on function private.plan_revert(uuid, timestamptz, timestamptz) from public, anon, authenticated;
revoke all on function private.audit_rows(bigint[]) from public, anon, authenticated;
revoke all on function public.revert_user_changes(uuid, uuid, timestamptz, timestamptz, text, boolean) from public;
revoke all on function public.audit_parcel(uuid) from public;
revoke all on function public.audit_user(uuid, timestamptz, timestamptz) from public;
revoke all on function public.audit_users() from public;
revoke all on function public.daily_changes(date) from public;
-- not anon: who changed what is never public (and hosted-checks.sql lists what anon may execute)
grant execute on function public.revert_user_changes(uuid, uuid, timestamptz, timestamptz, text, boolean) to authenticated;
grant execute on function public.audit_parcel(uuid) to authenticated;
grant execute on function public.audit_user(uuid, timestamptz, timestamptz) to authenticated;
grant execute on function public.audit_users() to authenticated;
grant execute on function public.daily_changes(date) to authenticated;
