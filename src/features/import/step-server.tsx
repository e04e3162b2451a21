// Steps 7 and 8: the dry run on the server (counts new / updated / unchanged / refused, and the
// server's own problems), then the commit, all or nothing, with the option to leave the refused
// rows out; after it, a link to the map at the imported place.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { Link } from "wouter";
import { isNetworkFailure } from "@/data/api-error";
import type { Project } from "@/data/projects-query";
import type { ImportRpcAnswer } from "@/data/import-rpc";
import { ImportRpcError, useSendImport } from "@/data/import-rpc";
import type { ConvertResult, ImportLayer } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { MAX_IMPORT_ROWS } from "@/domain/limits";
import { formatCount } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { routePath } from "@/state/route-paths";
import type { ImportChoices } from "@/features/import/import-payload";
import { importPayload, mapViewOf, rowsSent, sentBox } from "@/features/import/import-payload";
import { ProblemList } from "@/features/import/problem-list";
import type { ListedProblem } from "@/features/import/problem-text";
import { StepSection } from "@/components/step-section";

/** A Vietnamese sentence for a send that failed as a whole. */
function sendErrorText(t: TFunction, lang: Lang, error: unknown, commit: boolean): string {
  if (isNetworkFailure(error)) return commit ? t("import.error.networkCommit") : t("import.error.network");
  if (error instanceof ImportRpcError) {
    if (error.code === "42501") return t("import.error.notAllowed");
    if (error.code === "54000") return t("import.error.tooMany", { max: formatCount(MAX_IMPORT_ROWS, lang) });
    // the server's own message says why (unknown or retired project, bad shape, a concurrent import)
    if (!error.network && error.serverMessage) return t("import.error.refused", { message: error.serverMessage });
  }
  return t("import.error.unexpected", { message: error instanceof Error ? error.message : String(error) });
}

interface StepServerProps {
  readonly layer: ImportLayer;
  readonly project: Project | null;
  readonly result: ConvertResult;
  readonly choices: ImportChoices;
  readonly onServerProblems: (problems: readonly ListedProblem[]) => void;
  readonly onShow: (problem: ListedProblem) => void;
  readonly canShow: (problem: ListedProblem) => boolean;
  readonly legalAreaOf: (row: number) => number | null;
  readonly onAnother: () => void;
}

