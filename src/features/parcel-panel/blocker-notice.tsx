// Why the parcel is stuck and who must act to unblock it ("…" while no source has loaded them).

import { useTranslation } from "react-i18next";
import type { Parcel } from "@/domain/parcel";

/** The blocker box of a blocked parcel. */
export function BlockerNotice({ parcel }: { parcel: Parcel }) {
  const { t } = useTranslation();
  return (
    <section className="blocker-notice" aria-labelledby={`blocker-${parcel.id}`}>
      <h3 id={`blocker-${parcel.id}`} className="blocker-notice__title">{t("parcel.blockerTitle")}</h3>
      <dl className="blocker-notice__facts">
        <dt>{t("parcel.blockerReason")}</dt>
        <dd>{parcel.blockerReason === undefined ? "…" : (parcel.blockerReason ?? t("parcel.blockerNoReason"))}</dd>
        <dt>{t("parcel.blockerResponsible")}</dt>
        <dd>{parcel.blockerResponsible === undefined ? "…" : (parcel.blockerResponsible ?? t("parcel.blockerNoResponsible"))}</dd>
      </dl>
    </section>
  );
}
