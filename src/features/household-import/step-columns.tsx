// Step 2: which column of the file holds each field, as matched by the headers, with the first
// row's value beside it; the officer changes any match here.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { StepSection } from "@/components/step-section";
import type { Cell, HouseholdField, HouseholdMapping } from "@/import/household-list";
import { HOUSEHOLD_FIELDS, REQUIRED_HOUSEHOLD_FIELDS, cellText, missingFields } from "@/import/household-list";

interface StepColumnsProps {
  readonly headers: readonly Cell[];
  readonly firstRow: readonly Cell[];
  readonly firstRowNumber: number;
  readonly mapping: HouseholdMapping;
  readonly onMapping: (mapping: HouseholdMapping) => void;
}

export function StepColumns({ headers, firstRow, firstRowNumber, mapping, onMapping }: StepColumnsProps) {
  const { t } = useTranslation();
  const prefix = useId();
  const missing = missingFields(mapping);
  const columnName = (i: number) => cellText(headers[i]) ?? `#${i + 1}`;
  return (
    <StepSection title={t("householdImport.step.columns")}>
      <p>{t("householdImport.columns.intro")}</p>
      <div className="import-mapping">
        {HOUSEHOLD_FIELDS.map((field: HouseholdField) => {
          const id = `${prefix}-${field}`;
          const column = mapping[field];
          const sample = column === null ? null : cellText(firstRow[column]);
          return (
            <div key={field} className="field import-mapping__row">
              <label htmlFor={id}>
                {t(`householdImport.columns.fields.${field}`)}
                {REQUIRED_HOUSEHOLD_FIELDS.includes(field) ? <> <span className="import-required">{t("householdImport.columns.required")}</span></> : null}
              </label>
              <select id={id} value={column ?? ""}
                onChange={(e) => onMapping({ ...mapping, [field]: e.target.value === "" ? null : Number(e.target.value) })}>
                <option value="">{t("householdImport.columns.none")}</option>
                {headers.map((_, i) => <option key={i} value={i}>{columnName(i)}</option>)}
              </select>
              {sample !== null ? (
                <p className="import-hint">{t("householdImport.columns.sample", { n: firstRowNumber, value: sample })}</p>
              ) : null}
            </div>
          );
        })}
      </div>
      {missing.length > 0 ? (
        <p className="import-warning" role="alert">{t("householdImport.columns.missing", {
          fields: missing.map((f) => t(`householdImport.columns.fields.${f}`)).join(", "),
        })}</p>
      ) : null}
    </StepSection>
  );
}
