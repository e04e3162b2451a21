// Loading and error notices for a section whose data is being fetched.

import type { ReactNode } from "react";
import { Spinner } from "@/components/spinner";

/** A polite live notice that something is loading. */
export function LoadingMessage({ children }: { children: ReactNode }) {
  return (
    <p className="status-message" role="status">
      <Spinner /> {children}
    </p>
  );
}

interface ErrorMessageProps {
  readonly title: string;
  /** The technical message, folded away under `detailsLabel`. */
  readonly details?: string;
  readonly detailsLabel: string;
  readonly retryLabel?: string;
  readonly onRetry?: () => void;
}

/** An error notice with an optional retry button and folded technical details. */
export function ErrorMessage({ title, details, detailsLabel, retryLabel, onRetry }: ErrorMessageProps) {
  return (
    <div className="status-message status-message--error" role="alert">
      <p className="status-message__title">{title}</p>
      {onRetry && retryLabel ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
      {details ? (
        <details className="status-message__details">
          <summary>{detailsLabel}</summary>
          <code>{details}</code>
        </details>
      ) : null}
    </div>
  );
}
