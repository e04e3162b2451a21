// The app update's notice: a new version waiting (taken with a button once every change has been
// sent), or that this page is the new version; a band under the header, in the page's flow, so it
// never covers the header or the map. useAppUpdate registers the service worker once.

import { useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { applyUpdate, dismissUpdated, registerServiceWorker, subscribeUpdate, updateState } from "@/app/pwa/service-worker";
import { useRefreshWhenOnline } from "@/app/pwa/use-refresh-when-online";
import "@/app/pwa/update-notice.css";

/** Registers the service worker and asks the queries again when the network is back; once, at the top of the app. */
export function useAppUpdate(): void {
  useEffect(registerServiceWorker, []);
  useRefreshWhenOnline();
}

/** The notice, or nothing while there is nothing to tell. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeUpdate, updateState, updateState);
  if (state === "idle") return null;
  return (
    <div className="update-notice" role="status">
      {state === "updated" ? (
        <>
          <span>{t("offline.updated")}</span>
          <button type="button" className="button button--secondary button--small" onClick={dismissUpdated}>{t("offline.dismiss")}</button>
        </>
      ) : state === "waiting-outbox" ? (
        <span>{t("offline.updateWaitsForOutbox")}</span>
      ) : (
        <>
          <span>{t("offline.updateReady")}</span>
          <button type="button" className="button button--small" onClick={() => void applyUpdate()}>{t("offline.updateNow")}</button>
        </>
      )}
    </div>
  );
}
