// Entry point. It is kept tiny on purpose: it sends the province view's API requests first
// (src/data/early-requests.ts), so the answers arrive while the JavaScript is still loading;
// then it draws the province view without React where that suits the visit (src/app/early-view),
// and starts the app once that view is on screen: evaluating and rendering React takes a few
// hundred ms on a phone, and the map can be looked at, panned and zoomed meanwhile.

// The styles of the page frame and the map, linked from index.html (so they load while the page
// parses) for the view drawn before React as for the app.
import "leaflet/dist/leaflet.css";
import "@/app/styles.css";
import "@/features/map-view/map-view.css";
import { sendEarlyRequests } from "@/data/early-requests";

/** The app never waits longer than this for the early view (a slow API, a slow network). */
const EARLY_VIEW_WAIT_MS = 1500;

sendEarlyRequests();
// Its failures are the app's to report: React then draws the view, as without it.
const earlyView = import("@/app/early-view/early-view").then((m) => m.drawEarlyView()).catch(() => undefined);
const waitedEnough = new Promise((resolve) => setTimeout(resolve, EARLY_VIEW_WAIT_MS));
void Promise.race([earlyView, waitedEnough]).then(() => import("@/app/start"));
