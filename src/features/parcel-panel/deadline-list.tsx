// The parcel's legal-deadline flags (parcel_timeline on the panel's day, judged by
// src/domain/deadline-rules.ts): each with its level, the rule in words, its article, the limit
// day and how late, short or near it is. Nothing is shown while the parcel has no flag but a
// short line saying so, so a leader knows the rules were checked.

import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useLang } from "@/components/use-lang";
import type { Lang } from "@/domain/lang";
import type { DeadlineFlag } from "@/domain/deadline-rules";
import { DEADLINE_RULES, deadlineRule } from "@/domain/deadline-rules";
import { flagTiming, timelineFlags } from "@/domain/deadline-levels";
import type { ParcelTimelineRow } from "@/domain/meeting-types";
import { formatCount, formatDate } from "@/domain/format";

interface DeadlineListProps {
  /** The parcel's timeline row on the day; undefined while loading, null when there is none. */
  readonly row: ParcelTimelineRow | null | undefined;
  /** The day the row is of ("YYYY-MM-DD"). */
  readonly day: string;
  /** True when `day` is a past day the map shows (not today). */
  readonly past: boolean;
  readonly loading: boolean;
  readonly failed: boolean;
}

/** The rules whose acts the tracker does not record: said to be unchecked, never guessed. */
const UNCHECKED = DEADLINE_RULES.filter((r) => !r.recorded);

/** How late, short or near the flag is, in words. */
function timingText(flag: DeadlineFlag, t: TFunction, lang: Lang): string {
  const timing = flagTiming(flag);
  if (timing.delay === "left" && timing.days === 0) return t("deadlines.lastDay");
  const key = ({ short: "deadlines.daysShort", late: "deadlines.daysLate", overdue: "deadlines.daysOverdue", left: "deadlines.daysLeft" } as const)[timing.delay];
  return t(key, { count: timing.days, formatted: formatCount(timing.days, lang) });
}

/** The flag's level in words: a lead time not kept is not "late" but short. */
function levelKey(flag: DeadlineFlag) {
  if (flag.level === "amber") return "deadlines.levelAmber" as const;
  return flagTiming(flag).delay === "short" ? "deadlines.levelShort" as const : "deadlines.levelRed" as const;
}

/** The flags of one parcel. */
export function DeadlineList({ row, day, past, loading, failed }: DeadlineListProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const flags = row ? timelineFlags(row, day) : [];
  let body;
  if (row === undefined) body = <p className="deadline-list__quiet">{t(failed ? "deadlines.panelError" : loading ? "deadlines.panelLoading" : "deadlines.panelNone")}</p>;
  else if (flags.length === 0) body = <p className="deadline-list__quiet">{t("deadlines.panelNone")}</p>;
  else {
    body = (
      <ul className="deadline-list__items">
        {flags.map((flag) => {
          const rule = deadlineRule(flag.ruleId);
          const limit = flagTiming(flag).limit === "earliest" ? "deadlines.limitLead" : "deadlines.limitWithin";
          return (
            <li key={flag.ruleId} className={`deadline-list__item deadline-list__item--${flag.level}`}>
              <p className="deadline-list__head">
                <span className="deadline-list__level">{t(levelKey(flag))}</span>
                {" "}<span className="deadline-list__timing">{timingText(flag, t, lang)}</span>
              </p>
              <p className="deadline-list__rule">{lang === "vi" ? rule.labelVi : rule.labelEn}</p>
              <p className="deadline-list__article">{lang === "vi" ? rule.articleVi : rule.articleEn}</p>
              <p className="deadline-list__days">
                {t(limit, { date: formatDate(flag.limitDay, lang) })}
                {flag.actDay ? ` · ${t("deadlines.actOn", { date: formatDate(flag.actDay, lang) })}` : null}
              </p>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <section className="deadline-list" aria-label={t("deadlines.panelTitle")}>
      <h3 className="deadline-list__title">{t("deadlines.panelTitle")}</h3>
      {past ? <p className="deadline-list__quiet">{t("deadlines.asOfDay", { date: formatDate(day, lang) })}</p> : null}
      {body}
      {UNCHECKED.map((rule) => (
        <p key={rule.id} className="deadline-list__unchecked">
          {t("deadlines.notRecorded", { rule: lang === "vi" ? rule.labelVi : rule.labelEn, article: lang === "vi" ? rule.articleVi : rule.articleEn })}
        </p>
      ))}
    </section>
  );
}
