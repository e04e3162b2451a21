// The page frame React renders first for a guest (only guests get the early view; see
// AppLayout, AppHeader, AuthMenu, MapScreen, MapView), built without React so the early view's
// map sits exactly where React's will be: header, the map area, the side panel (empty until its
// content loads) and footer. React replaces all of it in its first commit and adopts the map
// element (src/map/map-frame.tsx).
// The browser test "draws the province before React…" checks that nothing moves.

import { BRAND_MARK_RECTS } from "@/app/brand-mark";
import { rememberLang } from "@/app/i18n/stored-lang";
import { LANGS } from "@/domain/lang";
import { askSignInEarly } from "@/features/auth/early-sign-in";

/** A text of the frame by its key (viText: the frame is Vietnamese). */
type FrameText = (key: string) => string;

type Child = Node | string;

/**
 * An HTML element with attributes and children; strings become text nodes. The frame is built
 * as elements rather than parsed from markup, like everything else in the app, so that no text
 * is ever read as HTML (eslint-rules/no-html-sinks.js keeps it that way).
 */
function h(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  element.append(...children);
  return element;
}

function setAttributes(element: Element, attributes: Readonly<Record<string, string | number>>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

const SVG = "http://www.w3.org/2000/svg";

function brandMark(): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  setAttributes(svg, { class: "brand__mark", viewBox: "0 0 32 32", "aria-hidden": "true", focusable: "false" });
  for (const shape of BRAND_MARK_RECTS) {
    const rect = document.createElementNS(SVG, "rect");
    setAttributes(rect, { ...shape });
    svg.append(rect);
  }
  return svg;
}

function header(t: FrameText): HTMLElement {
  const languages = LANGS.map((lang) =>
    h("button", { type: "button", lang, class: "language-switch__button", "aria-pressed": String(lang === "vi") },
      lang.toUpperCase(), h("span", { class: "sr-only" }, ` – ${t(`language.${lang}`)}`)));
  return h("header", { class: "app-header" },
    h("div", { class: "app-header__inner" },
      h("a", { class: "brand", href: "/" },
        brandMark(),
        h("span", { class: "brand__text" },
          h("span", { class: "brand__name" }, t("app.brand")),
          h("span", { class: "brand__tagline" }, t("app.tagline")))),
      h("div", { class: "app-header__session" },
        h("div", { class: "auth-menu" },
          h("span", { class: "auth-menu__who" }, t("auth.guest")),
          h("button", { type: "button", class: "button button--header", "aria-expanded": "false" }, t("auth.signIn")))),
      h("div", { class: "language-switch", role: "group", "aria-label": t("language.label") }, ...languages)));
}

function frame(t: FrameText): HTMLElement {
  return h("div", { class: "app app--map" },
    header(t),
    h("main", { id: "main", class: "app-main app-main--map" },
      h("h1", { class: "sr-only" }, t("map.label")),
      h("div", { class: "map-screen" },
        h("div", { class: "map-screen__map" },
          h("div", { class: "map-view" }, h("div", { class: "map-view__map", role: "application", "aria-label": t("map.label") })),
          h("a", { class: "map-screen__to-progress", href: "#progress-panel" }, t("map.toProgress"))),
        h("aside", { class: "map-screen__side", "aria-label": t("map.sidePanelLabel") }))),
    h("footer", { class: "app-footer" }, h("p", {}, t("app.footer"))));
}

/** Puts the frame into `root` (replacing the loading text); returns the map's element. */
export function drawPageFrame(root: HTMLElement, t: FrameText): HTMLElement {
  root.replaceChildren(frame(t));
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
  const controls = h("div", { class: "map-view__controls" },
    h("details", { class: "map-panel", open: "" }, h("summary", {})));
  mapView.append(controls);
  const width = controls.offsetWidth;
  controls.remove();
  return width;
}
