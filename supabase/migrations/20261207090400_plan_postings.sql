-- The plan batches whose draft posting may have been short of Art. 87's 30 days, for the meeting
-- view's check (src/domain/deadline-rules.ts planPostingFlag judges them on the day shown): a
-- province has thousands of batches, nearly all posted in full, and the API returns at most a
-- page of rows, so only the candidates come back. A candidate's posting ended, or its plan was
-- approved, before the 30th day; a batch whose end lies after the day shown is judged not short
-- on that day by the client.
-- Security invoker: row level security gives leaders every batch and officers their areas'.
create function public.plan_postings_short()
returns table (id uuid, project_id uuid, batch text, posted_from date, posted_to date, decision_no text, decision_date date)
language sql
stable
set search_path = ''
as $$
  select c.id, c.project_id, c.batch, c.posted_from, c.posted_to, c.decision_no, c.decision_date
  from public.compensation_plans c
  where c.posted_from is not null
    and least(c.posted_to, c.decision_date) < c.posted_from + 30
  order by c.project_id, c.batch
$$;

comment on function public.plan_postings_short() is
  'Plan batches whose draft was taken down or approved before its 30th day of posting (Art. 87), as the caller may read them.';

-- The number of approved batches with no posting day, which the check cannot judge.
create function public.plan_postings_unrecorded(p_at date default null)
returns integer
language sql
stable
set search_path = ''
as $$
  select count(*)::integer from public.compensation_plans c
  where c.posted_from is null and c.decision_date is not null
    and c.decision_date <= coalesce(p_at, (now() at time zone 'Asia/Ho_Chi_Minh')::date)
$$;

revoke all on function public.plan_postings_short() from public, anon;
revoke all on function public.plan_postings_unrecorded(date) from public, anon;
grant execute on function public.plan_postings_short() to authenticated;
grant execute on function public.plan_postings_unrecorded(date) to authenticated;
