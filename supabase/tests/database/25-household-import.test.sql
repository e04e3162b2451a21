-- import_households (issue 16): who may import where, each problem code, all or nothing, a party
-- matched by its ID number, holdings and plan lines written with their history, and a corrected
-- list sent again updating rather than doubling.
begin;
select plan(35);
\ir fixtures.sql

-- A household list document for a project.
create function tests.hdoc(p_project text, p_dry boolean, p_rows jsonb, p_batch text default null)
returns jsonb language sql stable as $$
  select jsonb_build_object('file_name', 'danh-sach-ho.xlsx', 'project_id', tests.id(p_project), 'dry_run', p_dry,
    'batch', p_batch, 'rows', p_rows)
$$;
-- A row: a household on a parcel of the fixtures, named by its unit, sheet and number.
create function tests.hrow(p_n integer, p_unit text, p_sheet text, p_no text, p_name text, p_id text,
                           p_extra jsonb default '{}')
returns jsonb language sql stable as $$
  select jsonb_build_object('n', p_n, 'commune', p_unit, 'map_sheet', p_sheet, 'parcel_no', p_no,
    'party_name', p_name, 'id_number', p_id) || p_extra
$$;
create function tests.himp(p_label text, p_doc jsonb)
returns void language plpgsql as $$
begin
  insert into tests.answers (label, answer) values (p_label, public.import_households(p_doc));
end
$$;
-- "n:code/field" of each problem of a labelled answer, in order
create function tests.hproblems(p_label text)
returns text[] language sql stable as $$
  select coalesce(array_agg((p ->> 'n') || ':' || (p ->> 'code') || '/' || (p ->> 'field') order by o), '{}')
  from tests.answers a, jsonb_array_elements(a.answer -> 'problems') with ordinality as x(p, o)
  where a.label = p_label
$$;
grant execute on all functions in schema tests to anon, authenticated;

-- who may import
select tests.clear_authentication();
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '1', 'Hộ ông An', null)))),
  '42501', 'permission denied for function import_households', 'anon cannot import');
select tests.authenticate_as('leader');
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '1', 'Hộ ông An', null)))),
  '42501', 'Chỉ cán bộ phụ trách địa bàn được nhập danh sách hộ dân.', 'a leader cannot import');
select tests.authenticate_as('admin');
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '1', 'Hộ ông An', null)))),
  '42501', null, 'an admin who is not an officer cannot import');

-- whole-call errors
select tests.authenticate_as('officer_326');
select throws_ok($$select public.import_households('[]')$$, '22023', 'Dữ liệu nhập phải là một đối tượng JSON.',
  'the document must be an object');
select throws_ok(format('select public.import_households(%L)', tests.hdoc('vd4', true, '[]')), '22023',
  'Danh sách không có dòng nào để nhập.', 'an empty list is refused');
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '1', 'A', null), tests.hrow(1, '326', '10', '2', 'B', null)))),
  '22023', null, 'two rows with the same number are refused');
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '1', 'A', null, '{"land_vnd": 1000}')))),
  '22023', 'Danh sách có số tiền: hãy ghi đợt (batch) của phương án để nhập các khoản vào đó.', 'amounts need a batch');

-- each problem code, and nothing written
select tests.himp('bad', tests.hdoc('vd4', false, jsonb_build_array(
  tests.hrow(2, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001089000001'),
  tests.hrow(3, '326', '10', '99', 'Hộ bà Trần Thị Bình', '001089000002'),
  tests.hrow(4, 'Phụng Công', '11', '3', 'Hộ ông Lê Văn Cường', '001089000001'),
  tests.hrow(5, '326', '10', '2', null, '12345', '{"share_pct": 60, "land_vnd": "một triệu"}'),
  tests.hrow(6, '326', '10', '2', 'Hộ bà Đỗ Thị Hoa', null, '{"share_pct": 30, "origin": "mua bán", "party_kind": "nhóm"}'),
  tests.hrow(7, null, '10', '2', 'X', null)), 'Đợt 1'));
select is(tests.hproblems('bad'), array[
  '2:duplicate_id_number/id_number', '3:unknown_parcel/parcel_no', '4:duplicate_id_number/id_number',
  '5:amount_not_number/land_vnd', '5:bad_id_number/id_number', '5:missing_value/party_name', '5:shares_not_100/share_pct',
  '6:bad_value/origin', '6:bad_value/party_kind', '6:shares_not_100/share_pct', '7:missing_value/commune'],
  'each row''s problems, with the column');
select is((tests.answer('bad') -> 'problems' -> 0 ->> 'detail'), '4', 'duplicate_id_number names the other row');
select is((tests.answer('bad') ->> 'committed')::boolean, false, 'a list with problems is not committed');
select tests.as_superuser();
select is((select count(*)::int from public.parties) + (select count(*)::int from public.holdings)
          + (select count(*)::int from public.household_events) + (select count(*)::int from public.compensation_plans),
          0, '... and nothing of it is written');

-- outside the officer's area
select tests.authenticate_as('officer_325');
select tests.himp('area', tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, 'Văn Giang', '10', '1', 'Hộ ông An', null))));
select is(tests.hproblems('area'), array['1:not_in_area/parcel_no'], 'a parcel outside the area is refused');

