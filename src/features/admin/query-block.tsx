// Loading and error states of one admin query, then its content.

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";

interface QueryLike<T> {
  readonly data: T | undefined;
  readonly error: Error | null;
  readonly isPending: boolean;
  readonly refetch: () => unknown;
}

export function QueryBlock<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) {
    return <ErrorMessage title={t("admin.common.loadFailed")} details={query.error.message} detailsLabel={t("admin.common.details")}
      retryLabel={t("admin.common.retry")} onRetry={() => void query.refetch()} />;
  }
  return <LoadingMessage>{t("admin.common.loading")}</LoadingMessage>;
}
