// Whether supabase-js keeps a session in this browser (its "sb-<project>-auth-token" key in
// localStorage), read without loading supabase-js (it loads after the first view): a visitor
// without one is known to be a guest from the first render, so the header shows "Khách" and
// "Đăng nhập" at once.

const SESSION_KEY = /^sb-.+-auth-token$/;

/** True when a signed-in session may be kept here; false when none can be. */
export function hasStoredSession(): boolean {
  try {
    return Object.keys(localStorage).some((key) => SESSION_KEY.test(key));
  } catch {
    return false; // storage blocked: no session can have been kept either
  }
}

/**
 * The session supabase-js keeps here (its own JSON), or null. Read only when supabase-js reported
 * no session while still keeping one: it keeps the session when a token refresh fails for the
 * network (offline) but reports none until a refresh succeeds.
 */
export function readStoredSession(): unknown {
  try {
    const key = Object.keys(localStorage).find((k) => SESSION_KEY.test(k));
    return key ? (JSON.parse(localStorage.getItem(key) ?? "null") as unknown) : null;
  } catch {
    return null;
  }
}
