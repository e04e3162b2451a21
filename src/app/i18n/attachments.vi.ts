// Vietnamese texts of photos and documents of an event (src/features/attachments), part of vi.ts.

export const attachmentsVi = {
  documentTitle: "Ảnh và tài liệu – GPMB Hưng Yên",
};
