-- Let hosted Supabase Realtime announce parcel changes, a faster trigger for clients that poll
-- changes_since (which stays the source of truth). Local backends have no such publication.
do $$
begin
  if exists (select 1 from pg_publication where pubname = 'supabase_realtime')
     and not exists (select 1 from pg_publication_tables
                     where pubname = 'supabase_realtime' and schemaname = 'public' and tablename = 'parcels') then
    execute 'alter publication supabase_realtime add table public.parcels';
  end if;
end
$$;
