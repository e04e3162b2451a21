// The map's note on the copy kept on this device: shown while the browser is offline or while
// data on screen come from that copy, with the time it was saved (vi-VN "09:05, 02/12/2026").

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useOfflineCopyStatus } from "@/data/offline-copy/offline-copy";
import { formatDateTime } from "@/domain/format";

/** "Bản lưu trên máy, cập nhật lúc …", or nothing while the map shows live data. */
export function OfflineCopyBadge() {
  const { t } = useTranslation();
  const lang = useLang();
  const { online, shownSavedAt, newestSavedAt } = useOfflineCopyStatus();
  if (online && shownSavedAt === null) return null;
  // offline with nothing read from the copy yet: what is on screen is as new as the last save
  const savedAt = shownSavedAt ?? newestSavedAt;
  return (
    <p className="map-status__chip map-status__chip--offline" role="status" title={t("offline.copyHint")}>
      {!online ? <strong>{t("offline.offline")}</strong> : null}
      <span>
        {savedAt === null ? t("offline.offlineNoCopy") : t("offline.copyAge", { time: formatDateTime(new Date(savedAt), lang) })}
      </span>
    </p>
  );
}
