// Marks a page whose visitor keeps a signed-in session, before the first paint (index.html loads
// this as a classic script in its head, which the first paint waits for; a module could not be
// waited for): React's header will then list the user's roles, on a phone in a row of their own,
// and index.html's skeleton takes that room from its first frame (src/app/styles.css). The session
// is supabase-js's "sb-<project>-auth-token" in localStorage, as src/data/stored-session.ts reads it
// for the app.
try {
  if (Object.keys(localStorage).some((key) => /^sb-.+-auth-token$/.test(key))) document.documentElement.classList.add("session-kept");
} catch {
  // storage blocked: no session can have been kept either
}
