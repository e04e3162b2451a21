// Picking the parcel of a new holding: its commune, map sheet and parcel number, as cadastral
// records name it; the parcels found are listed and one is chosen.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useCommunes } from "@/data/communes-query";
import { useParcelSearch } from "@/data/parcel-search-query";
import type { ParcelSearch } from "@/domain/parcel-search";
import { readParcelSearch } from "@/domain/parcel-search";
import { formatM2, formatPercentValue } from "@/domain/format";
import type { FieldError } from "@/features/households/form-checks";

/** The parcel chosen, as the picker shows it. */
interface PickedParcel {
  readonly id: string;
  readonly mapSheet: string;
  readonly parcelNo: string;
  readonly commune: string;
}

interface ParcelPickerProps {
  readonly idBase: string;
  readonly error: FieldError | undefined;
  readonly onPick: (parcelId: string) => void;
  /** The shares the picked parcel's other holders have, when known. */
  readonly otherShares: number | null;
}

export function ParcelPicker({ idBase, error, onPick, otherShares }: ParcelPickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const communes = useCommunes();
  const [unit, setUnit] = useState("");
  const [sheet, setSheet] = useState("");
  const [number, setNumber] = useState("");
  const [search, setSearch] = useState<ParcelSearch | null>(null);
  const [typedWrong, setTypedWrong] = useState(false);
  const [picked, setPicked] = useState<PickedParcel | null>(null);
  const found = useParcelSearch(search);
  const communeName = (id: string | null) => communes.data?.find((c) => c.id === id)?.name ?? id ?? "";
  function find() {
    const read = readParcelSearch({ mapSheet: sheet, parcelNo: number, adminUnitId: unit });
    setTypedWrong(!("search" in read));
    setSearch("search" in read ? read.search : null);
  }
  const errorId = `${idBase}-parcel-error`;
  return (
    <fieldset className="hh-picker" aria-describedby={error ? errorId : `${idBase}-pick-hint`}>
      <legend>{t("households.holdings.pick")}</legend>
      <p id={`${idBase}-pick-hint`} className="hh-field__hint">{t("households.holdings.pickHint")}</p>
      <div className="hh-form__grid">
        <div className="field hh-field">
          <label htmlFor={`${idBase}-unit`}>{t("households.holdings.pickCommune")}</label>
          <select id={`${idBase}-unit`} value={unit} onChange={(e) => setUnit(e.target.value)}>
            <option value="">{t("households.holdings.anyCommune")}</option>
            {(communes.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div className="field hh-field">
          <label htmlFor={`${idBase}-sheet`}>{t("households.holdings.mapSheet")}</label>
          <input id={`${idBase}-sheet`} value={sheet} autoComplete="off" onChange={(e) => setSheet(e.target.value)} />
        </div>
        <div className="field hh-field">
          <label htmlFor={`${idBase}-number`}>{t("households.holdings.parcelNo")}</label>
          <input id={`${idBase}-number`} value={number} autoComplete="off" onChange={(e) => setNumber(e.target.value)}
            onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); find(); } }} />
        </div>
      </div>
      <button type="button" className="button button--secondary button--small" onClick={find}>{t("households.holdings.find")}</button>
      {typedWrong ? <p className="field-error">{t("households.holdings.needSheet")}</p> : null}
      {search && found.isPending ? <p className="hh-muted" role="status">{t("households.holdings.finding")}</p> : null}
      {found.isError ? <p className="field-error" role="alert">{t("households.holdings.findError")}</p> : null}
      {found.data && found.data.hits.length === 0 ? <p className="hh-muted" role="status">{t("households.holdings.notFound")}</p> : null}
      {found.data && found.data.hits.length > 0 ? (
        <ul className="hh-hits" aria-label={t("households.holdings.found")}>
          {found.data.hits.map(({ parcel, communeId }) => {
            const item = { id: parcel.id, mapSheet: parcel.mapSheet ?? sheet, parcelNo: parcel.parcelNo ?? number, commune: communeName(communeId ?? parcel.adminUnitId) };
            return (
              <li key={parcel.id} className="hh-hits__item">
                <span>{t("households.holdings.foundRow", { sheet: item.mapSheet, parcel: item.parcelNo, area: formatM2(parcel.areaM2, lang) })} · {item.commune}</span>
                <button type="button" className="button button--small" aria-pressed={picked?.id === parcel.id} onClick={() => { setPicked(item); onPick(item.id); }}>
                  {t("households.holdings.choose")}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {picked ? <p className="hh-notice hh-notice--info" role="status">{t("households.holdings.chosen", { sheet: picked.mapSheet, parcel: picked.parcelNo, commune: picked.commune })}</p> : null}
      {picked && otherShares !== null && otherShares > 0 ? <p className="hh-muted">{t("households.holdings.otherShares", { share: formatPercentValue(otherShares, lang, otherShares % 1 === 0 ? 0 : 2) })}</p> : null}
      {error ? <p id={errorId} className="field-error">{t(`households.errors.${error}`, { field: t("households.holdings.parcel") })}</p> : null}
    </fieldset>
  );
}
