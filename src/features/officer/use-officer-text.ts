// Counting words for the officer's texts: "12 thửa", "12 thửa, 3,4 ha", stage labels.

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { formatCount, formatM2AsHa } from "@/domain/format";
import { labelIn } from "@/domain/lang";
import type { StageId } from "@/domain/stages";
import { stageById } from "@/domain/stages";

/** Hectares with two decimals below 1 ha (a few parcels), one above: "0,35 ha", "3,4 ha". */
export function areaDigits(areaM2: number): number {
  return areaM2 < 10_000 ? 2 : 1;
}

/** Formatters for parcel counts and areas in the UI language. */
export function useOfficerText() {
  const { t } = useTranslation();
  const lang = useLang();
  const parcels = useCallback(
    (count: number) => t("officer.parcelCount", { count, formatted: formatCount(count, lang) }),
    [t, lang],
  );
  const summary = useCallback(
    (count: number, areaM2: number) =>
      t("officer.parcelsArea", { parcels: parcels(count), area: formatM2AsHa(areaM2, lang, areaDigits(areaM2)) }),
    [t, lang, parcels],
  );
  const stage = useCallback((id: StageId) => labelIn(stageById(id), lang), [lang]);
  return { t, lang, parcels, summary, stage };
}
