-- Memberships: each user sees their own; admins manage everyone else's but never their own,
-- so nobody can grant themselves a role. my_access reports the caller's roles and editable units.
begin;
select plan(38);
\ir fixtures.sql

-- my_access for each role, before anything changes
select tests.clear_authentication();
select is(public.my_access(), '{"user_id": null, "email": null, "roles": [], "editable_unit_ids": []}'::jsonb,
  'my_access for anon: no user, no role, nothing editable');
select tests.authenticate_as('nobody');
select is(public.my_access(), jsonb_build_object('user_id', tests.id('nobody'), 'email', 'nobody@test.gpmb.vn',
  'roles', '[]'::jsonb, 'editable_unit_ids', '[]'::jsonb), 'my_access for a user without a role: who they are, nothing more');
select tests.authenticate_as('officer_326');
select is(public.my_access(), jsonb_build_object('user_id', tests.id('officer_326'), 'email', 'officer_326@test.gpmb.vn',
  'roles', '[{"role": "officer", "admin_unit_id": "326", "admin_unit_name": "Văn Giang"}]'::jsonb, 'editable_unit_ids', '["12001", "326"]'::jsonb),
  'my_access for the officer of Văn Giang: the district and its commune are editable');
select tests.authenticate_as('officer_325');
select is(public.my_access() -> 'editable_unit_ids', '["325"]'::jsonb, 'the officer of Văn Lâm edits only Văn Lâm');
select tests.authenticate_as('leader');
select is(public.my_access() - 'user_id' - 'email',
  '{"roles": [{"role": "leader", "admin_unit_id": null, "admin_unit_name": null}], "editable_unit_ids": []}'::jsonb,
  'my_access for a leader: the role, but no unit to edit');
select tests.authenticate_as('admin');
select is(public.my_access() - 'user_id' - 'email',
  '{"roles": [{"role": "admin", "admin_unit_id": null, "admin_unit_name": null}], "editable_unit_ids": []}'::jsonb,
  'my_access for an admin: the role, but no unit to edit');

-- who reads memberships
select tests.clear_authentication();
select is_empty('select * from public.memberships', 'anon reads no membership');
select tests.authenticate_as('nobody');
select is_empty('select * from public.memberships', 'a user without a role reads no membership');
select tests.authenticate_as('officer_326');
select results_eq('select user_id, role, admin_unit_id from public.memberships',
  format($$values (%L::uuid, 'officer', '326')$$, tests.id('officer_326')), 'an officer reads only their own membership');
select tests.authenticate_as('leader');
select results_eq('select user_id from public.memberships', array[tests.id('leader')],
  'a leader reads only their own membership');
select tests.authenticate_as('admin');
select results_eq('select user_id from public.memberships order by user_id',
  array[tests.id('admin'), tests.id('leader'), tests.id('officer_326'), tests.id('officer_325')],
  'an admin reads every membership');

-- nobody grants a role to themselves or, unless an admin, to anyone
select tests.clear_authentication();
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'admin')$$, tests.id('nobody')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'anon cannot grant a role');
select tests.authenticate_as('nobody');
select throws_ok(format($$insert into public.memberships (user_id, role, admin_unit_id) values (%L, 'officer', '33')$$, tests.id('nobody')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'a user without a role cannot make themselves an officer');
select tests.authenticate_as('officer_326');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'leader')$$, tests.id('officer_326')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'an officer cannot make themselves a leader');
select throws_ok(format($$insert into public.memberships (user_id, role, admin_unit_id) values (%L, 'officer', '326')$$, tests.id('nobody')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'an officer cannot make someone else an officer');
select is(tests.affected($$update public.memberships set admin_unit_id = '33'$$), 0,
  'an officer cannot widen their own area to the whole province');
select is(tests.affected(format($$delete from public.memberships where user_id = %L$$, tests.id('officer_325'))), 0,
  'an officer cannot remove another officer');
select tests.authenticate_as('leader');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'admin')$$, tests.id('leader')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'a leader cannot make themselves an admin');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'leader')$$, tests.id('nobody')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'a leader cannot make someone else a leader');
select is(tests.affected($$update public.memberships set role = 'admin'$$), 0, 'a leader cannot turn their role into admin');
select tests.authenticate_as('admin');
select throws_ok(format($$insert into public.memberships (user_id, role, admin_unit_id) values (%L, 'officer', '33')$$, tests.id('admin')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'not even an admin can make themselves an officer');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'leader')$$, tests.id('admin')),
  '42501', 'new row violates row-level security policy for table "memberships"', 'not even an admin can make themselves a leader');
