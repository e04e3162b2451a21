// The brand mark's drawing (parcels on a grid, one cleared in green), shared by the header
// (app-header.tsx) and the page frame drawn before React (src/app/early-view/page-frame.ts).

/** The inside of a 32×32 SVG. */
export const BRAND_MARK_SHAPES =
  '<rect x="1" y="1" width="30" height="30" rx="6" fill="#ffffff"></rect>' +
  '<rect x="6" y="6" width="9" height="9" rx="1.5" fill="#238b45"></rect>' +
  '<rect x="17" y="6" width="9" height="9" rx="1.5" fill="#9e9ac8"></rect>' +
  '<rect x="6" y="17" width="9" height="9" rx="1.5" fill="#fc8d59"></rect>' +
  '<rect x="17" y="17" width="9" height="9" rx="1.5" fill="#238b45"></rect>';
