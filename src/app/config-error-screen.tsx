// Shown instead of the app when the build has no usable API URL or key.

import { useTranslation } from "react-i18next";
import type { BackendConfigProblem } from "@/data/backend-config";

/** Explains, in Vietnamese by default, which setting is missing and how to fix it. */
export function ConfigErrorScreen({ problems }: { problems: readonly BackendConfigProblem[] }) {
  const { t } = useTranslation();
  return (
    <main className="boot-screen">
      <div className="boot-screen__card boot-screen__card--error" role="alert">
        <p className="boot-screen__brand">{t("app.brand")}</p>
        <h1 className="boot-screen__title">{t("config.title")}</h1>
        <p>{t("config.intro")}</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem.kind}>
              {problem.kind === "invalid_url" ? t("config.invalid_url", { value: problem.value }) : t(`config.${problem.kind}`)}
            </li>
          ))}
        </ul>
        <p>{t("config.fixDev")}</p>
        <p>{t("config.fixProd")}</p>
      </div>
    </main>
  );
}
