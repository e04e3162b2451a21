// gpmb/no-html-sinks: no text reaches the page as HTML. Project names come from the database and
// soon from imported files; a name like `<img src=x onerror=…>` written as HTML runs script for
// every visitor. So text goes through React or textContent, and this rule fails the ways around:
//
// - markup sinks (`el.innerHTML = …`, `outerHTML`, an iframe's `srcdoc`, `insertAdjacentHTML`, `document.write`,
//   `setHTMLUnsafe`, `createContextualFragment`, React's `dangerouslySetInnerHTML`, Leaflet's
//   `divIcon({ html })`) take only a fixed string: a string literal or a template without
//   `${…}`, which cannot carry data. Anything else fails, even text that looks harmless today;
// - Leaflet's tooltips and popups (`bindTooltip`, `bindPopup`, `setTooltipContent`,
//   `setPopupContent`, `setContent`, `L.tooltip({ content })`, `L.popup({ content })`) write a
//   string with innerHTML, so they must be given an HTMLElement, or a function returning one
//   (which Leaflet calls when the text is first shown). With type information (src is linted
//   type-aware) the argument's type must be assignable to HTMLElement; without it, strings,
//   templates, concatenations and functions returning them fail. `map.openTooltip(content, …)`
//   and `openPopup` fail when given a string.
//
// eslint-rules/no-html-sinks.test.ts shows each form failing and the allowed forms passing.

import ts from "typescript";

const MARKUP_PROPERTIES = new Set(["innerHTML", "outerHTML", "srcdoc"]);
/** Methods that parse their argument at `index` as HTML. */
const MARKUP_METHODS = new Map([
  ["insertAdjacentHTML", 1],
  ["setHTMLUnsafe", 0],
  ["createContextualFragment", 0],
]);
const DOCUMENT_WRITES = new Set(["write", "writeln"]);
/** Leaflet methods whose first argument is a tooltip's or popup's content. */
const CONTENT_METHODS = new Set(["bindTooltip", "bindPopup", "setTooltipContent", "setPopupContent", "setContent"]);
/** Map#openTooltip(content, latlng) and openPopup: the first argument may also be a position. */
const OPEN_METHODS = new Set(["openTooltip", "openPopup"]);
/** Leaflet factories and classes whose options carry content: name → option. */
const OPTION_SINKS = new Map([
  ["divIcon", "html"], ["DivIcon", "html"],
  ["tooltip", "content"], ["Tooltip", "content"],
  ["popup", "content"], ["Popup", "content"],
]);

/** A string literal or a template literal without expressions: markup fixed in the code. */
function isFixedString(node) {
  if (!node) return false;
  if (node.type === "Literal") return typeof node.value === "string";
  if (node.type === "TemplateLiteral") return node.expressions.length === 0;
  return false;
}

/** Syntactically a string: a literal, a template or a concatenation. */
function isStringExpression(node) {
  if (!node) return false;
  if (node.type === "Literal") return typeof node.value === "string";
  if (node.type === "TemplateLiteral") return true;
  if (node.type === "BinaryExpression" && node.operator === "+") return true;
  if (node.type === "ConditionalExpression") return isStringExpression(node.consequent) || isStringExpression(node.alternate);
  if (node.type === "LogicalExpression") return isStringExpression(node.left) || isStringExpression(node.right);
  if (node.type === "TSAsExpression" || node.type === "TSSatisfiesExpression" || node.type === "TSNonNullExpression") {
    return isStringExpression(node.expression);
  }
  return false;
}

/** The expression inside `x as T`, `x satisfies T` and `x!`. */
function unwrap(node) {
  let inner = node;
  while (inner && (inner.type === "TSAsExpression" || inner.type === "TSSatisfiesExpression" || inner.type === "TSNonNullExpression")) {
    inner = inner.expression;
  }
  return inner;
}

function isFunction(node) {
  return node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression";
}

/** The expressions a function literal returns (its own returns, not those of nested functions). */
function returnedExpressions(fn) {
  if (fn.body.type !== "BlockStatement") return [fn.body];
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (node !== fn && (isFunction(node) || node.type === "FunctionDeclaration")) return;
    if (node.type === "ReturnStatement") {
      found.push(node.argument);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "parent") continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value.type === "string") visit(value);
    }
  };
  visit(fn.body);
  return found;
}

/** The name of a member or of a plain identifier: `a.b` → "b", `a["b"]` → "b", `b` → "b". */
function calleeName(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression") return null;
  if (!node.computed && node.property.type === "Identifier") return node.property.name;
  if (node.computed && node.property.type === "Literal" && typeof node.property.value === "string") return node.property.value;
  return null;
}

