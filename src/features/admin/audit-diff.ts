// What an audited write changed, field by field, in words a reader can compare: only the fields
// that differ, geometry summed up (kind and vertex count) rather than thousands of coordinates.

/** One changed field: its value before and after, as text ("" for none). */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

// written by the app or the database on every save: a change of these alone says nothing
const NOISE = new Set(["updated_at", "change_xid"]);

function countPositions(node: unknown): number {
  if (!Array.isArray(node)) return 0;
  if (typeof node[0] === "number") return 1;
  return node.reduce((n: number, child) => n + countPositions(child), 0);
}

/** A value as one line of text. */
export function auditValueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && !Array.isArray(value) && "type" in value && "coordinates" in value) {
    return `${typeof value.type === "string" ? value.type : "?"} (${countPositions(value.coordinates)})`;
  }
  if (Array.isArray(value)) return value.map(auditValueText).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return typeof value === "string" ? value : JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields that differ between before and after (an insert lists what was set, a delete what was there). */
export function changedFields(before: Readonly<Record<string, unknown>> | null, after: Readonly<Record<string, unknown>> | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (NOISE.has(field) || field === "id") continue;
    const b = before?.[field];
    const a = after?.[field];
    if (same(b, a)) continue;
    // an insert's empty fields and a delete's are not news
    if ((before === null && (a === null || a === undefined)) || (after === null && (b === null || b === undefined))) continue;
    changes.push({ field, before: auditValueText(b), after: auditValueText(a) });
  }
  return changes.sort((x, y) => x.field.localeCompare(y.field));
}
