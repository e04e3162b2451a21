// Vietnamese texts of the import page (src/features/import), part of vi.ts.

export const importVi = {
  documentTitle: "Nhập dữ liệu – GPMB Hưng Yên",
  title: "Nhập dữ liệu địa chính",
};
