// The Vietnamese texts read straight from vi.ts, without i18next: for the page frame of the view
// drawn before React (src/app/early-view). Keeping i18next (and React, which react-i18next
// brings) out of that view's code made it about 20 ms sooner on this machine (`npm run bench:map`,
// paired A/B). Plain texts only: no interpolation, no plurals; the app's `t` does the rest.

import { vi } from "@/app/i18n/vi";

/** The Vietnamese text at `key` ("app.brand"); throws for a key that is not a plain text. */
export function viText(key: string): string {
  let node: unknown = vi;
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string" || node.includes("{{")) throw new Error(`viText: "${key}" is not a plain text`);
  return node;
}
