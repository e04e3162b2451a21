// The query key every admin page's data sits under: inside the signed-in user's scope, so a
// sign-out drops the accounts and the audit with the rest of that user's data.

import { USER_SCOPE } from "@/data/auth-session";

export const ADMIN_KEY = [USER_SCOPE, "admin"] as const;
