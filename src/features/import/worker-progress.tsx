// The worker's progress while it reads or checks a file: a bar, the phase and counts as text in
// a polite live region, and the Cancel button.

import { useTranslation } from "react-i18next";
import type { ImportProgress } from "@/domain/import-types";
import { useLang } from "@/components/use-lang";
import { formatCount } from "@/domain/format";

interface WorkerProgressProps {
  readonly label: string;
  readonly progress: ImportProgress | null;
  readonly cancelLabel: string;
  readonly onCancel: () => void;
}

/** Progress of a step in the worker, with its cancel. */
export function WorkerProgress({ label, progress, cancelLabel, onCancel }: WorkerProgressProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const share = progress && progress.total ? Math.min(1, progress.done / progress.total) : null;
  const phase = progress ? t(`import.phase.${progress.phase}`) : label;
  const text = !progress ? label
    : progress.total ? t("import.progress.some", { phase, done: formatCount(progress.done, lang), total: formatCount(progress.total, lang) })
    : t("import.progress.unknown", { phase, done: formatCount(progress.done, lang) });
  return (
    <div className="import-progress">
      <div className="import-progress__bar" role="progressbar" aria-label={label}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={share === null ? undefined : Math.round(share * 100)}>
        <span className={share === null ? "import-progress__fill import-progress__fill--unknown" : "import-progress__fill"}
          style={share === null ? undefined : { width: `${share * 100}%` }} />
      </div>
      <p className="import-progress__text" aria-live="polite">{text}</p>
      <button type="button" className="button button--secondary" onClick={onCancel}>{cancelLabel}</button>
    </div>
  );
}
