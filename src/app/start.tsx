// The app proper, loaded by src/main.tsx: styles, translations, the first view's queries, then React.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/app/styles.css";
import "@/app/i18n/i18n";
import { App } from "@/app/app";
import { startFirstView } from "@/app/first-view";
import { createQueryClient } from "@/app/query-client";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = createQueryClient();
startFirstView(queryClient);
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
