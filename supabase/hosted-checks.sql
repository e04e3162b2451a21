-- What a hosted Supabase project running GPMB Tracker must satisfy, as one read-only query: run it
-- by hand in the dashboard's SQL editor (or `psql "$DATABASE_URL" -f supabase/hosted-checks.sql`)
-- after every `db push`. Each row is a check, whether it holds, and what was found. It changes
-- nothing. On the local backend some rows fail by design (no Realtime, no role timeouts).
--
-- Email sign-up is a setting of the Auth server, not of the database: check it in the dashboard
-- (Authentication → Sign In / Providers → "Allow new users to sign up" off) or through the
-- Management API: curl -s -H "Authorization: Bearer $SUPABASE_ACCESS_TOKEN" \
--   https://api.supabase.com/v1/projects/$PROJECT_REF/config/auth | grep -o '"disable_signup":[a-z]*'
-- The rows below show its traces: accounts nobody gave a role.

with
tables as (
  select c.oid, n.nspname as schema_name, c.relname as table_name, c.relrowsecurity as rls
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p') and n.nspname in ('public', 'private')
),
policies as (
  select p.schemaname, p.tablename, p.policyname, p.cmd, p.roles, coalesce(p.qual, '') || ' ' || coalesce(p.with_check, '') as rule
  from pg_policies p where p.schemaname = 'public'
),
-- the helpers row level security calls as the caller (and geojson_bbox, pure, behind parcels.bbox), and the
-- API's public functions
callable_by_anon as (
  select n.nspname || '.' || p.proname as fn
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where n.nspname in ('public', 'private') and has_function_privilege('anon', p.oid, 'execute')
),
expected_for_anon(fn) as (values
  ('private.current_user_id'), ('private.has_role'), ('private.officer_unit_ids'), ('private.can_edit_unit'),
  ('private.can_see_private'), ('private.geojson_bbox'), ('public.record_parcel_events'), ('public.progress_summary'), ('public.progress_as_of'),
  ('public.target_progress'), ('public.parcels_in_bbox'), ('public.parcel_history'), ('public.changes_since'),
  ('public.my_access'), ('public.target_burnup'), ('public.project_report'), ('public.parcel_timeline'),
  ('public.area_progress'), ('public.parcels_in_bbox_as_of'), ('public.parcels_export'),
  -- issue 16: the households' leaders' units (counts always, sums only for groups of 3 households or more)
  ('public.household_progress')
),
-- personal data of households (issue 16): signed-in officers of the area and leaders only
household_tables(t) as (values
  ('parties'), ('party_members'), ('holdings'), ('compensation_plans'), ('plan_lines'), ('payments'),
  ('resettlement_allocations'), ('project_items'), ('project_item_progress'), ('household_events')
),
household_functions(fn) as (values
  ('public.record_household_events'), ('public.household_detail'), ('public.parcel_holders'),
  ('public.search_households'), ('public.project_items_list'), ('private.can_see_party'),
  ('private.can_see_project_private'), ('private.can_edit_party'), ('private.can_edit_project'),
  ('private.party_in_units'), ('private.apply_household_event'), ('private.fold_text')
),
role_timeouts as (
  select r.rolname, (select s from unnest(r.rolconfig) s where s like 'statement_timeout=%') as setting
  from pg_roles r where r.rolname in ('anon', 'authenticated')
)
select 'row level security on every table' as check_name,
       bool_and(rls) as ok,
       coalesce(string_agg(schema_name || '.' || table_name, ', ') filter (where not rls), 'all tables') as found
from tables
union all
select 'no policy lets anon write',
       count(*) = 0,
       coalesce(string_agg(tablename || '.' || policyname, ', '), 'none')
from policies where cmd in ('INSERT', 'UPDATE', 'DELETE', 'ALL') and ('anon' = any (roles) or 'public' = any (roles))
union all
select 'every write policy for signed-in users asks for the admin role',
       count(*) = 0,
       coalesce(string_agg(tablename || '.' || policyname, ', '), 'all do')
