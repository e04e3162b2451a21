// Entry point. It is kept tiny on purpose: it sends the province view's API requests first
// (src/data/early-requests.ts), so the answers arrive while the JavaScript is still loading;
// then it makes the page's one map in index.html's skeleton and draws the province view on it
// without React (src/app/province-view.ts), for every visit; and starts the app once that view
// is on screen: evaluating and rendering React takes long on a phone, and the map can be looked
// at, panned and zoomed meanwhile. React then hosts the same map.

// The map's styles, linked from index.html in a build (so they load while the page parses); the
// page frame's (src/app/styles.css) are linked there by index.html itself.
import "leaflet/dist/leaflet.css";
import "@/features/map-view/map-view.css";
import { sendEarlyRequests } from "@/data/early-requests";
import { matchPath } from "@/state/route-paths";

/** The app never waits longer than this for the province view (a slow API, a slow network). */
const PROVINCE_VIEW_WAIT_MS = 1500;

// Another page (an unknown address, later the admin and meeting pages) has no map to show first:
// the map is made when the person goes to it (src/app/map-screen.tsx asks for it then).
if (matchPath(window.location.pathname).name === "map") {
  sendEarlyRequests();
  // Its failures are the app's to report: React shows them.
  const provinceView = import("@/app/province-view").then((m) => m.showProvinceView()).catch(() => undefined);
  const waitedEnough = new Promise((resolve) => setTimeout(resolve, PROVINCE_VIEW_WAIT_MS));
  void Promise.race([provinceView, waitedEnough]).then(() => import("@/app/start"));
} else {
  void import("@/app/start");
}
