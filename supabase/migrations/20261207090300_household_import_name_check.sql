-- import_households refuses a row whose ID number is already recorded for a party with another
-- name (issue 16's open point). The list's party is matched by its ID number alone, so a typo in
-- an ID would otherwise attach the holding and the amounts to someone else. The names are compared
-- as import_name_key does (case, accents and spaces ignored). The problem gives the ID as the file
-- wrote it, never the recorded name: the ID may belong to a party outside the officer's area.
--
-- The matching and writing stay in the function of 20261206090200, renamed and kept private; the
-- public function looks for such rows first and, where there are any, answers that function's dry
-- run with the new problems added, so nothing is written.

alter function public.import_households(jsonb) rename to import_households_rows;
alter function public.import_households_rows(jsonb) set schema private;
revoke all on function private.import_households_rows(jsonb) from public, anon, authenticated;

create function public.import_households(p_import jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_doc jsonb := private.import_document(p_import);
  v_other jsonb;
  v_answer jsonb;
begin
  -- rows the inner function would refuse as a whole call (no array, bad row numbers) are left to it
  select coalesce(jsonb_agg(jsonb_build_object('n', (e.r ->> 'n')::integer, 'code', 'id_number_other_name',
                                               'field', 'id_number', 'detail', private.import_cell(e.r, 'id_number'))),
                  '[]'::jsonb)
  into v_other
  from jsonb_array_elements(case when jsonb_typeof(v_doc -> 'rows') = 'array' then v_doc -> 'rows' else '[]' end) as e(r)
  where jsonb_typeof(e.r) = 'object' and (e.r ->> 'n') ~ '^[0-9]{1,9}$'
    and private.import_cell(e.r, 'party_name') is not null
    and exists (select 1 from public.parties p
                where p.id_number = regexp_replace(private.import_cell(e.r, 'id_number'), '\s', '', 'g')
                  and private.import_name_key(p.name) <> private.import_name_key(private.import_cell(e.r, 'party_name')));

  if v_other = '[]'::jsonb or jsonb_typeof(v_doc -> 'dry_run') is distinct from 'boolean' then
    return private.import_households_rows(v_doc);
  end if;
  v_answer := private.import_households_rows(jsonb_set(v_doc, '{dry_run}', 'true'));
  return v_answer || jsonb_build_object('committed', false, 'run_id', null, 'households', '[]'::jsonb,
    'problems', (select jsonb_agg(p order by (p ->> 'n')::integer, p ->> 'code', p ->> 'field')
                 from jsonb_array_elements((v_answer -> 'problems') || v_other) as x(p)));
end
$$;

comment on function public.import_households(jsonb) is
  'Imports a household list into a project (see private.import_households_rows for the document and the answer); '
  'a row whose ID number is recorded for a party with another name is answered id_number_other_name and nothing is written.';

revoke all on function public.import_households(jsonb) from public, anon;
grant execute on function public.import_households(jsonb) to authenticated;
