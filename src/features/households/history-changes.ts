// What one history entry changed: the fields whose value differs between the row before and the
// row after, in the order the row lists them. Bookkeeping columns are left out: they change with
// every event and say nothing to the reader.

/** One field's change; null stands for "no value" (a new row, a removed row, an empty field). */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const BOOKKEEPING = new Set(["id", "version", "created_at", "updated_at", "party_id"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields `before` and `after` disagree on (every shown field of a created or removed row). */
export function historyChanges(before: Readonly<Record<string, unknown>> | null,
  after: Readonly<Record<string, unknown>> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields.filter((f) => !BOOKKEEPING.has(f))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((c) => !same(c.before, c.after));
}
