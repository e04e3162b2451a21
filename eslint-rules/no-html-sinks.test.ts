// Each way of writing text as HTML fails gpmb/no-html-sinks, and the safe forms pass: once with
// type information, as src is linted, and once without (syntax only).
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import rule from "./no-html-sinks.js";

RuleTester.describe = describe;
// the first typed case builds the TypeScript program (DOM and Leaflet types): seconds on a busy machine
RuleTester.it = (text: string, method: () => void) => it(text, method, 30_000);
RuleTester.itOnly = (text: string, method: () => void) => it.only(text, method, 30_000);

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const file = `${fixtures}/file.ts`;
const view = `${fixtures}/view.tsx`;

const typed = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: {
      project: "./tsconfig.json", tsconfigRootDir: fixtures, ecmaFeatures: { jsx: true },
      // with CI=true typescript-eslint assumes a single lint run and builds its program from the files
      // on disk, so each case's code would be type-checked as the fixture's content, not its own
      disallowAutomaticSingleRunInference: true,
    },
  },
});

const LEAFLET = 'import L from "leaflet";\ndeclare const layer: L.Polygon; declare const map: L.Map; declare const name: string;\n';
const text = "function text(s: string): HTMLElement { const e = document.createElement(\"span\"); e.textContent = s; return e; }\n";
const ts = (code: string) => ({ code: LEAFLET + text + code, filename: file });
const tsx = (code: string) => ({ code: `declare const name: string;\n${code}`, filename: view });

describe("gpmb/no-html-sinks with type information", () => {
  typed.run("no-html-sinks", rule, {
    valid: [
      // text through textContent and elements
      ts("document.body.textContent = name;"),
      ts("layer.bindTooltip(text(name), { sticky: true });"),
      ts("layer.bindTooltip(() => text(name));"),
      ts("layer.bindTooltip(function () { return text(name); });"),
      ts("const make = () => text(name); layer.bindPopup(make);"),
      ts("const span = document.createElement(\"span\"); layer.setTooltipContent(span);"),
      ts("L.tooltip().setContent(text(name));"),
      ts("L.popup({ content: text(name) });"),
      ts("L.divIcon({ html: text(name), className: \"x\" }); L.divIcon({ html: false });"),
      ts("declare const at: L.LatLng; layer.openTooltip(at); map.openPopup(text(name), at);"),
      // fixed markup cannot carry data
      ts("document.body.innerHTML = \"\"; document.body.innerHTML = `<b>fixed</b>`;"),
      ts("document.body.insertAdjacentHTML(\"beforeend\", \"<hr>\");"),
      ts("L.divIcon({ html: '<span class=\"dot\"></span>' });"),
      tsx("export const A = () => <p>{name}</p>;"),
      tsx("export const B = () => <svg dangerouslySetInnerHTML={{ __html: \"<rect></rect>\" }} />;"),
      // other things named alike
      ts("const settings = { html: name }; void settings;"),
    ],
    invalid: [
      // the payload of the browser test, as each sink would take it
      ...[
        "document.body.innerHTML = name;",
        "document.body.innerHTML = `<b>${name}</b>`;",
        "document.body.innerHTML += \"<hr>\";",
        "document.body.outerHTML = name;",
        "document.createElement(\"iframe\").srcdoc = name;",
        "document.body[\"innerHTML\"] = name;",
        "Object.assign(document.body, { innerHTML: name });",
        "document.body.insertAdjacentHTML(\"beforeend\", name);",
        "document.write(name);",
        "document.body.setHTMLUnsafe(name);",
        "new Range().createContextualFragment(name);",
        "L.divIcon({ html: `<b>${name}</b>` });",
        "L.divIcon({ html: () => text(name) } as never);",
      ].map((code) => ({ ...ts(code), errors: [{ messageId: "markup" as const }] })),
      ...[
        "layer.bindTooltip(name);",
        "layer.bindTooltip(\"fixed\");",
        "layer.bindTooltip(`${name}: 5 %`);",
        "layer.bindTooltip(\"<b>\" + name + \"</b>\");",
        "layer.bindTooltip(() => name);",
        "layer.bindTooltip(() => { return `<b>${name}</b>`; });",
        "layer.bindTooltip(() => (Math.random() > 0.5 ? text(name) : name));",
        "const make = () => name; layer.bindPopup(make);",
        "declare const anything: any; layer.bindPopup(anything);",
        "layer.setTooltipContent(name);",
        "layer.setPopupContent(name);",
        "L.tooltip().setContent(name);",
        "L.popup({ content: name });",
        "new L.Tooltip({ content: () => name });",
      ].map((code) => ({ ...ts(code), errors: [{ messageId: "content" as const }] })),
      ...[
        "map.openTooltip(name, [20, 106]);",
        "map.openPopup(`<b>${name}</b>`, [20, 106]);",
      ].map((code) => ({ ...ts(code), errors: [{ messageId: "openString" as const }] })),
      ...[
        "export const A = () => <p dangerouslySetInnerHTML={{ __html: name }} />;",
        "export const B = () => <p dangerouslySetInnerHTML={{ __html: `<b>${name}</b>` }} />;",
        "const html = { __html: \"<b></b>\" }; export const C = () => <p dangerouslySetInnerHTML={html} />;",
        "import { createElement } from \"react\"; export const D = () => createElement(\"p\", { dangerouslySetInnerHTML: { __html: name } });",
      ].map((code) => ({ ...tsx(code), errors: [{ messageId: "dangerous" as const }] })),
    ],
  });
});

const untyped = new RuleTester({ languageOptions: { parser: tseslint.parser } });

describe("gpmb/no-html-sinks without type information", () => {
  untyped.run("no-html-sinks", rule, {
    valid: [
      "layer.bindTooltip(() => text(name));",
      "layer.bindTooltip(element);",
      "element.textContent = name;",
      "element.innerHTML = '';",
    ],
    invalid: [
      { code: "layer.bindTooltip(`${name}`);", errors: [{ messageId: "content" }] },
      { code: "layer.bindTooltip(\"a\" + name);", errors: [{ messageId: "content" }] },
      { code: "layer.bindTooltip(() => `${name}`);", errors: [{ messageId: "content" }] },
      { code: "layer.bindPopup(function () { if (x) return text(name); return 'x'; });", errors: [{ messageId: "content" }] },
      { code: "element.innerHTML = name;", errors: [{ messageId: "markup" }] },
      { code: "element.insertAdjacentHTML('afterbegin', name);", errors: [{ messageId: "markup" }] },
    ],
  });
});