from policies where cmd in ('INSERT', 'UPDATE', 'DELETE', 'ALL') and rule not like '%has_role(''admin''%'
union all
select 'no write policy on parcels, personal data or events (they change only through record_parcel_events)',
       count(*) = 0,
       coalesce(string_agg(tablename || '.' || policyname, ', '), 'none')
from policies where tablename in ('parcels', 'parcel_private', 'parcel_events') and cmd <> 'SELECT'
union all
select 'no write policy on the households'' tables (they change only through record_household_events and import_households)',
       count(*) = 0,
       coalesce(string_agg(tablename || '.' || policyname, ', '), 'none')
from policies where tablename in (select t from household_tables) and cmd <> 'SELECT'
union all
select 'no policy lets anon read the households'' tables (names, ID numbers, amounts per household)',
       count(*) = 0,
       coalesce(string_agg(tablename || '.' || policyname, ', '), 'none')
from policies where tablename in (select t from household_tables) and ('anon' = any (roles) or 'public' = any (roles))
union all
select 'anon may execute none of the households'' personal-data functions',
       count(*) = 0,
       coalesce(string_agg(fn, ', '), 'none')
from household_functions h where exists (select 1 from callable_by_anon c where c.fn = h.fn)
union all
select 'the households'' functions exist (the migrations of issue 16 were applied)',
       count(*) = 0,
       coalesce(string_agg(h.fn, ', '), 'all present')
from household_functions h
where not exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname || '.' || p.proname = h.fn)
union all
select 'anon may execute exactly the API and the helpers row level security needs',
       not exists (select fn from callable_by_anon except select fn from expected_for_anon),
       coalesce((select string_agg(fn, ', ') from (select fn from callable_by_anon except select fn from expected_for_anon) x),
                'as expected')
union all
select 'the imports exist and anon may not execute them (they write parcels and personal data)',
       count(*) filter (where f.oid is null or has_function_privilege('anon', f.oid, 'execute')) = 0,
       coalesce(string_agg(f.sig, ', ') filter (where f.oid is null or has_function_privilege('anon', f.oid, 'execute')),
                'none open to anon')
from (select x.sig, to_regprocedure(x.sig)::oid as oid
      from unnest(array['public.import_parcels(jsonb)', 'public.import_admin_units(jsonb)',
                        'public.import_project_geometry(jsonb)', 'public.import_households(jsonb)']) as x(sig)) f
union all
select 'statement_timeout set for ' || rolname,
       setting is not null,
       coalesce(setting, 'not set: long anonymous calls could hold the database (hosted default: anon 3s, authenticated 8s)')
from role_timeouts
union all
select 'Realtime publishes parcel changes (a faster trigger for changes_since)',
       exists (select 1 from pg_publication_tables where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'parcels'),
       case when exists (select 1 from pg_publication where pubname = 'supabase_realtime')
            then 'publication supabase_realtime exists' else 'no supabase_realtime publication' end
union all
select 'no demo account (the local seed was never loaded)',
       count(*) = 0,
       coalesce(string_agg(email::text, ', '), 'none')
from auth.users where email like '%@gpmb.local'
union all
select 'every account has a role (sign-up is off)',
       count(*) = 0,
       count(*) || ' account(s) without any membership'
-- a grant still pending (made to the email before its owner's first sign-in) is a role too
from auth.users u where not exists (select 1 from public.memberships m
                                    where m.user_id = u.id or (m.user_id is null and lower(m.email) = lower(u.email)))
union all
select 'no illustrative dataset marker',
       not exists (select 1 from public.app_info where key = 'dataset' and value ->> 'demo' = 'true'),
       coalesce((select value ->> 'label_en' from public.app_info where key = 'dataset'), 'none')
order by ok, check_name;
