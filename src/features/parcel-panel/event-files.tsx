// The parcel's photos and documents (parcel_files), for those who may see its personal data:
// leaders and the area's officers; the public never asks. Each file is fetched only when opened
// (a photo costs data on a weak connection): a photo is shown in the panel, a PDF opens in a new
// tab. Names are shown as text; the bytes are never read as markup.

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BlobImage } from "@/components/blob-image";
import { useLang } from "@/components/use-lang";
import { ApiError } from "@/data/api-error";
import { downloadEventFile, useParcelFiles } from "@/data/event-files";
import { useAccess } from "@/data/use-access";
import { formatFileSize } from "@/domain/attachment-rules";
import type { EventFileRow } from "@/domain/attachment-types";
import { formatTimestamp } from "@/domain/format-timestamp";

/** One file: its facts, and once opened, the photo. */
function EventFile({ file }: { file: EventFileRow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [state, setState] = useState<"idle" | "opening" | "failed">("idle");
  const [photo, setPhoto] = useState<Blob | null>(null);

  async function open() {
    setState("opening");
    try {
      const blob = await downloadEventFile(file.objectPath);
      if (file.kind === "photo") setPhoto(blob);
      else {
        // a typed copy, so the browser shows the PDF in its viewer rather than guessing
        const url = URL.createObjectURL(new Blob([blob], { type: "application/pdf" }));
        window.open(url, "_blank", "noopener");
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  return (
    <li className="event-files__item">
      <span className="event-files__name">{file.name}</span>
      <span className="event-files__facts">
        {t(`attachments.picker.${file.kind}`)} · {formatFileSize(file.size, lang)} · {t("attachments.files.recorded", { at: formatTimestamp(file.recordedAt, lang) })}
      </span>
      {photo ? <BlobImage className="event-files__photo" blob={photo} alt={file.name} /> : (
        <button type="button" className="button button--secondary event-files__open" disabled={state === "opening"}
          onClick={() => void open()} aria-label={t("attachments.files.open", { name: file.name })}>
          {state === "opening" ? t("attachments.files.opening") : t("attachments.files.openShort")}
        </button>
      )}
      {state === "failed" ? <span className="event-files__error" role="alert">{t("attachments.files.openFailed", { name: file.name })}</span> : null}
    </li>
  );
}

/** The files section, or nothing. */
export function EventFiles({ parcelId, adminUnitId }: { parcelId: string; adminUnitId: string }) {
  const { t } = useTranslation();
  const access = useAccess();
  const mayAsk = access.roles.includes("leader") || access.canEditUnit(adminUnitId);
  const query = useParcelFiles(parcelId, mayAsk);
  const refused = query.error instanceof ApiError && query.error.code === "42501";
  if (!mayAsk || refused) return null;
  const titleId = `files-${parcelId}`;
  return (
    <section className="private-facts event-files" aria-labelledby={titleId}>
      <h3 id={titleId} className="private-facts__title">{t("attachments.files.title")}</h3>
      <p className="private-facts__hint">{t("attachments.files.hint")}</p>
      {query.isError ? <p className="private-facts__error">{t("attachments.files.error")}</p>
        : !query.data ? <p className="event-files__none">{t("attachments.files.loading")}</p>
        : query.data.length === 0 ? <p className="event-files__none">{t("attachments.files.none")}</p> : (
          <ul className="event-files__list">
            {query.data.map((f) => <EventFile key={f.fileId} file={f} />)}
          </ul>
        )}
    </section>
  );
}
