-- The admin pages' rules: every change to projects, targets, admin units, memberships and
-- infrastructure entries is audited (who, before, after), the audit is for admins and leaders only
-- and append-only; roles are granted to emails, pending until claimed; no one changes their own
-- role; only admins write the reference tables, which everyone reads; retiring needs a reason.
begin;
select plan(62);
\ir fixtures.sql

insert into tests.ids (name, id) values
  ('newbie', 'a0000000-0000-4000-8000-000000000010'),
  ('unconfirmed', 'a0000000-0000-4000-8000-000000000011'),
  ('p_new', 'b0000000-0000-4000-8000-000000000010'),
  ('t_new', 'd0000000-0000-4000-8000-000000000010'),
  ('ie_new', 'e0000000-0000-4000-8000-000000000010');

-- The audit rows of one table and op, as (before, after) with the changing columns only.
create function tests.audit_rows(p_table text, p_row text)
returns table (op text, actor uuid, before_name text, after_name text)
language sql
stable
as $$
  select a.op, a.actor, a.before ->> 'name', a.after ->> 'name'
  from public.admin_audit a where a.table_name = p_table and a.row_id = p_row order by a.id
$$;
grant execute on function tests.audit_rows(text, text) to anon, authenticated;

-- ------------------------------------------------------------ who writes and reads the reference tables
select tests.authenticate_as('leader');
select throws_ok($$insert into public.projects (code, name, kind) values ('L-1', 'Dự án của lãnh đạo', 'other')$$,
  '42501', null, 'a leader cannot create a project');
select is(tests.affected($$update public.targets set name = 'Sửa bởi lãnh đạo'$$), 0, 'a leader cannot edit a target');
select tests.authenticate_as('officer_326');
select throws_ok($$insert into public.admin_units (id, name, level, parent_id) values ('99999', 'Xã mới', 'commune', '326')$$,
  '42501', null, 'an officer cannot create an admin unit');
select is(tests.affected($$update public.projects set name = 'Sửa bởi cán bộ'$$), 0, 'an officer cannot edit a project');
select tests.clear_authentication();
select throws_ok($$insert into public.targets (name, measure, min_value) values ('T', 'cleared_area_ha', 1)$$,
  '42501', null, 'anon cannot create a target');
select isnt_empty('select id from public.projects', 'anon reads the projects');
select isnt_empty('select id from public.targets', 'anon reads the targets');
select isnt_empty('select id from public.admin_units', 'anon reads the admin units');

-- ------------------------------------------------------------ audit rows for each table and op
select tests.authenticate_as('admin');
insert into public.projects (id, code, name, kind, area_to_clear_m2)
  values (tests.id('p_new'), 'CCN-THU', 'Cụm công nghiệp thử', 'industrial_cluster', 50000);
update public.projects set name = 'Cụm công nghiệp thử (sửa)' where id = tests.id('p_new');
update public.projects set name = name where id = tests.id('p_new'); -- nothing changes: no audit row
insert into public.targets (id, name, measure, min_value, source)
  values (tests.id('t_new'), 'Chỉ tiêu thử', 'cleared_area_ha', 10, 'Văn bản thử');
update public.targets set name = 'Chỉ tiêu thử (sửa)' where id = tests.id('t_new');
insert into public.admin_units (id, name, level, parent_id, valid_from)
  values ('99998', 'Xã Thử', 'commune', '326', '2025-07-01');
update public.admin_units set name = 'Xã Thử Mới', valid_to = '2030-12-31' where id = '99998';
insert into public.infrastructure_entries (id, project_id, as_of, built_area_m2)
  values (tests.id('ie_new'), tests.id('p_new'), '2024-06-30', 1000);
update public.infrastructure_entries set built_area_m2 = 2000 where id = tests.id('ie_new');
delete from public.infrastructure_entries where id = tests.id('ie_new');
delete from public.targets where id = tests.id('t_new');
delete from public.admin_units where id = '99998';
delete from public.projects where id = tests.id('p_new');

