// A refused admin write as one specific Vietnamese (or English) sentence: by the constraint the
// database named, its error code, or its own message where it wrote one for people.

import type { TFunction } from "i18next";
import { adminWriteProblem } from "@/data/admin-errors";

const BY_CONSTRAINT: Readonly<Record<string, string>> = {
  projects_code_key: "admin.server.codeTaken",
  projects_decision_for_status: "admin.server.decisionForStatus",
  projects_decision_complete: "admin.server.decisionComplete",
  projects_retired_with_reason: "admin.server.retiredReason",
  projects_retired_reason_check: "admin.server.retiredReason",
  targets_bounds_not_empty: "admin.server.targetBounds",
  targets_bounds_in_unit: "admin.server.targetBounds",
  targets_check: "admin.server.targetBounds",
  targets_check1: "admin.server.targetBounds",
  targets_period_complete: "admin.server.targetPeriod",
  targets_period_order: "admin.server.targetPeriod",
  admin_units_check: "admin.server.unitValidity",
  memberships_pending_unique_idx: "admin.server.duplicateGrant",
  memberships_unique_idx: "admin.server.duplicateGrant",
  targets_scope_admin_unit_id_fkey: "admin.server.unknownUnit",
  memberships_admin_unit_id_fkey: "admin.server.unknownUnit",
};

// the messages our own functions and triggers raise are Vietnamese sentences for people
const WRITTEN_FOR_PEOPLE = /[À-ỹ]/;

/** The sentence for a failed write. */
export function writeErrorText(t: TFunction, error: unknown): string {
  const p = adminWriteProblem(error);
  if (p.network) return t("admin.server.network");
  const key = p.constraint ? BY_CONSTRAINT[p.constraint] : undefined;
  if (key) return t(key as "admin.server.codeTaken");
  if (p.code === "P0002") return t("admin.server.notFound");
  if (WRITTEN_FOR_PEOPLE.test(p.serverMessage)) return t("admin.server.generic", { message: p.serverMessage });
  if (p.code === "42501") return t("admin.server.notAllowed");
  if (p.code === "23505") return t("admin.server.duplicateGrant");
  if (p.code === "23503") return t("admin.server.unknownUnit");
  if (p.code === "23514") return t("admin.server.check", { constraint: p.constraint ?? "check" });
  return t("admin.server.generic", { message: p.serverMessage });
}
