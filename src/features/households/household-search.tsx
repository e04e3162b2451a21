// The households' search: a name (accents optional) or the first digits of an ID number, kept
// in the address (?q=) so that the back button and a shared link find the same list; the hits
// with their commune, parcels and projects, each a link to its record.

import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearch } from "wouter";
import { ErrorMessage, LoadingMessage } from "@/components/status-message";
import { useLang } from "@/components/use-lang";
import { householdQueryProblem, useHouseholdSearch } from "@/data/household-search-query";
import { MISSING, formatCount } from "@/domain/format";
import { routePath } from "@/state/route-paths";

/** How many hits are asked for. */
const LIMIT = 50;

export function HouseholdSearch() {
  const { t } = useTranslation();
  const lang = useLang();
  const search = useSearch();
  const [, navigate] = useLocation();
  const asked = (new URLSearchParams(search).get("q") ?? "").trim();
  const [typed, setTyped] = useState(asked);
  const [problem, setProblem] = useState<ReturnType<typeof householdQueryProblem>>(null);
  const askable = asked !== "" && householdQueryProblem(asked) === null;
  const query = useHouseholdSearch(askable ? asked : "", LIMIT);
  function submit(event: FormEvent) {
    event.preventDefault();
    const q = typed.trim();
    const found = householdQueryProblem(q);
    setProblem(found);
    if (found) return;
    navigate(routePath("households", { search: `?q=${encodeURIComponent(q)}` }));
  }
  const hits = askable ? (query.data ?? null) : null;
  const tooShort = problem !== null;
  return (
    <section className="hh-card" aria-labelledby="hh-search">
      <h2 id="hh-search">{t("households.search.title")}</h2>
      <form className="hh-search" role="search" onSubmit={submit} noValidate>
        <div className="field hh-search__field">
          <label htmlFor="hh-search-q">{t("households.search.label")}</label>
          <input id="hh-search-q" type="search" value={typed} autoComplete="off" onChange={(e) => { setTyped(e.target.value); setProblem(null); }}
            aria-describedby={tooShort ? "hh-search-hint hh-search-error" : "hh-search-hint"} aria-invalid={tooShort || undefined} />
          <p id="hh-search-hint" className="hh-field__hint">{t("households.search.hint")}</p>
          {problem ? <p id="hh-search-error" className="field-error">{t(`households.search.${problem}`)}</p> : null}
        </div>
        <button type="submit" className="button">{t("households.search.submit")}</button>
      </form>
      {askable && query.isPending ? <LoadingMessage>{t("households.search.loading")}</LoadingMessage> : null}
      {query.isError ? (
        <ErrorMessage title={t("households.search.error")} details={query.error.message} detailsLabel={t("households.detail.details")}
          retryLabel={t("households.detail.retry")} onRetry={() => void query.refetch()} />
      ) : null}
      {hits && hits.length === 0 ? <p className="hh-empty" role="status">{t("households.search.none", { query: asked })}</p> : null}
      {hits && hits.length > 0 ? (
        <>
          <p className="hh-muted" role="status">{t("households.search.count", { count: hits.length, query: asked })}</p>
          {hits.length >= LIMIT ? <p className="hh-muted">{t("households.search.limit", { count: LIMIT })}</p> : null}
          <div className="hh-table-wrap">
            <table className="hh-table">
              <caption className="sr-only">{t("households.search.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("households.search.name")}</th>
                  <th scope="col">{t("households.search.idNumber")}</th>
                  <th scope="col">{t("households.search.commune")}</th>
                  <th scope="col" className="num">{t("households.search.parcels")}</th>
                  <th scope="col">{t("households.search.projects")}</th>
                </tr>
              </thead>
              <tbody>
                {hits.map((h) => (
                  <tr key={h.partyId}>
                    <th scope="row">
                      <Link href={routePath("household", { params: { partyId: h.partyId } })}>{h.name}</Link>
                      <span className="hh-sub">{t(`households.kinds.${h.kind}`)}</span>
                    </th>
                    <td>{h.idNumber ?? MISSING}</td>
                    <td>{h.communeName}</td>
                    <td className="num">{formatCount(h.parcels, lang)}</td>
                    <td>{h.projectNames.length > 0 ? h.projectNames.join("; ") : MISSING}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