export function StepServer(props: StepServerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { layer, result, project } = props;
  const dryRun = useSendImport();
  const commit = useSendImport();
  const [dry, setDry] = useState<ImportRpcAnswer | null>(null);
  const [leaveOut, setLeaveOut] = useState(false);
  const [done, setDone] = useState<{ answer: ImportRpcAnswer; view: string | null } | null>(null);

  const projectId = layer === "admin_units" ? null : (project?.id ?? null);
  const refused = new Set([...result.problems, ...(dry?.problems ?? []), ...(commit.data?.problems ?? [])].map((p) => p.row));
  const leftOut = leaveOut ? refused : new Set<number>();
  const total = rowsSent(result, new Set());
  const toSend = rowsSent(result, leftOut);

  function runDry() {
    commit.reset();
    dryRun.mutate({ layer, payload: importPayload(result, props.choices, projectId, true, new Set()) }, {
      onSuccess: (answer) => {
        setDry(answer);
        props.onServerProblems(answer.problems);
      },
    });
  }

  function runCommit() {
    const sent = new Set(leftOut);
    commit.mutate({ layer, payload: importPayload(result, props.choices, projectId, false, sent) }, {
      onSuccess: (answer) => {
        if (answer.committed) {
          const box = sentBox(result, sent);
          setDone({ answer, view: box ? mapViewOf(box, layer === "parcels") : null });
        } else {
          props.onServerProblems(answer.problems);
        }
      },
    });
  }

  if (done) {
    const { counts } = done.answer;
    return (
      <>
        {dry ? (
          <StepSection title={t("import.step.dryRun")}>
            <DryRunCounts answer={dry} />
          </StepSection>
        ) : null}
        <StepSection title={t("import.step.commit")}>
        <p className="import-ok" role="status">
          {layer === "project_geometry" ? t("import.commit.doneGeometry") : t("import.commit.done", {
            new: formatCount(counts.new, lang), updated: formatCount(counts.updated, lang), unchanged: formatCount(counts.unchanged, lang),
          })}
        </p>
        {done.answer.reassigned_parcels !== null ? (
          <p>{t("import.server.reassigned", { n: formatCount(done.answer.reassigned_parcels, lang) })}</p>
        ) : null}
        <p className="import-actions">
          {done.view ? <Link className="button" href={routePath("map", { search: `v=${done.view}` })}>{t("import.commit.openMap")}</Link> : null}
          <button type="button" className="button button--secondary" onClick={props.onAnother}>{t("import.commit.another")}</button>
        </p>
        </StepSection>
      </>
    );
  }

  const geometryBlocked = layer === "project_geometry" && refused.size > 0;
  const blocked = geometryBlocked || (refused.size > 0 && !leaveOut) || toSend === 0;
  return (
    <>
      <StepSection title={t("import.step.dryRun")}>
        <p className="import-actions">
          <button type="button" className={dry ? "button button--secondary" : "button"} disabled={dryRun.isPending || total === 0} onClick={runDry}>
            {dryRun.isPending ? t("import.server.running") : t("import.server.run")}
          </button>
        </p>
        {total === 0 ? <p className="import-note">{t("import.server.nothingToSend")}</p> : null}
        {dryRun.isPending ? <p role="status" className="sr-only">{t("import.server.running")}</p> : null}
        {dryRun.isError ? <p className="import-error" role="alert">{sendErrorText(t, lang, dryRun.error, false)}</p> : null}
        {dry ? <DryRunCounts answer={dry} /> : null}
        {dry && dry.problems.length > 0 ? (
          <>
            <h3>{t("import.server.problemsTitle")}</h3>
            <ProblemList problems={dry.problems} legalAreaOf={props.legalAreaOf} onShow={props.onShow} canShow={props.canShow} />
          </>
        ) : dry ? <p className="import-ok">{t("import.server.noProblems")}</p> : null}
      </StepSection>
      {dry ? (
        <StepSection title={t("import.step.commit")}>
          {refused.size > 0 && !geometryBlocked ? (
            <label className="import-choice import-choice--strong">
              <input type="checkbox" checked={leaveOut} onChange={(e) => setLeaveOut(e.target.checked)} />
              {t("import.commit.leaveOut", { n: formatCount(refused.size, lang), rest: formatCount(rowsSent(result, refused), lang) })}
            </label>
          ) : null}
          {geometryBlocked ? <p className="import-error">{t("import.commit.blockedGeometry")}</p>
            : refused.size > 0 && !leaveOut ? <p className="import-warning">{t("import.commit.blocked", { n: formatCount(refused.size, lang) })}</p>
            : toSend === 0 ? <p className="import-warning">{t("import.commit.nothing")}</p>
            : <p>{layer === "parcels" ? t("import.commit.confirmParcels", { rows: formatCount(toSend, lang), project: project ? `${project.code} – ${project.name}` : "" })
                : layer === "admin_units" ? t("import.commit.confirmUnits", { rows: formatCount(toSend, lang) })
                : t("import.commit.confirmGeometry", { project: project ? `${project.code} – ${project.name}` : "" })}</p>}
          <p className="import-actions">
            <button type="button" className="button" disabled={blocked || commit.isPending} onClick={runCommit}>
              {commit.isPending ? t("import.commit.running") : t("import.commit.run")}
            </button>
          </p>
          <div aria-live="polite">
            {commit.isPending ? <p>{t("import.commit.running")}</p> : null}
            {commit.isError ? <p className="import-error" role="alert">{sendErrorText(t, lang, commit.error, true)}</p> : null}
            {commit.data && !commit.data.committed ? <p className="import-error" role="alert">{t("import.commit.refusedAll")}</p> : null}
          </div>
          {commit.data && !commit.data.committed && commit.data.problems.length > 0 ? (
            <ProblemList problems={commit.data.problems} legalAreaOf={props.legalAreaOf} onShow={props.onShow} canShow={props.canShow} />
          ) : null}
        </StepSection>
      ) : null}
    </>
  );
}

function DryRunCounts({ answer }: { answer: ImportRpcAnswer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = [
    ["new", answer.counts.new], ["updated", answer.counts.updated], ["unchanged", answer.counts.unchanged], ["refused", answer.counts.refused],
  ] as const;
  return (
    <div className="import-counts" role="status">
      <h3>{t("import.server.counts")}</h3>
      <dl>
        {items.map(([key, value]) => (
          <div key={key} className={key === "refused" && value > 0 ? "import-counts__item import-counts__item--bad" : "import-counts__item"}>
            <dt>{t(`import.server.${key}`)}</dt>
            <dd>{formatCount(value, lang)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
