// SQL literals for the seed writer.

/** A quoted SQL string literal. */
export function q(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A quoted string literal, or null. */
export function qn(s: string | null): string {
  return s === null ? "null" : q(s);
}

/** A text[] literal. */
export function textArray(items: readonly string[]): string {
  return items.length === 0 ? "'{}'::text[]" : `array[${items.map(q).join(", ")}]::text[]`;
}

/** A jsonb literal of a JSON value. */
export function jsonb(value: unknown): string {
  return `${q(JSON.stringify(value))}::jsonb`;
}

/** Tenths of m² as a SQL numeric: "1523.4", or "1523" when whole. */
export function tenths(t: number): string {
  return t % 10 === 0 ? String(t / 10) : `${Math.trunc(t / 10)}.${Math.abs(t % 10)}`;
}
