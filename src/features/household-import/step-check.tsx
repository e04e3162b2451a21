// Steps 3 and 4: the dry run on the server (counts and each row's problems), then the commit,
// offered only after a dry run of exactly these rows found nothing; after it, links to the
// households written.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { Link } from "wouter";
import { isNetworkFailure } from "@/data/api-error";
import type { HouseholdImportAnswer, HouseholdImportPayload } from "@/data/household-import-rpc";
import { HouseholdImportError, useSendHouseholdImport } from "@/data/household-import-rpc";
import { StepSection } from "@/components/step-section";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { routePath } from "@/state/route-paths";
import { HouseholdProblems } from "@/features/household-import/household-problems";

/** Households linked at most after a commit. */
const MAX_LINKS = 50;

function sendErrorText(t: TFunction, error: unknown, commit: boolean): string {
  if (isNetworkFailure(error)) return commit ? t("householdImport.error.networkCommit") : t("householdImport.error.network");
  if (error instanceof HouseholdImportError) {
    if (error.code === "42501") return t("householdImport.error.notAllowed");
    if (error.serverMessage) return t("householdImport.error.refused", { message: error.serverMessage });
  }
  return t("householdImport.error.unexpected", { message: error instanceof Error ? error.message : String(error) });
}

function Counts({ answer, lang, t }: { answer: HouseholdImportAnswer; lang: Lang; t: TFunction }) {
  const items = [
    ["rows", answer.counts.rows], ["partiesNew", answer.counts.partiesNew], ["partiesMatched", answer.counts.partiesMatched],
    ["lines", answer.counts.lines],
  ] as const;
  return (
    <div className="import-counts" role="status">
      <h3>{t("householdImport.check.counts")}</h3>
      <dl>
        {items.map(([key, value]) => (
          <div key={key} className="import-counts__item">
            <dt>{t(`householdImport.check.${key}`)}</dt>
            <dd>{formatCount(value, lang)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

interface StepCheckProps {
  /** The rows as they would be sent now, or null while something needed is missing. */
  readonly payload: Omit<HouseholdImportPayload, "dry_run"> | null;
  /** Why the list cannot be checked yet (a sentence), or null. */
  readonly notReady: string | null;
  readonly projectLabel: string;
  readonly onAnother: () => void;
}

export function StepCheck({ payload, notReady, projectLabel, onAnother }: StepCheckProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const dryRun = useSendHouseholdImport();
  const commit = useSendHouseholdImport();
  const key = payload ? JSON.stringify(payload) : null;
  const [dry, setDry] = useState<{ key: string; answer: HouseholdImportAnswer } | null>(null);
  const [done, setDone] = useState<HouseholdImportAnswer | null>(null);
  const current = dry && dry.key === key ? dry.answer : null;
  const clean = current !== null && current.problems.length === 0;

  function runDry() {
    if (!payload || !key) return;
    commit.reset();
    dryRun.mutate({ ...payload, dry_run: true }, { onSuccess: (answer) => setDry({ key, answer }) });
  }

  function runCommit() {
    if (!payload || !key || !clean) return;
    commit.mutate({ ...payload, dry_run: false }, {
      onSuccess: (answer) => {
        if (answer.committed) setDone(answer);
        else setDry({ key, answer });
      },
    });
  }

  if (done) {
    const links = done.households.slice(0, MAX_LINKS);
    return (
      <StepSection title={t("householdImport.step.commit")}>
        <p className="import-ok" role="status">{t("householdImport.commit.done", {
          rows: formatCount(done.counts.rows, lang), new: formatCount(done.counts.partiesNew, lang),
          matched: formatCount(done.counts.partiesMatched, lang), lines: formatCount(done.counts.lines, lang),
        })}</p>
        <h3>{t("householdImport.commit.households")}</h3>
        <ul className="household-import-links">
          {links.map((h) => (
            <li key={h.partyId}>
              <Link href={routePath("household", { params: { partyId: h.partyId } })}>{h.name}</Link>
              {h.matched ? ` ${t("householdImport.commit.matched")}` : ""}
              <span className="import-hint"> – {t("householdImport.commit.rowsOf", { rows: h.rows.map((r) => formatCount(r, lang)).join(", ") })}</span>
            </li>
          ))}
        </ul>
        {done.households.length > links.length ? (
          <p className="import-hint">{t("householdImport.commit.moreHouseholds", { n: formatCount(done.households.length - links.length, lang) })}</p>
        ) : null}
        <p className="import-actions">
          <Link className="button button--secondary" href={routePath("households")}>{t("householdImport.gate.back")}</Link>
          <button type="button" className="button button--secondary" onClick={onAnother}>{t("householdImport.commit.another")}</button>
        </p>
      </StepSection>
    );
  }

  return (
    <>
      <StepSection title={t("householdImport.step.check")}>
        {notReady ? <p className="import-note">{notReady}</p> : null}
        <p className="import-actions">
          <button type="button" className={current ? "button button--secondary" : "button"} disabled={!payload || dryRun.isPending}
            onClick={runDry}>
            {dryRun.isPending ? t("householdImport.check.running") : current ? t("householdImport.check.rerun") : t("householdImport.check.run")}
          </button>
        </p>
        {dryRun.isError ? <p className="import-error" role="alert">{sendErrorText(t, dryRun.error, false)}</p> : null}
        {current ? <Counts answer={current} lang={lang} t={t} /> : null}
        {current && current.problems.length > 0 ? (
          <>
            <h3>{t("householdImport.check.problemsTitle")}</h3>
            <p className="import-warning" role="alert">{t("householdImport.check.problemsIntro")}</p>
            <HouseholdProblems problems={current.problems} />
          </>
        ) : current ? <p className="import-ok">{t("householdImport.check.noProblems")}</p> : null}
      </StepSection>
      {current ? (
        <StepSection title={t("householdImport.step.commit")}>
          {clean ? (
            <p>{t("householdImport.commit.confirm", {
              rows: formatCount(current.counts.rows, lang), project: projectLabel,
              new: formatCount(current.counts.partiesNew, lang), matched: formatCount(current.counts.partiesMatched, lang),
            })}</p>
          ) : <p className="import-warning">{t("householdImport.commit.blocked")}</p>}
          <p className="import-actions">
            <button type="button" className="button" disabled={!clean || commit.isPending} onClick={runCommit}>
              {commit.isPending ? t("householdImport.commit.running") : t("householdImport.commit.run")}
            </button>
          </p>
          <div aria-live="polite">
            {commit.isError ? <p className="import-error" role="alert">{sendErrorText(t, commit.error, true)}</p> : null}
            {commit.data && !commit.data.committed ? <p className="import-error" role="alert">{t("householdImport.commit.refused")}</p> : null}
          </div>
        </StepSection>
      ) : null}
    </>
  );
}