select results_eq(format($$select op, actor, before_name, after_name from tests.audit_rows('projects', %L)$$, tests.id('p_new')),
  format($$values ('insert', %1$L::uuid, null, 'Cụm công nghiệp thử'),
                  ('update', %1$L::uuid, 'Cụm công nghiệp thử', 'Cụm công nghiệp thử (sửa)'),
                  ('delete', %1$L::uuid, 'Cụm công nghiệp thử (sửa)', null)$$, tests.id('admin')),
  'projects: insert, update and delete audited with the admin as actor, before and after (an unchanged save writes none)');
select results_eq(format($$select op, before_name, after_name from tests.audit_rows('targets', %L)$$, tests.id('t_new')),
  $$values ('insert', null, 'Chỉ tiêu thử'), ('update', 'Chỉ tiêu thử', 'Chỉ tiêu thử (sửa)'), ('delete', 'Chỉ tiêu thử (sửa)', null)$$,
  'targets: insert, update and delete audited');
select results_eq($$select op, before_name, after_name from tests.audit_rows('admin_units', '99998')$$,
  $$values ('insert', null, 'Xã Thử'), ('update', 'Xã Thử', 'Xã Thử Mới'), ('delete', 'Xã Thử Mới', null)$$,
  'admin_units: insert, update and delete audited');
select results_eq(format($$select a.op, (a.before ->> 'built_area_m2')::numeric, (a.after ->> 'built_area_m2')::numeric
                           from public.admin_audit a where a.table_name = 'infrastructure_entries' and a.row_id = %L order by a.id$$,
                         tests.id('ie_new')),
  $$values ('insert', null::numeric, 1000::numeric), ('update', 1000, 2000), ('delete', 2000, null)$$,
  'infrastructure_entries: insert, update and delete audited with the figures before and after');
select is((select a.after ->> 'valid_to' from public.admin_audit a
           where a.table_name = 'admin_units' and a.row_id = '99998' and a.op = 'update'), '2030-12-31',
  'an audit row holds the whole row after (valid_to included)');
select is((select a.actor_email from public.admin_audit a where a.table_name = 'targets' and a.op = 'insert'
           and a.row_id = tests.id('t_new')::text), 'admin@test.gpmb.vn', 'the actor''s email is kept beside the id');

-- ------------------------------------------------------------ pending grants and claiming
select is((public.grant_role('  NewBie@Test.GPMB.vn ', 'officer', '326') ->> 'pending')::boolean, true,
  'a role granted to an email with no account yet is pending');
select results_eq($$select email, role, admin_unit_id, status from public.admin_accounts() where email = 'newbie@test.gpmb.vn'$$,
  $$values ('newbie@test.gpmb.vn', 'officer', '326', 'pending')$$,
  'the accounts list shows the grant pending, under its lowercase email');
select results_eq(format($$select op, after ->> 'email', after ->> 'granted_by' from public.admin_audit
                           where table_name = 'memberships' and after ->> 'email' = 'newbie@test.gpmb.vn'$$),
  format($$values ('insert', 'newbie@test.gpmb.vn', %L)$$, tests.id('admin')), 'the grant is audited, with who granted it');
select throws_ok($$select public.grant_role('newbie@test.gpmb.vn', 'officer', '326')$$, '23505', null,
  'the same grant twice is refused');
select throws_ok($$select public.grant_role('not-an-email', 'leader')$$, '22023', null, 'a malformed email is refused');
select throws_ok($$select public.grant_role('x@test.gpmb.vn', 'officer')$$, '23514', null, 'an officer without an area is refused');
select throws_ok($$select public.grant_role('x@test.gpmb.vn', 'officer', '00000')$$, '23503', null, 'an unknown area is refused');
select throws_ok($$select public.grant_role('x@test.gpmb.vn', 'boss')$$, '22023', null, 'an unknown role is refused');

