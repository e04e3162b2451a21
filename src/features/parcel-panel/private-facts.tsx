// The land user's personal data, shown only when the API returns it (officers of the area and
// leaders). The public never asks for it; others get no row: then nothing is shown at all.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { useParcelPrivate } from "@/data/parcel-private-query";
import { MISSING, formatVnd } from "@/domain/format";

/** The private section, or nothing. */
export function PrivateFacts({ parcelId }: { parcelId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useParcelPrivate(parcelId);
  if (query.isError) return <p className="private-facts__error">{t("parcel.privateError")}</p>;
  const data = query.data;
  if (!data) return null;
  const rows: [string, string][] = [
    [t("parcel.owner"), data.ownerName ?? MISSING],
    [t("parcel.household"), data.household ?? MISSING],
    [t("parcel.compensation"), formatVnd(data.compensationVnd, lang)],
    [t("parcel.support"), formatVnd(data.supportVnd, lang)],
    [t("parcel.resettlement"), data.resettlement ?? MISSING],
  ];
  return (
    <section className="private-facts" aria-labelledby={`private-${parcelId}`}>
      <h3 id={`private-${parcelId}`} className="private-facts__title">{t("parcel.privateTitle")}</h3>
      <p className="private-facts__hint">{t("parcel.privateHint")}</p>
      <dl className="private-facts__list">
        {rows.map(([label, value]) => (
          <div key={label} className="private-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
