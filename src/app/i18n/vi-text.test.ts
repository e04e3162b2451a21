import { describe, expect, it } from "vitest";
import { i18n } from "@/app/i18n/i18n";
import { vi } from "@/app/i18n/vi";
import { viText } from "@/app/i18n/vi-text";

/** Every text of `node` with its dotted key. */
function texts(node: object, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : texts(value as object, `${prefix}${key}.`));
}

describe("viText", () => {
  it("gives what i18next gives for every plain Vietnamese text", () => {
    const t = i18n.getFixedT("vi") as (key: string) => string; // keys from the object, not typed literals
    const plain = texts(vi).filter(([, text]) => !text.includes("{{"));
    expect(plain.length).toBeGreaterThan(100);
    for (const [key] of plain) expect(viText(key), key).toBe(t(key));
  });
  it("refuses keys that are not a plain text: interpolated, a group, unknown", () => {
    expect(() => viText("boot.elapsed")).toThrow(/not a plain text/);
    expect(() => viText("app")).toThrow(/not a plain text/);
    expect(() => viText("app.nothing.here")).toThrow(/not a plain text/);
  });
});
