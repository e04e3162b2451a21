// The land user's facts (kind, name, ID number, address, phone, commune, note) and, for an
// officer of the area, their form.

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import { useCommunes } from "@/data/communes-query";
import type { HouseholdDetail } from "@/domain/household-types";
import { PARTY_KINDS } from "@/domain/household-types";
import { MISSING, formatDateTime } from "@/domain/format";
import type { FieldSpec } from "@/features/households/form-spec";
import type { PartyFormValues } from "@/features/households/party-form-model";
import { partyToForm, validatePartyForm } from "@/features/households/party-form-model";
import { RecordForm } from "@/features/households/record-form";
import { useEditing } from "@/features/households/use-editing";

function partyFields(t: TFunction, communes: readonly { id: string; name: string }[]): FieldSpec<PartyFormValues>[] {
  return [
    { key: "kind", label: t("households.party.kind"), type: "select", choices: PARTY_KINDS.map((k) => ({ value: k, label: t(`households.kinds.${k}`) })) },
    { key: "name", label: t("households.party.name"), type: "text", wide: true },
    { key: "idNumber", label: t("households.party.idNumber"), type: "text", hint: t("households.party.idNumberHint") },
    { key: "phone", label: t("households.party.phone"), type: "text" },
    { key: "address", label: t("households.party.address"), type: "text", wide: true },
    { key: "adminUnitId", label: t("households.party.commune"), type: "select",
      choices: [{ value: "", label: t("households.party.chooseCommune") }, ...communes.map((c) => ({ value: c.id, label: c.name }))] },
    { key: "note", label: t("households.party.note"), type: "textarea", wide: true },
  ];
}

export function PartySection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { party } = detail;
  const communes = useCommunes();
  const editing = useEditing();
  const choices = useMemo(() => {
    const list = communes.data ?? [];
    // the party's own unit is offered even when it is not a commune-level unit (2024's districts)
    return list.some((c) => c.id === party.adminUnitId) ? list : [{ id: party.adminUnitId, name: party.communeName }, ...list];
  }, [communes.data, party.adminUnitId, party.communeName]);
  const rows: [string, string][] = [
    [t("households.party.kind"), t(`households.kinds.${party.kind}`)],
    [t("households.party.idNumber"), party.idNumber ?? MISSING],
    [t("households.party.address"), party.address ?? MISSING],
    [t("households.party.phone"), party.phone ?? MISSING],
    [t("households.party.commune"), party.communeName],
    [t("households.party.note"), party.note ?? MISSING],
    [t("households.party.updated"), formatDateTime(new Date(party.updatedAt), lang)],
  ];
  return (
    <section className="hh-card" aria-labelledby="hh-party">
      <div className="hh-card__head">
        <h2 id="hh-party">{t("households.party.title")}</h2>
        {detail.canEdit && !editing.editing ? (
          <button type="button" className="button button--secondary button--small" onClick={() => editing.openEdit(party.id)}>
            {t("households.party.edit")}
          </button>
        ) : null}
      </div>
      {editing.saved ? <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p> : null}
      {editing.editing ? (
        <RecordForm title={t("households.party.editTitle")} kind="party.save" rowId={party.id} fields={partyFields(t, choices)}
          initial={partyToForm(party)} version={party.version} current={{ values: partyToForm(party), version: party.version }}
          validate={validatePartyForm} onSaved={editing.done} onCancel={editing.close} />
      ) : (
        <dl className="hh-facts">
          {rows.map(([label, value]) => (
            <div key={label} className="hh-facts__row"><dt>{label}</dt><dd>{value}</dd></div>
          ))}
        </dl>
      )}
    </section>
  );
}
