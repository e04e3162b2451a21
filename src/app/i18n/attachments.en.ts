// English texts of photos and documents of an event (src/features/attachments), part of en.ts.

import type { Messages } from "@/app/i18n/vi";

export const attachmentsEn: Messages["attachments"] = {
  documentTitle: "Photos and documents – GPMB Hưng Yên",
  picker: {
    legend: "Photos and documents",
    hint: "Photos are made smaller on this device before they are sent. At most {{count}} files; a PDF at most {{pdfMb}} MB.",
    camera: "Take a photo",
    choose: "Choose files",
    preparing: "Preparing the photos…",
    remove: "Remove {{name}}",
    photo: "Photo",
    document: "Document",
    chosen: "{{count}} files chosen",
    none: "No file yet.",
  },
  problems: {
    type: "{{name}}: this type of file is not accepted. Only photos (JPEG, PNG, WebP, HEIC) and PDF.",
    photoTooLarge: "{{name}}: the photo is too large (at most {{mb}} MB before it is made smaller).",
    documentTooLarge: "{{name}}: the PDF is too large (at most {{mb}} MB). Photograph each page or compress the file.",
    empty: "{{name}}: the file is empty.",
    tooMany: "{{name}}: at most {{count}} files per change.",
    unreadable: "{{name}}: the browser cannot read this photo. Take it again or choose a JPEG.",
    stillTooLarge: "{{name}}: still too large after resizing (at most {{mb}} MB).",
  },
  files: {
    title: "Photos and documents",
    hint: "Only the area's officers and leaders can see them.",
    none: "No photo or document yet.",
    loading: "Loading the files…",
    error: "The files could not be loaded.",
    open: "View {{name}}",
    openShort: "View",
    opening: "Opening…",
    openFailed: "The file {{name}} could not be opened.",
    recorded: "Sent at {{at}}",
    thumbnail: "Thumbnail: {{name}}",
  },
};
