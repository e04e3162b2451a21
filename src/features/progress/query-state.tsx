// Loading and error states of the progress sections, worded for the user.

import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { isNetworkFailure } from "@/data/api-error";

interface QueryLike {
  readonly isPending: boolean;
  readonly data: unknown;
  readonly error: Error | null;
  readonly refetch: () => unknown;
}

/**
 * What to show instead of the content while any of `queries` is loading or has failed without
 * data to show; null when all have data (a failed refresh keeps the last figures on screen).
 */
export function QueryState({ queries }: { queries: readonly QueryLike[] }) {
  const { t } = useTranslation();
  const failed = queries.find((q) => q.error !== null && q.data === undefined);
  if (failed?.error) {
    return (
      <ErrorMessage
        title={isNetworkFailure(failed.error) ? t("progress.networkError") : t("progress.error")}
        details={failed.error.message}
        detailsLabel={t("progress.details")}
        retryLabel={t("progress.retry")}
        onRetry={() => queries.forEach((q) => void q.refetch())}
      />
    );
  }
  if (queries.some((q) => q.isPending)) return <LoadingMessage>{t("progress.loading")}</LoadingMessage>;
  return null;
}
