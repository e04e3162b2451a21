// The parcel's place among all eight stages: done, current and still to come, each with the
// stage's map colour, so the panel reads like the legend.

import { useTranslation } from "react-i18next";
import { useLang } from "@/components/use-lang";
import { labelIn } from "@/domain/lang";
import type { StageId } from "@/domain/stages";
import { STAGES, stageById } from "@/domain/stages";

/** The current stage in words and the track of all stages. */
export function StageTrack({ stage }: { stage: StageId }) {
  const { t } = useTranslation();
  const lang = useLang();
  const current = stageById(stage);
  return (
    <section className="stage-track" aria-label={t("parcel.stage")}>
      <p className="stage-track__current">
        <span className="stage-track__dot" style={{ backgroundColor: current.color }} aria-hidden="true" />
        <span>
          <span className="stage-track__label">{t("parcel.stage")}</span>
          <strong>{labelIn(current, lang)}</strong>{" "}
          <span className="stage-track__step">({t("parcel.stageStep", { n: current.position + 1, total: STAGES.length })})</span>
        </span>
      </p>
      <ol className="stage-track__list" aria-label={t("parcel.trackLabel")}>
        {STAGES.map((s) => {
          const state = s.position < current.position ? "done" : s.position === current.position ? "current" : "todo";
          const stateText = { done: t("parcel.stepDone"), current: t("parcel.stepCurrent"), todo: t("parcel.stepTodo") }[state];
          return (
            <li key={s.id} className={`stage-track__item stage-track__item--${state}`} aria-current={state === "current" ? "step" : undefined}>
              <span className="stage-track__bar" style={state === "todo" ? undefined : { backgroundColor: s.color }} aria-hidden="true" />
              <span className="stage-track__name">{labelIn(s, lang)}</span>
              <span className="sr-only"> – {stateText}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
