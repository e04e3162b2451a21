// Finds a parcel by its map sheet and parcel number (as on cadastral records and owners' papers),
// optionally in one commune (from 1 July 2025, where their boundaries are loaded) or district (2024); a hit flies the map to the parcel and opens its panel. For everyone:
// sheet and number are public facts, and the hits carry no personal data.

import { useId, useRef, useState } from "react";
import type { FormEvent, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { isNetworkFailure } from "@/data/api-error";
import { useBoundaries } from "@/data/boundaries-query";
import { useCommunes } from "@/data/communes-query";
import type { Parcel } from "@/domain/parcel";
import { MAX_HITS, useParcelSearch } from "@/data/parcel-search-query";
import { useProjects } from "@/data/projects-query";
import { formatM2 } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import type { NumberProblem, ParcelSearch as Search, ParcelSearchProblems } from "@/domain/parcel-search";
import { MAX_NUMBER_LENGTH, readParcelSearch } from "@/domain/parcel-search";
import { stageById } from "@/domain/stages";
import { geometryBox } from "@/geo/geometry";
import { focusParcel, requestFlyTo, toggleLayer } from "@/state/map-state";
import "@/features/parcel-search/parcel-search.css";

const PROBLEM_KEYS = {
  required: "search.errorRequired",
  tooLong: "search.errorTooLong",
  badCharacters: "search.errorCharacters",
} as const satisfies Record<NumberProblem, string>;

/** Shows the parcel on the map (with the parcel layer on) and opens its panel. */
function openParcel(parcel: Parcel) {
  const box = parcel.geometry ? geometryBox(parcel.geometry) : null;
  toggleLayer("parcels", true);
  if (box) requestFlyTo(box);
  focusParcel(parcel.id);
}

/** The folding search form and its hits. */
export function ParcelSearch() {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState<Search | null>(null);
  const [problems, setProblems] = useState<ParcelSearchProblems>({});
  const sheetRef = useRef<HTMLInputElement>(null);
  const parcelRef = useRef<HTMLInputElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const districts = useBoundaries().data?.districts ?? [];
  const communes = useCommunes().data ?? [];
  const unitName = (code: string) =>
    communes.find((c) => c.id === code)?.name ?? districts.find((d) => d.code === code)?.fullName ?? code;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readParcelSearch({
      mapSheet: sheetRef.current?.value ?? "", parcelNo: parcelRef.current?.value ?? "", adminUnitId: unitRef.current?.value ?? "",
    });
    if ("problems" in read) {
      setProblems(read.problems);
      setSearch(null); // the last search's hits would read as hits for what is typed now
      return (read.problems.mapSheet ? sheetRef : parcelRef).current?.focus();
    }
    setProblems({});
    setSearch(read.search);
  }

  const error = (field: "mapSheet" | "parcelNo") => {
    const problem = problems[field];
    return problem ? t(PROBLEM_KEYS[problem], { max: MAX_NUMBER_LENGTH }) : undefined;
  };
  return (
    <details className="parcel-search fold-box">
      <summary className="fold-box__summary">
        <h2 className="fold-box__title">{t("search.title")}</h2>
      </summary>
      <form className="parcel-search__form" noValidate onSubmit={submit} role="search" aria-label={t("search.title")}>
        <NumberField id={`${id}-sheet`} label={t("search.mapSheet")} error={error("mapSheet")} inputRef={sheetRef} />
        <NumberField id={`${id}-parcel`} label={t("search.parcelNo")} error={error("parcelNo")} inputRef={parcelRef} />
        <div className="field parcel-search__unit">
          <label htmlFor={`${id}-unit`}>{communes.length > 0 ? t("search.unit") : t("search.district")}</label>
          <select ref={unitRef} id={`${id}-unit`} defaultValue="">
            <option value="">{t("search.allDistricts")}</option>
            {communes.length > 0 ? (
              <optgroup label={t("search.communes")}>
                {communes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </optgroup>
            ) : null}
            <optgroup label={t("search.districts")}>
              {districts.map((d) => <option key={d.code} value={d.code}>{d.fullName}</option>)}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="button parcel-search__submit">{t("search.submit")}</button>
      </form>
      {search ? <SearchHits search={search} unitName={unitName} /> : null}
    </details>
  );
}

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

function NumberField({ id, label, error, inputRef }: NumberFieldProps) {
  return (
    <div className="field parcel-search__number">
      <label htmlFor={id}>{label}</label>
      <input ref={inputRef} id={id} type="text" inputMode="text" autoComplete="off" spellCheck={false}
        maxLength={MAX_NUMBER_LENGTH + 10} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} />
      {error ? <p id={`${id}-error`} className="field-error">{error}</p> : null}
    </div>
  );
}

function SearchHits({ search, unitName }: { search: Search; unitName: (code: string) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const result = useParcelSearch(search);
  const projects = useProjects().data;
  if (result.isPending) return <LoadingMessage>{t("search.searching")}</LoadingMessage>;
  if (result.isError) {
    return (
      <ErrorMessage title={isNetworkFailure(result.error) ? t("search.networkError") : t("search.error")}
        details={result.error.message} detailsLabel={t("progress.details")} retryLabel={t("progress.retry")}
        onRetry={() => void result.refetch()} />
    );
  }
  const { hits, more } = result.data;
  const where = search.adminUnitId ? t("search.inDistrict", { district: unitName(search.adminUnitId) }) : "";
  if (hits.length === 0) {
    return <p className="parcel-search__none" role="status">{t("search.none", { sheet: search.mapSheet, parcel: search.parcelNo, where })}</p>;
  }
  return (
    <div className="parcel-search__hits">
      <p role="status">{t("search.found", { count: hits.length })}{more ? ` ${t("search.more", { max: MAX_HITS })}` : ""}</p>
      <ul>
        {hits.map(({ parcel: p, communeId, districtId }) => (
          <li key={p.id}>
            <button type="button" className="parcel-search__hit" onClick={() => openParcel(p)}>
              <strong>{t("parcel.title", { sheet: p.mapSheet, parcel: p.parcelNo })}</strong>
              <span>{projects?.find((x) => x.id === p.projectId)?.name ?? ""}</span>
              <span>{unitName(communeId ?? districtId ?? p.adminUnitId)} · {labelIn(stageById(p.stage), lang)}{p.blocked ? ` · ${t("search.blocked")}` : ""} · {formatM2(p.areaM2, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
