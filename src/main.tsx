// Entry point: styles, translations, then the app.

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/app/styles.css";
import "@/app/i18n/i18n";
import { App } from "@/app/app";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
