// A name that moves the map to what it names: a real button, so it works with Enter and Space
// and is announced as one. Without a place to go it is plain text.

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LonLatBox } from "@/geo/geometry";
import { padBounds } from "@/geo/boxes";
import { requestFlyTo } from "@/state/map-state";

interface FlyToButtonProps {
  readonly bounds: LonLatBox | null | undefined;
  readonly children: ReactNode;
  /** The id of a hint such as "select a name to see it on the map". */
  readonly describedBy?: string;
}

/** The children as a button that asks the map to fit `bounds`. */
export function FlyToButton({ bounds, children, describedBy }: FlyToButtonProps) {
  const { t } = useTranslation();
  if (!bounds) return <span className="fly-to fly-to--static">{children}</span>;
  return (
    <button type="button" className="fly-to" title={t("leader.flyTitle")} aria-describedby={describedBy}
      onClick={() => requestFlyTo(padBounds(bounds))}>
      {children}
      <svg className="fly-to__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.2 4.5 8.5 4.5 8.5s4.5-5.3 4.5-8.5A4.5 4.5 0 0 0 8 1.5Zm0 6.3a1.8 1.8 0 1 1 0-3.6 1.8 1.8 0 0 1 0 3.6Z"
          fill="currentColor" />
      </svg>
    </button>
  );
}