select is(tests.affected(format($$update public.memberships set role = 'leader' where user_id = %L$$, tests.id('admin'))), 0,
  'an admin cannot change their own membership');
select is(tests.affected(format($$delete from public.memberships where user_id = %L$$, tests.id('admin'))), 0,
  'an admin cannot delete their own membership');
select throws_ok(format($$update public.memberships set user_id = %L where user_id = %L$$, tests.id('admin'), tests.id('leader')),
  '42501', 'new row violates row-level security policy for table "memberships"',
  'an admin cannot take over someone else''s leader membership');
select tests.as_superuser();
select results_eq('select user_id, role, admin_unit_id from public.memberships order by user_id',
  format($$values (%L::uuid, 'admin', null::text), (%L::uuid, 'leader', null), (%L::uuid, 'officer', '326'), (%L::uuid, 'officer', '325')$$,
    tests.id('admin'), tests.id('leader'), tests.id('officer_326'), tests.id('officer_325')),
  'memberships are unchanged after every refused write');

-- admins manage everyone else's memberships
select tests.authenticate_as('admin');
select lives_ok(format($$insert into public.memberships (user_id, role, admin_unit_id) values (%L, 'officer', '325')$$, tests.id('nobody')),
  'an admin makes another user an officer of Văn Lâm');
select throws_ok(format($$insert into public.memberships (user_id, role) values (%L, 'officer')$$, tests.id('nobody')),
  '23514', null, 'an officer membership needs an admin unit');
select is(tests.affected(format($$update public.memberships set admin_unit_id = '33' where user_id = %L$$, tests.id('officer_325'))), 1,
  'an admin moves the officer of Văn Lâm up to the province');
select is(tests.affected(format($$delete from public.memberships where user_id = %L$$, tests.id('leader'))), 1,
  'an admin removes a leader');
select tests.as_superuser();
select results_eq('select user_id, role, admin_unit_id from public.memberships order by user_id',
  format($$values (%L::uuid, 'admin', null::text), (%L::uuid, 'officer', '326'), (%L::uuid, 'officer', '33'), (%L::uuid, 'officer', '325')$$,
    tests.id('admin'), tests.id('officer_326'), tests.id('officer_325'), tests.id('nobody')),
  'memberships hold exactly what the admin left');

-- the changes take effect at once for the users concerned
select tests.authenticate_as('nobody');
select results_eq('select role, admin_unit_id from public.memberships', $$values ('officer', '325')$$,
  'the new officer reads their membership');
select is(public.my_access() -> 'editable_unit_ids', '["325"]'::jsonb, 'the new officer may edit Văn Lâm');
select is_empty(format('select * from public.parcel_private where parcel_id <> all (array[%L, %L]::uuid[])',
  tests.id('p325a'), tests.id('p325b')), 'the new officer reads personal data only in Văn Lâm');
select tests.authenticate_as('officer_325');
select is(public.my_access() -> 'editable_unit_ids', '["12001", "325", "326", "33"]'::jsonb,
  'an officer of the province edits every district and commune below it');
select results_eq('select count(*)::int from public.parcel_private', array[5],
  'an officer of the province reads personal data of every parcel in it');
select tests.authenticate_as('leader');
select is(public.my_access() -> 'roles', '[]'::jsonb, 'the removed leader has no role left');
select is_empty('select * from public.parcel_private', 'the removed leader reads no personal data any more');

select * from finish();
rollback;
