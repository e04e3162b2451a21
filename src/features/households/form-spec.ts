// How a household form lays out its fields: one entry per field, in order, with its label and
// kind of control. The record form draws any form from it, and lists a row's current values
// with the same labels when a change meets a conflict.

/** One choice of a select. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** One field of a form whose values are `V` (text fields, and checkboxes for booleans). */
export interface FieldSpec<V> {
  readonly key: keyof V & string;
  readonly label: string;
  readonly type: "text" | "number" | "date" | "select" | "checkbox" | "textarea";
  readonly choices?: readonly Choice[];
  readonly hint?: string;
  /** Spans the form's whole width. */
  readonly wide?: boolean;
}

/** A field's value as the current-values list shows it. */
export function shownValue<V>(spec: FieldSpec<V>, value: unknown, yes: string, no: string, none: string): string {
  if (spec.type === "checkbox") return value ? yes : no;
  const text = typeof value === "string" ? value : "";
  if (text === "") return none;
  if (spec.type === "select") return spec.choices?.find((c) => c.value === text)?.label ?? text;
  return text;
}
