// One chosen file in the picker: a thumbnail for a photo (its own bytes), its name as text, kind and size, and a button to remove it.

import { useTranslation } from "react-i18next";
import { BlobImage } from "@/components/blob-image";
import { useLang } from "@/components/use-lang";
import { formatFileSize } from "@/domain/attachment-rules";
import type { PreparedFile } from "@/domain/attachment-types";

/** A chosen file's row. */
export function AttachmentItem({ file, onRemove }: { file: PreparedFile; onRemove: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <li className="attachment-item">
      {file.kind === "photo" ? <BlobImage className="attachment-item__thumb" blob={file.blob} alt={t("attachments.files.thumbnail", { name: file.name })} />
        : <span className="attachment-item__icon" aria-hidden="true">PDF</span>}
      <span className="attachment-item__text">
        <span className="attachment-item__name">{file.name}</span>
        <span className="attachment-item__facts">
          {t(`attachments.picker.${file.kind}`)} · {formatFileSize(file.size, lang)}
        </span>
      </span>
      <button type="button" className="button button--ghost attachment-item__remove" onClick={onRemove}
        aria-label={t("attachments.picker.remove", { name: file.name })}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
