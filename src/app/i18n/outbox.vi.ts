// Vietnamese texts of the officer's outbox: saved on this device, sending, problems, export (src/features/outbox), part of vi.ts.

export const outboxVi = {
  documentTitle: "Thay đổi chờ gửi – GPMB Hưng Yên",
};
