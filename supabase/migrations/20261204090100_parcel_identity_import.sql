-- Parcel identity and the import of cadastral files (issue 14).
-- Why: cadastral map sheets are numbered per commune, so a parcel is (commune, map sheet, parcel
-- number) within a project, not (admin_unit_id, ...): admin_unit_id says who may change a parcel
-- and where its totals count, and data entered in 2024 is keyed to districts. Parcels now carry
-- the commune and the district their point on surface lies in, and the identity uses the commune
-- where there is one, else the district.
-- Imports come in through three RPCs (import_parcels, import_admin_units,
-- import_project_geometry), each all or nothing: the server recomputes every figure the page shows
-- (drawn area, point on surface, the units a parcel lies in, validity, duplicates, overlaps) from
-- the coordinates alone and trusts nothing the browser computed. The rules are those of the
-- shared contract (issue 14), so the page's own checks and these agree; the same validity rules
-- hold for outlines, centre lines and boundaries written directly (triggers at the end).
-- Every function here runs with jit off: the planner cannot see the sizes of the arrays and the
-- GeoJSON it expands, its cost estimates run into the millions, and compiling a plan then took
-- longer than running it.
-- There is no PostGIS on the local backend: the geometry is plain SQL over the GeoJSON, set-wise
-- (one statement for every row of a file, never a function call per row), with Postgres' built-in
-- polygon type where a point must be tested against a ring (its containment test is C).

-- ---------------------------------------------------------------- parcel identity

alter table public.parcels
  add column commune_id text references public.admin_units (id),
  add column district_id text references public.admin_units (id);
comment on column public.parcels.commune_id is
  'The level-commune unit valid at import that contains the parcel''s point on surface; null where no commune '
  'boundary is known. With district_id it makes the parcel''s identity; admin_unit_id says who may change it.';
comment on column public.parcels.district_id is
  'The level-district unit (2024 structure) that contains the parcel''s point on surface, or for parcels entered '
  'before the import the district they were keyed to.';

