// The parcel's land users (parcel_holders): each holder's name, share and the right's origin,
// with a link to the household's record. Only for those who may see the parcel's private data:
// the public never asks, and anyone the server refuses gets no section at all.

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useLang } from "@/components/use-lang";
import { ApiError } from "@/data/api-error";
import { useParcelHolders } from "@/data/parcel-holders-query";
import { useAccess } from "@/data/use-access";
import { formatPercentValue } from "@/domain/format";
import { routePath } from "@/state/route-paths";

/** The land users' section, or nothing. */
export function ParcelHolders({ parcelId, adminUnitId }: { parcelId: string; adminUnitId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const access = useAccess();
  // asked only by those the server shows them to (leaders, officers of the parcel's area); a
  // refusal all the same (an area changed meanwhile) leaves the section out, as for the public
  const mayAsk = access.roles.includes("leader") || access.canEditUnit(adminUnitId);
  const query = useParcelHolders(parcelId, mayAsk);
  const refused = query.error instanceof ApiError && query.error.code === "42501";
  if (!mayAsk || refused) return null;
  if (query.isError) return <p className="private-facts__error">{t("households.holders.error")}</p>;
  const holders = query.data;
  if (!holders) return null;
  const titleId = `holders-${parcelId}`;
  return (
    <section className="private-facts parcel-holders" aria-labelledby={titleId}>
      <h3 id={titleId} className="private-facts__title">{t("households.holders.title")}</h3>
      <p className="private-facts__hint">{t("households.holders.hint")}</p>
      {holders.length === 0 ? <p className="parcel-holders__none">{t("households.holders.none")}</p> : (
        <ul className="parcel-holders__list">
          {holders.map((h) => (
            <li key={h.holdingId} className="parcel-holders__item">
              <Link href={routePath("household", { params: { partyId: h.partyId } })} aria-label={t("households.holders.open", { name: h.partyName })}>
                {h.partyName}
              </Link>
              <span className="parcel-holders__facts">
                {t("households.holders.share")}: {formatPercentValue(h.sharePct, lang, h.sharePct % 1 === 0 ? 0 : 2)}
                {" · "}{t("households.holders.origin")}: {t(`households.origins.${h.origin}`)}
                {h.certificateNo ? ` · ${t("households.holders.certificate", { no: h.certificateNo })}` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
