// The header's sign-in area: "Khách (xem công khai)" and a sign-in button for the public, the
// user's email and a sign-out button once signed in. Signing out is blocked while changes of this
// device wait in the outbox (they are sent as the signed-in user): the button explains why instead.

import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAuthSession } from "@/data/auth-session";
import { useSignOut } from "@/data/sign-out-mutation";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import { hasUnsentEvents, useOutboxStatus } from "@/data/outbox/use-outbox";
import { SignInPanel } from "@/features/auth/sign-in-panel";
import "@/features/auth/auth.css";

/** Who is using the app, with the button to sign in or out. */
export function AuthMenu() {
  const { t } = useTranslation();
  const lang = useLang();
  const { status, session } = useAuthSession();
  const signOut = useSignOut();
  const outbox = useOutboxStatus();
  const [blocked, setBlocked] = useState(false);
  const [open, setOpen] = useState(false);
  // After signing in or out the button that was used disappears; focus moves to its counterpart.
  const [focusNext, setFocusNext] = useState<"signIn" | "signOut" | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const signOutRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // A boolean, not the session: token refreshes replace the session and must not move focus.
  const signedIn = session !== null;

  useEffect(() => {
    if (focusNext === "signOut") signOutRef.current?.focus();
    if (focusNext === "signIn") toggleRef.current?.focus();
  }, [focusNext, signedIn]);

  if (status === "loading") return <AuthMenuPending label={t("auth.signIn")} />;
  if (session) {
    return (
      <div className="auth-menu">
        <span className="auth-menu__who">
          <span className="sr-only">{t("auth.signedInAs")}: </span>
          {session.user.email}
        </span>
        <button ref={signOutRef} type="button" className="button button--header"
          disabled={signOut.isPending} aria-describedby={blocked ? panelId : undefined} onClick={() => {
            if (hasUnsentEvents()) return setBlocked(true);
            setBlocked(false);
            signOut.mutate(undefined, { onSettled: () => setFocusNext("signIn") });
          }}>
          {signOut.isPending ? t("auth.signingOut") : t("auth.signOut")}
        </button>
        {blocked && outbox.unsent > 0 ? (
          <div id={panelId} className="auth-menu__blocked" role="alert">
            <p>{t("outbox.signOutBlocked", { changes: t("outbox.changes", { count: outbox.unsent, formatted: formatCount(outbox.unsent, lang) }) })}</p>
            <button type="button" className="button button--ghost" onClick={() => setBlocked(false)}>{t("outbox.close")}</button>
          </div>
        ) : null}
      </div>
    );
  }

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="auth-menu">
      <span className="auth-menu__who">{t("auth.guest")}</span>
      <button ref={toggleRef} type="button" className="button button--header" aria-expanded={open}
        aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {t("auth.signIn")}
      </button>
      {open ? (
        <SignInPanel id={panelId} onClose={close} onSignedIn={() => {
          setOpen(false);
          setFocusNext("signOut");
        }} />
      ) : null}
    </div>
  );
}

/**
 * While a kept session is being checked (guests are known at once: src/data/stored-session.ts):
 * a button's room, kept empty, so that the header does not grow when the answer comes (on a
 * phone the whole session row would appear, and push the map down).
 */
function AuthMenuPending({ label }: { label: string }) {
  return (
    <div className="auth-menu auth-menu--pending" aria-hidden="true">
      <span className="button button--header">{label}</span>
    </div>
  );
}
