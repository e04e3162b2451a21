// Vietnamese texts of the households' pages (src/features/households), part of vi.ts.

export const householdsVi = {
  documentTitle: "Hộ dân – GPMB Hưng Yên",
  heading: "Hộ dân và phương án bồi thường",
};
