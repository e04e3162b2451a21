// <AttachmentPicker files onChange />: the officer takes a photo with the phone's back camera or
// picks photos and PDFs; photos are made smaller on the device (prepare-files.ts) and each refusal
// is said in words. The parent keeps the list (the officer's confirmation passes it to the outbox).

import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ACCEPT, MAX_DOCUMENT_BYTES, MAX_FILES, MAX_PHOTO_INPUT_BYTES, MAX_STORED_BYTES } from "@/domain/attachment-rules";
import type { PreparedFile } from "@/domain/attachment-types";
import { prepareFiles, type PickRefusal } from "@/features/attachments/prepare-files";
import { AttachmentItem } from "@/features/attachments/attachment-item";
import "@/features/attachments/attachments.css";

const MB = 1024 * 1024;

/** The refusal in words: the file's name, what is wrong and the limit. */
function useRefusalText() {
  const { t } = useTranslation();
  return (r: PickRefusal) => {
    const mb = r.problem === "photoTooLarge" ? MAX_PHOTO_INPUT_BYTES / MB
      : r.problem === "documentTooLarge" ? MAX_DOCUMENT_BYTES / MB : MAX_STORED_BYTES / MB;
    return t(`attachments.problems.${r.problem}`, { name: r.name, mb, count: MAX_FILES });
  };
}

/** The picker: two buttons, the chosen files with a way to remove each, and what was refused. */
export function AttachmentPicker({ files, onChange, disabled = false }: {
  files: readonly PreparedFile[];
  onChange: (files: PreparedFile[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const legendId = useId();
  const camera = useRef<HTMLInputElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<PickRefusal[]>([]);
  const refusalText = useRefusalText();

  async function take(list: FileList | null, input: HTMLInputElement | null) {
    const picked = list ? [...list] : [];
    if (input) input.value = ""; // the same photo may be chosen again after removing it
    if (picked.length === 0) return;
    setBusy(true);
    try {
      const result = await prepareFiles(picked, files.length);
      setRefused(result.refused);
      if (result.prepared.length > 0) onChange([...files, ...result.prepared]);
    } finally {
      setBusy(false);
    }
  }

  const full = files.length >= MAX_FILES;
  return (
    <fieldset className="attachment-picker" aria-labelledby={legendId} disabled={disabled}>
      <legend id={legendId} className="attachment-picker__legend">{t("attachments.picker.legend")}</legend>
      <p className="attachment-picker__hint">
        {t("attachments.picker.hint", { count: MAX_FILES, pdfMb: MAX_DOCUMENT_BYTES / MB })}
      </p>
      <div className="attachment-picker__buttons">
        <button type="button" className="button button--secondary" disabled={busy || full} onClick={() => camera.current?.click()}>
          {t("attachments.picker.camera")}
        </button>
        <button type="button" className="button button--secondary" disabled={busy || full} onClick={() => chooser.current?.click()}>
          {t("attachments.picker.choose")}
        </button>
        <input ref={camera} type="file" accept="image/*" capture="environment" hidden tabIndex={-1}
          onChange={(e) => void take(e.currentTarget.files, e.currentTarget)} data-testid="attachment-camera" />
        <input ref={chooser} type="file" accept={ACCEPT} multiple hidden tabIndex={-1}
          onChange={(e) => void take(e.currentTarget.files, e.currentTarget)} data-testid="attachment-files" />
      </div>
      <p className="attachment-picker__status" role="status">
        {busy ? t("attachments.picker.preparing") : files.length > 0 ? t("attachments.picker.chosen", { count: files.length }) : null}
      </p>
      {refused.length > 0 ? (
        <ul className="attachment-picker__problems" role="alert">
          {refused.map((r, i) => <li key={`${r.name}-${i}`}>{refusalText(r)}</li>)}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <ul className="attachment-picker__list">
          {files.map((f) => (
            <AttachmentItem key={f.file_id} file={f} onRemove={() => onChange(files.filter((x) => x.file_id !== f.file_id))} />
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
