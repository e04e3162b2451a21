// household_detail(p_party_id): everything the household page shows, parsed into
// HouseholdDetail. The server answers 42501 alike for a record that does not exist and for one
// the caller may not see; that error is passed on (ApiError code "42501") for the page to word.

import { useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { ApiError } from "@/data/api-error";
import { useSignedInUser } from "@/data/auth-session";
import { polygonGeometry } from "@/data/geojson-schema";
import { householdKeys } from "@/data/household-keys";
import { count, isoDate, numeric, parseRows, parseTimestamp } from "@/data/parse";
import { supabase } from "@/data/supabase-client";
import type { HouseholdDetail } from "@/domain/household-types";
import { HOLDING_ORIGINS, LINE_GROUPS, LINE_STATUSES, PARTY_KINDS, PAYMENT_METHODS } from "@/domain/household-types";
import { STAGE_IDS } from "@/domain/stages";

const text = z.nullable(z.string());
const day = z.nullable(isoDate);
const num = z.nullable(numeric);
const instant = z.pipe(z.string(), z.transform((s: string) => parseTimestamp(s)?.toISOString() ?? s));
const json = z.nullable(z.record(z.string(), z.unknown()));

const detailSchema = z.object({
  party: z.object({
    id: z.string(), kind: z.enum(PARTY_KINDS), name: z.string(), id_number: text, address: text, phone: text,
    admin_unit_id: z.string(), commune_name: z.nullable(z.string()), note: text, version: count, updated_at: instant,
  }),
  members: z.array(z.object({
    id: z.string(), full_name: z.string(), id_number: text, birth_year: z.nullable(count), relation: text, is_head: z.boolean(),
    share_pct: num, version: count,
  })),
  holdings: z.array(z.object({
    id: z.string(), parcel_id: z.string(), share_pct: numeric, origin: z.enum(HOLDING_ORIGINS), certificate_no: text, version: count,
    project_id: z.string(), project_name: z.string(), admin_unit_id: z.string(), commune_name: z.nullable(z.string()),
    map_sheet: z.string(), parcel_no: z.string(), land_type: z.string(), area_m2: numeric, stage: z.enum(STAGE_IDS),
    blocked: z.boolean(), geom: polygonGeometry,
  })),
  plans: z.array(z.object({
    plan_id: z.string(), project_id: z.string(), project_name: z.string(), batch: z.string(), posted_from: day, posted_to: day,
    decision_no: text, decision_date: day, plan_version: count, total_vnd: numeric, paid_vnd: numeric,
    lines: z.array(z.object({
      id: z.string(), parcel_id: text, line_group: z.enum(LINE_GROUPS), content: z.string(), quantity: num, unit: text,
      unit_price_vnd: num, amount_vnd: numeric, basis_document: text, basis_article: text, status: z.enum(LINE_STATUSES), version: count,
    })),
    payments: z.array(z.object({
      id: z.string(), paid_on: isoDate, amount_vnd: numeric, method: z.enum(PAYMENT_METHODS), reference: text, version: count,
    })),
  })),
  allocations: z.array(z.object({
    id: z.string(), project_id: z.string(), site: z.string(), plot_no: text, area_m2: num, ready_on: day, allocated_on: day, version: count,
  })),
  history: z.array(z.object({
    seq: count, kind: z.string(), entity: z.string(), entity_id: text, before: json, after: json, actor_email: text,
    occurred_at: instant, recorded_at: instant,
  })),
  can_edit: z.boolean(),
});

/** Fetches one household's record. */
export async function fetchHouseholdDetail(partyId: string, signal?: AbortSignal): Promise<HouseholdDetail> {
  const client = await supabase();
  let request = client.rpc("household_detail", { p_party_id: partyId });
  if (signal) request = request.abortSignal(signal);
  const response = await request;
  const { error, status } = response;
  const data: unknown = response.data; // untyped rpc: zod gives it its type
  if (error) throw new ApiError("household_detail", error, status);
  const raw: unknown = typeof data === "string" ? (JSON.parse(data) as unknown) : data;
  const d = parseRows(detailSchema, raw, "household_detail");
  const p = d.party;
  return {
    party: { id: p.id, kind: p.kind, name: p.name, idNumber: p.id_number, address: p.address, phone: p.phone, adminUnitId: p.admin_unit_id,
      communeName: p.commune_name ?? p.admin_unit_id, note: p.note, version: p.version, updatedAt: p.updated_at },
    members: d.members.map((m) => ({ id: m.id, fullName: m.full_name, idNumber: m.id_number, birthYear: m.birth_year, relation: m.relation,
      isHead: m.is_head, sharePct: m.share_pct, version: m.version })),
    holdings: d.holdings.map((h) => ({ id: h.id, parcelId: h.parcel_id, sharePct: h.share_pct, origin: h.origin, certificateNo: h.certificate_no,
      version: h.version, projectId: h.project_id, projectName: h.project_name, adminUnitId: h.admin_unit_id, communeName: h.commune_name ?? h.admin_unit_id,
      mapSheet: h.map_sheet, parcelNo: h.parcel_no, landType: h.land_type, areaM2: h.area_m2, stage: h.stage, blocked: h.blocked, geom: h.geom })),
    plans: d.plans.map((pl) => ({ planId: pl.plan_id, projectId: pl.project_id, projectName: pl.project_name, batch: pl.batch,
      postedFrom: pl.posted_from, postedTo: pl.posted_to, decisionNo: pl.decision_no, decisionDate: pl.decision_date, planVersion: pl.plan_version,
      totalVnd: pl.total_vnd, paidVnd: pl.paid_vnd,
      lines: pl.lines.map((l) => ({ id: l.id, parcelId: l.parcel_id, lineGroup: l.line_group, content: l.content, quantity: l.quantity, unit: l.unit,
        unitPriceVnd: l.unit_price_vnd, amountVnd: l.amount_vnd, basisDocument: l.basis_document, basisArticle: l.basis_article, status: l.status, version: l.version })),
      payments: pl.payments.map((x) => ({ id: x.id, paidOn: x.paid_on, amountVnd: x.amount_vnd, method: x.method, reference: x.reference, version: x.version })) })),
    allocations: d.allocations.map((a) => ({ id: a.id, projectId: a.project_id, site: a.site, plotNo: a.plot_no, areaM2: a.area_m2,
      readyOn: a.ready_on, allocatedOn: a.allocated_on, version: a.version })),
    history: d.history.map((e) => ({ seq: e.seq, kind: e.kind, entity: e.entity, entityId: e.entity_id, before: e.before, after: e.after,
      actorEmail: e.actor_email, occurredAt: e.occurred_at, recordedAt: e.recorded_at })),
    canEdit: d.can_edit,
  };
}

/** One household's record for the signed-in user; idle for the public. */
export function useHouseholdDetail(partyId: string | null) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: householdKeys.detail(user?.id ?? "anon", partyId ?? ""),
    queryFn: ({ signal }) => fetchHouseholdDetail(partyId as string, signal),
    enabled: partyId !== null && user !== null,
    // a refused record is not asked again and again
    retry: (failures, error) => !(error instanceof ApiError && error.code === "42501") && failures < 2,
  });
}
