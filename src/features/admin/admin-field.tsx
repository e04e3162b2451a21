// A labelled form control with its hint and its error, tied together for screen readers.

import type { ReactElement, ReactNode } from "react";
import { cloneElement } from "react";

interface AdminFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly className?: string;
  /** The input, select or textarea: it gets the id, aria-invalid and aria-describedby. */
  readonly children: ReactElement<{ id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string }>;
}

export function AdminField({ id, label, hint, error, className, children }: AdminFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field admin-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined })}
      {hint ? <p id={`${id}-hint`} className="admin-field__hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}
