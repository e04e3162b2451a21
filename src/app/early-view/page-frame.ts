// The page frame React renders first for a guest (only guests get the early view; see
// AppLayout, AppHeader, AuthMenu, MapScreen, MapView), built without React so the early view's
// map sits exactly where React's will be: header, the map area, the side panel (empty until its
// content loads) and footer. React replaces all of it in its first commit and adopts the map
// element (src/map/map-frame.tsx).
// The browser test "draws the province before React…" checks that nothing moves.

import { BRAND_MARK_SHAPES } from "@/app/brand-mark";
import { rememberLang } from "@/app/i18n/stored-lang";
import { LANGS } from "@/domain/lang";
import { askSignInEarly } from "@/features/auth/early-sign-in";

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A text of the frame by its key (viText: the frame is Vietnamese). */
type FrameText = (key: string) => string;

function frameHtml(t: FrameText): string {
  const languages = LANGS.map((lang) =>
    `<button type="button" lang="${lang}" class="language-switch__button" aria-pressed="${lang === "vi"}">` +
    `${lang.toUpperCase()}<span class="sr-only"> – ${escape(t(`language.${lang}`))}</span></button>`).join("");
  return `<div class="app app--map">
<header class="app-header"><div class="app-header__inner">
<a class="brand" href="/"><svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">${BRAND_MARK_SHAPES}</svg>` +
`<span class="brand__text"><span class="brand__name">${escape(t("app.brand"))}</span>` +
`<span class="brand__tagline">${escape(t("app.tagline"))}</span></span></a>
<div class="app-header__session"><div class="auth-menu"><span class="auth-menu__who">${escape(t("auth.guest"))}</span>` +
`<button type="button" class="button button--header" aria-expanded="false">${escape(t("auth.signIn"))}</button></div></div>
<div class="language-switch" role="group" aria-label="${escape(t("language.label"))}">${languages}</div>
</div></header>
<main id="main" class="app-main app-main--map"><h1 class="sr-only">${escape(t("map.label"))}</h1>
<div class="map-screen"><div class="map-screen__map"><div class="map-view"><div class="map-view__map" role="application" aria-label="${escape(t("map.label"))}"></div></div>` +
`<a class="map-screen__to-progress" href="#progress-panel">${escape(t("map.toProgress"))}</a></div>` +
`<aside class="map-screen__side" aria-label="${escape(t("map.sidePanelLabel"))}"></aside></div></main>
<footer class="app-footer"><p>${escape(t("app.footer"))}</p></footer>
</div>`;
}

/** Puts the frame into `root` (replacing the loading text); returns the map's element. */
export function drawPageFrame(root: HTMLElement, t: FrameText): HTMLElement {
  root.innerHTML = frameHtml(t);
  // Clicks made before React came are not lost: its header opens the sign-in panel, and the app
  // starts in the language chosen (i18n.ts reads the stored one when it loads).
  root.querySelector(".auth-menu .button")?.addEventListener("click", askSignInEarly, { once: true });
  for (const button of root.querySelectorAll<HTMLButtonElement>(".language-switch__button")) {
    button.addEventListener("click", () => rememberLang(button.lang));
  }
  const map = root.querySelector<HTMLElement>(".map-view__map");
  if (!map) throw new Error("page frame without a map element");
  return map;
}

/**
 * The width the map's floating controls take on a wide screen, where the legend starts open:
 * a stand-in open panel, measured in `mapView` with the app's stylesheet, then removed.
 */
export function openControlsWidth(mapView: HTMLElement): number {
  const controls = document.createElement("div");
  controls.className = "map-view__controls";
  controls.innerHTML = '<details class="map-panel" open><summary></summary></details>';
  mapView.append(controls);
  const width = controls.offsetWidth;
  controls.remove();
  return width;
}
