// One step of an import page (cadastral files, household lists): a section with its heading, so
// that the steps read as an outline; its look is in step-section.css.

import { useId } from "react";
import type { ReactNode } from "react";
import "@/components/step-section.css";

/** A step with heading `title`. */
export function StepSection({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section className={className ? `import-step ${className}` : "import-step"} aria-labelledby={id}>
      <h2 id={id} className="import-step__title">{title}</h2>
      {children}
    </section>
  );
}
