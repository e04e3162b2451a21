// The app proper, loaded by src/main.tsx (which links the page's styles): translations, the
// first view's queries, then React.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/app/i18n/i18n";
import { App } from "@/app/app";
import { firstViewClient } from "@/app/first-view";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const queryClient = firstViewClient();
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
