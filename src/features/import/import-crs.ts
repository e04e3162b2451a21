// The coordinate systems the person may choose when the file does not say (or says wrongly):
// WGS84, VN-2000 TM-3 with a provincial central meridian, VN-2000 UTM 48/49, as a form. The
// parameters, presets and the record's names are the worker's own (src/import/crs-names.ts).

import { TM3_PRESETS, crsLabel, proj4Definition } from "@/import/crs-names";
import type { CrsChoice } from "@/domain/import-types";

/** The provincial presets offered, Hưng Yên first (src/import/crs-names.ts gives each its source). */
export const MERIDIAN_PRESETS: readonly { readonly province: string; readonly meridian: number }[] =
  TM3_PRESETS.map((p) => ({ province: p.province, meridian: p.centralMeridian }));

/** The CRS kinds offered, in the order they are listed. */
export type CrsKind = "tm3" | "utm48" | "utm49" | "wgs84";

/** What the person picked on the page (the typed meridian kept as typed). */
export interface CrsForm {
  readonly kind: CrsKind;
  /** A preset's province ("Hưng Yên"), or "other" for the typed meridian. */
  readonly preset: string;
  readonly typed: string;
}

export const DEFAULT_CRS_FORM: CrsForm = { kind: "tm3", preset: "Hưng Yên", typed: "" };

/**
 * A meridian typed as degrees ("105,5", "105.5") or degrees and minutes ("105°30′", "105 30"),
 * or null when it is none or lies outside Vietnam's zones (102°–110°).
 */
export function parseMeridian(text: string): number | null {
  const trimmed = text.trim();
  const dm = /^(\d{2,3})\s*(?:°|º|\s)\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:['′’]|ph)?$/u.exec(trimmed);
  const value = dm ? Number(dm[1]) + Number(dm[2]!.replace(",", ".")) / 60
    : /^\d{2,3}(?:[.,]\d+)?°?$/u.test(trimmed) ? Number(trimmed.replace("°", "").replace(",", ".")) : Number.NaN;
  return Number.isFinite(value) && value >= 102 && value <= 110 ? value : null;
}

/** The choice the form stands for, or null while the typed meridian is not valid. */
export function crsFromForm(form: CrsForm): CrsChoice | null {
  if (form.kind === "wgs84") return { kind: "wgs84" };
  if (form.kind === "utm48") return { kind: "vn2000-utm", zone: 48 };
  if (form.kind === "utm49") return { kind: "vn2000-utm", zone: 49 };
  const meridian = form.preset === "other" ? parseMeridian(form.typed)
    : (MERIDIAN_PRESETS.find((p) => p.province === form.preset)?.meridian ?? null);
  return meridian === null ? null : { kind: "vn2000-tm3", centralMeridian: meridian };
}

/** The form showing `choice` (to start from what the file says). */
export function formFromCrs(choice: CrsChoice): CrsForm {
  if (choice.kind === "wgs84") return { ...DEFAULT_CRS_FORM, kind: "wgs84" };
  if (choice.kind === "vn2000-utm") return { ...DEFAULT_CRS_FORM, kind: choice.zone === 48 ? "utm48" : "utm49" };
  const preset = MERIDIAN_PRESETS.find((p) => p.meridian === choice.centralMeridian);
  return preset ? { ...DEFAULT_CRS_FORM, preset: preset.province }
    : { kind: "tm3", preset: "other", typed: String(choice.centralMeridian) };
}

/** 105.5 → "105°30′". */
export function formatMeridian(degrees: number): string {
  const whole = Math.floor(degrees + 1e-9);
  const minutes = Math.round((degrees - whole) * 60 * 100) / 100;
  return minutes === 0 ? `${whole}°` : `${whole}°${String(minutes).padStart(2, "0")}′`;
}

/** How the CRS reads in the import run's record, e.g. "VN-2000 / TM-3 105°30′ (EPSG:9209)". */
export const crsRecordName = crsLabel;

/** The proj4 definition the conversion used, for the record (null for WGS84). */
export const crsProj4 = proj4Definition;