-- shares: with holdings already recorded
select tests.as_superuser();
insert into public.parties (id, kind, name, id_number, admin_unit_id) values
  ('f1000000-0000-4000-8000-000000000001', 'household', 'Hộ ông Nguyễn Văn An', '001089000001', '326');
insert into public.holdings (party_id, parcel_id, share_pct) values
  ('f1000000-0000-4000-8000-000000000001', tests.id('p326b'), 50);
select tests.authenticate_as('officer_326');
select tests.himp('over', tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(1, '326', '10', '2', 'Hộ bà Hoa', null))));
select is(tests.hproblems('over'), array['1:shares_not_100/share_pct'],
  'shares with those already recorded over 100 are refused');
select is((tests.answer('over') -> 'problems' -> 0 ->> 'detail'), '150', '... saying the total');

-- a dry run of a clean list: counts, nothing written
select tests.himp('dry', tests.hdoc('vd4', true, jsonb_build_array(
  tests.hrow(2, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001 089 000 001',
    '{"share_pct": 100, "origin": "allocated", "certificate_no": "CS 01234", "land_vnd": 150000000, "assets_vnd": "20000000",
      "basis_document": "QĐ 12/2025/QĐ-UBND", "basis_article": "Điều 5"}'),
  tests.hrow(3, '326', '10', '2', 'hộ ông  nguyễn văn an', '001089000001', '{"share_pct": 50}'),
  tests.hrow(4, 'Xã Phụng Công', '11', '3', 'Hộ ông Lê Văn Cường', null, '{"crops_vnd": 5000000}'),
  tests.hrow(5, '326', '10', '2', 'Hộ bà Đỗ Thị Hoa', null, '{"share_pct": 50, "party_kind": "household"}')), 'Đợt 1'));
select is(tests.answer('dry') -> 'counts',
  '{"rows": 4, "parties_new": 2, "parties_matched": 1, "holdings": 4, "lines": 3}'::jsonb,
  'the dry run counts rows, new and matched parties, holdings and lines');
select is(tests.hproblems('dry'), '{}'::text[], 'a clean list has no problem');
select tests.as_superuser();
select is((select count(*)::int from public.parties), 1, 'a dry run writes nothing');

-- the commit
select tests.authenticate_as('officer_326');
select tests.himp('commit', tests.hdoc('vd4', false, jsonb_build_array(
  tests.hrow(2, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001 089 000 001',
    '{"share_pct": 100, "origin": "allocated", "certificate_no": "CS 01234", "land_vnd": 150000000, "assets_vnd": "20000000",
      "basis_document": "QĐ 12/2025/QĐ-UBND", "basis_article": "Điều 5"}'),
  tests.hrow(3, '326', '10', '2', 'hộ ông  nguyễn văn an', '001089000001', '{"share_pct": 50}'),
  tests.hrow(4, 'Xã Phụng Công', '11', '3', 'Hộ ông Lê Văn Cường', null, '{"crops_vnd": 5000000}'),
  tests.hrow(5, '326', '10', '2', 'Hộ bà Đỗ Thị Hoa', null, '{"share_pct": 50, "party_kind": "household"}')), 'Đợt 1'));
select is((tests.answer('commit') ->> 'committed')::boolean, true, 'a clean list is committed');
select isnt(tests.answer('commit') ->> 'run_id', null, '... with a run id');
select tests.as_superuser();
select is((select count(*)::int from public.parties where id_number = '001089000001'), 1,
  'the party with the ID number is matched, not doubled');
