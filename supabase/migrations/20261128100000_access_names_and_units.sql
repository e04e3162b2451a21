-- my_access also names the units (the header showed codes and needed a second request), and the
-- units of target measures are written down where the next reader looks for them.

create or replace function public.my_access()
returns jsonb
language sql
stable
security definer
set search_path = ''
as $$
  select jsonb_build_object(
    'user_id', auth.uid(),
    'email', (select u.email from auth.users u where u.id = auth.uid()),
    'roles', coalesce((select jsonb_agg(jsonb_build_object('role', m.role, 'admin_unit_id', m.admin_unit_id,
                                                           'admin_unit_name', au.name)
                                        order by m.role, m.admin_unit_id)
                       from public.memberships m left join public.admin_units au on au.id = m.admin_unit_id
                       where m.user_id = auth.uid()), '[]'::jsonb),
    'editable_unit_ids', coalesce((select jsonb_agg(u order by u) from private.officer_unit_ids() u), '[]'::jsonb))
$$;

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
