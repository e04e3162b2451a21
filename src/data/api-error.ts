// Errors from the API, in one shape the UI can explain: the query that failed, whether the
// server could not be reached at all, and the server's own message for the technical details.

/** The fields supabase-js puts in a PostgREST error. */
interface PostgrestErrorLike {
  readonly message: string;
  readonly code?: string;
  readonly details?: string | null;
  readonly hint?: string | null;
}

/** A failed API call. `network` is true when no HTTP answer came back (offline, server down, timeout). */
export class ApiError extends Error {
  readonly what: string;
  readonly code: string;
  readonly status: number;
  readonly network: boolean;

  constructor(what: string, error: PostgrestErrorLike, status: number) {
    super(`${what}: ${error.message}${error.hint ? ` (${error.hint})` : ""}`);
    this.name = "ApiError";
    this.what = what;
    this.code = error.code ?? "";
    this.status = status;
    // supabase-js reports a failed fetch (or an abort) as status 0 with the JS error's name in the message.
    this.network = status === 0 || /^(TypeError|AbortError|TimeoutError)\b/.test(error.message);
  }
}

/** True when `error` means the server could not be reached, rather than that it refused. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.network;
}
