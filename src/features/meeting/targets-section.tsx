// The meeting view's "targets" section (issue 15): every target with its burn-up, as it stood
// at the end of the report's day (`day`, or today's live figures for null). The statuses are
// target_progress's: the leader reads the server's judgement, not the browser's.

import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useTargetProgress } from "@/data/target-progress-query";
import { TargetsCard } from "@/features/meeting/targets-card";
import "@/features/meeting/targets-section.css";

export function TargetsSection({ day }: { day: string | null }) {
  const { t } = useTranslation();
  const targets = useTargetProgress(day ?? undefined);
  let body;
  if (targets.data) {
    body = targets.data.length === 0
      ? <p>{t("meeting.targets.empty")}</p>
      : (
        <ul className="mt-cards">
          {targets.data.map((target) => (
            <li key={target.id}><TargetsCard target={target} day={day} /></li>
          ))}
        </ul>
      );
  } else if (targets.error) {
    body = (
      <ErrorMessage
        title={t("meeting.targets.error")}
        details={targets.error.message}
        detailsLabel={t("meeting.targets.details")}
        retryLabel={t("meeting.targets.retry")}
        onRetry={() => void targets.refetch()}
      />
    );
  } else {
    body = <LoadingMessage>{t("meeting.targets.loading")}</LoadingMessage>;
  }
  // the meeting page heads the section and says the day; this says what each card shows
  return (
    <div className="mt-section">
      <p className="mt-section__intro">{t("meeting.targets.intro")}</p>
      {body}
    </div>
  );
}
