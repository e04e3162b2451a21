-- Finding a parcel by its cadastral numbers (map sheet, parcel number), as land officers and
-- owners know it. The unique key (project_id, admin_unit_id, map_sheet, parcel_no) cannot serve
-- a lookup that knows neither project nor unit; without this index it reads the whole table.
create index parcels_sheet_no_idx on public.parcels (map_sheet, parcel_no);
