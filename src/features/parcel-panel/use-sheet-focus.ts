// Keyboard behaviour of the parcel panel: focus moves to its heading when it opens and back to
// where it was (usually the map) when it closes; Escape closes it.

import { useEffect, useRef } from "react";
import type { RefObject } from "react";

function isTypingOutside(target: EventTarget | null, panel: HTMLElement | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (panel?.contains(target)) return false;
  return Boolean(target.closest("input, textarea, select, [role=dialog], [contenteditable=true]"));
}

/** Focuses `heading` on mount, restores focus on unmount, and calls `onClose` on Escape. */
export function useSheetFocus(panel: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>, onClose: () => void): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panelElement = panel.current;
    heading.current?.focus({ preventScroll: true });
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape" || event.defaultPrevented || isTypingOutside(event.target, panelElement)) return;
      event.preventDefault();
      close.current();
    }
    document.addEventListener("keydown", onKeyDown);
    return function restoreFocus() {
      document.removeEventListener("keydown", onKeyDown);
      // Only when focus was in the panel: a click elsewhere has already put it where it belongs.
      const active = document.activeElement;
      const inPanel = active === document.body || (active instanceof Node && panelElement?.contains(active));
      if (inPanel && previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, [panel, heading]);
}
