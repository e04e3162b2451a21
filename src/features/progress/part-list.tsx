// A short list of named shares (who must act, projects, reasons) with their parcels and area:
// the first few shown, the rest folded under "and N more".

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { BlockedPart } from "@/domain/blockers";
import { formatCount, formatM2AsHa } from "@/domain/format";

interface PartListProps {
  readonly parts: readonly BlockedPart[];
  /** How a part's name is shown (plain text, or a button that shows it on the map). */
  readonly renderName: (part: BlockedPart) => ReactNode;
  /** How many to show before folding the rest. */
  readonly visible?: number;
}

/** The parts, most area first, each with "N thửa · x ha". */
export function PartList({ parts, renderName, visible = 3 }: PartListProps) {
  const { t } = useTranslation();
  const shown = parts.length > visible + 1 ? parts.slice(0, visible) : parts;
  const folded = parts.slice(shown.length);
  return (
    <>
      <Items parts={shown} renderName={renderName} />
      {folded.length > 0 ? (
        <details className="part-list__more">
          <summary>{t("leader.moreItems", { count: folded.length })}</summary>
          <Items parts={folded} renderName={renderName} />
        </details>
      ) : null}
    </>
  );
}

function Items({ parts, renderName }: Pick<PartListProps, "parts" | "renderName">) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ul className="part-list">
      {parts.map((part) => (
        <li key={part.key} className="part-list__item">
          <span className="part-list__name">{renderName(part)}</span>
          <span className="part-list__figures">
            {t("leader.figures", { parcels: formatCount(part.parcels, lang), area: formatM2AsHa(part.areaM2, lang, 2) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
