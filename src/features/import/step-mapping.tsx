// Step 5: field mapping. Each target field from a column of the file or a constant typed once;
// started from the project's last run (or a guess from the column names).

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FieldMapping, FieldSource, ImportLayer, TargetField } from "@/domain/import-types";
import { TARGET_FIELDS } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { formatDateTime } from "@/domain/format";
import { REQUIRED_FIELDS } from "@/features/import/import-mapping";
import { StepSection } from "@/components/step-section";

const CONSTANT = "\u0000constant";

interface StepMappingProps {
  readonly layer: ImportLayer;
  readonly fields: readonly string[];
  readonly mapping: FieldMapping;
  readonly onMapping: (mapping: FieldMapping) => void;
  readonly missing: readonly TargetField[];
  readonly rememberedFrom: { readonly date: Date; readonly file: string } | null;
}

export function StepMapping({ layer, fields, mapping, onMapping, missing, rememberedFrom }: StepMappingProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const targets = TARGET_FIELDS[layer] as readonly TargetField[];
  const required = REQUIRED_FIELDS[layer] as readonly TargetField[];
  if (targets.length === 0) {
    return (
      <StepSection title={t("import.step.mapping")}>
        <p>{t("import.mapping.noFields")}</p>
      </StepSection>
    );
  }
  return (
    <StepSection title={t("import.step.mapping")}>
      <p>{t("import.mapping.intro")}</p>
      {rememberedFrom ? (
        <p className="import-note">{t("import.mapping.remembered", { date: formatDateTime(rememberedFrom.date, lang), file: rememberedFrom.file })}</p>
      ) : null}
      <div className="import-mapping">
        {targets.map((field) => (
          <MappingRow key={field} field={field} required={required.includes(field)} columns={fields} source={mapping[field] ?? null}
            onSource={(source) => onMapping({ ...mapping, [field]: source })} />
        ))}
      </div>
      {layer === "parcels" ? <p className="import-hint">{t("import.mapping.privateNote")}</p> : null}
      {missing.length > 0 ? (
        <p className="import-warning" role="status">
          {t("import.mapping.missing", { fields: missing.map((f) => t(`import.mapping.fields.${f}`)).join(", ") })}
        </p>
      ) : null}
    </StepSection>
  );
}

interface MappingRowProps {
  readonly field: TargetField;
  readonly required: boolean;
  readonly columns: readonly string[];
  readonly source: FieldSource;
  readonly onSource: (source: FieldSource) => void;
}

function MappingRow({ field, required, columns, source, onSource }: MappingRowProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const constantId = useId();
  const label = t(`import.mapping.fields.${field}`);
  const value = source === null ? "" : "column" in source ? source.column : CONSTANT;
  return (
    <div className="import-mapping__row">
      <div className="field">
        <label htmlFor={selectId}>
          {label}
          {required ? <span className="import-required"> ({t("import.mapping.required")})</span> : null}
        </label>
        <select id={selectId} value={value} onChange={(e) => {
          const next = e.target.value;
          onSource(next === "" ? null : next === CONSTANT ? { constant: "" } : { column: next });
        }}>
          <option value="">{t("import.mapping.none")}</option>
          {columns.map((c) => <option key={c} value={c}>{c}</option>)}
          <option value={CONSTANT}>{t("import.mapping.constant")}</option>
        </select>
      </div>
      {source !== null && "constant" in source ? (
        <div className="field">
          <label htmlFor={constantId}>{t("import.mapping.constantLabel", { field: label })}</label>
          <input id={constantId} type="text" value={source.constant} onChange={(e) => onSource({ constant: e.target.value })} />
        </div>
      ) : null}
    </div>
  );
}
