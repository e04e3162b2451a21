-- Targets are named in Vietnamese, the province's language. An English name beside it lets the
-- English view show the target in English; where there is none, the Vietnamese name is shown.
alter table public.targets add column name_en text check (name_en is null or btrim(name_en) <> '');
comment on column public.targets.name_en is
  'The target''s name in English, for the English view; null shows `name` (Vietnamese) there too.';
