// Zoom levels that change what the map shows, for code with and without Leaflet.

/** Parcels are drawn from this zoom on; below it the map shows progress per project. */
export const PARCEL_MIN_ZOOM = 15;
