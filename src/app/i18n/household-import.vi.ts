// Vietnamese texts of the household list upload (src/features/household-import), part of vi.ts.

export const householdImportVi = {
  documentTitle: "Nhập danh sách hộ – GPMB Hưng Yên",
  heading: "Nhập danh sách hộ dân",
};
