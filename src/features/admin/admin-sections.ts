// The admin page's sections, in tab order, as the address names them (/admin/<section>).

export const ADMIN_SECTIONS = ["projects", "targets", "units", "accounts", "audit", "outbox"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The section an address names; null (or anything unknown) shows projects. */
export function adminSectionOf(section: string | null): { section: AdminSection; unknown: boolean } {
  if (section === null) return { section: "projects", unknown: false };
  const known = (ADMIN_SECTIONS as readonly string[]).includes(section);
  return { section: known ? (section as AdminSection) : "projects", unknown: !known };
}
