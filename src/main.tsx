// Entry point. It is kept tiny on purpose: it sends the province view's API requests first
// (src/data/early-requests.ts), then loads the app, so the answers arrive while the app's
// JavaScript is still loading and evaluating.

import { sendEarlyRequests } from "@/data/early-requests";

sendEarlyRequests();
void import("@/app/start");