function propertyName(property) {
  if (property.type !== "Property") return null;
  if (!property.computed && property.key.type === "Identifier") return property.key.name;
  if (property.key.type === "Literal" && typeof property.key.value === "string") return property.key.value;
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "Text reaches the page through React or textContent, never as HTML." },
    schema: [],
    messages: {
      markup: "{{sink}} parses HTML: set textContent or build elements (only a fixed string literal may go here).",
      dangerous: "dangerouslySetInnerHTML parses HTML: render the text or elements with JSX (only a fixed __html literal may go here).",
      content: "Leaflet writes a string {{sink}} content with innerHTML: pass an HTMLElement holding the text (or a function returning one), e.g. tooltipContent(text).",
      openString: "Leaflet writes a string {{sink}} content with innerHTML: pass an HTMLElement holding the text.",
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const program = services?.program ?? null;
    const checker = program?.getTypeChecker() ?? null;
    let htmlElement;
    /** The global HTMLElement type, or null when the program has no DOM types. */
    function htmlElementType() {
      if (htmlElement === undefined) {
        const symbol = checker.resolveName("HTMLElement", undefined, ts.SymbolFlags.Type, false);
        htmlElement = symbol ? checker.getDeclaredTypeOfSymbol(symbol) : null;
      }
      return htmlElement;
    }
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const parts = (type) => (type.isUnion() ? type.types : [type]);

    function isElementType(type) {
      const element = htmlElementType();
      if (!element || type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
      return checker.isTypeAssignableTo(type, element);
    }

    /** Tooltip or popup content that is safe: an element, or a function returning only elements. */
    function isElementContent(node) {
      if (checker) {
        return parts(typeOf(node)).every((part) => {
          if (isElementType(part)) return true;
          const signatures = part.getCallSignatures();
          return signatures.length > 0 && signatures.every((s) => isElementType(s.getReturnType()));
        });
      }
      if (isFunction(node)) return !returnedExpressions(node).some(isStringExpression);
      return !isStringExpression(node);
    }

    /** An element (not a function returning one). */
    function isElement(node) {
      if (checker) return parts(typeOf(node)).every(isElementType);
      return !isFunction(node) && !isStringExpression(node);
    }

    function isStringLike(node) {
      if (isStringExpression(node)) return true;
      if (!checker) return false;
      return parts(typeOf(node)).some((part) => part.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown));
    }

    function checkMarkup(valueNode, reportNode, sink) {
      if (!isFixedString(valueNode)) context.report({ node: reportNode, messageId: "markup", data: { sink } });
    }

    function checkDangerous(value, reportNode) {
      value = unwrap(value);
      const html = value?.type === "ObjectExpression"
        ? value.properties.find((p) => propertyName(p) === "__html")
        : undefined;
      const safe = value?.type === "ObjectExpression" && value.properties.length === 1 && html && isFixedString(html.value);
      if (!safe) context.report({ node: reportNode, messageId: "dangerous" });
    }

    return {
      AssignmentExpression(node) {
        const name = node.left.type === "MemberExpression" ? calleeName(node.left) : null;
        if (!name || !MARKUP_PROPERTIES.has(name)) return;
        if (node.operator !== "=") context.report({ node, messageId: "markup", data: { sink: name } });
        else checkMarkup(node.right, node, name);
      },
      CallExpression(node) {
        const name = calleeName(node.callee);
        if (!name) return;
        const isMember = node.callee.type === "MemberExpression";
        if (isMember && MARKUP_METHODS.has(name)) {
          checkMarkup(node.arguments[MARKUP_METHODS.get(name)], node, name);
        } else if (isMember && DOCUMENT_WRITES.has(name) && node.callee.object.type === "Identifier" && node.callee.object.name === "document") {
          for (const argument of node.arguments) checkMarkup(argument, node, `document.${name}`);
        } else if (isMember && CONTENT_METHODS.has(name)) {
          const content = node.arguments[0];
          if (content && !isElementContent(content)) context.report({ node: content, messageId: "content", data: { sink: name } });
        } else if (isMember && OPEN_METHODS.has(name)) {
          const content = node.arguments[0];
          if (content && isStringLike(content)) context.report({ node: content, messageId: "openString", data: { sink: name } });
        } else if (OPTION_SINKS.has(name)) {
          checkOptions(node, name);
        }
      },
      NewExpression(node) {
        const name = calleeName(node.callee);
        if (name && OPTION_SINKS.has(name)) checkOptions(node, name);
      },
      Property(node) {
        const name = propertyName(node);
        if (name === "dangerouslySetInnerHTML") checkDangerous(node.value, node);
        // Object.assign(element, { innerHTML: … }) and the like
        else if (name && MARKUP_PROPERTIES.has(name)) checkMarkup(node.value, node, name);
      },
      JSXAttribute(node) {
        if (node.name.type !== "JSXIdentifier" || node.name.name !== "dangerouslySetInnerHTML") return;
        const value = node.value?.type === "JSXExpressionContainer" ? node.value.expression : null;
        checkDangerous(value, node);
      },
    };

    /** `L.divIcon({ html })`, `L.tooltip({ content })`, `new L.Popup({ content })`… */
    function checkOptions(node, name) {
      const option = OPTION_SINKS.get(name);
      for (const argument of node.arguments.map(unwrap)) {
        if (argument.type !== "ObjectExpression") continue;
        for (const property of argument.properties) {
          if (propertyName(property) !== option) continue;
          const value = property.value;
          if (option === "html") {
            // a divIcon's html: an element, `false`, or fixed markup
            const fixed = isFixedString(value) || (value.type === "Literal" && value.value === false);
            if (!fixed && !isElement(value)) context.report({ node: property, messageId: "markup", data: { sink: "divIcon html" } });
          } else if (!isElementContent(value)) {
            context.report({ node: property, messageId: "content", data: { sink: name } });
          }
        }
      }
    }
  },
};
