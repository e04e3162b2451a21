// The household's part of each compensation plan (lines, totals, payments) and, for an officer
// of the area, the plan (a batch, its posting and its approval), line and payment forms. One form is open at a time.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useCompensationPlans } from "@/data/compensation-plans-query";
import { dayInVietnam } from "@/domain/clock";
import type { HouseholdDetail, PartyPlan } from "@/domain/household-types";
import { newEventId } from "@/domain/parcel-actions";
import { emptyLineForm, lineToForm, validateLineForm } from "@/features/households/line-form-model";
import { emptyPaymentForm, paymentToForm, validatePaymentForm } from "@/features/households/payment-form-model";
import { householdProjectIds, planChoices } from "@/features/households/plan-choices";
import { PlanCard } from "@/features/households/plan-card";
import { emptyPlanForm, planToForm, validatePlanForm } from "@/features/households/plan-form-model";
import { lineFields, paymentFields, planFields } from "@/features/households/plan-forms";
import { RecordForm } from "@/features/households/record-form";

type Open = { readonly what: "plan" | "line" | "payment"; readonly id: string; readonly isNew: boolean } | null;

function findLine(plans: readonly PartyPlan[], id: string) {
  for (const plan of plans) {
    const line = plan.lines.find((l) => l.id === id);
    if (line) return { plan, line };
  }
  return null;
}

function findPayment(plans: readonly PartyPlan[], id: string) {
  for (const plan of plans) {
    const payment = plan.payments.find((p) => p.id === id);
    if (payment) return { plan, payment };
  }
  return null;
}

export function PlansSection({ detail }: { detail: HouseholdDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const projectPlans = useCompensationPlans(detail.canEdit ? householdProjectIds(detail) : []);
  const choices = planChoices(detail, projectPlans.data ?? []);
  const partyId = detail.party.id;
  const parcelTitle = (parcelId: string | null) => {
    const h = detail.holdings.find((x) => x.parcelId === parcelId);
    return h ? t("households.holdings.parcelTitle", { sheet: h.mapSheet, parcel: h.parcelNo }) : t("households.plans.wholeHousehold");
  };
  const openForm = (what: "plan" | "line" | "payment", id?: string) => { setSaved(false); setOpen({ what, id: id ?? newEventId(), isNew: id === undefined }); };
  const close = () => setOpen(null);
  const done = () => { setOpen(null); setSaved(true); };
  const firstPlan = choices[0]?.planId ?? "";
  const firstApproved = choices.find((c) => c.decisionDate)?.planId ?? "";

  const projects = [...new Map(detail.holdings.map((h) => [h.projectId, h.projectName])).entries()]
    .map(([value, label]) => ({ value, label }));

  let form = null;
  if (open?.what === "plan") {
    const found = open.isNew ? null : detail.plans.find((p) => p.planId === open.id) ?? null;
    if (open.isNew || found) {
      form = (
        <RecordForm key={open.id} kind="plan.save" rowId={open.id} fields={planFields(t, projects)}
          title={found ? t("households.planForm.editTitle", { project: found.projectName, batch: found.batch }) : t("households.planForm.addTitle")}
          initial={found ? planToForm(found) : emptyPlanForm(projects[0]?.value ?? "")} version={found?.planVersion ?? null}
          current={found ? { values: planToForm(found), version: found.planVersion } : null}
          validate={(v) => validatePlanForm(v, dayInVietnam(new Date()))} onSaved={done} onCancel={close} />
      );
    }
  } else if (open?.what === "line") {
    const found = open.isNew ? null : findLine(detail.plans, open.id);
    if (open.isNew || found) {
      form = (
        <RecordForm key={open.id} kind="line.save" rowId={open.id} fields={lineFields(t, choices, detail)}
          title={found ? t("households.plans.editLineTitle", { content: found.line.content }) : t("households.plans.addLineTitle")}
          initial={found ? lineToForm(found.line, found.plan.planId, lang) : emptyLineForm(firstPlan)} version={found?.line.version ?? null}
          current={found ? { values: lineToForm(found.line, found.plan.planId, lang), version: found.line.version } : null}
          validate={(v) => validateLineForm(v, partyId, lang)} onSaved={done} onCancel={close} />
      );
    }
  } else if (open?.what === "payment") {
    const found = open.isNew ? null : findPayment(detail.plans, open.id);
    if (open.isNew || found) {
      form = (
        <RecordForm key={open.id} kind="payment.save" rowId={open.id} fields={paymentFields(t, choices)}
          title={found ? t("households.payments.editTitle", { date: found.payment.paidOn }) : t("households.payments.addTitle")}
          initial={found ? paymentToForm(found.payment, found.plan.planId, lang) : emptyPaymentForm(firstApproved)} version={found?.payment.version ?? null}
          current={found ? { values: paymentToForm(found.payment, found.plan.planId, lang), version: found.payment.version } : null}
          validate={(v) => validatePaymentForm(v, { partyId, lang, today: dayInVietnam(new Date()), plans: choices })}
          onSaved={done} onCancel={close} />
      );
    }
  }
  return (
    <section className="hh-card" aria-labelledby="hh-plans">
      <div className="hh-card__head">
        <h2 id="hh-plans">{t("households.plans.title")}</h2>
        {detail.canEdit && !open ? (
          <div className="hh-card__tools">
            <button type="button" className="button button--secondary button--small" onClick={() => openForm("plan")}>{t("households.planForm.add")}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => openForm("line")}>{t("households.plans.addLine")}</button>
            <button type="button" className="button button--secondary button--small" onClick={() => openForm("payment")}>{t("households.payments.add")}</button>
          </div>
        ) : null}
      </div>
      {saved ? <p className="hh-notice hh-notice--ok" role="status">{t("households.form.saved")}</p> : null}
      {detail.canEdit && open && choices.length === 0 && projectPlans.isSuccess ? <p className="hh-notice hh-notice--warn">{t("households.plans.noPlans")}</p> : null}
      {form}
      {detail.plans.length === 0 ? <p className="hh-empty">{t("households.plans.none")}</p> : detail.plans.map((plan) => (
        <PlanCard key={plan.planId} plan={plan} parcelTitle={parcelTitle} canEdit={detail.canEdit}
          onEditPlan={(id) => openForm("plan", id)} onEditLine={(id) => openForm("line", id)} onEditPayment={(id) => openForm("payment", id)} />
      ))}
    </section>
  );
}
