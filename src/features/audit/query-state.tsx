// Loading and error states of one audit query, then its content. A refusal by the database
// (42501) is shown with its own Vietnamese reason rather than as a failure to retry.

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { ApiError } from "@/data/api-error";

interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: Error | null;
  readonly isPending: boolean;
  readonly refetch: () => unknown;
}

/** The server's own message of an API error (the part after "what: "). */
export function serverMessage(error: Error): string {
  return error instanceof ApiError ? error.message.slice(error.what.length + 2) : error.message;
}

export function QueryState<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error instanceof ApiError && (query.error.code === "42501" || query.error.code === "22023")) {
    return <p className="audit-notice audit-notice--warn" role="alert">{t("audit.common.denied", { message: serverMessage(query.error) })}</p>;
  }
  if (query.error) {
    return <ErrorMessage title={t("audit.common.loadFailed")} details={query.error.message} detailsLabel={t("audit.common.details")}
      retryLabel={t("audit.common.retry")} onRetry={() => void query.refetch()} />;
  }
  return <LoadingMessage>{t("audit.common.loading")}</LoadingMessage>;
}
