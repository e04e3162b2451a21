// Step 3: the coordinate system. What the file states is said (and how it was found); otherwise,
// or when the person overrides it, a choice of WGS84, VN-2000 TM-3 with the provincial meridians
// (Hưng Yên first) or a typed one, VN-2000 UTM 48/49. Numbers that look like X = northing,
// Y = easting are said, with a toggle.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { CrsChoice, ReadSummary } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { formatNumber } from "@/domain/format";
import type { CrsForm, CrsKind } from "@/features/import/import-crs";
import { MERIDIAN_PRESETS, crsFromForm, formatMeridian } from "@/features/import/import-crs";
import { StepSection } from "@/components/step-section";

/** How a CRS reads on the page. */
export function describeCrs(t: TFunction, choice: CrsChoice): string {
  if (choice.kind === "wgs84") return t("import.crs.describe.wgs84");
  if (choice.kind === "vn2000-utm") return t("import.crs.describe.utm", { zone: choice.zone });
  return t("import.crs.describe.tm3", { meridian: formatMeridian(choice.centralMeridian) });
}

const KINDS: readonly { kind: CrsKind; key: "tm3" | "utm48" | "utm49" | "wgs84" }[] = [
  { kind: "tm3", key: "tm3" }, { kind: "utm48", key: "utm48" }, { kind: "utm49", key: "utm49" }, { kind: "wgs84", key: "wgs84" },
];

interface StepCrsProps {
  readonly summary: ReadSummary;
  readonly override: boolean;
  readonly onOverride: (override: boolean) => void;
  readonly form: CrsForm;
  readonly onForm: (form: CrsForm) => void;
  readonly axisSwapped: boolean;
  readonly onAxisSwapped: (swapped: boolean) => void;
}

export function StepCrs(props: StepCrsProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { summary, form } = props;
  const fromFile = summary.crsFromFile;
  const showForm = fromFile === null || props.override;
  const bounds = summary.rawBounds;
  return (
    <StepSection title={t("import.step.crs")}>
      {fromFile ? <p className="import-ok">{t("import.crs.found", { crs: describeCrs(t, fromFile) })}</p> : null}
      <p>{t(`import.crs.${summary.crsNote}`)}</p>
      {summary.prj && summary.crsNote === "prj_unknown" ? (
        <details className="import-details"><summary>.prj</summary><code>{summary.prj}</code></details>
      ) : null}
      {bounds ? (
        <p className="import-hint">{t("import.crs.rawBounds", {
          minX: formatNumber(bounds[0], lang, 3), maxX: formatNumber(bounds[2], lang, 3),
          minY: formatNumber(bounds[1], lang, 3), maxY: formatNumber(bounds[3], lang, 3),
        })}</p>
      ) : null}
      {fromFile ? (
        <label className="import-choice">
          <input type="checkbox" checked={props.override} onChange={(e) => props.onOverride(e.target.checked)} />
          {t("import.crs.override")}
        </label>
      ) : null}
      {showForm ? <CrsFormFields form={form} onForm={props.onForm} /> : null}
      {summary.axisSwapSuspected ? <p className="import-warning" role="note">{t("import.crs.axisSuspected")}</p> : null}
      <label className="import-choice">
        <input type="checkbox" checked={props.axisSwapped} onChange={(e) => props.onAxisSwapped(e.target.checked)} />
        {t("import.crs.axisSwap")}
      </label>
    </StepSection>
  );
}

function CrsFormFields({ form, onForm }: { form: CrsForm; onForm: (form: CrsForm) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const presetId = useId();
  const typedId = useId();
  const errorId = useId();
  const typedInvalid = form.kind === "tm3" && form.preset === "other" && form.typed.trim() !== "" && crsFromForm(form) === null;
  return (
    <>
      <fieldset className="import-fieldset">
        <legend>{t("import.crs.choice")}</legend>
        {KINDS.map(({ kind, key }) => (
          <label key={kind} className="import-choice">
            <input type="radio" name="import-crs" value={kind} checked={form.kind === kind} onChange={() => onForm({ ...form, kind })} />
            {t(`import.crs.${key}`)}
          </label>
        ))}
      </fieldset>
      {form.kind === "tm3" ? (
        <div className="import-row">
          <div className="field">
            <label htmlFor={presetId}>{t("import.crs.meridianPreset")}</label>
            <select id={presetId} value={form.preset} onChange={(e) => onForm({ ...form, preset: e.target.value })}>
              {MERIDIAN_PRESETS.map((p) => (
                <option key={p.province} value={p.province}>{`${p.province} – ${formatMeridian(p.meridian)}`}</option>
              ))}
              <option value="other">{t("import.crs.meridianOther")}</option>
            </select>
          </div>
          {form.preset === "other" ? (
            <div className="field">
              <label htmlFor={typedId}>{t("import.crs.meridianTyped")}</label>
              <input id={typedId} type="text" inputMode="decimal" value={form.typed} placeholder={formatNumber(105.5, lang, 1)}
                aria-invalid={typedInvalid} aria-describedby={typedInvalid ? errorId : undefined}
                onChange={(e) => onForm({ ...form, typed: e.target.value })} />
              {typedInvalid ? <p id={errorId} className="field-error">{t("import.crs.meridianInvalid")}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
