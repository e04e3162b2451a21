// Typed translation keys: t("progress.title") is checked against vi.ts everywhere in src.
import type { Messages } from "@/app/i18n/vi";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: Messages };
  }
}
