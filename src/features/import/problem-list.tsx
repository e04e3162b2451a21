// The problems of a check or a dry run, per row: the row's number as the file counts it, one
// sentence per problem, and a button moving the preview map to it.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { ListedProblem } from "@/features/import/problem-text";
import { problemText } from "@/features/import/problem-text";

/** Rows listed at most: a file full of problems shows the first ones and says how many more. */
const MAX_ROWS_LISTED = 200;

interface ProblemListProps {
  readonly problems: readonly ListedProblem[];
  readonly legalAreaOf: (row: number) => number | null;
  /** Moves the map to the problem; null where it has no place (then no button). */
  readonly onShow: ((problem: ListedProblem) => void) | null;
  readonly canShow: (problem: ListedProblem) => boolean;
}

/** The problems grouped by row, rows in file order. */
export function ProblemList({ problems, legalAreaOf, onShow, canShow }: ProblemListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const byRow = new Map<number, ListedProblem[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  const shown = rows.slice(0, MAX_ROWS_LISTED);
  const hiddenProblems = rows.slice(MAX_ROWS_LISTED).reduce((sum, [, list]) => sum + list.length, 0);
  return (
    <>
      <ol className="import-problems">
        {shown.map(([row, list]) => {
          const placed = list.find(canShow);
          const rowLabel = t("import.check.row", { row: formatCount(row, lang) });
          return (
            <li key={row} className="import-problems__row">
              <span className="import-problems__label">{rowLabel}</span>
              <ul className="import-problems__list">
                {list.map((p, i) => <li key={`${p.code}-${i}`}>{problemText(t, lang, p, legalAreaOf)}</li>)}
              </ul>
              {onShow && placed ? (
                <button type="button" className="button button--ghost import-problems__show" onClick={() => onShow(placed)}
                  aria-label={`${t("import.check.showOnMap")}: ${rowLabel}`}>
                  {t("import.check.showOnMap")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {hiddenProblems > 0 ? (
        <p className="import-hint">{t("import.check.moreProblems", {
          n: formatCount(hiddenProblems, lang), shown: formatCount(shown.reduce((s, [, l]) => s + l.length, 0), lang),
        })}</p>
      ) : null}
    </>
  );
}
