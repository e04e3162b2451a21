// household_detail(p_party_id): everything the household page shows for one party (facts,
// members, holdings with their parcels, its part of each plan, resettlement plots, history) and
// whether the caller may change it. Refused (42501) to those who may not see the party.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { polygonGeometry } from "@/data/geojson-schema";
import { householdDetailKey } from "@/data/household-keys";
import { count, isoDate, numeric, parseRows, timestamptz } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdDetail } from "@/domain/household-types";
import {
  HOLDING_ORIGINS, LINE_GROUPS, LINE_STATUSES, PARTY_KINDS, PAYMENT_METHODS,
} from "@/domain/household-types";
import { STAGE_IDS } from "@/domain/stages";

const text = z.nullable(z.string());
const record = z.nullable(z.record(z.string(), z.unknown()));

const partySchema = z.object({
  id: z.string(), kind: z.enum(PARTY_KINDS), name: z.string(), id_number: text, address: text, phone: text,
  admin_unit_id: z.string(), commune_name: z.string(), note: text, version: count, updated_at: timestamptz,
});

const memberSchema = z.object({
  id: z.string(), full_name: z.string(), id_number: text, birth_year: z.nullable(count), relation: text,
  is_head: z.boolean(), share_pct: z.nullable(numeric), version: count,
});

const holdingSchema = z.object({
  id: z.string(), parcel_id: z.string(), share_pct: numeric, origin: z.enum(HOLDING_ORIGINS), certificate_no: text,
  version: count, project_id: z.string(), project_name: z.string(), admin_unit_id: z.string(),
  commune_name: z.string(), map_sheet: z.string(), parcel_no: z.string(), land_type: z.string(), area_m2: numeric,
  stage: z.enum(STAGE_IDS), blocked: z.boolean(), geom: polygonGeometry,
});

const lineSchema = z.object({
  id: z.string(), parcel_id: text, line_group: z.enum(LINE_GROUPS), content: z.string(),
  quantity: z.nullable(numeric), unit: text, unit_price_vnd: z.nullable(numeric), amount_vnd: numeric,
  basis_document: text, basis_article: text, status: z.enum(LINE_STATUSES), version: count,
});

const paymentSchema = z.object({
  id: z.string(), paid_on: isoDate, amount_vnd: numeric, method: z.enum(PAYMENT_METHODS), reference: text,
  version: count,
});

const planSchema = z.object({
  plan_id: z.string(), project_id: z.string(), project_name: z.string(), batch: z.string(),
  posted_from: z.nullable(isoDate), posted_to: z.nullable(isoDate), decision_no: text,
  decision_date: z.nullable(isoDate), plan_version: count, lines: z.array(lineSchema),
  payments: z.array(paymentSchema), total_vnd: numeric, paid_vnd: numeric,
});

const allocationSchema = z.object({
  id: z.string(), project_id: z.string(), site: z.string(), plot_no: text, area_m2: z.nullable(numeric),
  ready_on: z.nullable(isoDate), allocated_on: z.nullable(isoDate), version: count,
});

const historySchema = z.object({
  seq: count, kind: z.string(), entity: z.string(), entity_id: text, before: record, after: record,
  actor_email: text, occurred_at: timestamptz, recorded_at: timestamptz,
});

const detailSchema = z.object({
  party: partySchema,
  members: z.array(memberSchema),
  holdings: z.array(holdingSchema),
  plans: z.array(planSchema),
  allocations: z.array(allocationSchema),
  history: z.array(historySchema),
  can_edit: z.boolean(),
});

/** Parses household_detail's answer (a jsonb object, which some backends send as text). */
export function parseHouseholdDetail(data: unknown): HouseholdDetail {
  const d = parseRows(detailSchema, typeof data === "string" ? JSON.parse(data) : data, "household_detail");
  const p = d.party;
  return {
    party: {
      id: p.id, kind: p.kind, name: p.name, idNumber: p.id_number, address: p.address, phone: p.phone,
      adminUnitId: p.admin_unit_id, communeName: p.commune_name, note: p.note, version: p.version,
      updatedAt: p.updated_at.toISOString(),
    },
    members: d.members.map((m) => ({
      id: m.id, fullName: m.full_name, idNumber: m.id_number, birthYear: m.birth_year, relation: m.relation,
      isHead: m.is_head, sharePct: m.share_pct, version: m.version,
    })),
    holdings: d.holdings.map((h) => ({
      id: h.id, parcelId: h.parcel_id, sharePct: h.share_pct, origin: h.origin, certificateNo: h.certificate_no,
      version: h.version, projectId: h.project_id, projectName: h.project_name, adminUnitId: h.admin_unit_id,
      communeName: h.commune_name, mapSheet: h.map_sheet, parcelNo: h.parcel_no, landType: h.land_type,
      areaM2: h.area_m2, stage: h.stage, blocked: h.blocked, geom: h.geom,
    })),
    plans: d.plans.map((p) => ({
      planId: p.plan_id, projectId: p.project_id, projectName: p.project_name, batch: p.batch,
      postedFrom: p.posted_from, postedTo: p.posted_to, decisionNo: p.decision_no, decisionDate: p.decision_date,
      planVersion: p.plan_version,
      lines: p.lines.map((l) => ({
        id: l.id, parcelId: l.parcel_id, lineGroup: l.line_group, content: l.content, quantity: l.quantity,
        unit: l.unit, unitPriceVnd: l.unit_price_vnd, amountVnd: l.amount_vnd, basisDocument: l.basis_document,
        basisArticle: l.basis_article, status: l.status, version: l.version,
      })),
      payments: p.payments.map((y) => ({
        id: y.id, paidOn: y.paid_on, amountVnd: y.amount_vnd, method: y.method, reference: y.reference,
        version: y.version,
      })),
      totalVnd: p.total_vnd,
      paidVnd: p.paid_vnd,
    })),
    allocations: d.allocations.map((a) => ({
      id: a.id, projectId: a.project_id, site: a.site, plotNo: a.plot_no, areaM2: a.area_m2, readyOn: a.ready_on,
      allocatedOn: a.allocated_on, version: a.version,
    })),
    history: d.history.map((e) => ({
      seq: e.seq, kind: e.kind, entity: e.entity, entityId: e.entity_id, before: e.before, after: e.after,
      actorEmail: e.actor_email, occurredAt: e.occurred_at.toISOString(), recordedAt: e.recorded_at.toISOString(),
    })),
    canEdit: d.can_edit,
  };
}

/** Fetches one party's record; an ApiError with code 42501 when it may not be seen (or does not exist). */
export async function fetchHouseholdDetail(partyId: string, signal?: AbortSignal): Promise<HouseholdDetail> {
  const client = await supabase();
  let request = client.rpc("household_detail", { p_party_id: partyId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  if (response.error) throw new ApiError("household_detail", response.error, response.status);
  return parseHouseholdDetail(response.data as unknown); // untyped rpc: zod gives it its type
}

/** One party's record for the signed-in user; disabled (no request) when signed out. */
export function useHouseholdDetail(partyId: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: householdDetailKey(user?.id ?? "anon", partyId ?? ""),
    queryFn: ({ signal }) => fetchHouseholdDetail(partyId as string, signal),
    enabled: partyId !== null && user !== null,
  });
}
