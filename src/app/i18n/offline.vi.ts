// Vietnamese texts of the installed app and its offline copy: age of the copy, new version (src/app/pwa, src/data/offline-copy), part of vi.ts.

export const offlineVi = {
  documentTitle: "Ngoại tuyến – GPMB Hưng Yên",
  /** The map's badge while offline or while data come from the copy kept on this device. */
  copyAge: "Bản lưu trên máy, cập nhật lúc {{time}}",
  offlineNoCopy: "Mất kết nối: chưa có bản lưu trên máy",
  offline: "Mất kết nối",
  copyHint: "Dữ liệu hiển thị là bản đã lưu trên thiết bị này; thay đổi mới của người khác sẽ có khi có mạng lại.",
  /** The boot gate let the user in with the copy while the server does not answer. */
  serverUnreachable: "Không kết nối được máy chủ: đang dùng bản lưu trên máy.",
  /** A new version of the app is waiting. */
  updateReady: "Có phiên bản mới của ứng dụng.",
  updateNow: "Cập nhật ngay",
  updateWaitsForOutbox: "Có phiên bản mới, sẽ cập nhật khi mọi thay đổi đã gửi.",
  updated: "Đã cập nhật phiên bản mới.",
  dismiss: "Đóng",
};
