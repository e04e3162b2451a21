// The problems of a dry run grouped by row: the row's number as the spreadsheet shows it, and
// one sentence per problem naming the column and the value.

import { useTranslation } from "react-i18next";
import type { HouseholdImportProblem } from "@/data/household-import-rpc";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import { householdProblemText } from "@/features/household-import/problem-text";

/** Rows listed at most: a file full of problems shows the first ones and says how many more. */
const MAX_ROWS_LISTED = 200;

export function HouseholdProblems({ problems }: { problems: readonly HouseholdImportProblem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const byRow = new Map<number, HouseholdImportProblem[]>();
  for (const p of problems) byRow.set(p.n, [...(byRow.get(p.n) ?? []), p]);
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  const shown = rows.slice(0, MAX_ROWS_LISTED);
  const hidden = rows.slice(MAX_ROWS_LISTED).reduce((sum, [, list]) => sum + list.length, 0);
  return (
    <>
      <ol className="import-problems" aria-label={t("householdImport.check.problemsTitle")}>
        {shown.map(([row, list]) => (
          <li key={row} className="import-problems__row">
            <span className="import-problems__label">{t("householdImport.check.row", { row: formatCount(row, lang) })}</span>
            <ul className="import-problems__list">
              {list.map((p, i) => <li key={`${p.code}-${p.field}-${i}`}>{householdProblemText(t, lang, p)}</li>)}
            </ul>
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <p className="import-hint">{t("householdImport.check.moreProblems", {
          n: formatCount(hidden, lang), shown: formatCount(problems.length - hidden, lang),
        })}</p>
      ) : null}
    </>
  );
}
