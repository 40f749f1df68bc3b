import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actorOf } from "~/.server/actor";
import { requireUserWithPermission } from "~/.server/auth";
import { confirmPageReviewed, getEditorState, saveTopicVersion, versionFields, type VersionFields } from "~/.server/content";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { renderMarkdown } from "~/.server/markdown";
import { requireLocale } from "~/.server/route-params";
import { ErrorSummary, TextArea, TextField } from "~/components/forms";
import { formatDate } from "~/lib/format";
import { formValues, parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { isLocale, LOCALES, type Locale } from "~/lib/i18n";
import { restoreSchema, topicVersionSchema } from "~/lib/schemas/content";

function requireTarget(params: { topicId?: string; contentLocale?: string }): { topicId: number; contentLocale: Locale } {
  const topicId = Number(params.topicId);
  if (!/^\d{1,9}$/.test(params.topicId ?? "") || !isLocale(params.contentLocale)) throw data(null, { status: 404 });
  return { topicId, contentLocale: params.contentLocale };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:content:any");
  const { topicId, contentLocale } = requireTarget(params);
  const state = getEditorState(topicId, contentLocale);
  if (!state) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  return {
    locale,
    topicId,
    contentLocale,
    state: {
      ...state,
      history: state.history.map((h) => ({ ...h, created: formatDate(h.createdAt, locale, "numeric") })),
    },
    title: `${state.fields.title || state.topic.slug} (${contentLocale}) – ${t("content.title")}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

type ActionResult =
  | { kind: "error"; errors: FieldErrors; values: FormValues }
  | { kind: "preview"; html: string; values: FormValues }
  | { kind: "saved"; version: number; published: boolean }
  | { kind: "restored"; fields: VersionFields; from: number }
  | { kind: "reviewed"; reviewedOn: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const user = requireUserWithPermission(request, "write:content:any");
  const { topicId, contentLocale } = requireTarget(params);
  const formData = await readFormData(request);

  if (formData.get("intent") === "confirm-reviewed") {
    const reviewed = confirmPageReviewed(topicId, contentLocale, actorOf(user, context) as { userId: number; authorityId: number | null; ipAddress: string });
    if (!reviewed.ok) return data<ActionResult>({ kind: "error", errors: { form: "figures:review.noPublished" }, values: {} }, { status: 400 });
    return data<ActionResult>({ kind: "reviewed", reviewedOn: reviewed.reviewedOn });
  }

  if (formData.get("intent") === "restore") {
    const restore = restoreSchema.safeParse(Object.fromEntries(formData));
    const fields = restore.success ? versionFields(topicId, contentLocale, restore.data.version) : null;
    if (!restore.success || !fields) return data<ActionResult>({ kind: "error", errors: { form: "content.errors.noVersion" }, values: {} }, { status: 400 });
    return data<ActionResult>({ kind: "restored", fields, from: restore.data.version });
  }

  const form = parseForm(topicVersionSchema, formData);
  if (!form.ok) return data<ActionResult>({ kind: "error", errors: form.errors, values: form.values }, { status: 400 });
  const { intent, baseVersion, ...fields } = form.data;
  if (intent === "preview") return data<ActionResult>({ kind: "preview", html: renderMarkdown(fields.bodyMarkdown).html, values: formValues(formData) });

  const result = saveTopicVersion({ topicId, locale: contentLocale, fields, publish: intent === "publish", baseVersion }, actorOf(user, context) as { userId: number; authorityId: number | null; ipAddress: string });
  if (!result.ok) {
    const error = result.error === "stale" ? "content.errors.stale" : "content.errors.noVersion";
    return data<ActionResult>({ kind: "error", errors: { form: error }, values: formValues(formData) }, { status: result.error === "stale" ? 409 : 404 });
  }
  return data<ActionResult>({ kind: "saved", version: result.version, published: intent === "publish" });
}

export default function EditTopic() {
  const { locale, topicId, contentLocale, state } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useTranslation();
  const values = result && "values" in result ? result.values : undefined;
  const restored = result?.kind === "restored" ? result.fields : undefined;
  const field = (name: keyof VersionFields) => (restored ? restored[name] : valueOf(values, name, state.fields[name]));
  const errors = result?.kind === "error" ? result.errors : undefined;
  // The form remounts after a restore, so its fields show the restored text.
  const formKey = `${state.latestVersion}-${result?.kind === "restored" ? `r${result.from}` : "e"}`;
  const published = state.history.find((entry) => entry.status === "published");

  return (
    <>
      <p>
        <Link to={`/${locale}/content`}>{t("content.backToList")}</Link>
      </p>
      <h1>
        {state.fields.title || state.topic.slug} <span className="tag" lang={contentLocale}>{t(`language.${contentLocale}`)}</span>
      </h1>
      <p className="muted">
        {t(`content.directionValue.${state.topic.direction}`)} · {t("content.otherLanguages")}{" "}
        {LOCALES.filter((l) => l !== contentLocale).map((l, i) => (
          <span key={l}>
            {i ? ", " : ""}
            <Link to={`/${locale}/content/${topicId}/${l}`} lang={l}>
              {t(`language.${l}`)}
            </Link>
          </span>
        ))}
      </p>
      {state.startedFromEnglish ? (
        <div className="notice notice--warning">
          <p>{t("content.startedFromEnglish")}</p>
        </div>
      ) : null}
      {result?.kind === "saved" ? (
        <div className="notice notice--success" role="status">
          <p>{result.published ? t("content.published", { version: result.version }) : t("content.draftSaved", { version: result.version })}</p>
        </div>
      ) : null}
      {result?.kind === "restored" ? (
        <div className="notice" role="status">
          <p>{t("content.restoredIntoForm", { version: result.from })}</p>
        </div>
      ) : null}
      {result?.kind === "reviewed" ? (
        <div className="notice notice--success" role="status">
          <p>{t("figures:review.done", { date: formatDate(result.reviewedOn, locale) })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} order={["form", "title", "summary", "bodyMarkdown", "sourcesMarkdown", "reviewedOn"]} />

      {published ? (
        <section aria-labelledby="review-title">
          <h2 id="review-title">{t("figures:review.heading")}</h2>
          <p>{published.reviewedById ? t("figures:review.current", { date: formatDate(published.reviewedOn, locale) }) : t("figures:review.never")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="confirm-reviewed" />
            <p className="muted">{t("figures:review.hint")}</p>
            <button type="submit" className="button button--secondary">
              {t("figures:review.confirm")}
            </button>
          </Form>
        </section>
      ) : null}

      <Form method="post" noValidate className="form form--wide" key={formKey}>
        <input type="hidden" name="baseVersion" value={state.latestVersion} />
        <TextField name="title" label={t("content.fieldTitle")} defaultValue={field("title")} error={errors?.title} lang={contentLocale} />
        <TextArea name="summary" rows={3} label={t("content.fieldSummary")} hint={t("content.fieldSummaryHint")} defaultValue={field("summary")} error={errors?.summary} optional lang={contentLocale} />
        <TextArea name="bodyMarkdown" rows={22} label={t("content.fieldBody")} hint={t("content.fieldBodyHint")} defaultValue={field("bodyMarkdown")} error={errors?.bodyMarkdown} lang={contentLocale} className="textarea--code" />
        <TextArea name="sourcesMarkdown" rows={4} label={t("content.fieldSources")} hint={t("content.fieldSourcesHint")} defaultValue={field("sourcesMarkdown")} error={errors?.sourcesMarkdown} optional lang={contentLocale} />
        <TextField name="reviewedOn" type="date" label={t("content.fieldReviewed")} defaultValue={field("reviewedOn")} error={errors?.reviewedOn} />
        <div className="button-row">
          <button type="submit" name="intent" value="preview" className="button button--secondary">
            {t("content.preview")}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("content.saveDraft")}
          </button>
          <button type="submit" name="intent" value="publish" className="button">
            {t("content.publish")}
          </button>
        </div>
      </Form>

      {result?.kind === "preview" ? (
        <section className="preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("content.previewHeading")}</h2>
          <div className="prose topic__body" lang={contentLocale} dangerouslySetInnerHTML={{ __html: result.html }} />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("content.history")}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("content.version")}</th>
                <th scope="col">{t("content.statusHeading")}</th>
                <th scope="col">{t("content.fieldTitle")}</th>
                <th scope="col">{t("content.savedBy")}</th>
                <th scope="col">{t("content.savedOn")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("content.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.history.map((entry) => (
                <tr key={entry.version}>
                  <td>{entry.version}</td>
                  <td>{t(`content.versionStatus.${entry.status}`)}</td>
                  <td lang={contentLocale}>{entry.title}</td>
                  <td>{entry.author ?? t("content.seeded")}</td>
                  <td>{entry.created}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="restore" />
                      <input type="hidden" name="version" value={entry.version} />
                      <button type="submit" className="button button--link">
                        {t("content.restore", { version: entry.version })}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
