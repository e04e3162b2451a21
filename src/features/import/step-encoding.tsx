// Step 4: the encoding of the attribute table. The first rows in each candidate encoding side by
// side, the assumed one named; the person picks the one that reads right and confirms it.

import { useTranslation } from "react-i18next";
import type { EncodingCandidate, ReadSummary, TextEncoding } from "@/domain/import-types";
import { StepSection } from "@/components/step-section";

const PREVIEW_ROWS = 3;
const PREVIEW_COLUMNS = 4;

/**
 * The columns worth comparing first: those that read differently in the candidates (the text
 * the encoding decides), then the others, PREVIEW_COLUMNS at most.
 */
function previewColumns(fields: readonly string[], candidates: readonly EncodingCandidate[]): string[] {
  const differs = (field: string) => candidates.some((c) => c.preview.some((row, i) => String(row[field] ?? "") !== String(candidates[0]?.preview[i]?.[field] ?? "")));
  const textual = (field: string) => candidates.some((c) => c.preview.some((row) => /[^\x20-\x7e]/.test(String(row[field] ?? ""))));
  const ranked = [...fields].sort((a, b) => Number(differs(b)) - Number(differs(a)) || Number(textual(b)) - Number(textual(a)));
  return ranked.slice(0, PREVIEW_COLUMNS);
}

interface StepEncodingProps {
  readonly summary: ReadSummary;
  readonly encoding: TextEncoding | null;
  readonly onEncoding: (encoding: TextEncoding) => void;
  readonly confirmed: boolean;
  readonly onConfirmed: (confirmed: boolean) => void;
}

export function StepEncoding({ summary, encoding, onEncoding, confirmed, onConfirmed }: StepEncodingProps) {
  const { t } = useTranslation();
  const candidates = summary.encodings;
  if (!candidates) {
    return (
      <StepSection title={t("import.step.encoding")}>
        <p>{t("import.encoding.none")}</p>
      </StepSection>
    );
  }
  const name = (e: TextEncoding) => t(`import.encoding.names.${e}`);
  const assumed = summary.assumedEncoding;
  const columns = previewColumns(summary.fields, candidates);
  return (
    <StepSection title={t("import.step.encoding")}>
      {assumed ? <p>{t("import.encoding.assumed", { encoding: name(assumed) })}</p> : null}
      <fieldset className="import-fieldset">
        <legend>{t("import.encoding.choose")}</legend>
        <div className="import-encodings">
          {candidates.map((candidate) => (
            <EncodingPreview key={candidate.encoding} candidate={candidate} columns={columns}
              name={name(candidate.encoding)} chosen={encoding === candidate.encoding} onChoose={() => onEncoding(candidate.encoding)} />
          ))}
        </div>
      </fieldset>
      {encoding === "tcvn3" ? <p className="import-hint">{t("import.encoding.tcvn3Capitals")}</p> : null}
      {encoding ? (
        <label className="import-choice import-choice--strong">
          <input type="checkbox" checked={confirmed} onChange={(e) => onConfirmed(e.target.checked)} />
          {t("import.encoding.confirm", { encoding: name(encoding) })}
        </label>
      ) : null}
      {!confirmed ? <p className="import-hint">{t("import.encoding.confirmNeeded")}</p> : null}
    </StepSection>
  );
}

interface EncodingPreviewProps {
  readonly candidate: EncodingCandidate;
  readonly columns: readonly string[];
  readonly name: string;
  readonly chosen: boolean;
  readonly onChoose: () => void;
}

function EncodingPreview({ candidate, columns, name, chosen, onChoose }: EncodingPreviewProps) {
  const { t } = useTranslation();
  return (
    <div className={chosen ? "import-encoding import-encoding--chosen" : "import-encoding"}>
      <label className="import-choice">
        <input type="radio" name="import-encoding" value={candidate.encoding} checked={chosen} onChange={onChoose} />
        {name}
      </label>
      {/* a region of its own, focusable, so that a keyboard can scroll a wide preview */}
      <div className="import-table-scroll" tabIndex={0} role="region" aria-label={t("import.encoding.previewCaption", { encoding: name })}>
        <table className="import-table">
          <caption className="sr-only">{t("import.encoding.previewCaption", { encoding: name })}</caption>
          <thead>
            <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {candidate.preview.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={i}>{columns.map((c) => <td key={c}>{row[c] === null || row[c] === undefined ? "" : String(row[c])}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
