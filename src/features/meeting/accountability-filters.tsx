// The "5 rõ" filters: words to find, the project kind, only what is past due.

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import type { AccountabilityFilter } from "@/domain/accountability";
import { labelIn } from "@/domain/lang";
import { PROJECT_KINDS, isProjectKindId } from "@/domain/project-kinds";

interface Props {
  readonly filter: AccountabilityFilter;
  readonly onChange: (filter: AccountabilityFilter) => void;
}

export function AccountabilityFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <div className="meeting-filters" role="search" aria-label={t("meeting.tables.filters.label")}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t("meeting.tables.filters.text")}</label>
        <input id={`${id}-text`} type="search" value={filter.text} placeholder={t("meeting.tables.filters.textHint")}
          onChange={(e) => onChange({ ...filter, text: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("meeting.tables.filters.kind")}</label>
        <select id={`${id}-kind`} value={filter.kind ?? ""}
          onChange={(e) => onChange({ ...filter, kind: isProjectKindId(e.target.value) ? e.target.value : null })}>
          <option value="">{t("meeting.tables.filters.allKinds")}</option>
          {PROJECT_KINDS.map((k) => <option key={k.id} value={k.id}>{labelIn(k, lang)}</option>)}
        </select>
      </div>
      <label className="meeting-filters__check">
        <input type="checkbox" checked={filter.onlyLate} onChange={(e) => onChange({ ...filter, onlyLate: e.target.checked })} />
        {t("meeting.tables.filters.onlyLate")}
      </label>
    </div>
  );
}
