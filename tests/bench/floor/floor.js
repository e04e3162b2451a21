// Sends the province view's requests with the app's own entry code (src/data/early-requests.ts),
// then loads Leaflet and draws. On floor-with-app.html the bench also names the app's chunk
// (window.GPMB_APP_CHUNK): the whole app then loads and renders beside the drawing, into an
// off-screen root, as it would behind a view drawn before React.
import { sendEarlyRequests, takeEarlyAnswer } from "@/data/early-requests";

sendEarlyRequests();
if (window.GPMB_APP_CHUNK) import(/* @vite-ignore */ window.GPMB_APP_CHUNK);
const data = Promise.all([
  takeEarlyAnswer("projects"),
  takeEarlyAnswer("progress-by-project"),
  takeEarlyAnswer("province"),
  takeEarlyAnswer("districts"),
]);
const { drawProvince } = await import("./draw.js");
drawProvince(await data);
