// Vietnamese texts of the admin pages (src/features/admin), part of vi.ts.

export const adminVi = {
  documentTitle: "Quản trị – GPMB Hưng Yên",
  title: "Quản trị",
};
