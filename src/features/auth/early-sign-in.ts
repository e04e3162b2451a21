// A click on "Đăng nhập" in the view drawn before React (src/app/early-view), kept for the
// header React renders moments later: its sign-in panel then opens at once, so the click is not
// lost. Plain module state, no imports: the early view loads it without the app.

let asked = false;

/** Called by the early view's sign-in button. */
export function askSignInEarly(): void {
  asked = true;
}

/** Whether the sign-in panel was asked for before React took over. */
export function signInAskedEarly(): boolean {
  return asked;
}

/** Called once React's header has taken the request over. */
export function forgetEarlySignIn(): void {
  asked = false;
}
