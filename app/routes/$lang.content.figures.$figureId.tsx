// An editor's page for one legal figure: its values (history), confirming the current value as checked, and adding
// a new value that ends the current one. Every change is audited by the service.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actorOf } from "~/.server/actor";
import { requireUserWithPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { addFigureValue, confirmFigureChecked, figureWithHistory } from "~/.server/legal-figures";
import { requireLocale } from "~/.server/route-params";
import { ErrorSummary, TextField } from "~/components/forms";
import { figureValueFromInput, formatFigureValue } from "~/domain/legal-figures";
import { formatDate } from "~/lib/format";
import { formValues, parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { confirmFigureSchema, figureErrorKeys, newFigureValueSchema } from "~/lib/schemas/figures";

function requireFigureId(params: { figureId?: string }): number {
  if (!/^\d{1,9}$/.test(params.figureId ?? "")) throw data(null, { status: 404 });
  return Number(params.figureId);
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:content:any");
  const found = figureWithHistory(requireFigureId(params));
  if (!found) throw data(null, { status: 404 });
  const t = getFixedT(locale, "figures");
  return { locale, ...found, title: `${t("editor.title", { key: found.figure.key })} – ${t("common:content.title")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

type ActionResult = { kind: "error"; errors: FieldErrors; values: FormValues } | { kind: "checked" } | { kind: "added" };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:content:any");
  const found = figureWithHistory(requireFigureId(params));
  if (!found) throw data(null, { status: 404 });
  const actor = actorOf(user, context) as { userId: number; authorityId: number | null; ipAddress: string };
  const formData = await readFormData(request);

  if (confirmFigureSchema.safeParse(Object.fromEntries(formData)).success) {
    const current = found.history[0]!;
    confirmFigureChecked(current.id, actor);
    return data<ActionResult>({ kind: "checked" });
  }

  const form = parseForm(newFigureValueSchema(locale), formData);
  if (!form.ok) return data<ActionResult>({ kind: "error", errors: figureErrorKeys(form.errors), values: form.values }, { status: 400 });
  const { value, validFrom, source, note } = form.data;
  const result = addFigureValue({ key: found.figure.key, value: figureValueFromInput(value, found.figure.unit), validFrom, source, note }, actor);
  if (!result.ok) {
    const errors: FieldErrors = result.error === "not_after_current" ? { validFrom: "figures:editor.errors.notAfterCurrent" } : { form: "figures:editor.errors.notFound" };
    return data<ActionResult>({ kind: "error", errors, values: formValues(formData) }, { status: result.error === "not_after_current" ? 400 : 404 });
  }
  return data<ActionResult>({ kind: "added" });
}

export default function EditFigure() {
  const { locale, figure, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useTranslation("figures");
  const errors = result?.kind === "error" ? result.errors : undefined;
  const values = result?.kind === "error" ? result.values : undefined;
  const isMoney = figure.unit === "money" || figure.unit === "money-per-hour";
  return (
    <>
      <p>
        <Link to={`/${locale}/content`}>{t("common:content.backToList")}</Link> · <Link to={`/${locale}/figures`}>{t("editor.backToList")}</Link>
      </p>
      <h1>{t("editor.title", { key: figure.key })}</h1>
      <p lang="en">{figure.note}</p>
      {result?.kind === "checked" ? (
        <div className="notice notice--success" role="status">
          <p>{t("editor.checked")}</p>
        </div>
      ) : null}
      {result?.kind === "added" ? (
        <div className="notice notice--success" role="status">
          <p>{t("editor.saved")}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} order={["form", "value", "validFrom", "source", "note"]} />

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("editor.history")}</h2>
        <div className="table-wrap" role="region" aria-labelledby="history-title" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("column.value")}</th>
                <th scope="col">{t("column.validity")}</th>
                <th scope="col">{t("column.source")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatFigureValue(entry, locale)}</td>
                  <td>
                    {entry.validTo
                      ? t("page.validFromTo", { from: formatDate(entry.validFrom, locale), to: formatDate(entry.validTo, locale) })
                      : t("page.validFrom", { from: formatDate(entry.validFrom, locale) })}
                  </td>
                  <td>
                    <a href={entry.source} rel="noopener noreferrer">
                      {entry.source}
                    </a>
                    <br />
                    <span className="muted">{t("page.checked", { date: formatDate(entry.checkedOn, locale), by: entry.checkedBy })}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="confirm-title">
        <h2 id="confirm-title">{t("editor.confirmHeading")}</h2>
        <p>{t("editor.confirmHint")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="confirm" />
          <button type="submit" className="button button--secondary">
            {t("editor.confirm")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="add-title">
        <h2 id="add-title">{t("editor.addHeading")}</h2>
        <p>{t("editor.addHint")}</p>
        <Form method="post" noValidate className="form" key={result?.kind ?? "form"}>
          <input type="hidden" name="intent" value="add" />
          <TextField
            name="value"
            inputMode="decimal"
            label={t("editor.value")}
            hint={isMoney ? t("editor.valueHintMoney", { currency: figure.currency ?? "NOK" }) : t("editor.valueHintOther")}
            defaultValue={valueOf(values, "value")}
            error={errors?.value}
          />
          <TextField name="validFrom" label={t("editor.validFrom")} hint={t("editor.validFromHint")} defaultValue={valueOf(values, "validFrom")} error={errors?.validFrom} />
          <TextField name="source" type="url" label={t("editor.source")} hint={t("editor.sourceHint")} defaultValue={valueOf(values, "source", figure.source)} error={errors?.source} />
          <TextField name="note" label={t("editor.note")} hint={t("editor.noteHint")} defaultValue={valueOf(values, "note")} error={errors?.note} optional lang="en" />
          <div className="button-row">
            <button type="submit" className="button">
              {t("editor.submit")}
            </button>
          </div>
        </Form>
      </section>
    </>
  );
}
