// One plan of the household: its header (project, batch, approval, posting), the household's
// lines with their group, content, parameters, amount, basis and status, the totals, and the
// payments made under it.

import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import type { PartyPlan, PlanLine } from "@/domain/household-types";
import { MISSING, formatDate, formatNumber, formatVnd } from "@/domain/format";
import type { Lang } from "@/domain/lang";
import { DeleteButton } from "@/features/households/delete-button";

interface PlanCardProps {
  readonly plan: PartyPlan;
  readonly parcelTitle: (parcelId: string | null) => string;
  readonly canEdit: boolean;
  readonly onEditPlan: (planId: string) => void;
  readonly onEditLine: (lineId: string) => void;
  readonly onEditPayment: (paymentId: string) => void;
}

/** "250 m² × 120.000 ₫", or what part of it is known. */
function parameters(line: PlanLine, lang: Lang): string {
  const quantity = line.quantity === null ? null : `${formatNumber(line.quantity, lang, line.quantity % 1 === 0 ? 0 : 2)}${line.unit ? ` ${line.unit}` : ""}`;
  const price = line.unitPriceVnd === null ? null : formatVnd(line.unitPriceVnd, lang);
  if (quantity && price) return `${quantity} × ${price}`;
  return quantity ?? price ?? MISSING;
}

export function PlanCard({ plan, parcelTitle, canEdit, onEditPlan, onEditLine, onEditPayment }: PlanCardProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const heading = t("households.plans.heading", { project: plan.projectName, batch: plan.batch });
  const remaining = plan.totalVnd - plan.paidVnd;
  return (
    <article className="hh-plan" aria-label={heading}>
      <h3>{heading}</h3>
      <p className="hh-plan__meta">
        {plan.decisionNo && plan.decisionDate
          ? <span className="hh-badge hh-badge--ok">{t("households.plans.approved", { no: plan.decisionNo, date: formatDate(plan.decisionDate, lang) })}</span>
          : <span className="hh-badge">{t("households.plans.notApproved")}</span>}
        {plan.postedFrom && plan.postedTo ? <span> · {t("households.plans.posted", { from: formatDate(plan.postedFrom, lang), to: formatDate(plan.postedTo, lang) })}</span> : null}
        {canEdit ? (
          <button type="button" className="button button--secondary button--small hh-plan__edit" onClick={() => onEditPlan(plan.planId)}>
            {t("households.planForm.edit")}
          </button>
        ) : null}
      </p>
      {plan.lines.length === 0 ? <p className="hh-empty">{t("households.plans.noLines")}</p> : (
        <div className="hh-table-wrap">
          <table className="hh-table">
            <caption className="sr-only">{t("households.plans.linesCaption", { project: plan.projectName, batch: plan.batch })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("households.plans.group")}</th>
                <th scope="col">{t("households.plans.content")}</th>
                <th scope="col">{t("households.plans.parameters")}</th>
                <th scope="col" className="num">{t("households.plans.amount")}</th>
                <th scope="col">{t("households.plans.basis")}</th>
                <th scope="col">{t("households.plans.status")}</th>
                {canEdit ? <th scope="col"><span className="sr-only">{t("households.form.edit")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {plan.lines.map((line) => (
                <tr key={line.id}>
                  <td>{t(`households.groups.${line.lineGroup}`)}</td>
                  <th scope="row">{line.content}<span className="hh-sub">{parcelTitle(line.parcelId)}</span></th>
                  <td>{parameters(line, lang)}</td>
                  <td className="num">{line.lineGroup === "deduction" ? `−${formatVnd(line.amountVnd, lang)}` : formatVnd(line.amountVnd, lang)}</td>
                  <td>{basisText(line)}</td>
                  <td><StatusBadge line={line} t={t} /></td>
                  {canEdit ? (
                    <td className="hh-actions">
                      <button type="button" className="button button--ghost button--small" onClick={() => onEditLine(line.id)}
                        aria-label={`${t("households.form.edit")}: ${line.content}`}>{t("households.form.edit")}</button>
                      <DeleteButton kind="line.delete" id={line.id} version={line.version} what={line.content} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl className="hh-totals">
        <div><dt>{t("households.plans.total")}</dt><dd>{formatVnd(plan.totalVnd, lang)}</dd></div>
        <div><dt>{t("households.plans.paid")}</dt><dd>{formatVnd(plan.paidVnd, lang)}</dd></div>
        <div><dt>{t("households.plans.remaining")}</dt><dd>{formatVnd(remaining, lang)}</dd></div>
      </dl>
      <h4>{t("households.payments.title")}</h4>
      {plan.payments.length === 0 ? <p className="hh-empty">{t("households.payments.none")}</p> : (
        <div className="hh-table-wrap">
          <table className="hh-table">
            <caption className="sr-only">{t("households.payments.caption", { project: plan.projectName, batch: plan.batch })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("households.payments.paidOn")}</th>
                <th scope="col" className="num">{t("households.payments.amount")}</th>
                <th scope="col">{t("households.payments.method")}</th>
                <th scope="col">{t("households.payments.reference")}</th>
                {canEdit ? <th scope="col"><span className="sr-only">{t("households.form.edit")}</span></th> : null}
              </tr>
            </thead>
            <tbody>
              {plan.payments.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{formatDate(p.paidOn, lang)}</th>
                  <td className="num">{formatVnd(p.amountVnd, lang)}</td>
                  <td>{t(`households.methods.${p.method}`)}</td>
                  <td>{p.reference ?? MISSING}</td>
                  {canEdit ? (
                    <td className="hh-actions">
                      <button type="button" className="button button--ghost button--small" onClick={() => onEditPayment(p.id)}
                        aria-label={`${t("households.form.edit")}: ${formatDate(p.paidOn, lang)}`}>{t("households.form.edit")}</button>
                      <DeleteButton kind="payment.delete" id={p.id} version={p.version} what={`${formatDate(p.paidOn, lang)} ${formatVnd(p.amountVnd, lang)}`} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

function basisText(line: PlanLine): string {
  if (!line.basisDocument) return MISSING;
  return line.basisArticle ? `${line.basisDocument}, ${line.basisArticle}` : line.basisDocument;
}

function StatusBadge({ line, t }: { line: PlanLine; t: TFunction }) {
  const tone = line.status === "provisional" ? "hh-badge--plain" : line.status === "needs_confirmation" ? "" : "hh-badge--alert";
  return <span className={`hh-badge hh-badge--status ${tone}`}>{t(`households.statuses.${line.status}`)}</span>;
}
