// The app proper, loaded by src/main.tsx (which links the page's styles and has made the map):
// translations, the first view's queries, then React, which hosts the map.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { i18n } from "@/app/i18n/i18n";
import { App } from "@/app/app";
import { firstViewClient } from "@/app/first-view";
import { followLanguage } from "@/app/province-view";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

followLanguage(i18n);
const queryClient = firstViewClient();
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
