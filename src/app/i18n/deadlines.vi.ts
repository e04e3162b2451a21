// Vietnamese texts of the legal-deadline flags (the map's layer, the parcel panel), part of vi.ts.

export const deadlinesVi = {
};
