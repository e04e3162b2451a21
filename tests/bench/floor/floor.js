// Sends the province view's requests with the app's own entry code (src/data/early-requests.ts),
// then loads Leaflet and draws.
import { sendEarlyRequests, takeEarlyAnswer } from "@/data/early-requests";

sendEarlyRequests();
const json = (url) => fetch(url).then((r) => r.json());
const data = Promise.all([
  takeEarlyAnswer("projects"),
  takeEarlyAnswer("progress-by-project"),
  json("/geo/hung_yen_province_pre2025.geojson"),
  json("/geo/hung_yen_districts_pre2025.geojson"),
]);
const { drawProvince } = await import("./draw.js");
drawProvince(await data);
