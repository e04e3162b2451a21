-- parcels_in_bbox also returns each parcel's blocker: its reason and who must act (issue 13).
-- Why: the viewport load is where most parcels reach the client, and without the blocker the
-- client knew a parcel was blocked but not why, so undoing "clear blocker" on such a parcel could
-- not write the blocker back (cannot_restore), and the parcel panel had to patch the reason in by
-- hand. Both fields are public columns of public.parcels (the parcel panel and the search read
-- them as anon): nothing private is added. The function stays security invoker, so the parcels'
-- RLS still decides what a caller gets; the rest of its definition is that of
-- 20261128090300_read_api.sql.
create or replace function public.parcels_in_bbox(
  min_lon double precision, min_lat double precision, max_lon double precision, max_lat double precision,
  max_features integer default 20000)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  v_result jsonb;
begin
  if min_lon is null or min_lat is null or max_lon is null or max_lat is null then
    raise exception 'Thiếu toạ độ khung nhìn (min_lon, min_lat, max_lon, max_lat).' using errcode = '22023';
  end if;
  if min_lon < -180 or max_lon > 180 or min_lat < -90 or max_lat > 90
     or min_lon > max_lon or min_lat > max_lat then
    raise exception 'Khung nhìn không hợp lệ: cần -180 ≤ min_lon ≤ max_lon ≤ 180 và -90 ≤ min_lat ≤ max_lat ≤ 90.'
      using errcode = '22023';
  end if;
  if max_features is null or max_features < 1 or max_features > 50000 then
    raise exception 'max_features phải từ 1 đến 50.000 (nhận được: %).', max_features using errcode = '22023';
  end if;

  select jsonb_build_object(
    'type', 'FeatureCollection',
    'truncated', count(*) > max_features,
    'features', coalesce(jsonb_agg(
      jsonb_build_object(
        'type', 'Feature', 'id', f.id, 'geometry', f.geom,
        'properties', jsonb_build_object(
          'id', f.id, 'project_id', f.project_id, 'admin_unit_id', f.admin_unit_id,
          'map_sheet', f.map_sheet, 'parcel_no', f.parcel_no, 'land_type', f.land_type,
          'area_m2', f.area_m2, 'stage', f.stage, 'blocked', f.blocked,
          'blocker_reason', f.blocker_reason, 'blocker_responsible', f.blocker_responsible,
          'version', f.version))
      ) filter (where f.n <= max_features), '[]'::jsonb))
  into v_result
  from (
    select p.*, row_number() over () as n
    from public.parcels p
    where p.bbox && box(point(min_lon, min_lat), point(max_lon, max_lat))
    limit max_features + 1
  ) f;
  return v_result;
end
$$;

-- create or replace keeps the grants; written again so this file alone says who may call it.
revoke all on function public.parcels_in_bbox(double precision, double precision, double precision, double precision, integer) from public;
grant execute on function public.parcels_in_bbox(double precision, double precision, double precision, double precision, integer) to anon, authenticated;
