// "Cập nhật lúc 09:05:12" and a small live indicator: the figures follow others' changes while
// the change feed runs; when it cannot reach the server, the time of the last figures stays.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { FeedStatus } from "@/data/changes-poller";
import { useProgressSummary } from "@/data/progress-summary-query";
import { formatClockTime } from "@/domain/clock";
import { formatDateTime } from "@/domain/format";

const STATE_KEYS = {
  live: "leader.live",
  connecting: "leader.connecting",
  retrying: "leader.retrying",
  paused: "leader.paused",
} as const;

/** The update time and the feed's state. */
export function LiveStatus({ feed }: { feed: FeedStatus }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { dataUpdatedAt } = useProgressSummary("kind");
  // The figures are current as of the feed's last answer (no change since), or of their own fetch.
  const at = Math.max(feed.lastSyncAt ?? 0, dataUpdatedAt);
  const stateKey = feed.state === "stopped" ? null : STATE_KEYS[feed.state];
  return (
    <div className="live-status">
      {stateKey ? (
        <span className={`live-status__state live-status__state--${feed.state}`}
          title={feed.state === "live" ? t("leader.liveHint") : undefined}>
          <span className="live-status__dot" aria-hidden="true" />
          <span role="status">{t(stateKey)}</span>
        </span>
      ) : null}
      {at ? (
        <span className="live-status__time" title={formatDateTime(new Date(at), lang)}>
          {t("leader.updatedAt", { time: formatClockTime(at) })}
        </span>
      ) : null}
    </div>
  );
}
