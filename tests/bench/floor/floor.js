// Sends the province view's requests as the app's entry does, then loads Leaflet and draws.
const url = import.meta.env.VITE_SUPABASE_URL;
const key = import.meta.env.VITE_SUPABASE_PUBLISHABLE_KEY;
const headers = { apikey: key, authorization: `Bearer ${key}`, accept: "application/json" };
const columns = "id,code,name,kind,geom,corridor_width_m,area_to_clear_m2,due_date,responsible_unit,investor," +
  "decision_ref,status_note,is_illustrative,admin_unit_ids";
const json = (response) => response.then((r) => r.json());
const data = Promise.all([
  json(fetch(`${url}/rest/v1/projects?select=${columns}&order=code.asc`, { headers })),
  json(fetch(`${url}/rest/v1/rpc/progress_summary`, {
    method: "POST", headers: { ...headers, "content-type": "application/json" }, body: '{"group_by":"project"}',
  })),
  json(fetch("/geo/hung_yen_province_pre2025.geojson")),
  json(fetch("/geo/hung_yen_districts_pre2025.geojson")),
]);
const { drawProvince } = await import("./draw.js");
drawProvince(await data);
