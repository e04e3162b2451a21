// Entry point. It is kept tiny on purpose: it sends the province view's API requests first
// (src/data/early-requests.ts), so the answers arrive while the JavaScript is still loading;
// then it makes the page's one map in index.html's skeleton and draws the province view on it
// without React (src/app/province-view.ts), for every visit; and starts the app once that view
// is on screen: evaluating and rendering React takes long on a phone, and the map can be looked
// at, panned and zoomed meanwhile. React then hosts the same map.

// The styles of the skeleton, the map and the app, linked from index.html (so they load while
// the page parses).
import "leaflet/dist/leaflet.css";
import "@/app/styles.css";
import "@/features/map-view/map-view.css";
import { sendEarlyRequests } from "@/data/early-requests";
import { hasStoredSession } from "@/data/stored-session";

/** The app never waits longer than this for the province view (a slow API, a slow network). */
const PROVINCE_VIEW_WAIT_MS = 1500;

sendEarlyRequests();
// A kept session: React's header will list the user's roles, on a phone in a row of their own;
// the skeleton's header takes that room now, so that the map below it stays where it is.
if (hasStoredSession()) document.querySelector(".app-header")?.classList.add("app-header--session");
// Its failures are the app's to report: React shows them.
const provinceView = import("@/app/province-view").then((m) => m.showProvinceView()).catch(() => undefined);
const waitedEnough = new Promise((resolve) => setTimeout(resolve, PROVINCE_VIEW_WAIT_MS));
void Promise.race([provinceView, waitedEnough]).then(() => import("@/app/start"));
