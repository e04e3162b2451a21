// Vietnamese texts of the audit pages: per parcel, per user, the daily summary, the revert (src/features/audit), part of vi.ts.

export const auditVi = {
  documentTitle: "Kiểm tra thay đổi – GPMB Hưng Yên",
};
