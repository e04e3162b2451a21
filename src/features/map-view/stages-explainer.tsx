// A short Vietnamese explanation of the stages a parcel goes through, for the public: each
// stage with its map colour, its name and what it means (Land Law 2024).

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { labelIn } from "@/domain/lang";
import { STAGES } from "@/domain/stages";

/** The explanation; open at first when `open` (the public view). */
export function StagesExplainer({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <details className="stages-explainer fold-box" open={open}>
      <summary className="fold-box__summary">
        <h2 className="fold-box__title">{t("map.stagesTitle")}</h2>
      </summary>
      <p className="stages-explainer__intro">{t("map.stagesIntro")}</p>
      <ol className="stages-explainer__list">
        {STAGES.map((stage) => (
          <li key={stage.id} className="stages-explainer__item">
            <span className="stages-explainer__swatch" style={{ backgroundColor: stage.color }} aria-hidden="true" />
            <span>
              <strong>{labelIn(stage, lang)}</strong>
              <span className="stages-explainer__text" lang="vi">{stage.explainVi}</span>
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}
