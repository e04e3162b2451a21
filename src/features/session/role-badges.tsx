// The signed-in user's roles from my_access, e.g. "Lãnh đạo" or
// "Cán bộ địa chính – Văn Giang (326)". Nothing is shown to the public.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useAdminUnitNames } from "@/data/admin-unit-names-query";
import { useAuthSession, useSignedInUser } from "@/data/auth-session";
import { useAccess } from "@/data/use-access";
import { shortUnitName } from "@/domain/admin-units";
import { describeGrant } from "@/domain/roles";
import "@/features/session/session.css";

/** The roles of the signed-in user as a list of badges. */
export function RoleBadges() {
  const { status } = useAuthSession();
  const user = useSignedInUser();
  // A kept session is being checked: keep a badge's room, so that the header does not grow
  // (on a phone, by a whole row) and push the page down when the roles arrive.
  if (status === "loading") return <p className="role-badges__note role-badges__note--pending" aria-hidden="true">{"\u00a0"}</p>;
  if (!user) return null;
  return <SignedInRoles />;
}

function SignedInRoles() {
  const { t } = useTranslation();
  const lang = useLang();
  const access = useAccess();
  const unitIds = access.grants.flatMap((g) => (g.adminUnitId ? [g.adminUnitId] : []));
  const names = useAdminUnitNames(unitIds);
  const unitName = (id: string | null) => {
    const name = id ? names.data?.get(id) : undefined;
    return name ? shortUnitName(name) : null;
  };

  if (access.status === "loading") return <p className="role-badges__note" role="status">{t("session.loadingRoles")}</p>;
  if (access.status === "error") return <p className="role-badges__note">{t("session.rolesError")}</p>;
  const grants = access.grants;
  if (grants.length === 0) return <p className="role-badges__note">{t("session.noRole")}</p>;
  return (
    <ul className="role-badges" aria-label={t("session.rolesLabel")}>
      {grants.map((grant) => (
        <li key={`${grant.role}:${grant.adminUnitId ?? ""}`} className={`role-badge role-badge--${grant.role}`}>
          {describeGrant(grant, lang, unitName(grant.adminUnitId))}
        </li>
      ))}
    </ul>
  );
}
