// Shown while the API does not answer yet: the embedded dev backend (PGlite) loads and runs
// every migration and the seed before it answers, which takes a while on a first start.
// After SLOW_AFTER_S it says what to do, and keeps polling all the same.

import { useTranslation } from "react-i18next";
import { useElapsedSeconds } from "@/app/use-elapsed-seconds";
import { Spinner } from "@/components/spinner";

/** After this long without an answer, the screen explains what to check. */
export const SLOW_AFTER_S = 90;

interface BootScreenProps {
  /** True for the embedded development backend, false for a remote (hosted) one. */
  readonly local: boolean;
  readonly lastError: string | null;
  readonly onRetry: () => void;
}

/** The waiting screen with a spinner, elapsed time and, when slow, what to do. */
export function BootScreen({ local, lastError, onRetry }: BootScreenProps) {
  const { t } = useTranslation();
  const seconds = useElapsedSeconds();
  const slow = seconds >= SLOW_AFTER_S;
  return (
    <main className="boot-screen" aria-busy={!slow}>
      <div className="boot-screen__card">
        <p className="boot-screen__brand">{t("app.brand")}</p>
        <h1 className="boot-screen__title" role="status">
          <Spinner size="1.25em" /> {local ? t("boot.localTitle") : t("boot.remoteTitle")}
        </h1>
        <progress className="boot-screen__progress" aria-label={local ? t("boot.localTitle") : t("boot.remoteTitle")} />
        <p>{local ? t("boot.localHint") : t("boot.remoteHint")}</p>
        <p className="boot-screen__elapsed">{t("boot.elapsed", { seconds })}</p>
        {slow ? <SlowHelp local={local} seconds={seconds} onRetry={onRetry} /> : null}
        {lastError && seconds >= 5 ? (
          <details className="boot-screen__details">
            <summary>{t("boot.lastError")}</summary>
            <code>{lastError}</code>
          </details>
        ) : null}
      </div>
    </main>
  );
}

function SlowHelp({ local, seconds, onRetry }: { local: boolean; seconds: number; onRetry: () => void }) {
  const { t } = useTranslation();
  const limit = Math.floor(seconds / SLOW_AFTER_S) * SLOW_AFTER_S;
  return (
    <section className="boot-screen__slow" role="alert">
      <h2>{local ? t("boot.slowLocalTitle", { seconds: limit }) : t("boot.slowRemoteTitle", { seconds: limit })}</h2>
      {local ? (
        <ol>
          <li>{t("boot.slowLocalStep1")}</li>
          <li>{t("boot.slowLocalStep2")}</li>
          <li>{t("boot.slowLocalStep3")}</li>
        </ol>
      ) : (
        <p>{t("boot.slowRemoteHint")}</p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {t("boot.retryNow")}
      </button>
    </section>
  );
}
