// The content of the map's hover texts. Leaflet parses a string tooltip as markup, and these
// texts carry project names from the database (soon from imported files too), so they are given
// to Leaflet as elements holding the text: a name like `<img onerror=…>` then shows as written.

/** An element that shows `text` as plain text, for bindTooltip. */
export function tooltipContent(text: string): HTMLElement {
  const element = document.createElement("span");
  element.textContent = text;
  return element;
}
