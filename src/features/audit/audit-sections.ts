// The audit page's sections, in tab order, as the address names them (/audit/<section>).

export const AUDIT_SECTIONS = ["parcel", "user", "day"] as const;
export type AuditSection = (typeof AUDIT_SECTIONS)[number];

/**
 * The section an address names. /audit?parcel=<id> (the parcel panel's link) opens the parcel's
 * audit; /audit alone the per-user one; anything unknown the per-user one, said so.
 */
export function auditSectionOf(section: string | null, parcelId: string | null): { section: AuditSection; unknown: boolean } {
  if (section === null) return { section: parcelId ? "parcel" : "user", unknown: false };
  const known = (AUDIT_SECTIONS as readonly string[]).includes(section);
  return { section: known ? (section as AuditSection) : "user", unknown: !known };
}