-- the person is created and signs in: nothing counts until they claim
select tests.as_superuser();
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, raw_user_meta_data)
values (tests.id('newbie'), 'authenticated', 'authenticated', 'newbie@test.gpmb.vn', '', now(), now(), now(), '{}', '{}'),
       (tests.id('unconfirmed'), 'authenticated', 'authenticated', 'unconfirmed@test.gpmb.vn', '', null, now(), now(), '{}', '{}');
select tests.authenticate_as('newbie');
select is(private.has_role('officer'), false, 'a pending grant does not count in has_role');
select is(public.my_access() -> 'roles', '[]'::jsonb, 'nor in my_access');
select is(public.claim_my_memberships(), 1, 'claiming links the one pending grant');
select is(public.my_access() -> 'editable_unit_ids', '["12001", "326"]'::jsonb, 'after claiming, the officer''s area counts');
select is(public.claim_my_memberships(), 0, 'claiming again links nothing');
select tests.authenticate_as('admin');
select results_eq($$select status, user_id from public.admin_accounts() where email = 'newbie@test.gpmb.vn'$$,
  format($$values ('active', %L::uuid)$$, tests.id('newbie')), 'the accounts list shows the grant active');

-- an unconfirmed email claims nothing
select public.grant_role('unconfirmed@test.gpmb.vn', 'leader');
select tests.authenticate_as('unconfirmed');
select is(public.claim_my_memberships(), 0, 'an account whose email is not confirmed claims nothing');
select is(private.has_role('leader'), false, 'and gets no role');

-- a grant to someone who has already signed in counts at once
select tests.as_superuser();
update auth.users set last_sign_in_at = now() where id = tests.id('nobody');
select tests.authenticate_as('admin');
select is((public.grant_role('nobody@test.gpmb.vn', 'leader') ->> 'pending')::boolean, false,
  'a role granted to someone who has signed in before is active at once');
select tests.authenticate_as('nobody');
select is(private.has_role('leader'), true, 'and counts on their next request');

-- ------------------------------------------------------------ no one changes their own role
select tests.authenticate_as('admin');
select throws_ok($$select public.grant_role('admin@test.gpmb.vn', 'officer', '326')$$, '42501', null,
  'an admin cannot grant a role to their own email');
select throws_ok($$select public.grant_role('ADMIN@test.gpmb.vn', 'leader')$$, '42501', null,
  'nor in other letter case');
select throws_ok($$insert into public.memberships (email, role) values ('admin@test.gpmb.vn', 'leader')$$, '42501', null,
  'nor by writing a grant to their own email directly');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'leader')$$, tests.id('admin')), '42501', null,
  'nor by writing a membership with their own id');
select throws_ok(format($$select public.revoke_role(id) from public.memberships where user_id = %L$$, tests.id('admin')), '42501', null,
  'an admin cannot revoke their own role');
select is(tests.affected(format($$delete from public.memberships where user_id = %L$$, tests.id('admin'))), 0,
  'nor delete it directly');
select is(tests.affected(format($$update public.memberships set role = 'leader' where user_id = %L$$, tests.id('admin'))), 0,
  'nor change it directly');
select is((select bool_and(is_self) from public.admin_accounts() where email = 'admin@test.gpmb.vn'), true,
  'the accounts list marks the admin''s own rows');
select public.grant_role('x@y.vn', 'leader');
select tests.as_superuser();
insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at,
                        raw_app_meta_data, raw_user_meta_data)
values ('a0000000-0000-4000-8000-000000000012', 'authenticated', 'authenticated', 'x@y.vn', '', now(), now(), now(), '{}', '{}');
insert into tests.ids (name, id) values ('xy', 'a0000000-0000-4000-8000-000000000012');
select tests.authenticate_as('xy');
select is(tests.affected($$delete from public.memberships where email = 'x@y.vn'$$), 0,
  'a user cannot remove a pending grant to their own email');
