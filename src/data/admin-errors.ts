// What a refused admin write says, in parts the admin pages can turn into a specific message:
// the Postgres error code, the constraint a CHECK/UNIQUE/FK named, and the server's own text
// (the admin RPCs and triggers raise Vietnamese sentences meant to be shown as they are).

import { ApiError } from "@/data/api-error";

/** A refused write, read from an ApiError (or anything thrown). */
export interface AdminWriteProblem {
  /** SQLSTATE, e.g. "23514"; "" when there is none (network, unexpected). */
  readonly code: string;
  /** The constraint named in the message, e.g. "projects_decision_for_status". */
  readonly constraint: string | null;
  /** The server's message without the query's name. */
  readonly serverMessage: string;
  readonly network: boolean;
}

/** The parts of `error` the admin pages explain. */
export function adminWriteProblem(error: unknown): AdminWriteProblem {
  if (error instanceof ApiError) {
    const serverMessage = error.message.startsWith(`${error.what}: `) ? error.message.slice(error.what.length + 2) : error.message;
    const constraint = /constraint "([^"]+)"/.exec(serverMessage)?.[1] ?? null;
    return { code: error.code, constraint, serverMessage, network: error.network };
  }
  return { code: "", constraint: null, serverMessage: error instanceof Error ? error.message : String(error), network: false };
}
