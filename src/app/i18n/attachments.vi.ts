// Vietnamese texts of photos and documents of an event (src/features/attachments), part of vi.ts.

export const attachmentsVi = {
  documentTitle: "Ảnh và tài liệu – GPMB Hưng Yên",
  picker: {
    legend: "Ảnh và tài liệu kèm theo",
    hint: "Ảnh chụp được thu nhỏ trên máy trước khi gửi. Tối đa {{count}} tệp; PDF tối đa {{pdfMb}} MB.",
    camera: "Chụp ảnh",
    choose: "Chọn tệp",
    preparing: "Đang chuẩn bị ảnh…",
    remove: "Bỏ {{name}}",
    photo: "Ảnh",
    document: "Tài liệu",
    chosen: "Đã chọn {{count}} tệp",
    none: "Chưa có tệp nào.",
  },
  problems: {
    type: "{{name}}: không nhận loại tệp này. Chỉ nhận ảnh (JPEG, PNG, WebP, HEIC) và PDF.",
    photoTooLarge: "{{name}}: ảnh quá lớn (tối đa {{mb}} MB trước khi thu nhỏ).",
    documentTooLarge: "{{name}}: PDF quá lớn (tối đa {{mb}} MB). Hãy chụp ảnh từng trang hoặc nén tệp.",
    empty: "{{name}}: tệp rỗng.",
    tooMany: "{{name}}: mỗi lần chỉ kèm tối đa {{count}} tệp.",
    unreadable: "{{name}}: trình duyệt không đọc được ảnh này. Hãy chụp lại hoặc chọn ảnh JPEG.",
    stillTooLarge: "{{name}}: vẫn quá lớn sau khi thu nhỏ (tối đa {{mb}} MB).",
  },
  files: {
    title: "Ảnh và tài liệu",
    hint: "Chỉ cán bộ phụ trách địa bàn và lãnh đạo xem được.",
    none: "Chưa có ảnh hay tài liệu nào.",
    loading: "Đang tải danh sách tệp…",
    error: "Không tải được danh sách tệp.",
    open: "Xem {{name}}",
    openShort: "Xem",
    opening: "Đang mở…",
    openFailed: "Không mở được tệp {{name}}.",
    recorded: "Gửi lúc {{at}}",
    thumbnail: "Ảnh thu nhỏ: {{name}}",
  },
};
