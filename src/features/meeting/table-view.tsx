// One meeting table on screen from its table model (src/domain/table-export.ts), the same model
// the CSV and XLSX files are written from. Headers are sort buttons (aria-sort says the order);
// a column with `href` links each of its cells (to the map at the row's place). The table
// scrolls sideways inside its own box, so that a phone scrolls the table and not the page.

import { useMemo, useState } from "react";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLang } from "@/components/use-lang";
import type { Lang } from "@/domain/lang";
import { formatCount, formatDate, formatHa, formatPercent, MISSING } from "@/domain/format";
import type { CellType, CellValue, SortDirection, TableColumn, TableModel } from "@/domain/table-export";
import { columnHeader, sortRows } from "@/domain/table-export";
import "@/features/meeting/meeting.css";

/** A column as the screen shows it: the model's, with an optional link from each cell. */
export interface ScreenColumn<R> extends TableColumn<R> {
  readonly href?: (row: R) => string | null;
  /** A warning colour for the cell (its text says the same: the colour only helps the eye). */
  readonly tone?: (row: R) => "red" | "amber" | null;
}

/** A table model whose columns may link. */
export interface ScreenTableModel<R> extends TableModel<R> {
  readonly columns: readonly ScreenColumn<R>[];
}

/** A cell's value as shown in `lang`. */
export function cellText(value: CellValue, type: CellType, lang: Lang): string {
  if (value === null) return MISSING;
  if (typeof value === "string") return type === "date" ? formatDate(value, lang) : value;
  switch (type) {
    case "ha": return formatHa(value, lang, 2);
    case "percent": return formatPercent(value, lang, 1);
    default: return formatCount(value, lang);
  }
}

/**
 * A text column's least width, from its width in the file: without it the browser squeezes names
 * into a word per line, and a row grows taller than the screen.
 */
function columnStyle(column: Pick<TableColumn<never>, "type" | "width">): CSSProperties | undefined {
  return column.type === "text" ? { minWidth: `${Math.min(column.width ?? 28, 48) / 1.7}em` } : undefined;
}

interface TableViewProps<R> {
  readonly model: ScreenTableModel<R>;
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  /** The table's accessible name. */
  readonly caption: string;
  /** Sort buttons in the headers (off on the printed report). */
  readonly sortable?: boolean;
  /**
   * Rows shown at first, and added by "Hiện thêm": a list of thousands of parcels is read in the
   * exported file, and drawing every row would keep the page busy. Infinity shows them all.
   */
  readonly pageSize?: number;
}

interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

/** Rows shown before "Hiện thêm". */
export const TABLE_PAGE_SIZE = 50;
/** Rows a printed list keeps: the report is read at a meeting, the full list is in the files. */
export const PRINT_ROWS = 40;

export function TableView<R>({ model, rows, rowKey, caption, sortable = true, pageSize = TABLE_PAGE_SIZE }: TableViewProps<R>) {
  const lang = useLang();
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState | null>(null);
  const [shown, setShown] = useState(pageSize);
  const sorted = useMemo(() => {
    const column = sort ? model.columns.find((c) => c.id === sort.columnId) : undefined;
    return column && sort ? sortRows(rows, column, sort.direction) : rows;
  }, [rows, model.columns, sort]);

  function toggle(columnId: string) {
    setSort((s) => {
      if (s?.columnId !== columnId) return { columnId, direction: "ascending" };
      return { columnId, direction: s.direction === "ascending" ? "descending" : "ascending" };
    });
  }

  return (
    <div className="meeting-table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="meeting-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {model.columns.map((c) => {
              const header = columnHeader(c, lang);
              const ariaSort = sort?.columnId === c.id ? sort.direction : undefined;
              return (
                <th key={c.id} scope="col" aria-sort={sortable ? (ariaSort ?? "none") : undefined}
                  className={c.type === "text" ? undefined : "num"} style={columnStyle(c)}>
                  {sortable ? (
                    <button type="button" className="meeting-table__sort" onClick={() => toggle(c.id)}
                      title={t("meeting.tables.sortBy", { column: header })}>
                      {header}
                      <span aria-hidden="true" className="meeting-table__arrow">{ariaSort === "ascending" ? "▲" : ariaSort === "descending" ? "▼" : "↕"}</span>
                    </button>
                  ) : header}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((row) => (
            <tr key={rowKey(row)}>
              {model.columns.map((c, i) => <Cell key={c.id} column={c} row={row} lang={lang} header={i === 0} />)}
            </tr>
          ))}
          {sorted.length === 0 ? (
            <tr><td colSpan={model.columns.length} className="meeting-table__empty">{t("meeting.tables.noRows")}</td></tr>
          ) : null}
        </tbody>
        {model.totals ? (
          <tfoot>
            <tr>
              {model.columns.map((c) => (
                <td key={c.id} className={c.type === "text" ? undefined : "num"}>{cellText(model.totals?.[c.id] ?? null, c.type, lang)}</td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
      {sorted.length > shown ? (
        <p className="meeting-table__more">
          <span>{t("meeting.tables.shownOf", { shown: formatCount(shown, lang), total: formatCount(sorted.length, lang) })}</span>
          {sortable ? (
            <>
              <button type="button" className="button button--secondary button--small" onClick={() => setShown((n) => n + pageSize)}>
                {t("meeting.tables.showMore", { count: Math.min(pageSize, sorted.length - shown), formatted: formatCount(Math.min(pageSize, sorted.length - shown), lang) })}
              </button>
              <button type="button" className="button button--ghost button--small" onClick={() => setShown(sorted.length)}>
                {t("meeting.tables.showAll", { total: formatCount(sorted.length, lang) })}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** One cell; the row's first is its header, which names the row to a screen reader. */
function Cell<R>({ column, row, lang, header }: { column: ScreenColumn<R>; row: R; lang: Lang; header: boolean }) {
  const text = cellText(column.value(row), column.type, lang);
  const href = column.href?.(row) ?? null;
  const content = href ? <Link href={href}>{text}</Link> : text;
  const tone = column.tone?.(row) ?? null;
  const className = [column.type === "text" ? null : "num", tone ? `meeting-table__tone--${tone}` : null].filter(Boolean).join(" ") || undefined;
  return header ? <th scope="row" className={className}>{content}</th> : <td className={className}>{content}</td>;
}