select is(tests.affected($$update public.memberships set role = 'admin' where email = 'x@y.vn'$$), 0,
  'nor raise it');

-- ------------------------------------------------------------ revoking
select tests.authenticate_as('admin');
select lives_ok(format($$select public.revoke_role(id) from public.memberships where user_id = %L$$, tests.id('newbie')),
  'an admin revokes another person''s role');
select is_empty($$select 1 from public.admin_accounts() where email = 'newbie@test.gpmb.vn'$$, 'the grant is gone');
select results_eq($$select op, before ->> 'email', after from public.admin_audit
                    where table_name = 'memberships' and before ->> 'email' = 'newbie@test.gpmb.vn' and op = 'delete'$$,
  $$values ('delete', 'newbie@test.gpmb.vn', null::jsonb)$$, 'the revocation is audited');
select throws_ok($$select public.revoke_role('00000000-0000-4000-8000-000000000000')$$, 'P0002', null,
  'revoking a grant that is not there says so');

-- ------------------------------------------------------------ only admins grant; accounts for admins only
select tests.authenticate_as('leader');
select throws_ok($$select public.grant_role('someone@test.gpmb.vn', 'leader')$$, '42501', null, 'a leader cannot grant a role');
select is_empty('select * from public.admin_accounts()', 'a leader gets no accounts list');
select tests.authenticate_as('officer_326');
select throws_ok($$select public.grant_role('someone@test.gpmb.vn', 'officer', '326')$$, '42501', null, 'an officer cannot grant a role');
select throws_ok(format($$select public.revoke_role(id) from public.memberships where user_id = %L$$, tests.id('officer_326')), '42501', null,
  'an officer cannot revoke a role');
select is_empty('select * from public.admin_accounts()', 'an officer gets no accounts list');
select tests.clear_authentication();
select throws_ok($$select public.grant_role('someone@test.gpmb.vn', 'admin')$$, '42501', null, 'anon cannot grant a role');
select throws_ok('select * from public.admin_accounts()', '42501', null, 'anon cannot call the accounts list');

-- ------------------------------------------------------------ who reads the audit; append-only
select is_empty('select id from public.admin_audit', 'anon reads no audit row');
select tests.authenticate_as('officer_326');
select is_empty('select id from public.admin_audit', 'an officer reads no audit row');
select tests.authenticate_as('nobody'); -- now a leader (granted above)
select isnt_empty('select id from public.admin_audit', 'a leader reads the audit');
select tests.authenticate_as('admin');
select is(tests.affected('update public.admin_audit set actor = null'), 0, 'no policy lets an admin change an audit row');
select tests.as_superuser();
select throws_ok('update public.admin_audit set actor = null', '42501', null, 'the audit is append-only, even for the owner');
select throws_ok('delete from public.admin_audit', '42501', null, 'its rows cannot be deleted');
select throws_ok('truncate public.admin_audit', '42501', null, 'nor truncated');

-- ------------------------------------------------------------ retiring
select tests.authenticate_as('admin');
select throws_ok(format($$update public.projects set retired_at = now() where id = %L$$, tests.id('kcn')), '23514', null,
  'retiring needs a reason');
update public.projects set retired_at = now(), retired_reason = 'Dừng theo quyết định của UBND tỉnh' where id = tests.id('kcn');
update public.projects set retired_at = null, retired_reason = null where id = tests.id('kcn');
select results_eq(format($$select before ->> 'retired_reason', after ->> 'retired_reason' from public.admin_audit
                           where table_name = 'projects' and row_id = %L and op = 'update' order by id$$, tests.id('kcn')),
  $$values (null, 'Dừng theo quyết định của UBND tỉnh'), ('Dừng theo quyết định của UBND tỉnh', null)$$,
  'retiring and un-retiring are audited');

select * from finish();
rollback;
