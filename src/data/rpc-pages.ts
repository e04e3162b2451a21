// The API answers at most 1,000 rows (PostgREST's max_rows, the same on hosted Supabase): a
// longer answer of a set-returning function is asked for page by page, in a stable order, until
// a page comes back short. Each page runs the function again, so this is for answers that only
// sometimes pass the limit (a long burn-up, a big project's parcels).

import type { PostgrestError } from "@supabase/supabase-js";
import { ApiError } from "@/data/api-error";

/** The rows of one page the server gives. */
export const RPC_PAGE_ROWS = 1_000;

interface PageAnswer {
  readonly data: unknown;
  readonly error: PostgrestError | null;
  readonly status: number;
}

/** Every row of `name`'s answer: `page(from, to)` asks for rows from..to (inclusive), `parse` reads a page. */
export async function allRpcPages<T>(name: string, page: (from: number, to: number) => PromiseLike<PageAnswer>,
  parse: (data: unknown) => T[]): Promise<T[]> {
  const rows: T[] = [];
  for (let from = 0; ; from += RPC_PAGE_ROWS) {
    const answer = await page(from, from + RPC_PAGE_ROWS - 1);
    if (answer.error) throw new ApiError(name, answer.error, answer.status);
    const parsed = parse(answer.data);
    rows.push(...parsed);
    if (parsed.length < RPC_PAGE_ROWS) return rows;
  }
}
