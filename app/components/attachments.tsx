// A case's attachments: the list (each a download) and, for those who may add, an upload form that works
// without JavaScript. The upload route answers with a redirect back here carrying the outcome in the query string.
import { Form, useActionData, useNavigate, useNavigation, useSearchParams } from "@remix-run/react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, TextField } from "~/components/forms";
import type { Locale } from "~/lib/i18n";
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_TYPE_KEYS,
  attachmentDownloadPath,
  attachmentOutcome,
  casePath,
  isAttachmentContentType,
  MAX_ATTACHMENT_BYTES,
  type CaseKind,
} from "~/lib/schemas/attachments";

export interface AttachmentsProps {
  locale: Locale;
  kind: CaseKind;
  caseRef: string;
  /** The case still takes new files (it is not closed). */
  open: boolean;
  canUpload: boolean;
  /** The files are withheld under the retention rule (hidden from this reader, or deleted by anonymisation). */
  withheld?: "hidden" | "anonymised" | null;
  items: {
    id: number;
    fileName: string;
    contentType: string;
    size: string;
    at: string;
    when: string;
    uploadedBy: string | null;
    authority: string | null;
  }[];
}

/** Renders as a section with the heading id `attachments` (the upload redirects to `#attachments`). */
export function Attachments({ locale, kind, caseRef, open, canUpload, withheld, items }: AttachmentsProps) {
  const { t } = useTranslation("attachments");
  const [search] = useSearchParams();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const uploadAction = `${casePath(locale, kind, caseRef)}/attachments`;
  const busy = navigation.state === "submitting" && navigation.formAction === uploadAction;
  // A later form on the same page (its own errors) makes the outcome in the URL stale.
  const pageAction = useActionData();
  const outcome = pageAction ? {} : attachmentOutcome(search);
  const errors = outcome.attachmentError ? { file: `attachments:errors.${outcome.attachmentError}` } : undefined;
  // With JavaScript a file over the limit is not sent at all: the same answer the server gives, without the wait.
  // (A request over the server's limit gets a 413 page that Remix's client could only show as a failure.)
  const refuseTooLarge = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file || file.size <= MAX_ATTACHMENT_BYTES) return;
    event.preventDefault();
    navigate(`${casePath(locale, kind, caseRef)}?attachmentError=tooLarge#attachments`);
  };

  return (
    <section aria-labelledby="attachments" className="attachments">
      <h2 id="attachments">{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {outcome.attachmentAdded ? (
        <div className="notice notice--success" role="status">
          <p>{t(outcome.attachmentAdded === "duplicate" ? "added.duplicate" : "added.one")}</p>
        </div>
      ) : null}
      {items.length ? (
        <div className="table-wrap">
          <table className="table attachments__table">
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.file")}</th>
                <th scope="col">{t("list.type")}</th>
                <th scope="col" className="numeric">
                  {t("list.size")}
                </th>
                <th scope="col">{t("list.added")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <a href={attachmentDownloadPath(locale, item.id)} download className="attachments__file">
                      {item.fileName}
                    </a>
                  </td>
                  <td>{isAttachmentContentType(item.contentType) ? t(`types.${ATTACHMENT_TYPE_KEYS[item.contentType]}`) : item.contentType}</td>
                  <td className="numeric">{item.size}</td>
                  <td>
                    <time dateTime={item.at}>{item.when}</time>
                    {item.uploadedBy || item.authority ? <span className="attachments__who">{[item.uploadedBy, item.authority].filter(Boolean).join(", ")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : withheld ? (
        <p>{t(`withheld.${withheld}`)}</p>
      ) : (
        <p>{t("list.none")}</p>
      )}
      {canUpload ? (
        // Keyed by the count so a successful upload leaves an empty form behind.
        <Form key={items.length} method="post" action={uploadAction} encType="multipart/form-data" className="form attachments__form" onSubmit={refuseTooLarge}>
          <ErrorSummary errors={errors} />
          <TextField
            name="file"
            type="file"
            label={t("upload.label")}
            hint={t("upload.hint")}
            error={errors?.file}
            accept={ATTACHMENT_ACCEPT}
            className="attachments__input"
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("upload.submit")}
          </button>
        </Form>
      ) : !open ? (
        <p className="muted">{t("upload.closed")}</p>
      ) : null}
    </section>
  );
}