-- Parcels written without these (the seed, the tests' fixtures, parcels entered before the import)
-- take them from the level of their admin_unit_id: a commune with its parent district, or a district.
create function private.fill_parcel_units()
returns trigger
language plpgsql
set search_path = ''
set jit = off
as $$
begin
  if new.commune_id is null and new.district_id is null then
    select case when u.level = 'commune' then u.id end,
           case when u.level = 'district' then u.id when u.level = 'commune' and pu.level = 'district' then pu.id end
    into new.commune_id, new.district_id
    from public.admin_units u left join public.admin_units pu on pu.id = u.parent_id
    where u.id = new.admin_unit_id;
  end if;
  return new;
end
$$;
revoke all on function private.fill_parcel_units() from public, anon, authenticated;

create trigger parcels_fill_units
  before insert on public.parcels
  for each row execute function private.fill_parcel_units();

-- The parcels already there (the demo's are keyed to districts). One update, one statement of the
-- progress triggers: no total moves.
update public.parcels p
set commune_id = case when u.level = 'commune' then u.id end,
    district_id = case when u.level = 'district' then u.id when u.level = 'commune' and pu.level = 'district' then pu.id end
from public.admin_units u left join public.admin_units pu on pu.id = u.parent_id
where u.id = p.admin_unit_id;

-- The identity replaces the old key (project, admin_unit_id, sheet, number). nulls not distinct:
-- a parcel in no commune or district (province level) is still unique by sheet and number.
do $$
declare
  v_name text;
begin
  select c.conname into v_name from pg_constraint c
  where c.conrelid = 'public.parcels'::regclass and c.contype = 'u'
    and c.conkey::int[] @> array[(select a.attnum from pg_attribute a
                                  where a.attrelid = 'public.parcels'::regclass and a.attname = 'admin_unit_id')::int];
  if v_name is not null then
    execute format('alter table public.parcels drop constraint %I', v_name);
  end if;
end
$$;
create unique index parcels_identity_idx
  on public.parcels (project_id, coalesce(commune_id, district_id), map_sheet, parcel_no) nulls not distinct;
create index parcels_commune_idx on public.parcels (commune_id);
create index parcels_district_idx on public.parcels (district_id);
-- parcels_sheet_no_idx (20261201090200) still serves the search by sheet and number and the
-- check for the same identity in another project.

-- ---------------------------------------------------------------- land types

-- The land-use codes of Circular 08/2024/TT-BTNMT that a parcel may carry. src/domain/land-types.ts
-- lists the same codes (a unit test reads this table's insert to keep them equal). Reference data:
-- read by all, written by no one through the API (a new code comes with a migration).
create table public.land_types (
  code text primary key check (code ~ '^[A-Z]{2,4}$'),
  label_vi text not null check (label_vi <> ''),
  label_en text not null check (label_en <> '')
);
alter table public.land_types enable row level security;
create policy land_types_select on public.land_types for select to anon, authenticated using (true);

insert into public.land_types (code, label_vi, label_en) values
  ('LUC', 'Đất chuyên trồng lúa', 'Specialised rice land'),
  ('LUK', 'Đất trồng lúa còn lại', 'Other rice land'),
  ('BHK', 'Đất bằng trồng cây hằng năm khác', 'Flat land for other annual crops'),
  ('NHK', 'Đất nương rẫy trồng cây hằng năm khác', 'Upland fields for other annual crops'),
  ('CLN', 'Đất trồng cây lâu năm', 'Perennial crop land'),
  ('RSX', 'Đất rừng sản xuất', 'Production forest land'),
  ('RPH', 'Đất rừng phòng hộ', 'Protection forest land'),
  ('RDD', 'Đất rừng đặc dụng', 'Special-use forest land'),
  ('NTS', 'Đất nuôi trồng thủy sản', 'Aquaculture land'),
  ('LMU', 'Đất làm muối', 'Salt-making land'),
  ('NKH', 'Đất nông nghiệp khác', 'Other agricultural land'),
  ('ONT', 'Đất ở tại nông thôn', 'Rural residential land'),
  ('ODT', 'Đất ở tại đô thị', 'Urban residential land'),
  ('TSC', 'Đất xây dựng trụ sở cơ quan', 'Land for government offices'),
  ('CQP', 'Đất quốc phòng', 'Defence land'),
  ('CAN', 'Đất an ninh', 'Security land'),
  ('DVH', 'Đất xây dựng cơ sở văn hóa', 'Land for cultural facilities'),
  ('DYT', 'Đất xây dựng cơ sở y tế', 'Land for health facilities'),
  ('DGD', 'Đất xây dựng cơ sở giáo dục và đào tạo', 'Land for education and training facilities'),
  ('DTT', 'Đất xây dựng cơ sở thể dục thể thao', 'Land for sports facilities'),
  ('SKK', 'Đất khu công nghiệp', 'Industrial park land'),
  ('SKN', 'Đất cụm công nghiệp', 'Industrial cluster land'),
  ('TMD', 'Đất thương mại, dịch vụ', 'Commercial and service land'),
  ('SKC', 'Đất cơ sở sản xuất phi nông nghiệp', 'Non-agricultural production land'),
  ('SKS', 'Đất sử dụng cho hoạt động khoáng sản', 'Mining land'),
  ('DGT', 'Đất công trình giao thông', 'Land for transport works'),
  ('DTL', 'Đất công trình thủy lợi', 'Land for irrigation works'),
  ('DNL', 'Đất công trình năng lượng', 'Land for energy works'),
  ('DBV', 'Đất công trình bưu chính, viễn thông', 'Land for postal and telecommunication works'),
  ('DCH', 'Đất chợ', 'Market land'),
  ('DSH', 'Đất sinh hoạt cộng đồng', 'Community activity land'),
  ('DKV', 'Đất khu vui chơi, giải trí công cộng', 'Public recreation land'),
  ('TON', 'Đất tôn giáo', 'Religious land'),
  ('TIN', 'Đất tín ngưỡng', 'Belief land'),
  ('NTD', 'Đất nghĩa trang, nhà tang lễ, cơ sở hỏa táng', 'Cemetery and funeral land'),
  ('SON', 'Đất sông, ngòi, kênh, rạch, suối', 'Rivers, canals and streams'),
  ('MNC', 'Đất có mặt nước chuyên dùng', 'Special-use water surface'),
  ('PNK', 'Đất phi nông nghiệp khác', 'Other non-agricultural land'),
  ('BCS', 'Đất bằng chưa sử dụng', 'Unused flat land'),
  ('DCS', 'Đất đồi núi chưa sử dụng', 'Unused hilly land'),
  ('NCS', 'Núi đá không có rừng cây', 'Rocky mountains without forest');

-- A parcel's land type is one of them, whoever writes it.
alter table public.parcels add constraint parcels_land_type_fkey
  foreign key (land_type) references public.land_types (code);

-- Retired projects (projects.retired_at) come from 20261204090000, which runs first: imports refuse them.

-- ---------------------------------------------------------------- geometry, as the contract defines it

-- The text jsonb gives a ring of positions that are each two plain decimal numbers, e.g.
-- [[105.93, 20.93], [105.9301, 20.93]] (jsonb prints numbers without exponent). No counted
-- repeats: they make the pattern several times slower.
create function private.plain_ring_pattern()
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select '^\[\[-?[0-9.]+, -?[0-9.]+\](, \[-?[0-9.]+, -?[0-9.]+\])*\]$'
$$;

-- The positions of Polygon/MultiPolygon geometries, checked: one row per position (part and ring
-- 1-based in file order, i 1-based within the ring), x/y null where the position is not two JSON
-- numbers in longitude/latitude range. A part or ring that is not an array, or is empty, gives a
-- row with i null. `problem` is set on the geometries that cannot be exploded at all.
-- Every function here takes whole sets (arrays of ids and geometries) and is one statement: the
-- import of a file is a handful of statements whatever its size.
create function private.polygon_positions(p_rid integer[], p_geom jsonb[])
returns table (rid integer, problem text, part integer, ring integer, i integer, shape_ok boolean,
               x float8, y float8)
language sql
stable
parallel safe
set search_path = ''
set jit = off
set enable_memoize = off
as $$
  with g as (
    select u.rid, u.geom, u.geom ->> 'type' as gtype, u.geom -> 'coordinates' as coords
    from unnest(p_rid, p_geom) as u(rid, geom)
  ),
  -- materialized, so that each row's problem is computed once, not once per position
  k as materialized (
    select g.rid, g.gtype, g.coords, case
        when g.geom is null or jsonb_typeof(g.geom) = 'null' then 'geometry_missing'
        when jsonb_typeof(g.geom) <> 'object' or g.gtype is null or g.gtype not in ('Polygon', 'MultiPolygon')
          then 'geometry_type'
        when g.coords is null or jsonb_typeof(g.coords) = 'null' or g.coords = '[]'::jsonb then 'geometry_missing'
        when jsonb_typeof(g.coords) <> 'array' then 'coordinates_invalid'
      end as problem
    from g
  ),
  -- every part and ring once, with whether the ring is plain: all its positions two plain decimal
  -- numbers of at most 24 digits and points (no run of 25, so no cast can overflow or underflow)
  rings as materialized (
    select k.rid, k.problem, pt.part::integer as part, pt.p, x.ring::integer as ring, x.r,
           coalesce(x.t ~ private.plain_ring_pattern() and x.t !~ '[0-9.]{25}', false) as fast, x.t
    from k
    left join lateral jsonb_array_elements(case when k.problem is not null then '[]'::jsonb
                                                when k.gtype = 'Polygon' then jsonb_build_array(k.coords)
                                                else k.coords end) with ordinality as pt(p, part) on true
    left join lateral (select y.r, y.ring, y.r::text as t
                       from jsonb_array_elements(case when jsonb_typeof(pt.p) = 'array' then pt.p else '[]'::jsonb end)
                         with ordinality as y(r, ring)
                       offset 0) x on true
  )
  -- plain rings are read in one cast of the ring's text to float8[]
  select r.rid, r.problem, r.part, r.ring, i::integer, true,
         case when f.a[2 * i - 1] between -180 and 180 and f.a[2 * i] between -90 and 90 then f.a[2 * i - 1] end,
         case when f.a[2 * i - 1] between -180 and 180 and f.a[2 * i] between -90 and 90 then f.a[2 * i] end
  from rings r
  cross join lateral (select string_to_array(translate(r.t, '[] ', ''), ',')::float8[] as a offset 0) f
  cross join lateral generate_series(1, cardinality(f.a) / 2) as i
  where r.fast
  union all
  -- the others, position by position
  select r.rid, r.problem, r.part, r.ring, v.i::integer,
         coalesce(jsonb_typeof(r.p) = 'array' and r.p <> '[]'::jsonb and jsonb_typeof(r.r) = 'array', false),
         case when n.ok then n.x end,
         case when n.ok then n.y end
  from rings r
  left join lateral jsonb_array_elements(case when jsonb_typeof(r.r) = 'array' then r.r else '[]'::jsonb end)
    with ordinality as v(q, i) on true
  -- A JSON number written without an exponent in at most 24 characters converts to float8 without
  -- error; any other (1e-400 would underflow) goes through numeric, rounded to 12 decimals first.
  -- Each level is kept apart (offset 0): flattened, the planner would copy the conversion into every
  -- expression that reads its result.
  left join lateral (
    select c.x, c.y, c.x between -180 and 180 and c.y between -90 and 90 as ok
    from (select case when a.tx is null then null
                      when length(a.tx) <= 24 and strpos(a.tx, 'e') = 0 and strpos(a.tx, 'E') = 0 then a.tx::float8
                      when abs(a.tx::numeric) > 1000 then 1e9
                      else round(a.tx::numeric, 12)::float8 end as x,
                 case when a.ty is null then null
                      when length(a.ty) <= 24 and strpos(a.ty, 'e') = 0 and strpos(a.ty, 'E') = 0 then a.ty::float8
                      when abs(a.ty::numeric) > 1000 then 1e9
                      else round(a.ty::numeric, 12)::float8 end as y
          from (select case when jsonb_typeof(v.q -> 0) = 'number' then v.q ->> 0 end as tx,
                       case when jsonb_typeof(v.q -> 1) = 'number' then v.q ->> 1 end as ty
                where jsonb_typeof(v.q) = 'array'
                offset 0) a
          offset 0) c
    offset 0
  ) n on true
  where not r.fast
$$;

-- What the server knows of each Polygon/MultiPolygon: its geometry problem (the first that applies,
-- in the contract's order: geometry_missing, geometry_type, coordinates_invalid, ring_too_short,
-- ring_unclosed, self_intersection) and where it is, and for geometries that can be read, the drawn
-- area (the formula of @turf/area with radius 6378137 m) and the point on surface.
-- Self-intersection: two non-adjacent edges of one ring intersect, touching included (the first
-- and last edge of a ring are adjacent). Small rings test every pair of edges; large rings (admin
-- boundaries) only the pairs that share a cell of a grid laid over the ring, about √n cells a side,
-- each pair counted in the one cell holding the low corner of the overlap of their boxes.
-- The point on surface: the part of largest area (the first on a tie); the horizontal line through
-- the middle of its box; the crossings of that line with every edge of every ring of the part
-- (edges with (y1 > y) <> (y2 > y)), sorted and paired; the middle of the widest pair (the first
-- on a tie).
-- No nested loops: every join is on equal keys, and the planner cannot see the sizes of the arrays.
create function private.polygon_facts(p_rid integer[], p_geom jsonb[])
returns table (rid integer, problem text, at_lon float8, at_lat float8, area_m2 float8,
               pos_lon float8, pos_lat float8)
language sql
stable
parallel safe
set search_path = ''
set jit = off
set enable_nestloop = off
set work_mem = '64MB'
as $$
  with p as materialized (
    select * from private.polygon_positions(p_rid, p_geom)
  ),
  rs as (
    select p.rid, p.part, p.ring, count(p.i)::integer as npos,
           bool_and(p.shape_ok and (p.i is null or p.x is not null)) as ok,
           min(p.x) filter (where p.i = 1) as fx, min(p.y) filter (where p.i = 1) as fy,
           max(p.i) as last_i
    from p where p.problem is null
    group by p.rid, p.part, p.ring
  ),
  rl as (
    select rs.*, l.x as lx, l.y as ly
    from rs left join p l on l.rid = rs.rid and l.part = rs.part and l.ring = rs.ring and l.i = rs.last_i
  ),
  shape as (
    select g.rid, coalesce(g.problem, case
        when bool_or(not r.ok) then 'coordinates_invalid'
        when bool_or(r.npos < 4) then 'ring_too_short'
        when bool_or(r.fx <> r.lx or r.fy <> r.ly) then 'ring_unclosed' end) as problem,
      (array_agg(point(r.fx, r.fy) order by r.part, r.ring) filter (where r.ok and r.npos < 4))[1] as short_at,
      (array_agg(point(r.fx, r.fy) order by r.part, r.ring) filter (where r.ok and (r.fx <> r.lx or r.fy <> r.ly)))[1]
        as open_at
    from (select distinct p.rid, p.problem from p) g
    left join rl r on r.rid = g.rid
    group by g.rid, g.problem
  ),
  v as (
    select p.rid, p.part, p.ring, p.i, p.x, p.y
    from p join shape s on s.rid = p.rid
    where s.problem is null
  ),
  e as materialized (
    select w.rid, w.part, w.ring, w.i, w.n, w.x as x1, w.y as y1, w.nx as x2, w.ny as y2,
           least(w.x, w.nx) as bx1, least(w.y, w.ny) as by1, greatest(w.x, w.nx) as bx2, greatest(w.y, w.ny) as by2
    from (select v.*, lead(v.x) over r as nx, lead(v.y) over r as ny,
                 count(*) over (partition by v.rid, v.part, v.ring) - 1 as n
          from v window r as (partition by v.rid, v.part, v.ring order by v.i)) w
    where w.nx is not null
  ),
  -- candidate pairs of non-adjacent edges whose boxes meet: every pair in small rings ...
  small_pairs as (
    select a.rid, a.part, a.ring, a.i as ai, b.i as bi, a.x1 as px1, a.y1 as py1, a.x2 as px2, a.y2 as py2,
           b.x1 as qx1, b.y1 as qy1, b.x2 as qx2, b.y2 as qy2
    from (select * from e where e.n <= 24) a
    join (select * from e where e.n <= 24) b on b.rid = a.rid and b.part = a.part and b.ring = a.ring
    where b.i > a.i + 1 and not (a.i = 1 and b.i = a.n)
      and a.bx1 <= b.bx2 and b.bx1 <= a.bx2 and a.by1 <= b.by2 and b.by1 <= a.by2
  ),
  -- ... and in large rings, by grid cell
  big_rings as (
    select e.rid, e.part, e.ring, min(e.bx1) as gx, min(e.by1) as gy,
           greatest(greatest(max(e.bx2) - min(e.bx1), max(e.by2) - min(e.by1)) / ceil(sqrt(max(e.n))), 1e-12) as c
    from e where e.n > 24
    group by e.rid, e.part, e.ring
  ),
  cells as (
    select e.*, b.gx, b.gy, b.c, cx, cy
    from e join big_rings b on b.rid = e.rid and b.part = e.part and b.ring = e.ring
    cross join lateral generate_series(floor((e.bx1 - b.gx) / b.c)::integer, floor((e.bx2 - b.gx) / b.c)::integer) cx
    cross join lateral generate_series(floor((e.by1 - b.gy) / b.c)::integer, floor((e.by2 - b.gy) / b.c)::integer) cy
  ),
  big_pairs as (
    select a.rid, a.part, a.ring, a.i as ai, b.i as bi, a.x1 as px1, a.y1 as py1, a.x2 as px2, a.y2 as py2,
           b.x1 as qx1, b.y1 as qy1, b.x2 as qx2, b.y2 as qy2
    from cells a join cells b on b.rid = a.rid and b.part = a.part and b.ring = a.ring and b.cx = a.cx and b.cy = a.cy
    where b.i > a.i + 1 and not (a.i = 1 and b.i = a.n)
      and a.bx1 <= b.bx2 and b.bx1 <= a.bx2 and a.by1 <= b.by2 and b.by1 <= a.by2
      and a.cx = floor((greatest(a.bx1, b.bx1) - a.gx) / a.c)::integer
      and a.cy = floor((greatest(a.by1, b.by1) - a.gy) / a.c)::integer
  ),
  -- o1 = o(p1, p2, q1), o2 = o(p1, p2, q2), o3 = o(q1, q2, p1), o4 = o(q1, q2, p2), with
  -- o(a, b, c) = (b.x - a.x)(c.y - a.y) - (b.y - a.y)(c.x - a.x)
  oriented as (
    select s.*,
           (s.px2 - s.px1) * (s.qy1 - s.py1) - (s.py2 - s.py1) * (s.qx1 - s.px1) as o1,
           (s.px2 - s.px1) * (s.qy2 - s.py1) - (s.py2 - s.py1) * (s.qx2 - s.px1) as o2,
           (s.qx2 - s.qx1) * (s.py1 - s.qy1) - (s.qy2 - s.qy1) * (s.px1 - s.qx1) as o3,
           (s.qx2 - s.qx1) * (s.py2 - s.qy1) - (s.qy2 - s.qy1) * (s.px2 - s.qx1) as o4
    from (select * from small_pairs union all select * from big_pairs) s
  ),
  -- where two edges meet: the crossing point of a proper crossing, else the first of p1, p2, q1,
  -- q2 that lies on the other edge
  met as (
    select distinct on (o.rid) o.rid, x.at
    from oriented o
    cross join lateral (select case
        when sign(o.o1) * sign(o.o2) < 0 and sign(o.o3) * sign(o.o4) < 0 then
          array[o.px1 + o.o3 / (o.o3 - o.o4) * (o.px2 - o.px1), o.py1 + o.o3 / (o.o3 - o.o4) * (o.py2 - o.py1)]
        when o.o3 = 0 and o.px1 between least(o.qx1, o.qx2) and greatest(o.qx1, o.qx2)
             and o.py1 between least(o.qy1, o.qy2) and greatest(o.qy1, o.qy2) then array[o.px1, o.py1]
        when o.o4 = 0 and o.px2 between least(o.qx1, o.qx2) and greatest(o.qx1, o.qx2)
             and o.py2 between least(o.qy1, o.qy2) and greatest(o.qy1, o.qy2) then array[o.px2, o.py2]
        when o.o1 = 0 and o.qx1 between least(o.px1, o.px2) and greatest(o.px1, o.px2)
             and o.qy1 between least(o.py1, o.py2) and greatest(o.py1, o.py2) then array[o.qx1, o.qy1]
        when o.o2 = 0 and o.qx2 between least(o.px1, o.px2) and greatest(o.px1, o.px2)
             and o.qy2 between least(o.py1, o.py2) and greatest(o.py1, o.py2) then array[o.qx2, o.qy2]
      end as at) x
    where x.at is not null
    order by o.rid, o.part, o.ring, o.ai, o.bi
  ),
  -- turf's ring area, sum of (x[k+1] - x[k-1]) sin(y[k]), taken edge by edge as
  -- x2 sin(y1) - x1 sin(y2), with x measured from the geometry's westmost position so that the
  -- products stay small (the shift cancels around a closed ring)
  origin as (
    select e.rid, min(e.bx1) as x0 from e group by e.rid
  ),
  ring_area as (
    select e.rid, e.part, e.ring,
           abs(sum(radians(e.x2 - o.x0) * sin(radians(e.y1)) - radians(e.x1 - o.x0) * sin(radians(e.y2))))
             * 6378137.0 * 6378137.0 / 2 as a,
           min(e.by1) as miny, max(e.by2) as maxy
    from e join origin o on o.rid = e.rid
    group by e.rid, e.part, e.ring
  ),
  part_area as (
    select r.rid, r.part, sum(case when r.ring = 1 then r.a else -r.a end) as a,
           min(r.miny) as miny, max(r.maxy) as maxy
    from ring_area r group by r.rid, r.part
  ),
  best_part as (
    select distinct on (pa.rid) pa.rid, pa.part, (pa.miny + pa.maxy) / 2 as y
    from part_area pa order by pa.rid, pa.a desc, pa.part
  ),
  crossing as (
    select e.rid, b.y, e.x1 + (b.y - e.y1) * (e.x2 - e.x1) / (e.y2 - e.y1) as x
    from e join best_part b on b.rid = e.rid and b.part = e.part
    where (e.y1 > b.y) <> (e.y2 > b.y)
  ),
  paired as (
    select c.rid, c.y, c.x, (row_number() over (partition by c.rid order by c.x) + 1) / 2 as pair
    from crossing c
  ),
  widest as (
    select distinct on (q.rid) q.rid, q.y, (q.xa + q.xb) / 2 as x
    from (select pd.rid, pd.pair, min(pd.y) as y, min(pd.x) as xa, max(pd.x) as xb
          from paired pd group by pd.rid, pd.pair having count(*) = 2) q
    order by q.rid, q.xb - q.xa desc, q.pair
  )
  select s.rid,
         coalesce(s.problem, case when m.at is not null then 'self_intersection' end),
         case s.problem when 'ring_too_short' then s.short_at[0] when 'ring_unclosed' then s.open_at[0]
                        else m.at[1] end,
         case s.problem when 'ring_too_short' then s.short_at[1] when 'ring_unclosed' then s.open_at[1]
                        else m.at[2] end,
         ra.a, w.x, w.y
  from shape s
  left join met m on m.rid = s.rid
  left join (select pa.rid, sum(pa.a) as a from part_area pa group by pa.rid) ra on ra.rid = s.rid
  left join widest w on w.rid = s.rid
$$;

-- Which polygons each point lies in (inside the outer ring of a part and not inside one of its
-- holes; a point on a boundary counts as inside). Built-in polygons test containment in C; a grid
-- of cells over the polygons' boxes pairs each point with the few polygons whose box holds it.
create function private.points_in(p_rid integer[], p_lon float8[], p_lat float8[], p_key text[], p_geom jsonb[])
returns table (rid integer, key text)
language sql
stable
parallel safe
set search_path = ''
set jit = off
set enable_nestloop = off
set work_mem = '64MB'
as $$
  with poly as (
    select u.key, u.geom, row_number() over ()::integer as k
    from unnest(p_key, p_geom) as u(key, geom)
  ),
  v as (
    select p.rid as k, p.part, p.ring, p.i, p.x, p.y
    from private.polygon_positions(array(select poly.k from poly order by poly.k),
                                   array(select poly.geom from poly order by poly.k)) p
    where p.x is not null
  ),
  rp as (
    select v.k, v.part, v.ring, min(v.x) as bx1, min(v.y) as by1, max(v.x) as bx2, max(v.y) as by2,
           ('(' || string_agg('(' || v.x::text || ',' || v.y::text || ')', ',' order by v.i) || ')')::polygon as poly
    from v group by v.k, v.part, v.ring
    having count(*) >= 4
  ),
  grid as (
    select min(rp.bx1) as gx, min(rp.by1) as gy,
           greatest(greatest(max(rp.bx2 - rp.bx1), max(rp.by2 - rp.by1)) / 64, 1e-9) as c
    from rp where rp.ring = 1
  ),
  rc as (
    select rp.k, rp.part, rp.ring, rp.poly, cx, cy
    from rp cross join grid g
    cross join lateral generate_series(floor((rp.bx1 - g.gx) / g.c)::integer, floor((rp.bx2 - g.gx) / g.c)::integer) cx
    cross join lateral generate_series(floor((rp.by1 - g.gy) / g.c)::integer, floor((rp.by2 - g.gy) / g.c)::integer) cy
    where rp.ring = 1
  ),
  pt as (
    select u.rid, point(u.x, u.y) as pt, floor((u.x - g.gx) / g.c)::integer as cx, floor((u.y - g.gy) / g.c)::integer as cy
    from unnest(p_rid, p_lon, p_lat) as u(rid, x, y) cross join grid g
    where u.x is not null and u.y is not null
  ),
  in_outer as (
    select pt.rid, pt.pt, rc.k, rc.part
    from pt join rc on rc.cx = pt.cx and rc.cy = pt.cy
    where rc.poly @> pt.pt
  ),
  in_hole as (
    select distinct o.rid, o.k, o.part
    from in_outer o join rp on rp.k = o.k and rp.part = o.part and rp.ring > 1
    where rp.poly @> o.pt
  )
  select distinct o.rid, poly.key
  from in_outer o
  join poly on poly.k = o.k
  left join in_hole h on h.rid = o.rid and h.k = o.k and h.part = o.part
  where h.rid is null
$$;

-- Pairs of geometries (all readable, without a geometry problem) whose interiors overlap, by the
-- contract's rule: an edge of one properly crosses an edge of the other (the four orientation
-- signs strictly opposite), or the point on surface of one lies inside the other. Shared edges and
-- shared vertices are not overlaps. Each pair comes once in each direction.
-- Candidate edges meet in a grid of cells about an average edge long, candidate geometries in a
-- grid of cells about an average geometry wide; each pair is counted in the one cell holding the
-- low corner of the overlap of their boxes. The containment test runs on built-in polygons in
-- micro-degrees from the grid's corner, where the type's fuzzy comparisons (1e-6) are exact in
-- effect at the precision of the coordinates.
create function private.polygon_overlaps(p_rid integer[], p_geom jsonb[], p_pos_lon float8[], p_pos_lat float8[])
returns table (rid integer, other integer)
language sql
stable
parallel safe
set search_path = ''
set jit = off
set enable_nestloop = off
set enable_mergejoin = off
set work_mem = '64MB'
as $$
  with v as materialized (
    select p.rid, p.part, p.ring, p.i, p.x, p.y
    from private.polygon_positions(p_rid, p_geom) p
    where p.x is not null
  ),
  e as materialized (
    select w.rid, w.x as x1, w.y as y1, w.nx as x2, w.ny as y2,
           least(w.x, w.nx) as bx1, least(w.y, w.ny) as by1, greatest(w.x, w.nx) as bx2, greatest(w.y, w.ny) as by2
    from (select v.*, lead(v.x) over r as nx, lead(v.y) over r as ny
          from v window r as (partition by v.rid, v.part, v.ring order by v.i)) w
    where w.nx is not null
  ),
  -- an edge shared by two neighbours is one segment: two segments of one valid geometry never
  -- cross properly, so a crossing found between segments is between their geometries
  seg as materialized (
    select least(e.x1, e.x2) as bx1, least(e.y1, e.y2) as by1, greatest(e.x1, e.x2) as bx2, greatest(e.y1, e.y2) as by2,
           s.x1, s.y1, s.x2, s.y2, array_agg(distinct e.rid) as rids
    from e
    cross join lateral (select case when (e.x1, e.y1) < (e.x2, e.y2) then e.x1 else e.x2 end as x1,
                               case when (e.x1, e.y1) < (e.x2, e.y2) then e.y1 else e.y2 end as y1,
                               case when (e.x1, e.y1) < (e.x2, e.y2) then e.x2 else e.x1 end as x2,
                               case when (e.x1, e.y1) < (e.x2, e.y2) then e.y2 else e.y1 end as y2) s
    group by s.x1, s.y1, s.x2, s.y2, least(e.x1, e.x2), least(e.y1, e.y2), greatest(e.x1, e.x2), greatest(e.y1, e.y2)
  ),
  numbered as (
    select seg.*, row_number() over () as sid from seg
  ),
  -- cells smaller than the average segment: more cells per segment, far fewer segments per cell
  eg as (
    select min(n.bx1) as gx, min(n.by1) as gy,
           greatest(avg(greatest(n.bx2 - n.bx1, n.by2 - n.by1)) / 2.5, 1e-9) as c
    from numbered n
  ),
  ec as (
    select n.sid, n.x1, n.y1, n.x2, n.y2, n.bx1, n.by1, n.bx2, n.by2, cx, cy
    from numbered n cross join eg g
    cross join lateral generate_series(floor((n.bx1 - g.gx) / g.c)::integer, floor((n.bx2 - g.gx) / g.c)::integer) cx
    cross join lateral generate_series(floor((n.by1 - g.gy) / g.c)::integer, floor((n.by2 - g.gy) / g.c)::integer) cy
  ),
  crossing_segments as (
    select a.sid as a, b.sid as b
    from ec a join ec b on b.cx = a.cx and b.cy = a.cy
    cross join eg g
    where b.sid > a.sid
      and a.bx1 <= b.bx2 and b.bx1 <= a.bx2 and a.by1 <= b.by2 and b.by1 <= a.by2
      and a.cx = floor((greatest(a.bx1, b.bx1) - g.gx) / g.c)::integer
      and a.cy = floor((greatest(a.by1, b.by1) - g.gy) / g.c)::integer
      and sign((a.x2 - a.x1) * (b.y1 - a.y1) - (a.y2 - a.y1) * (b.x1 - a.x1))
          * sign((a.x2 - a.x1) * (b.y2 - a.y1) - (a.y2 - a.y1) * (b.x2 - a.x1)) < 0
      and sign((b.x2 - b.x1) * (a.y1 - b.y1) - (b.y2 - b.y1) * (a.x1 - b.x1))
          * sign((b.x2 - b.x1) * (a.y2 - b.y1) - (b.y2 - b.y1) * (a.x2 - b.x1)) < 0
  ),
  crossing as (
    select distinct least(ra, rb) as rid, greatest(ra, rb) as other
    from crossing_segments c
    join numbered sa on sa.sid = c.a
    join numbered sb on sb.sid = c.b
    cross join lateral unnest(sa.rids) ra
    cross join lateral unnest(sb.rids) rb
    where ra <> rb
  ),
  rb as (
    select e.rid, min(e.bx1) as bx1, min(e.by1) as by1, max(e.bx2) as bx2, max(e.by2) as by2
    from e group by e.rid
  ),
  rg as (
    select min(rb.bx1) as gx, min(rb.by1) as gy, greatest(avg(greatest(rb.bx2 - rb.bx1, rb.by2 - rb.by1)), 1e-9) as c
    from rb
  ),
  rc as (
    select rb.*, cx, cy
    from rb cross join rg g
    cross join lateral generate_series(floor((rb.bx1 - g.gx) / g.c)::integer, floor((rb.bx2 - g.gx) / g.c)::integer) cx
    cross join lateral generate_series(floor((rb.by1 - g.gy) / g.c)::integer, floor((rb.by2 - g.gy) / g.c)::integer) cy
  ),
  cand as materialized (
    select a.rid, b.rid as other
    from rc a join rc b on b.cx = a.cx and b.cy = a.cy
    cross join rg g
    where b.rid > a.rid
      and a.bx1 <= b.bx2 and b.bx1 <= a.bx2 and a.by1 <= b.by2 and b.by1 <= a.by2
      and a.cx = floor((greatest(a.bx1, b.bx1) - g.gx) / g.c)::integer
      and a.cy = floor((greatest(a.by1, b.by1) - g.gy) / g.c)::integer
  ),
  -- (point of `pt_of`, polygon of `poly_of`) for each candidate pair, both ways, where the point
  -- lies in the polygon's box at all (a neighbour's point on surface seldom does)
  tests as materialized (
    select t.rid, t.other, t.pt_of, t.poly_of, point((u.x - g.gx) * 1e6, (u.y - g.gy) * 1e6) as pt
    from (select c.rid, c.other, c.rid as pt_of, c.other as poly_of from cand c
          union all
          select c.rid, c.other, c.other, c.rid from cand c) t
    join unnest(p_rid, p_pos_lon, p_pos_lat) as u(rid, x, y) on u.rid = t.pt_of
    join rb on rb.rid = t.poly_of
    cross join rg g
    where u.x between rb.bx1 and rb.bx2 and u.y between rb.by1 and rb.by2
  ),
  rp as (
    select v.rid, v.part, v.ring,
           ('(' || string_agg('(' || ((v.x - g.gx) * 1e6)::text || ',' || ((v.y - g.gy) * 1e6)::text || ')', ','
                             order by v.i) || ')')::polygon as poly
    from v cross join rg g
    where v.rid in (select tests.poly_of from tests)
    group by v.rid, v.part, v.ring
  ),
  hits as (
    select t.rid, t.other, t.pt_of, rp.part, rp.ring, rp.poly @> t.pt as hit
    from tests t
    join rp on rp.rid = t.poly_of
  ),
  inside as (
    select distinct h.rid, h.other
    from hits h
    group by h.rid, h.other, h.pt_of, h.part
    having bool_or(h.ring = 1 and h.hit) and not bool_or(h.ring > 1 and h.hit)
  ),
  pairs as (
    select c.rid, c.other from crossing c
    union
    select i.rid, i.other from inside i
  )
  select p.rid, p.other from pairs p
  union all
  select p.other, p.rid from pairs p
$$;

-- The geometries within a road's corridor: a vertex within half the corridor width of the centre
-- line, or the line crossing or touching an edge. Metres by a local equirectangular projection at
-- each vertex's latitude: x = lon · k · cos(lat), y = lat · k, k = π/180 · 6378137 m.
-- Segments' boxes, widened by half the corridor, and the geometries' edges meet in a grid of cells
-- about half a corridor wide.
create function private.in_corridor(p_rid integer[], p_geom jsonb[], p_line jsonb, p_width_m float8)
returns table (rid integer)
language sql
stable
parallel safe
set search_path = ''
set jit = off
set enable_nestloop = off
set work_mem = '64MB'
as $$
  with k as (
    select pi() / 180 * 6378137.0 as k, greatest(coalesce(p_width_m, 0), 0) / 2 as half
  ),
  lp as (
    select l.li, q.i, (q.p ->> 0)::float8 as x, (q.p ->> 1)::float8 as y
    from jsonb_array_elements(case when p_line ->> 'type' = 'LineString' then jsonb_build_array(p_line -> 'coordinates')
                                   else p_line -> 'coordinates' end) with ordinality as l(line, li)
    cross join lateral jsonb_array_elements(l.line) with ordinality as q(p, i)
  ),
  seg as (
    select w.x as x1, w.y as y1, w.nx as x2, w.ny as y2,
           least(w.x, w.nx) - k.half / (k.k * cos(radians(greatest(abs(w.y), abs(w.ny))))) as wx1,
           least(w.y, w.ny) - k.half / k.k as wy1,
           greatest(w.x, w.nx) + k.half / (k.k * cos(radians(greatest(abs(w.y), abs(w.ny))))) as wx2,
           greatest(w.y, w.ny) + k.half / k.k as wy2
    from (select lp.*, lead(lp.x) over r as nx, lead(lp.y) over r as ny
          from lp window r as (partition by lp.li order by lp.i)) w
    cross join k
    where w.nx is not null
  ),
  grid as (
    select min(seg.wx1) as gx, min(seg.wy1) as gy,
           greatest(k.half / k.k, (max(seg.wy2) - min(seg.wy1)) / 4096, 1e-7) as c
    from seg cross join k group by k.half, k.k
  ),
  sc as (
    select seg.*, cx, cy
    from seg cross join grid g
    cross join lateral generate_series(floor((seg.wx1 - g.gx) / g.c)::integer, floor((seg.wx2 - g.gx) / g.c)::integer) cx
    cross join lateral generate_series(floor((seg.wy1 - g.gy) / g.c)::integer, floor((seg.wy2 - g.gy) / g.c)::integer) cy
  ),
  v as materialized (
    select p.rid, p.part, p.ring, p.i, p.x, p.y
    from private.polygon_positions(p_rid, p_geom) p
    where p.x is not null
  ),
  near as (
    select distinct v.rid
    from v cross join grid g cross join k
    join sc on sc.cx = floor((v.x - g.gx) / g.c)::integer and sc.cy = floor((v.y - g.gy) / g.c)::integer
    cross join lateral (
      select (sc.x2 - sc.x1) * k.k * cos(radians(v.y)) as dx, (sc.y2 - sc.y1) * k.k as dy,
             (v.x - sc.x1) * k.k * cos(radians(v.y)) as px, (v.y - sc.y1) * k.k as py
      offset 0
    ) m
    cross join lateral (
      select case when m.dx * m.dx + m.dy * m.dy = 0 then 0
                  else least(greatest((m.px * m.dx + m.py * m.dy) / (m.dx * m.dx + m.dy * m.dy), 0), 1) end as t
      offset 0
    ) c
    where (m.px - c.t * m.dx) ^ 2 + (m.py - c.t * m.dy) ^ 2 <= k.half * k.half
  ),
  e as (
    select w.rid, w.x as x1, w.y as y1, w.nx as x2, w.ny as y2
    from (select v.*, lead(v.x) over r as nx, lead(v.y) over r as ny
          from v window r as (partition by v.rid, v.part, v.ring order by v.i)) w
    where w.nx is not null
  ),
  ec as (
    select e.*, cx, cy
    from e cross join grid g
    cross join lateral generate_series(floor((least(e.x1, e.x2) - g.gx) / g.c)::integer,
                                       floor((greatest(e.x1, e.x2) - g.gx) / g.c)::integer) cx
    cross join lateral generate_series(floor((least(e.y1, e.y2) - g.gy) / g.c)::integer,
                                       floor((greatest(e.y1, e.y2) - g.gy) / g.c)::integer) cy
  ),
  crossed as (
    select distinct ec.rid
    from ec join sc on sc.cx = ec.cx and sc.cy = ec.cy
    where least(ec.x1, ec.x2) <= greatest(sc.x1, sc.x2) and least(sc.x1, sc.x2) <= greatest(ec.x1, ec.x2)
      and least(ec.y1, ec.y2) <= greatest(sc.y1, sc.y2) and least(sc.y1, sc.y2) <= greatest(ec.y1, ec.y2)
      and sign((ec.x2 - ec.x1) * (sc.y1 - ec.y1) - (ec.y2 - ec.y1) * (sc.x1 - ec.x1))
          * sign((ec.x2 - ec.x1) * (sc.y2 - ec.y1) - (ec.y2 - ec.y1) * (sc.x2 - ec.x1)) <= 0
      and sign((sc.x2 - sc.x1) * (ec.y1 - sc.y1) - (sc.y2 - sc.y1) * (ec.x1 - sc.x1))
          * sign((sc.x2 - sc.x1) * (ec.y2 - sc.y1) - (sc.y2 - sc.y1) * (ec.x2 - sc.x1)) <= 0
  )
  select near.rid from near
  union
  select crossed.rid from crossed
$$;

-- The problem of a LineString/MultiLineString (a road's centre line): geometry_missing,
-- coordinates_invalid, or ring_too_short for a line of fewer than two distinct positions.
create function private.line_problem(p_geom jsonb)
returns text
language sql
stable
set search_path = ''
set jit = off
as $$
  with l as (
    select l.line, l.li
    from jsonb_array_elements(case when jsonb_typeof(p_geom -> 'coordinates') <> 'array' then '[]'::jsonb
                                   when p_geom ->> 'type' = 'LineString' then jsonb_build_array(p_geom -> 'coordinates')
                                   else p_geom -> 'coordinates' end) with ordinality as l(line, li)
  ),
  q as (
    select l.li, q.p,
           jsonb_typeof(q.p) = 'array' and jsonb_typeof(q.p -> 0) = 'number' and jsonb_typeof(q.p -> 1) = 'number'
           and (q.p -> 0)::numeric between -180 and 180 and (q.p -> 1)::numeric between -90 and 90 as ok
    from l left join lateral jsonb_array_elements(case when jsonb_typeof(l.line) = 'array' then l.line
                                                       else '[]'::jsonb end) as q(p) on true
  ),
  per_line as (
    select q.li, bool_and(coalesce(q.ok, false)) as ok,
           count(distinct array[(q.p -> 0)::numeric, (q.p -> 1)::numeric]) filter (where q.ok) as distinct_positions
    from q group by q.li
  )
  select case
      when p_geom is null or jsonb_typeof(p_geom) <> 'object' or p_geom -> 'coordinates' = '[]'::jsonb
           or jsonb_typeof(p_geom -> 'coordinates') is distinct from 'array' then 'geometry_missing'
      when p_geom ->> 'type' not in ('LineString', 'MultiLineString') then 'geometry_type'
      when exists (select 1 from per_line where not per_line.ok) then 'coordinates_invalid'
      when exists (select 1 from per_line where per_line.distinct_positions < 2) then 'ring_too_short'
    end
$$;
-- ---------------------------------------------------------------- geometry end

revoke all on function private.plain_ring_pattern() from public, anon, authenticated;
revoke all on function private.polygon_positions(integer[], jsonb[]) from public, anon, authenticated;
revoke all on function private.polygon_facts(integer[], jsonb[]) from public, anon, authenticated;
revoke all on function private.points_in(integer[], float8[], float8[], text[], jsonb[]) from public, anon, authenticated;
revoke all on function private.polygon_overlaps(integer[], jsonb[], float8[], float8[]) from public, anon, authenticated;
revoke all on function private.in_corridor(integer[], jsonb[], jsonb, float8) from public, anon, authenticated;
revoke all on function private.line_problem(jsonb) from public, anon, authenticated;

-- ---------------------------------------------------------------- the import record

-- Every committed import: who, when, the file and the choices made for it (CRS, axis order,
-- encoding, field mapping), and what it did. Readable by admins, leaders and officers (the import
-- page remembers a project's field mapping from its latest run); never by anon, and written only
-- by the import RPCs.
create table public.import_runs (
  id uuid primary key default gen_random_uuid(),
  layer text not null check (layer in ('parcels', 'project_geometry', 'admin_units')),
  project_id uuid references public.projects (id),
  actor uuid not null,
  created_at timestamptz not null default now(),
  file_name text not null check (file_name <> ''),
  format text not null check (format in ('shapefile', 'kml', 'kmz', 'dxf', 'geojson', 'csv')),
  crs text not null check (crs <> ''),
  crs_proj4 text,
  axis_swapped boolean not null,
  encoding text check (encoding in ('utf-8', 'windows-1258', 'tcvn3', 'vni')),
  mapping jsonb not null check (jsonb_typeof(mapping) = 'object'),
  counts jsonb not null,
  check ((layer = 'admin_units') = (project_id is null))
);
alter table public.import_runs enable row level security;
create index import_runs_project_idx on public.import_runs (project_id, created_at desc);
create index import_runs_actor_idx on public.import_runs (actor);

-- The original coordinates of each imported row, as the file had them, so that an import made
-- with a wrong CRS can be re-run from the record. Readable by admins, leaders and the run's actor.
-- parcel_id and unit_id are plain ids, not foreign keys: a foreign key to parcels would make
-- TRUNCATE of parcels fail on the reference before its trigger can refuse it with its own message,
-- and the record outlives what it names.
create table public.import_sources (
  run_id uuid not null references public.import_runs (id) on delete cascade,
  "row" integer not null check ("row" >= 1),
  parcel_id uuid,
  unit_id text,
  source_geom jsonb,
  primary key (run_id, "row")
);
alter table public.import_sources enable row level security;
create index import_sources_parcel_idx on public.import_sources (parcel_id);

create policy import_runs_select on public.import_runs for select to authenticated
  using ((select private.has_role('admin')) or (select private.has_role('leader'))
         or (select private.has_role('officer')));

create policy import_sources_select on public.import_sources for select to authenticated
  using ((select private.has_role('admin')) or (select private.has_role('leader'))
         or run_id in (select r.id from public.import_runs r where r.actor = (select private.current_user_id())));

-- The ImportMeta fields every import sends (src/domain/import-types.ts), or why they are wrong.
create function private.import_meta_error(p jsonb)
returns text
language sql
immutable
set search_path = ''
set jit = off
as $$
  select case
    when jsonb_typeof(p -> 'file_name') is distinct from 'string' or btrim(p ->> 'file_name') = ''
         or length(p ->> 'file_name') > 255 then 'file_name phải là tên tệp (tối đa 255 ký tự).'
    when (p ->> 'format') is null or jsonb_typeof(p -> 'format') <> 'string'
         or (p ->> 'format') not in ('shapefile', 'kml', 'kmz', 'dxf', 'geojson', 'csv')
      then 'format phải là một trong: shapefile, kml, kmz, dxf, geojson, csv.'
    when jsonb_typeof(p -> 'crs') is distinct from 'string' or btrim(p ->> 'crs') = '' or length(p ->> 'crs') > 200
      then 'crs phải mô tả hệ toạ độ đã chọn (tối đa 200 ký tự).'
    when coalesce(jsonb_typeof(p -> 'crs_proj4'), 'null') not in ('null', 'string') or length(p ->> 'crs_proj4') > 2000
      then 'crs_proj4 phải là chuỗi proj4 (tối đa 2.000 ký tự) hoặc null.'
    when jsonb_typeof(p -> 'axis_swapped') is distinct from 'boolean' then 'axis_swapped phải là true hoặc false.'
    when coalesce(jsonb_typeof(p -> 'encoding'), 'null') <> 'null'
         and (jsonb_typeof(p -> 'encoding') <> 'string'
              or (p ->> 'encoding') not in ('utf-8', 'windows-1258', 'tcvn3', 'vni'))
      then 'encoding phải là một trong: utf-8, windows-1258, tcvn3, vni, hoặc null.'
    when jsonb_typeof(p -> 'mapping') is distinct from 'object' or length((p -> 'mapping')::text) > 20000
      then 'mapping phải là một đối tượng JSON (cột nguồn của từng trường).'
    when jsonb_typeof(p -> 'dry_run') is distinct from 'boolean' then 'dry_run phải là true hoặc false.'
  end
$$;

-- @supabase/lite 0.10 hands a jsonb argument over as a JSON string holding the document (hosted
-- PostgREST passes the document itself): the import RPCs unwrap it so both backends behave alike.
create function private.import_document(p jsonb)
returns jsonb
language plpgsql
immutable
set search_path = ''
set jit = off
as $$
begin
  if jsonb_typeof(p) = 'string' then
    begin
      p := (p #>> '{}')::jsonb;
    exception when invalid_text_representation then
      raise exception 'Dữ liệu nhập không phải JSON hợp lệ.' using errcode = '22P02';
    end;
  end if;
  if p is null or jsonb_typeof(p) <> 'object' then
    raise exception 'Dữ liệu nhập phải là một đối tượng JSON.' using errcode = '22023';
  end if;
  return p;
end
$$;

-- The order problems are listed in within a row (that of ProblemCode in src/domain/import-types.ts).
create function private.problem_order(p_code text)
returns integer
language sql
immutable
set search_path = ''
set jit = off
as $$
  select array_position(array['geometry_missing', 'geometry_type', 'ring_unclosed', 'ring_too_short',
    'coordinates_invalid', 'self_intersection', 'outside_province', 'outside_project', 'field_missing',
    'area_invalid', 'area_mismatch', 'land_type_unknown', 'duplicate_in_file', 'duplicate_in_database', 'overlap',
    'not_in_area', 'private_not_allowed', 'unit_invalid'], p_code)
$$;

-- The admin units a point can be assigned to today, with their geometry: provinces and communes
-- valid today (Vietnam's date), districts of any date (the 2024 structure).
create function private.assignable_units(p_today date)
returns table (id text, level text, valid_to date, geom jsonb)
language sql
stable
set search_path = ''
set jit = off
as $$
  select u.id, u.level, u.valid_to, u.geom from public.admin_units u
  where u.geom is not null
    and (u.level = 'district'
         or ((u.valid_from is null or u.valid_from <= p_today) and (u.valid_to is null or u.valid_to >= p_today)))
$$;

-- The checks a call with rows starts with, once its caller may import: the ImportMeta fields,
-- then the rows (an array of 1 to 100,000 elements). Answers the rows; `p_what` names them in the
-- messages ("thửa đất", "đơn vị hành chính").
create function private.import_rows(p_import jsonb, p_what text)
returns jsonb
language plpgsql
immutable
set search_path = ''
as $$
declare
  v_error text := private.import_meta_error(p_import);
  v_rows jsonb := p_import -> 'rows';
begin
  if v_error is not null then
    raise exception '%', v_error using errcode = '22023';
  end if;
  if jsonb_typeof(v_rows) is distinct from 'array' then
    raise exception 'rows phải là một mảng các %.', p_what using errcode = '22023';
  end if;
  if jsonb_array_length(v_rows) = 0 then
    raise exception 'Không có % nào để nhập.', p_what using errcode = '22023';
  end if;
  if jsonb_array_length(v_rows) > 100000 then
    raise exception 'Mỗi lần nhập tối đa 100.000 dòng (đã gửi %).', jsonb_array_length(v_rows)
      using errcode = '54000', hint = 'Split the file.';
  end if;
  return v_rows;
end
$$;

revoke all on function private.import_meta_error(jsonb) from public, anon, authenticated;
revoke all on function private.import_rows(jsonb, text) from public, anon, authenticated;
revoke all on function private.import_document(jsonb) from public, anon, authenticated;
revoke all on function private.problem_order(text) from public, anon, authenticated;
revoke all on function private.assignable_units(date) from public, anon, authenticated;

-- ---------------------------------------------------------------- import_parcels

-- import_parcels: a file's parcels into one project, all or nothing (the contract's RPC 1).
-- p_import = ImportMeta + project_id + dry_run + rows (ParcelImportRow[]). Answers ImportAnswer:
-- {run_id, committed, counts {new, updated, unchanged, refused}, problems [{row, code, at, detail,
-- other_row}]}. A dry run, or a commit with any problem, writes nothing.
-- Every figure is recomputed here from the coordinates: the drawn area, the point on surface, the
-- units the point lies in (commune and district: the identity; the commune, else the district,
-- else the province: admin_unit_id of a new parcel), validity, duplicates and overlaps.
-- A matched parcel (same project and identity) is updated: geometry, land type, legal area and
-- units, version + 1; its stage, blocker and history stay. Owner and household go to
-- parcel_private, for admins and the officers of the row's unit only.
create function public.import_parcels(p_import jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
-- the temp tables of an earlier call are dropped first: no notice for each
set client_min_messages = warning
set jit = off
set work_mem = '64MB'
as $$
declare
  v_admin boolean;
  v_units text[] := '{}';
  v_project public.projects;
  v_rows jsonb;
  v_bad_row integer;
  v_today date := (now() at time zone interval '+07:00')::date;
  v_counts jsonb;
  v_problems jsonb;
  v_refused integer;
  v_run uuid;
begin
  p_import := private.import_document(p_import);
  v_admin := private.has_role('admin');
  if not v_admin then
    select coalesce(array_agg(u), '{}') into v_units from private.officer_unit_ids() as u;
    if cardinality(v_units) = 0 then
      raise exception 'Chỉ quản trị viên và cán bộ phụ trách địa bàn được nhập thửa đất.' using errcode = '42501';
    end if;
  end if;

  v_rows := private.import_rows(p_import, 'thửa đất');
  if jsonb_typeof(p_import -> 'project_id') is distinct from 'string'
     or (p_import ->> 'project_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception 'project_id phải là mã (UUID) của một dự án.' using errcode = '22023';
  end if;
  select * into v_project from public.projects p where p.id = (p_import ->> 'project_id')::uuid;
  if not found then
    raise exception 'Không tìm thấy dự án %.', p_import ->> 'project_id' using errcode = '22023';
  end if;
  if v_project.retired_at is not null then
    raise exception 'Dự án % đã dừng theo dõi: không nhập thêm thửa đất.', v_project.code using errcode = '22023';
  end if;

  -- the rows as sent: each an object with its own positive, unique row number
  v_bad_row := private.bad_import_row(v_rows);
  if v_bad_row is not null then
    raise exception 'Phần tử thứ % của rows không hợp lệ: mỗi dòng là một đối tượng có số dòng (row) nguyên dương, không trùng với dòng khác.',
      v_bad_row using errcode = '22023';
  end if;

  drop table if exists pg_temp.import_parcel_rows;
  create temp table import_parcel_rows on commit drop as
  select (e.r -> 'row')::numeric::integer as n,
         nullif(btrim(case when jsonb_typeof(e.r -> 'map_sheet') in ('string', 'number') then e.r ->> 'map_sheet' end), '')
           as map_sheet,
         nullif(btrim(case when jsonb_typeof(e.r -> 'parcel_no') in ('string', 'number') then e.r ->> 'parcel_no' end), '')
           as parcel_no,
         nullif(upper(btrim(case when jsonb_typeof(e.r -> 'land_type') = 'string' then e.r ->> 'land_type' end)), '')
           as land_type,
         case when jsonb_typeof(e.r -> 'area_m2') = 'number' then (e.r -> 'area_m2')::numeric end as area,
         case when coalesce(jsonb_typeof(e.r -> 'area_m2'), 'null') = 'null' then 'missing'
              when jsonb_typeof(e.r -> 'area_m2') <> 'number' or (e.r -> 'area_m2')::numeric <= 0 then 'invalid'
              else 'ok' end as area_state,
         e.r -> 'geom' as geom,
         e.r -> 'source_geom' as source_geom,
         nullif(btrim(case when jsonb_typeof(e.r -> 'owner_name') = 'string' then e.r ->> 'owner_name' end), '') as owner,
         nullif(btrim(case when jsonb_typeof(e.r -> 'household') = 'string' then e.r ->> 'household' end), '') as household
  from jsonb_array_elements(v_rows) as e(r);

  -- the geometry of every row: problem, area, point on surface; then the units it lies in
  drop table if exists pg_temp.import_parcel_state;
  create temp table import_parcel_state on commit drop as
  with f as (
    select * from private.polygon_facts(array(select r.n from pg_temp.import_parcel_rows r order by r.n),
                                        array(select r.geom from pg_temp.import_parcel_rows r order by r.n))
  ),
  u as (
    select * from private.assignable_units(v_today)
  ),
  hits as (
    select h.rid, h.key from private.points_in(
      array(select f.rid from f where f.problem is null and f.pos_lon is not null order by f.rid),
      array(select f.pos_lon from f where f.problem is null and f.pos_lon is not null order by f.rid),
      array(select f.pos_lat from f where f.problem is null and f.pos_lon is not null order by f.rid),
      array(select u.id from u order by u.id), array(select u.geom from u order by u.id)) h
  ),
  assigned as (
    select h.rid,
           min(h.key) filter (where u.level = 'province') as province_id,
           (array_agg(h.key order by u.valid_to desc nulls first, h.key) filter (where u.level = 'district'))[1]
             as district_id,
           min(h.key) filter (where u.level = 'commune') as commune_id
    from hits h join u on u.id = h.key
    group by h.rid
  )
  select r.*, f.problem, f.at_lon, f.at_lat, f.area_m2 as drawn, f.pos_lon, f.pos_lat,
         a.province_id, a.district_id, a.commune_id,
         coalesce(a.commune_id, a.district_id) as ukey,
         coalesce(a.commune_id, a.district_id, a.province_id) as unit,
         jsonb_build_object('type', r.geom -> 'type', 'coordinates', r.geom -> 'coordinates') as clean_geom,
         null::uuid as match_id, null::text as match_unit, null::text as status, null::boolean as parcel_changed,
         gen_random_uuid() as new_id
  from pg_temp.import_parcel_rows r
  join f on f.rid = r.n
  left join assigned a on a.rid = r.n;
  create unique index on pg_temp.import_parcel_state (n);
  analyze pg_temp.import_parcel_state;

  -- the parcels of this project with the same identity
  update pg_temp.import_parcel_state s
  set match_id = p.id, match_unit = p.admin_unit_id,
      parcel_changed = not (p.geom = s.clean_geom and p.land_type is not distinct from s.land_type
                            and p.area_m2 = s.area and p.commune_id is not distinct from s.commune_id
                            and p.district_id is not distinct from s.district_id)
  from public.parcels p
  where s.problem is null and s.pos_lon is not null and s.map_sheet is not null and s.parcel_no is not null
    and p.project_id = v_project.id and p.map_sheet = s.map_sheet and p.parcel_no = s.parcel_no
    and coalesce(p.commune_id, p.district_id, '') = coalesce(s.ukey, '');

  drop table if exists pg_temp.import_problems;
  create temp table import_problems (n integer, code text, at_lon float8, at_lat float8, detail text,
                                     other_row integer) on commit drop;

  -- the row's own fields
  insert into pg_temp.import_problems (n, code, at_lon, at_lat, detail)
  select s.n, x.code, s.pos_lon, s.pos_lat, x.detail
  from pg_temp.import_parcel_state s
  cross join lateral (values
    (case when s.map_sheet is null then 'field_missing' end, 'map_sheet'),
    (case when s.parcel_no is null then 'field_missing' end, 'parcel_no'),
    (case when s.land_type is null then 'field_missing' end, 'land_type'),
    (case when s.area_state = 'missing' then 'field_missing' end, 'area_m2'),
    (case when s.area_state = 'invalid' then 'area_invalid' end, null),
    (case when s.land_type is not null and not exists (select 1 from public.land_types t where t.code = s.land_type)
          then 'land_type_unknown' end, s.land_type),
    (case when (s.owner is not null or s.household is not null) and not v_admin
               and (s.unit is null or not s.unit = any (v_units)) then 'private_not_allowed' end, null)
  ) as x(code, detail)
  where x.code is not null;

  -- the geometry's own problem; rows that have one get no check that needs their point on surface
  insert into pg_temp.import_problems (n, code, at_lon, at_lat)
  select s.n, s.problem, s.at_lon, s.at_lat from pg_temp.import_parcel_state s where s.problem is not null;

  insert into pg_temp.import_problems (n, code, at_lon, at_lat, detail)
  select s.n, x.code, s.pos_lon, s.pos_lat, x.detail
  from pg_temp.import_parcel_state s
  cross join lateral (values
    (case when s.province_id is null then 'outside_province' end, null::text),
    (case when s.province_id is not null and not v_admin
               and (not s.unit = any (v_units) or (s.match_unit is not null and not s.match_unit = any (v_units)))
          then 'not_in_area' end, null),
    (case when s.area_state = 'ok' and abs(s.area - s.drawn::numeric) > 0.1 * s.drawn::numeric
          then 'area_mismatch' end, round(s.drawn::numeric, 1)::text)
  ) as x(code, detail)
  where s.problem is null and x.code is not null;

  -- outside the project's outline, or away from its centre line
  if v_project.geom ->> 'type' in ('Polygon', 'MultiPolygon') then
    insert into pg_temp.import_problems (n, code, at_lon, at_lat)
    select s.n, 'outside_project', s.pos_lon, s.pos_lat
    from pg_temp.import_parcel_state s
    where s.problem is null and s.pos_lon is not null
      and s.n not in (select i.rid from private.points_in(
        array(select s2.n from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
        array(select s2.pos_lon from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
        array(select s2.pos_lat from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
        array['project'], array[v_project.geom]) i);
  elsif v_project.geom ->> 'type' in ('LineString', 'MultiLineString') then
    insert into pg_temp.import_problems (n, code, at_lon, at_lat)
    select s.n, 'outside_project', s.pos_lon, s.pos_lat
    from pg_temp.import_parcel_state s
    where s.problem is null
      and s.n not in (select c.rid from private.in_corridor(
        array(select s2.n from pg_temp.import_parcel_state s2 where s2.problem is null order by s2.n),
        array(select s2.clean_geom from pg_temp.import_parcel_state s2 where s2.problem is null order by s2.n),
        v_project.geom, v_project.corridor_width_m::float8) c);
  end if;

  -- the same identity twice in the file: each row names the lowest other row of its group
  insert into pg_temp.import_problems (n, code, at_lon, at_lat, other_row)
  select d.n, 'duplicate_in_file', d.pos_lon, d.pos_lat, case when d.n = d.first_n then d.second_n else d.first_n end
  from (select s.n, s.pos_lon, s.pos_lat, count(*) over w as same,
               first_value(s.n) over w as first_n, nth_value(s.n, 2) over w as second_n
        from pg_temp.import_parcel_state s
        where s.problem is null and s.province_id is not null and s.map_sheet is not null and s.parcel_no is not null
        window w as (partition by s.ukey, s.map_sheet, s.parcel_no order by s.n
                     rows between unbounded preceding and unbounded following)) d
  where d.same > 1;

  -- that identity is a parcel of another project
  insert into pg_temp.import_problems (n, code, at_lon, at_lat, detail)
  select s.n, 'duplicate_in_database', s.pos_lon, s.pos_lat, min(pr.code)
  from pg_temp.import_parcel_state s
  join public.parcels p on p.map_sheet = s.map_sheet and p.parcel_no = s.parcel_no
    and coalesce(p.commune_id, p.district_id, '') = coalesce(s.ukey, '') and p.project_id <> v_project.id
  join public.projects pr on pr.id = p.project_id
  where s.problem is null and s.province_id is not null
  group by s.n, s.pos_lon, s.pos_lat;

  -- interiors overlapping another row's
  insert into pg_temp.import_problems (n, code, at_lon, at_lat, other_row)
  select o.rid, 'overlap', min(s.pos_lon), min(s.pos_lat), min(o.other)
  from private.polygon_overlaps(
    array(select s2.n from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
    array(select s2.clean_geom from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
    array(select s2.pos_lon from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n),
    array(select s2.pos_lat from pg_temp.import_parcel_state s2 where s2.problem is null and s2.pos_lon is not null order by s2.n)) o
  join pg_temp.import_parcel_state s on s.n = o.rid
  group by o.rid;

  -- what each accepted row would do
  update pg_temp.import_parcel_state s
  set status = case
      when s.match_id is null then 'new'
      when s.parcel_changed then 'updated'
      when (s.owner is not null and s.owner is distinct from x.owner_name)
           or (s.household is not null and s.household is distinct from x.household) then 'updated'
      else 'unchanged' end
  from (select s2.n, pp.owner_name, pp.household
        from pg_temp.import_parcel_state s2 left join public.parcel_private pp on pp.parcel_id = s2.match_id) x
  where x.n = s.n and not exists (select 1 from pg_temp.import_problems pr where pr.n = s.n);

  select count(distinct pr.n) into v_refused from pg_temp.import_problems pr;
  select jsonb_build_object(
           'new', count(*) filter (where s.status = 'new'),
           'updated', count(*) filter (where s.status = 'updated'),
           'unchanged', count(*) filter (where s.status = 'unchanged'),
           'refused', v_refused)
  into v_counts
  from pg_temp.import_parcel_state s;
  select coalesce(jsonb_agg(jsonb_build_object(
           'row', pr.n, 'code', pr.code,
           'at', case when pr.at_lon is not null then jsonb_build_array(pr.at_lon, pr.at_lat) end,
           'detail', pr.detail, 'other_row', pr.other_row)
         order by pr.n, private.problem_order(pr.code), pr.detail), '[]'::jsonb)
  into v_problems
  from pg_temp.import_problems pr;

  if (p_import ->> 'dry_run')::boolean or v_refused > 0 then
    return jsonb_build_object('run_id', null, 'committed', false, 'counts', v_counts, 'problems', v_problems);
  end if;

  -- One import of a project at a time: a second waits, then finds the first one's parcels as
  -- matches. Its checks above were made before the wait, so the identities are looked up again.
  perform pg_advisory_xact_lock(hashtextextended('import_parcels:' || v_project.id::text, 0));
  if exists (select 1 from pg_temp.import_parcel_state s
             join public.parcels p on p.project_id = v_project.id and p.map_sheet = s.map_sheet
               and p.parcel_no = s.parcel_no and coalesce(p.commune_id, p.district_id, '') = coalesce(s.ukey, '')
             where s.status = 'new') then
    raise exception 'Một lần nhập khác vừa ghi thửa đất của dự án này; hãy chạy kiểm tra (dry run) lại rồi ghi.'
      using errcode = '40001';
  end if;

  insert into public.import_runs (layer, project_id, actor, file_name, format, crs, crs_proj4, axis_swapped,
                                  encoding, mapping, counts)
  values ('parcels', v_project.id, auth.uid(), btrim(p_import ->> 'file_name'), p_import ->> 'format',
          btrim(p_import ->> 'crs'), p_import ->> 'crs_proj4', (p_import ->> 'axis_swapped')::boolean,
          p_import ->> 'encoding', p_import -> 'mapping', v_counts)
  returning id into v_run;

  insert into public.parcels (id, project_id, admin_unit_id, commune_id, district_id, map_sheet, parcel_no, land_type,
                              area_m2, geom)
  select s.new_id, v_project.id, s.unit, s.commune_id, s.district_id, s.map_sheet, s.parcel_no, s.land_type,
         s.area, s.clean_geom
  from pg_temp.import_parcel_state s
  where s.status = 'new';

  update public.parcels p
  set geom = s.clean_geom, land_type = s.land_type, area_m2 = s.area, commune_id = s.commune_id,
      district_id = s.district_id, version = p.version + 1
  from pg_temp.import_parcel_state s
  where s.status = 'updated' and s.parcel_changed and p.id = s.match_id;

  insert into public.parcel_private as pp (parcel_id, owner_name, household)
  select coalesce(s.match_id, s.new_id), s.owner, s.household
  from pg_temp.import_parcel_state s
  where s.status in ('new', 'updated') and (s.owner is not null or s.household is not null)
  on conflict (parcel_id) do update
  set owner_name = coalesce(excluded.owner_name, pp.owner_name), household = coalesce(excluded.household, pp.household),
      updated_at = now();

  insert into public.import_sources (run_id, "row", parcel_id, source_geom)
  select v_run, s.n, coalesce(s.match_id, s.new_id), s.source_geom
  from pg_temp.import_parcel_state s;

  return jsonb_build_object('run_id', v_run, 'committed', true, 'counts', v_counts, 'problems', '[]'::jsonb);
end
$$;

-- anon has no import path at all (refused 42501 by the API before the function runs)
revoke all on function public.import_parcels(jsonb) from public, anon;
grant execute on function public.import_parcels(jsonb) to authenticated;

-- ---------------------------------------------------------------- import_admin_units

-- A 'YYYY-MM-DD' text as a date, or null when it is not one (never an error).
create function private.iso_date(p_text text)
returns date
language sql
immutable
set search_path = ''
set jit = off
as $$
  select case when m is not null and m[2]::integer between 1 and 12 and m[3]::integer >= 1 and m[1]::integer >= 1
                   and m[3]::integer <= extract(day from make_date(m[1]::integer, m[2]::integer, 1)
                                                         + interval '1 month - 1 day')
              then make_date(m[1]::integer, m[2]::integer, m[3]::integer) end
  from (select regexp_match(p_text, '^([0-9]{4})-([0-9]{2})-([0-9]{2})$') as m) x
$$;

-- The first element of an import's rows that is not an object with a positive, unique row number.
create function private.bad_import_row(p_rows jsonb)
returns integer
language sql
immutable
set search_path = ''
set jit = off
as $$
  with e as (
    select e.n, e.r -> 'row' as k,
           jsonb_typeof(e.r) <> 'object' or jsonb_typeof(e.r -> 'row') is distinct from 'number'
           or (e.r -> 'row')::numeric <> trunc((e.r -> 'row')::numeric)
           or (e.r -> 'row')::numeric not between 1 and 1000000000 as bad
    from jsonb_array_elements(p_rows) with ordinality as e(r, n)
  )
  select least((select min(e.n) from e where e.bad),
               (select min(d.second) from (select max(e.n) as second from e where not e.bad
                                           group by e.k having count(*) > 1) d))::integer
$$;

-- import_admin_units: boundaries of provinces, districts and communes, upserted by id (the
-- contract's RPC 2; admins only). After a commit every parcel's commune_id and district_id are
-- assigned again by its point on surface (admin_unit_id stays: it holds access and totals); a
-- reassignment that would give two parcels of a project the same identity is a problem
-- (unit_invalid, detail identity_collision) and nothing is written. Answers ImportAnswer plus
-- reassigned_parcels: how many parcels' commune or district changes (or would, in a dry run).
create function public.import_admin_units(p_import jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
-- the temp tables of an earlier call are dropped first: no notice for each
set client_min_messages = warning
set jit = off
set work_mem = '64MB'
as $$
declare
  v_rows jsonb;
  v_bad_row integer;
  v_today date := (now() at time zone interval '+07:00')::date;
  v_counts jsonb;
  v_problems jsonb;
  v_refused integer;
  v_reassigned integer;
  v_run uuid;
begin
  p_import := private.import_document(p_import);
  if not private.has_role('admin') then
    raise exception 'Chỉ quản trị viên được nhập ranh giới đơn vị hành chính.' using errcode = '42501';
  end if;
  v_rows := private.import_rows(p_import, 'đơn vị hành chính');
  v_bad_row := private.bad_import_row(v_rows);
  if v_bad_row is not null then
    raise exception 'Phần tử thứ % của rows không hợp lệ: mỗi dòng là một đối tượng có số dòng (row) nguyên dương, không trùng với dòng khác.',
      v_bad_row using errcode = '22023';
  end if;

  -- One boundary import at a time: the reassignment reads every parcel and every unit.
  perform pg_advisory_xact_lock(hashtextextended('import_admin_units', 0));

  drop table if exists pg_temp.import_unit_rows;
  create temp table import_unit_rows on commit drop as
  with r as (
    select (e.r -> 'row')::numeric::integer as n,
           btrim(case when jsonb_typeof(e.r -> 'id') in ('string', 'number') then e.r ->> 'id' end) as id,
           btrim(case when jsonb_typeof(e.r -> 'name') = 'string' then e.r ->> 'name' end) as name,
           lower(btrim(case when jsonb_typeof(e.r -> 'level') = 'string' then e.r ->> 'level' end)) as level,
           nullif(btrim(case when jsonb_typeof(e.r -> 'parent_id') in ('string', 'number') then e.r ->> 'parent_id' end), '')
             as parent_id,
           case when jsonb_typeof(e.r -> 'valid_from') = 'string' then e.r ->> 'valid_from' end as from_text,
           case when jsonb_typeof(e.r -> 'valid_to') = 'string' then e.r ->> 'valid_to' end as to_text,
           coalesce(jsonb_typeof(e.r -> 'valid_from'), 'null') not in ('null', 'string')
             or coalesce(jsonb_typeof(e.r -> 'valid_to'), 'null') not in ('null', 'string') as dates_bad_type,
           e.r -> 'geom' as geom,
           e.r -> 'source_geom' as source_geom
    from jsonb_array_elements(v_rows) as e(r)
  )
  select r.*, private.iso_date(r.from_text) as valid_from, private.iso_date(r.to_text) as valid_to,
         jsonb_build_object('type', r.geom -> 'type', 'coordinates', r.geom -> 'coordinates') as clean_geom,
         f.problem, f.at_lon, f.at_lat, f.pos_lon, f.pos_lat,
         count(*) over (partition by r.id) as same_id,
         min(r.n) over (partition by r.id) as first_n,
         nth_value(r.n, 2) over (partition by r.id order by r.n rows between unbounded preceding and unbounded following)
           as second_n
  from r
  join private.polygon_facts(array(select r.n from r order by r.n), array(select r.geom from r order by r.n)) f
    on f.rid = r.n;

  drop table if exists pg_temp.import_problems;
  create temp table import_problems (n integer, code text, at_lon float8, at_lat float8, detail text,
                                     other_row integer) on commit drop;

  insert into pg_temp.import_problems (n, code, at_lon, at_lat)
  select s.n, s.problem, s.at_lon, s.at_lat from pg_temp.import_unit_rows s where s.problem is not null;

  insert into pg_temp.import_problems (n, code, at_lon, at_lat, detail, other_row)
  select s.n, x.code, s.pos_lon, s.pos_lat, x.detail, x.other_row
  from pg_temp.import_unit_rows s
  -- the unit's parent as it will be: the file's row of that id, else the unit already there
  left join pg_temp.import_unit_rows fp on fp.id = s.parent_id and fp.same_id = 1
  left join public.admin_units dp on dp.id = s.parent_id
  cross join lateral (select coalesce(fp.level, dp.level) as parent_level) pl
  cross join lateral (values
    (case when s.id is null or s.id !~ '^[0-9]{2,5}$' then 'unit_invalid' end, 'id', null::integer),
    (case when s.id ~ '^[0-9]{2,5}$' and s.same_id > 1 then 'duplicate_in_file' end, null,
     case when s.n = s.first_n then s.second_n else s.first_n end),
    (case when coalesce(s.name, '') = '' or length(s.name) > 200 then 'unit_invalid' end, 'name', null),
    (case when s.level is null or s.level not in ('province', 'district', 'commune') then 'unit_invalid' end, 'level', null),
    (case when s.level in ('province', 'district', 'commune') and (
            (s.level = 'province') <> (s.parent_id is null)
            or s.parent_id = s.id
            or (s.parent_id is not null and pl.parent_level is null)
            or (s.level = 'district' and pl.parent_level <> 'province')
            or (s.level = 'commune' and pl.parent_level not in ('province', 'district')))
          then 'unit_invalid' end, 'parent', null),
    (case when s.dates_bad_type or (s.from_text is not null and s.valid_from is null)
               or (s.to_text is not null and s.valid_to is null) or s.valid_to < s.valid_from
          then 'unit_invalid' end, 'dates', null)
  ) as x(code, detail, other_row)
  where x.code is not null;

  -- Every parcel's units as they will be, from the units of the file (those without a problem)
  -- and the others already there.
  drop table if exists pg_temp.import_unit_assign;
  create temp table import_unit_assign on commit drop as
  with merged as (
    select s.id, s.level, s.valid_from, s.valid_to, s.clean_geom as geom
    from pg_temp.import_unit_rows s
    where not exists (select 1 from pg_temp.import_problems pr where pr.n = s.n)
    union all
    select u.id, u.level, u.valid_from, u.valid_to, u.geom
    from public.admin_units u
    where u.geom is not null and not exists (select 1 from pg_temp.import_unit_rows s where s.id = u.id)
  ),
  assignable as (
    select m.* from merged m
    where m.level = 'district'
       or ((m.valid_from is null or m.valid_from <= v_today) and (m.valid_to is null or m.valid_to >= v_today))
  ),
  parcels as (
    select p.id, p.project_id, p.map_sheet, p.parcel_no, p.commune_id, p.district_id, p.geom,
           row_number() over (order by p.id)::integer as k
    from public.parcels p
  ),
  f as (
    select * from private.polygon_facts(array(select p.k from parcels p order by p.k),
                                        array(select p.geom from parcels p order by p.k))
  ),
  hits as (
    select h.rid, h.key from private.points_in(
      array(select f.rid from f where f.pos_lon is not null order by f.rid),
      array(select f.pos_lon from f where f.pos_lon is not null order by f.rid),
      array(select f.pos_lat from f where f.pos_lon is not null order by f.rid),
      array(select a.id from assignable a order by a.id), array(select a.geom from assignable a order by a.id)) h
  ),
  assigned as (
    select h.rid,
           (array_agg(h.key order by a.valid_to desc nulls first, h.key) filter (where a.level = 'district'))[1]
             as district_id,
           min(h.key) filter (where a.level = 'commune') as commune_id
    from hits h join assignable a on a.id = h.key
    group by h.rid
  )
  -- a parcel that no boundary of a level contains keeps what it had at that level: a file of
  -- communes must not take the 2024 district from parcels it does not cover, nor a boundary
  -- drawn a little short drop a parcel from its commune
  select p.id, p.project_id, p.map_sheet, p.parcel_no, p.commune_id as old_commune, p.district_id as old_district,
         coalesce(a.commune_id, p.commune_id) as commune_id, coalesce(a.district_id, p.district_id) as district_id,
         f.pos_lon, f.pos_lat
  from parcels p
  join f on f.rid = p.k
  left join assigned a on a.rid = p.k;

  -- two parcels of one project that would share an identity: one problem per pair, on the file's
  -- row of the unit they would share (else the first row)
  insert into pg_temp.import_problems (n, code, at_lon, at_lat, detail)
  select coalesce((select min(s.n) from pg_temp.import_unit_rows s where s.id = c.ukey),
                  (select min(s.n) from pg_temp.import_unit_rows s)),
         'unit_invalid', c.pos_lon, c.pos_lat, 'identity_collision'
  from (select a.project_id, coalesce(a.commune_id, a.district_id) as ukey, a.map_sheet, a.parcel_no,
               min(a.pos_lon) as pos_lon, min(a.pos_lat) as pos_lat
        from pg_temp.import_unit_assign a
        group by a.project_id, coalesce(a.commune_id, a.district_id), a.map_sheet, a.parcel_no
        having count(*) > 1) c;

  select count(*) into v_reassigned from pg_temp.import_unit_assign a
  where a.commune_id is distinct from a.old_commune or a.district_id is distinct from a.old_district;

  select count(distinct pr.n) into v_refused from pg_temp.import_problems pr;
  select jsonb_build_object(
           'new', count(*) filter (where u.id is null),
           'updated', count(*) filter (where u.id is not null and (u.name, u.level, u.parent_id, u.valid_from, u.valid_to, u.geom)
                                        is distinct from (s.name, s.level, s.parent_id, s.valid_from, s.valid_to, s.clean_geom)),
           'unchanged', count(*) filter (where u.id is not null and (u.name, u.level, u.parent_id, u.valid_from, u.valid_to, u.geom)
                                          is not distinct from (s.name, s.level, s.parent_id, s.valid_from, s.valid_to, s.clean_geom)),
           'refused', v_refused)
  into v_counts
  from pg_temp.import_unit_rows s
  left join public.admin_units u on u.id = s.id
  where not exists (select 1 from pg_temp.import_problems pr where pr.n = s.n);
  select coalesce(jsonb_agg(jsonb_build_object(
           'row', pr.n, 'code', pr.code,
           'at', case when pr.at_lon is not null then jsonb_build_array(pr.at_lon, pr.at_lat) end,
           'detail', pr.detail, 'other_row', pr.other_row)
         order by pr.n, private.problem_order(pr.code), pr.detail), '[]'::jsonb)
  into v_problems
  from pg_temp.import_problems pr;

  if (p_import ->> 'dry_run')::boolean or v_refused > 0 then
    return jsonb_build_object('run_id', null, 'committed', false, 'counts', v_counts, 'problems', v_problems,
                              'reassigned_parcels', v_reassigned);
  end if;

  insert into public.import_runs (layer, project_id, actor, file_name, format, crs, crs_proj4, axis_swapped,
                                  encoding, mapping, counts)
  values ('admin_units', null, auth.uid(), btrim(p_import ->> 'file_name'), p_import ->> 'format',
          btrim(p_import ->> 'crs'), p_import ->> 'crs_proj4', (p_import ->> 'axis_swapped')::boolean,
          p_import ->> 'encoding', p_import -> 'mapping', v_counts || jsonb_build_object('reassigned_parcels', v_reassigned))
  returning id into v_run;

  insert into public.admin_units as u (id, name, level, parent_id, valid_from, valid_to, geom)
  select s.id, s.name, s.level, s.parent_id, s.valid_from, s.valid_to, s.clean_geom
  from pg_temp.import_unit_rows s
  on conflict (id) do update
  set name = excluded.name, level = excluded.level, parent_id = excluded.parent_id, valid_from = excluded.valid_from,
      valid_to = excluded.valid_to, geom = excluded.geom
  where (u.name, u.level, u.parent_id, u.valid_from, u.valid_to, u.geom)
        is distinct from (excluded.name, excluded.level, excluded.parent_id, excluded.valid_from, excluded.valid_to,
                          excluded.geom);

  update public.parcels p
  set commune_id = a.commune_id, district_id = a.district_id
  from pg_temp.import_unit_assign a
  where a.id = p.id and (a.commune_id is distinct from a.old_commune or a.district_id is distinct from a.old_district);

  insert into public.import_sources (run_id, "row", unit_id, source_geom)
  select v_run, s.n, s.id, s.source_geom from pg_temp.import_unit_rows s;

  return jsonb_build_object('run_id', v_run, 'committed', true, 'counts', v_counts, 'problems', '[]'::jsonb,
                            'reassigned_parcels', v_reassigned);
end
$$;

revoke all on function private.iso_date(text) from public, anon, authenticated;
revoke all on function private.bad_import_row(jsonb) from public, anon, authenticated;
-- anon has no import path at all (refused 42501 by the API before the function runs)
revoke all on function public.import_admin_units(jsonb) from public, anon;
grant execute on function public.import_admin_units(jsonb) to authenticated;

-- ---------------------------------------------------------------- import_project_geometry

-- import_project_geometry: a project's outline (Polygon/MultiPolygon) or centre line
-- (LineString/MultiLineString), from all the features of a file merged (the contract's RPC 3;
-- admins only). The same validity rules as parcels (a line needs two distinct positions), and it
-- must lie in the province: the outline's point on surface, or a vertex of the line. Problems are
-- on row 1. Answers ImportAnswer, counts.updated 1 on success.
create function public.import_project_geometry(p_import jsonb)
returns jsonb
language plpgsql
volatile
security definer
set search_path = ''
-- the temp tables of an earlier call are dropped first: no notice for each
set client_min_messages = warning
set jit = off
as $$
declare
  v_error text;
  v_project public.projects;
  v_geom jsonb;
  v_is_line boolean;
  v_problem text;
  v_at_lon float8;
  v_at_lat float8;
  v_pos_lon float8;
  v_pos_lat float8;
  v_inside boolean;
  v_today date := (now() at time zone interval '+07:00')::date;
  v_run uuid;
begin
  p_import := private.import_document(p_import);
  if not private.has_role('admin') then
    raise exception 'Chỉ quản trị viên được nhập ranh giới hoặc đường tim của dự án.' using errcode = '42501';
  end if;
  v_error := private.import_meta_error(p_import);
  if v_error is not null then
    raise exception '%', v_error using errcode = '22023';
  end if;
  if jsonb_typeof(p_import -> 'project_id') is distinct from 'string'
     or (p_import ->> 'project_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    raise exception 'project_id phải là mã (UUID) của một dự án.' using errcode = '22023';
  end if;
  select * into v_project from public.projects p where p.id = (p_import ->> 'project_id')::uuid for update;
  if not found then
    raise exception 'Không tìm thấy dự án %.', p_import ->> 'project_id' using errcode = '22023';
  end if;
  if v_project.retired_at is not null then
    raise exception 'Dự án % đã dừng theo dõi: không nhập ranh giới mới.', v_project.code using errcode = '22023';
  end if;

  v_geom := p_import -> 'geom';
  v_is_line := v_geom ->> 'type' in ('LineString', 'MultiLineString');
  if v_is_line then
    v_problem := private.line_problem(v_geom);
  else
    select f.problem, f.at_lon, f.at_lat, f.pos_lon, f.pos_lat into v_problem, v_at_lon, v_at_lat, v_pos_lon, v_pos_lat
    from private.polygon_facts(array[1], array[v_geom]) f;
  end if;
  v_geom := jsonb_build_object('type', v_geom -> 'type', 'coordinates', v_geom -> 'coordinates');

  if v_problem is null then
    with u as (select * from private.assignable_units(v_today) a where a.level = 'province'),
    pts as (
      select row_number() over ()::integer as k, (q.p ->> 0)::float8 as x, (q.p ->> 1)::float8 as y
      from jsonb_array_elements(case when not v_is_line then jsonb_build_array(jsonb_build_array(v_pos_lon, v_pos_lat))
                                     when v_geom ->> 'type' = 'LineString' then v_geom -> 'coordinates'
                                     else (select coalesce(jsonb_agg(x.p), '[]'::jsonb)
                                           from jsonb_array_elements(v_geom -> 'coordinates') l(line),
                                                jsonb_array_elements(l.line) x(p)) end) as q(p)
    )
    select exists (select 1 from private.points_in(array(select pts.k from pts order by pts.k),
                                                   array(select pts.x from pts order by pts.k),
                                                   array(select pts.y from pts order by pts.k),
                                                   array(select u.id from u), array(select u.geom from u)))
    into v_inside;
    if not v_inside then
      v_problem := 'outside_province';
      v_at_lon := coalesce(v_pos_lon, (v_geom #>> '{coordinates,0,0}')::float8,
                           (v_geom #>> '{coordinates,0,0,0}')::float8);
      v_at_lat := coalesce(v_pos_lat, (v_geom #>> '{coordinates,0,1}')::float8,
                           (v_geom #>> '{coordinates,0,0,1}')::float8);
      if not v_is_line then
        v_at_lon := v_pos_lon;
        v_at_lat := v_pos_lat;
      end if;
    end if;
  end if;

  if v_problem is not null then
    return jsonb_build_object('run_id', null, 'committed', false,
      'counts', jsonb_build_object('new', 0, 'updated', 0, 'unchanged', 0, 'refused', 1),
      'problems', jsonb_build_array(jsonb_build_object('row', 1, 'code', v_problem,
        'at', case when v_at_lon is not null then jsonb_build_array(v_at_lon, v_at_lat) end,
        'detail', null, 'other_row', null)));
  end if;
  if (p_import ->> 'dry_run')::boolean then
    return jsonb_build_object('run_id', null, 'committed', false,
      'counts', jsonb_build_object('new', 0, 'updated', 1, 'unchanged', 0, 'refused', 0), 'problems', '[]'::jsonb);
  end if;

  insert into public.import_runs (layer, project_id, actor, file_name, format, crs, crs_proj4, axis_swapped,
                                  encoding, mapping, counts)
  values ('project_geometry', v_project.id, auth.uid(), btrim(p_import ->> 'file_name'), p_import ->> 'format',
          btrim(p_import ->> 'crs'), p_import ->> 'crs_proj4', (p_import ->> 'axis_swapped')::boolean,
          p_import ->> 'encoding', p_import -> 'mapping',
          jsonb_build_object('new', 0, 'updated', 1, 'unchanged', 0, 'refused', 0))
  returning id into v_run;
  update public.projects p set geom = v_geom, updated_at = now() where p.id = v_project.id;
  insert into public.import_sources (run_id, "row", source_geom) values (v_run, 1, p_import -> 'source_geom');

  return jsonb_build_object('run_id', v_run, 'committed', true,
    'counts', jsonb_build_object('new', 0, 'updated', 1, 'unchanged', 0, 'refused', 0), 'problems', '[]'::jsonb);
end
$$;

-- anon has no import path at all (refused 42501 by the API before the function runs)
revoke all on function public.import_project_geometry(jsonb) from public, anon;
grant execute on function public.import_project_geometry(jsonb) to authenticated;

-- ---------------------------------------------------------------- geometry written directly

-- Outlines, centre lines and boundaries written by any path (the admin form through PostgREST,
-- the seed, a script) keep the import's validity rules, so a bow-tie cannot get in around the
-- import. The message names the problem and, for a self-intersection, where it is. Security
-- definer: the admin writing the row may not call the private geometry functions themselves.
create function private.check_geometry_written()
returns trigger
language plpgsql
security definer
set search_path = ''
set jit = off
as $$
declare
  v_problem text;
  v_at_lon float8;
  v_at_lat float8;
  v_what text := case tg_table_name when 'projects' then 'Ranh giới/đường tim dự án'
                                    else 'Ranh giới đơn vị hành chính' end;
begin
  if new.geom is null or (tg_op = 'UPDATE' and new.geom is not distinct from old.geom) then
    return new;
  end if;
  if new.geom ->> 'type' in ('LineString', 'MultiLineString') then
    v_problem := private.line_problem(new.geom);
  else
    select f.problem, f.at_lon, f.at_lat into v_problem, v_at_lon, v_at_lat
    from private.polygon_facts(array[1], array[new.geom]) f;
  end if;
  if v_problem is not null then
    raise exception '%', v_what || case v_problem
        when 'geometry_missing' then ' không có toạ độ.'
        when 'geometry_type' then ' phải là vùng (Polygon/MultiPolygon) hoặc, với đường, đường tim (LineString).'
        when 'coordinates_invalid' then ' có toạ độ không hợp lệ: cần kinh độ trong [-180, 180], vĩ độ trong [-90, 90] (WGS84).'
        when 'ring_too_short' then case when new.geom ->> 'type' like '%Line%'
                                        then ' cần ít nhất 2 điểm khác nhau.' else ' có vòng ít hơn 4 điểm.' end
        when 'ring_unclosed' then ' có vòng không khép kín (điểm cuối khác điểm đầu).'
        when 'self_intersection' then format(' tự cắt tại (%s, %s).', round(v_at_lon::numeric, 7), round(v_at_lat::numeric, 7))
        else ' không hợp lệ.' end
      using errcode = '23514', detail = v_problem;
  end if;
  return new;
end
$$;
revoke all on function private.check_geometry_written() from public, anon, authenticated;

create trigger projects_check_geometry
  before insert or update of geom on public.projects
  for each row execute function private.check_geometry_written();
create trigger admin_units_check_geometry
  before insert or update of geom on public.admin_units
  for each row execute function private.check_geometry_written();
