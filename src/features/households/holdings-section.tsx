// The parcels the household holds: on a small map in their stages' colours, and listed with
// their share, origin and certificate; for an officer of the area, their forms.

import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import { useParcelHolders } from "@/data/parcel-holders-query";
import type { Holding, HouseholdDetail } from "@/domain/household-types";
import { HOLDING_ORIGINS } from "@/domain/household-types";
import { MISSING, formatM2, formatPercentValue } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import { landTypeLabel } from "@/domain/land-types";
import { stageById } from "@/domain/stages";
import type { HoldingShape } from "@/map/holdings-map";
import { HoldingsMap } from "@/map/holdings-map";
import { DeleteButton } from "@/features/households/delete-button";
import type { FieldSpec } from "@/features/households/form-spec";
import type { HoldingFormValues } from "@/features/households/holding-form-model";
import { emptyHoldingForm, holdingToForm, validateHoldingForm } from "@/features/households/holding-form-model";
import { ParcelPicker } from "@/features/households/parcel-picker";
import { RecordForm } from "@/features/households/record-form";
import { useEditing } from "@/features/households/use-editing";

function holdingFields(t: TFunction): FieldSpec<HoldingFormValues>[] {
  return [
    { key: "sharePct", label: t("households.holdings.sharePct"), type: "number" },
    { key: "origin", label: t("households.holdings.origin"), type: "select", choices: HOLDING_ORIGINS.map((o) => ({ value: o, label: t(`households.origins.${o}`) })) },
    { key: "certificateNo", label: t("households.holdings.certificateNo"), type: "text" },
  ];
}

const parcelTitle = (t: TFunction, h: Pick<Holding, "mapSheet" | "parcelNo">) =>
  t("households.holdings.parcelTitle", { sheet: h.mapSheet, parcel: h.parcelNo });

export function HoldingsSection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const editing = useEditing();
  const { holdings } = detail;
  const shapes = useMemo<HoldingShape[]>(() => holdings.map((h) => ({
    id: h.parcelId, geometry: h.geom, fill: stageById(h.stage).color, blocked: h.blocked,
    label: `${parcelTitle(t, h)} · ${labelIn({ labelVi: stageById(h.stage).labelVi, labelEn: stageById(h.stage).labelEn }, lang)}`,
  })), [holdings, t, lang]);
  const open = editing.editing;
  const edited = open?.mode === "edit" ? holdings.find((h) => h.id === open.id) ?? null : null;
  const [picked, setPicked] = useState<string | null>(null);
  // the parcel's other holders' shares: together with this one at most 100 %
  const holders = useParcelHolders(open ? (edited?.parcelId ?? picked) : null);
  const otherShares = holders.data?.filter((h) => h.partyId !== detail.party.id).reduce((sum, h) => sum + h.sharePct, 0);
  return (
    <section className="hh-card" aria-labelledby="hh-holdings">
      <div className="hh-card__head">
        <h2 id="hh-holdings">{t("households.holdings.title")}</h2>
        {detail.canEdit && !open ? (
          <button type="button" className="button button--secondary button--small" onClick={editing.openNew}>{t("households.holdings.add")}</button>
        ) : null}
      </div>
      {editing.saved ? <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p> : null}
      {holdings.length === 0 ? <p className="hh-empty">{t("households.holdings.none")}</p> : (
        <>
          <HoldingsMap label={t("households.holdings.mapLabel")} zoomInLabel={t("map.zoomIn")} zoomOutLabel={t("map.zoomOut")} shapes={shapes} />
          <div className="hh-table-wrap">
            <table className="hh-table">
              <thead>
                <tr>
                  <th scope="col">{t("households.holdings.parcel")}</th>
                  <th scope="col">{t("households.holdings.landType")}</th>
                  <th scope="col" className="num">{t("households.holdings.area")}</th>
                  <th scope="col">{t("households.holdings.stage")}</th>
                  <th scope="col" className="num">{t("households.holdings.sharePct")}</th>
                  <th scope="col">{t("households.holdings.origin")}</th>
                  <th scope="col">{t("households.holdings.certificateNo")}</th>
                  {detail.canEdit ? <th scope="col"><span className="sr-only">{t("households.form.edit")}</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {holdings.map((h) => (
                  <tr key={h.id}>
                    <th scope="row">{parcelTitle(t, h)}<span className="hh-sub">{h.communeName}</span><span className="hh-sub">{h.projectName}</span></th>
                    <td>{landTypeLabel(h.landType, lang)}</td>
                    <td className="num">{formatM2(h.areaM2, lang)}</td>
                    <td>
                      <span className="hh-stage"><span className="hh-stage__swatch" style={{ background: stageById(h.stage).color }} aria-hidden="true" />
                        {lang === "vi" ? stageById(h.stage).labelVi : stageById(h.stage).labelEn}</span>
                      {h.blocked ? <span className="hh-badge">{t("households.holdings.blocked")}</span> : null}
                    </td>
                    <td className="num">{formatPercentValue(h.sharePct, lang, h.sharePct % 1 === 0 ? 0 : 2)}</td>
                    <td>{t(`households.origins.${h.origin}`)}</td>
                    <td>{h.certificateNo ?? MISSING}</td>
                    {detail.canEdit ? (
                      <td className="hh-actions">
                        <button type="button" className="button button--ghost button--small" onClick={() => editing.openEdit(h.id)}
                          aria-label={`${t("households.form.edit")}: ${parcelTitle(t, h)}`}>{t("households.form.edit")}</button>
                        <DeleteButton kind="holding.delete" id={h.id} version={h.version} what={parcelTitle(t, h)} />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {open && (open.mode === "new" || edited) ? (
        <RecordForm key={open.id} kind="holding.save" rowId={open.id} fields={holdingFields(t)}
          title={edited ? t("households.holdings.editTitle", { sheet: edited.mapSheet, parcel: edited.parcelNo }) : t("households.holdings.addTitle")}
          initial={edited ? holdingToForm(edited, lang) : emptyHoldingForm(lang)} version={edited?.version ?? null}
          current={edited ? { values: holdingToForm(edited, lang), version: edited.version } : null}
          validate={(v) => validateHoldingForm(v, { partyId: detail.party.id, lang, ...(otherShares !== undefined ? { otherSharesPct: otherShares } : {}) })}
          extra={edited ? undefined : (_values, set, errors) => (
            <ParcelPicker idBase={`hh-pick-${open.id}`} error={errors.parcelId} onPick={(parcelId) => { setPicked(parcelId); set({ parcelId }); }}
              otherShares={otherShares ?? null} />
          )}
          onSaved={editing.done} onCancel={editing.close} />
      ) : null}
    </section>
  );
}
