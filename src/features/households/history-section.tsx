// The record's history (household_events, newest first): when, who, and what changed, field by
// field, with the old value struck through beside the new one.

import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import type { HouseholdDetail, HouseholdHistoryEntry } from "@/domain/household-types";
import { formatDate, formatDateTime, formatNumber, formatVnd } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import type { FieldChange } from "@/features/households/history-changes";
import { historyChanges } from "@/features/households/history-changes";

const ENTITIES = ["party", "member", "holding", "plan", "line", "payment", "allocation", "item", "item_progress", "import"] as const;
type Entity = (typeof ENTITIES)[number];
const FIELDS = new Set(["kind", "name", "id_number", "address", "phone", "admin_unit_id", "note", "full_name", "birth_year", "relation",
  "is_head", "share_pct", "parcel_id", "origin", "certificate_no", "plan_id", "line_group", "content", "quantity", "unit",
  "unit_price_vnd", "amount_vnd", "basis_document", "basis_article", "status", "paid_on", "method", "reference", "project_id",
  "site", "plot_no", "area_m2", "ready_on", "allocated_on"]);
const ENUMS: Readonly<Record<string, string>> = {
  origin: "origins", line_group: "groups", status: "statuses", method: "methods",
};

function entityOf(entry: HouseholdHistoryEntry): Entity {
  return (ENTITIES as readonly string[]).includes(entry.entity) ? entry.entity as Entity : "party";
}

function title(t: TFunction, entry: HouseholdHistoryEntry): string {
  const entityName = t(`households.history.entities.${entityOf(entry)}`);
  if (entry.entity === "import") return t("households.history.imported");
  if (entry.kind.endsWith(".delete") || (entry.before && !entry.after)) return t("households.history.deleted", { entity: entityName });
  if (!entry.before) return t("households.history.created", { entity: entityName });
  return t("households.history.updated", { entity: entityName });
}

/** A stored value as the reader knows it: names for ids, words for codes, vi-VN numbers. */
function valueText(t: TFunction, lang: Lang, detail: HouseholdDetail, entity: Entity, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("households.history.empty");
  if (typeof value === "boolean") return value ? t("households.history.yes") : t("households.history.no");
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
  if (field === "kind" && entity === "party" && ["household", "person", "organisation"].includes(text)) return t(`households.kinds.${text as "household"}`);
  const enumKey = ENUMS[field];
  if (enumKey) return t(`households.${enumKey}.${text}` as "households.origins.unknown", { defaultValue: text });
  if (field === "parcel_id") {
    const h = detail.holdings.find((x) => x.parcelId === text);
    return h ? t("households.holdings.parcelTitle", { sheet: h.mapSheet, parcel: h.parcelNo }) : text.slice(0, 8);
  }
  if (field === "plan_id") {
    const p = detail.plans.find((x) => x.planId === text);
    return p ? t("households.plans.heading", { project: p.projectName, batch: p.batch }) : text.slice(0, 8);
  }
  if (field === "project_id") {
    return detail.holdings.find((x) => x.projectId === text)?.projectName ?? detail.plans.find((x) => x.projectId === text)?.projectName ?? text.slice(0, 8);
  }
  if (field === "admin_unit_id" && text === detail.party.adminUnitId) return detail.party.communeName;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text, lang);
  if (field.endsWith("_vnd") && /^\d+(\.\d+)?$/.test(text)) return formatVnd(Number(text), lang);
  const number = typeof value === "number" ? value : /^-?\d+(\.\d+)?$/.test(text) && field !== "id_number" && field !== "birth_year" ? Number(text) : null;
  if (number !== null && field !== "birth_year") return formatNumber(number, lang, number % 1 === 0 ? 0 : 2);
  return text;
}

export function HistorySection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="hh-card" aria-labelledby="hh-history">
      <h2 id="hh-history">{t("households.history.title")}</h2>
      {detail.history.length === 0 ? <p className="hh-empty">{t("households.history.none")}</p> : (
        <ol className="hh-history">
          {detail.history.map((entry) => {
            const entity = entityOf(entry);
            const changes = historyChanges(entry.before, entry.after).filter((c) => FIELDS.has(c.field));
            return (
              <li key={entry.seq} className="hh-history__entry">
                <p className="hh-history__head">
                  <strong>{title(t, entry)}</strong>
                  <span className="hh-muted"> · {formatDateTime(new Date(entry.occurredAt), lang)} · {entry.actorEmail ?? t("households.history.actorGone")}</span>
                </p>
                {changes.length > 0 ? (
                  <ul className="hh-history__changes">
                    {changes.map((c) => <ChangeLine key={c.field} change={c} text={(v) => valueText(t, lang, detail, entity, c.field, v)}
                      label={t(`households.history.fields.${c.field}` as "households.history.fields.name")} isNew={entry.before === null} />)}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function ChangeLine({ change, text, label, isNew }: { change: FieldChange; text: (v: unknown) => string; label: string; isNew: boolean }) {
  return (
    <li>
      <span className="hh-history__field">{label}:</span>{" "}
      {isNew || change.after === null ? null : <><del>{text(change.before)}</del>{" → "}</>}
      {change.after === null ? <del>{text(change.before)}</del> : <ins>{text(change.after)}</ins>}
    </li>
  );
}
