// The meeting view for `npm run bench:db` (issue 15), on the history figures-in-time.mjs wrote:
// target_burnup of each benchmark target (target ≤ 200 ms), each beside its floor measured in the
// same run: a plain aggregate over the same rows, the scope's events that move the measure (the
// least any burn-up must read), grouped by day. Also printed, with no target: the meeting's
// other reads (project_report, parcel_timeline of one project, area_progress, the map on a past
// day). A benchmark prints figures; it does not pass or fail.

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const ms = (v) => `${v.toFixed(1).padStart(7)} ms`;

async function timed(tx, statement, runs) {
  await tx.unsafe(statement);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await tx.unsafe(statement);
    times.push(performance.now() - t);
  }
  return median(times);
}

async function overHttp(client, name, args, runs) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    const { error } = await client.rpc(name, args);
    if (error) throw new Error(`${name}: ${error.message}`);
    if (i > 0) times.push(performance.now() - t);
  }
  return median(times);
}

/** The plain aggregate a target's burn-up cannot do without: its scope's flip events per day. */
function floorStatement(t) {
  // written as the flip index's condition, so that the floor reads the same index
  const flip = t.measure === "projects_started"
    ? "((e.from_stage = 'not_started' and e.to_stage <> 'not_started') or (e.to_stage = 'not_started' and e.from_stage <> 'not_started'))"
    : "((e.to_stage = 'handed_over' and e.from_stage <> 'handed_over') or (e.from_stage = 'handed_over' and e.to_stage <> 'handed_over'))";
  if (t.measure === "infrastructure_area_ha") {
    return `select ie.as_of, sum(ie.built_area_m2) from public.infrastructure_entries ie
            join public.projects pr on pr.id = ie.project_id where pr.kind = '${t.scope_kind}' group by 1`;
  }
  const since = t.period_start ? `and e.occurred_at >= '${t.period_start}'::date - interval '7 hours'` : "";
  return `select (e.occurred_at + interval '7 hours')::date, sum(p.area_m2)
          from public.parcel_events e join public.parcels p on p.id = e.parcel_id
            join public.projects pr on pr.id = p.project_id
          where ${flip} and pr.kind = '${t.scope_kind}' ${since} group by 1`;
}

export async function measureMeetingView({ sql, anon, runs }) {
  const targets = await sql`select id, name, measure, scope_kind, period_start::text from public.targets
                            where source = 'bench' order by name`;
  const rows = [];
  const line = (name, value, floor, extra = "") =>
    rows.push(`${name.padEnd(46)} ${ms(value)} ${floor == null ? " ".repeat(10) : ms(floor)}  ${
      floor == null ? " ".repeat(7) : `${(value / floor).toFixed(2)}×`.padStart(7)}   ${extra}`);

  for (const t of targets) {
    let points = 0;
    let flips = 0;
    await sql.begin(async (tx) => {
      const [{ n }] = await tx.unsafe(`select count(*)::int as n from (${floorStatement(t)}) f`);
      flips = n;
      const floor = await timed(tx, floorStatement(t), runs);
      await tx`set local role anon`;
      const [{ c }] = await tx.unsafe(`select count(*)::int as c from public.target_burnup('${t.id}')`);
      points = c;
      const burnup = await timed(tx, `select * from public.target_burnup('${t.id}')`, runs);
      line(`target_burnup: ${t.name.replace(/^Bench: /, "")}`, burnup, floor,
        `target ≤ 200 ms; ${points} days; floor: the scope's flip events by day (${flips} days)`);
    });
    const http = await overHttp(anon, "target_burnup", { p_target_id: t.id }, runs);
    line("  … over HTTP (supabase-js → lite)", http, null, "target ≤ 200 ms");
  }

  const [project] = await sql`select id from public.projects order by code limit 1`;
  const pastDay = new Date(Date.now() - 180 * 86_400_000).toISOString();
  await sql.begin(async (tx) => {
    await tx`set local role anon`;
    line("project_report(now)", await timed(tx, "select * from public.project_report()", runs), null, "no target");
    line("project_report(180 days ago)", await timed(tx, `select * from public.project_report('${pastDay}')`, runs), null, "no target");
    line("parcel_timeline(one project of 500 parcels)",
      await timed(tx, `select * from public.parcel_timeline('${project.id}')`, runs), null, "no target");
    line("area_progress('district', 180 days ago)",
      await timed(tx, `select * from public.area_progress('district', '${pastDay}')`, runs), null, "no target");
    const bbox = "105.90, 20.62, 105.995, 20.71";
    const now = await timed(tx, `select public.parcels_in_bbox(${bbox})`, runs);
    line("parcels_in_bbox_as_of(district view, 180 days ago)",
      await timed(tx, `select public.parcels_in_bbox_as_of(${bbox}, '${pastDay}')`, runs), now, "floor: parcels_in_bbox now");
  });

  console.log(`\n${"meeting view (median, SQL as anon)".padEnd(46)} ${"time".padStart(10)} ${"floor".padStart(10)}  ${"ratio".padStart(7)}`);
  for (const row of rows) console.log(row);
}