select is((select array_agg(p.name || '@' || p.admin_unit_id order by p.name) from public.parties p
           where p.id <> 'f1000000-0000-4000-8000-000000000001'),
  array['Hộ bà Đỗ Thị Hoa@326', 'Hộ ông Lê Văn Cường@12001'], 'new parties are registered in their parcel''s unit');
select is((select share_pct || '/' || version from public.holdings
           where party_id = 'f1000000-0000-4000-8000-000000000001' and parcel_id = tests.id('p326b')),
  '50/2', 'the matched party''s holding on the parcel is updated');
select is((select origin || '/' || certificate_no from public.holdings
           where party_id = 'f1000000-0000-4000-8000-000000000001' and parcel_id = tests.id('p326a')),
  'allocated/CS 01234', 'a new holding has its origin and certificate');
select is((select array_agg(l.line_group || ':' || l.amount_vnd || ':' || l.status order by l.line_group)
           from public.plan_lines l join public.compensation_plans c on c.id = l.plan_id
           where c.project_id = tests.id('vd4') and c.batch = 'Đợt 1' and c.decision_date is null),
  array['assets:20000000:provisional', 'crops:5000000:missing_basis', 'land:150000000:provisional'],
  'lines go into the batch''s plan, created unapproved, provisional with a document and missing a basis without');
select is((select array_agg(e.kind order by e.kind) from public.household_events e),
  array['holding.save', 'holding.save', 'holding.save', 'holding.save', 'import.households', 'line.save', 'line.save',
        'line.save', 'party.save', 'party.save', 'plan.save'], 'every row written has its event');
select is((select count(*)::int from public.household_events e where e.actor = tests.id('officer_326')), 11,
  '... recorded with the officer as actor');
select is((select e.entity_id::text from public.household_events e where e.entity = 'import'),
  tests.answer('commit') ->> 'run_id', 'the run is the import event');
select is((select e.before ->> 'share_pct' from public.household_events e
           where e.kind = 'holding.save' and e.before is not null), '50', 'an update keeps the row before it');

-- the list corrected and sent again: updated, not doubled
select tests.authenticate_as('officer_326');
select tests.himp('again', tests.hdoc('vd4', false, jsonb_build_array(
  tests.hrow(2, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001089000001',
    '{"land_vnd": 160000000, "basis_document": "QĐ 12/2025/QĐ-UBND"}')), 'Đợt 1'));
select tests.as_superuser();
select is((select count(*)::int || ':' || max(l.amount_vnd) from public.plan_lines l where l.line_group = 'land'),
  '1:160000000', 'a line sent again is updated');

-- an ID number recorded for another name (a typo in the ID): refused, even on commit, nothing written
select count(*) as events_before from public.household_events \gset
select tests.authenticate_as('officer_326');
select tests.himp('other', tests.hdoc('vd4', false, jsonb_build_array(
  tests.hrow(3, '326', '10', '1', 'Hộ ông Phạm Văn Nam', '001 089 000 001', '{"land_vnd": 1000}')), 'Đợt 1'));
select is(tests.hproblems('other'), array['3:id_number_other_name/id_number'],
  'an ID number recorded for a party with another name is a problem of its row');
select is(tests.answer('other') -> 'problems' -> 0 ->> 'detail', '001 089 000 001', '... giving the ID as the file wrote it');
select is((tests.answer('other') ->> 'committed')::boolean, false, '... and the list is not committed');
select tests.as_superuser();
select is((select count(*)::int from public.household_events), :events_before, '... nothing of it is written');

-- an approved plan is not changed by a list
update public.compensation_plans set decision_no = '99/QĐ-UBND', decision_date = '2026-11-01' where batch = 'Đợt 1';
select tests.authenticate_as('officer_326');
select throws_ok(format('select public.import_households(%L)',
    tests.hdoc('vd4', true, jsonb_build_array(tests.hrow(2, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001089000001',
      '{"land_vnd": 1}')), 'Đợt 1')),
  '22023', null, 'amounts into an approved plan are refused');

-- lite hands jsonb arguments over as a JSON string
select is(public.import_households(to_jsonb(tests.hdoc('vd4', true,
    jsonb_build_array(tests.hrow(1, '326', '10', '1', 'Hộ ông Nguyễn Văn An', '001089000001')))::text)) -> 'counts' ->> 'parties_matched',
  '1', 'a document sent as a JSON string is read');

select * from finish();
rollback;
