import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useParams } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { isTipRef, receivingAuthority, submitTip } from "~/.server/tips";
import { ChoiceGroup, ErrorSummary, fieldId, SelectField, TextArea, TextField } from "~/components/forms";
import { SECTORS } from "~/domain/vocabulary";
import { formValues, parseForm, valueOf, valuesOf } from "~/lib/forms";
import {
  HONEYPOT_FIELD,
  REPORT_FIELD_ORDER,
  reportTipSchema,
  TIP_COUNTRIES,
  TIP_DESCRIPTION_MAX,
  tipsErrorKeys,
} from "~/lib/schemas/tips";
import { formatNumber } from "~/lib/format";
import type { Locale } from "~/lib/i18n";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale, ["tips", "common"]);
  const sent = sentReport(new URL(request.url).searchParams, locale);
  if (sent) return { title: `${t("sent.title")} – ${t("common:app.name")}`, description: getFixedT(locale, ["meta"])("meta:description.report"), descriptionMax: "", sent };
  // Formatted here, not in the browser: Intl output may differ between Node and the browser (hydration).
  return { title: `${t("report.title")} – ${t("common:app.name")}`, description: getFixedT(locale, ["meta"])("meta:description.report"), descriptionMax: formatNumber(TIP_DESCRIPTION_MAX, locale), sent: null };
}

/** The page after sending: `?sent=<reference>&to=<country>` (what the redirect carries; nothing is looked up). */
function sentReport(params: URLSearchParams, locale: Locale) {
  const reference = params.get("sent") ?? "";
  const country = TIP_COUNTRIES.find((c) => c === params.get("to"));
  if (!isTipRef(reference) || !country) return null;
  return { reference, authorityName: receivingAuthority(country).names[locale] };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const formData = await readFormData(request);
  const form = parseForm(reportTipSchema, formData, { secrets: [HONEYPOT_FIELD] });
  if (!form.ok) return data({ errors: tipsErrorKeys(form.errors), values: form.values }, { status: 400 });

  const result = submitTip({ ...form.data, locale, clientAddress: context.clientAddress });
  if (!result.ok) {
    return data(
      { errors: { form: "tips:report.errors.rateLimited" }, values: formValues(formData, [HONEYPOT_FIELD]) },
      { status: 429 },
    );
  }
  // POST → 303 → a page of its own: reloading it neither loses the reference nor sends the report again.
  throw redirect(`/${locale}/report?${new URLSearchParams({ sent: result.ref, to: form.data.country })}`, 303);
}

export default function ReportConcern() {
  const result = useActionData<typeof action>();
  const { sent } = useLoaderData<typeof loader>();
  if (sent) return <ReportSent {...sent} />;
  return <ReportForm errors={result?.errors} values={result?.values} />;
}

function ReportForm({ errors, values }: { errors?: Record<string, string>; values?: Record<string, string | string[]> }) {
  const { descriptionMax } = useLoaderData<typeof loader>();
  const { t } = useTranslation("tips");
  const submitting = useNavigation().state === "submitting";
  const error = (name: string) => errors?.[name];
  return (
    <div className="report">
      <h1>{t("report.title")}</h1>
      <p className="lead">{t("report.lead")}</p>

      <section className="report-info" aria-labelledby="report-limits">
        <h2 id="report-limits">{t("report.limits.heading")}</h2>
        <ul>
          <li>{t("report.limits.wagesNorway")}</li>
          <li>{t("report.limits.wagesLithuania")}</li>
          <li>{t("report.limits.lawyer")}</li>
        </ul>
        <p className="report-info__emergency">
          <strong>{t("report.limits.emergency")}</strong>
        </p>
      </section>

      <section className="report-info" aria-labelledby="report-identity">
        <h2 id="report-identity">{t("report.identity.heading")}</h2>
        <p>{t("report.identity.confidential")}</p>
        <p>{t("report.identity.who")}</p>
      </section>

      <ErrorSummary errors={errors} order={REPORT_FIELD_ORDER} />
      <Form method="post" noValidate className="form report-form">
        <ChoiceGroup
          name="country"
          type="radio"
          legend={t("report.country.label")}
          hint={t("report.country.hint")}
          error={error("country")}
          options={TIP_COUNTRIES.map((country) => ({ value: country, label: t(`report.country.${country}`) }))}
          selected={valuesOf(values, "country")}
        />
        <SelectField
          name="sector"
          label={t("report.sector.label")}
          placeholder={t("report.sector.placeholder")}
          error={error("sector")}
          defaultValue={valueOf(values, "sector")}
          options={SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
        />
        <TextField
          name="place"
          label={t("report.place.label")}
          hint={t("report.place.hint")}
          error={error("place")}
          defaultValue={valueOf(values, "place")}
          autoComplete="off"
        />
        <TextField
          name="employerName"
          label={t("report.employer.label")}
          hint={t("report.employer.hint")}
          optional
          error={error("employerName")}
          defaultValue={valueOf(values, "employerName")}
          autoComplete="off"
        />
        <TextField
          name="employerNumber"
          label={t("report.employerNumber.label")}
          hint={t("report.employerNumber.hint")}
          optional
          error={error("employerNumber")}
          defaultValue={valueOf(values, "employerNumber")}
          autoComplete="off"
          inputMode="text"
          spellCheck={false}
        />
        <TextArea
          name="description"
          label={t("report.description.label")}
          hint={t("report.description.hint", { max: descriptionMax })}
          error={error("description")}
          defaultValue={valueOf(values, "description")}
          rows={8}
        />

        <ChoiceGroup
          name="anonymous"
          type="radio"
          legend={t("report.anonymous.label")}
          hint={t("report.anonymous.hint")}
          error={error("anonymous")}
          options={[
            { value: "yes", label: t("report.anonymous.yes") },
            { value: "no", label: t("report.anonymous.no") },
          ]}
          selected={valuesOf(values, "anonymous")}
        />
        <fieldset className="fieldset report-contact">
          <legend className="field__label">{t("report.contact.legend")}</legend>
          <p className="field__hint">{t("report.contact.hint")}</p>
          <TextField
            name="reporterName"
            label={t("report.contact.name")}
            optional
            error={error("reporterName")}
            defaultValue={valueOf(values, "reporterName")}
            autoComplete="name"
          />
          <TextField
            name="reporterContact"
            label={t("report.contact.contact")}
            hint={t("report.contact.contactHint")}
            error={error("reporterContact")}
            defaultValue={valueOf(values, "reporterContact")}
            spellCheck={false}
          />
        </fieldset>

        {/* A trap for robots: hidden from people and from screen readers, out of the tab order. */}
        <div className="report-hp" aria-hidden="true">
          <label htmlFor={fieldId(HONEYPOT_FIELD)}>{t("report.honeypot")}</label>
          <input id={fieldId(HONEYPOT_FIELD)} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <button type="submit" className="button" disabled={submitting}>
          {t("report.submit")}
        </button>
      </Form>
    </div>
  );
}

function ReportSent({ reference, authorityName }: { reference: string; authorityName: string }) {
  const { t } = useTranslation("tips");
  const { lang } = useParams();
  const heading = useRef<HTMLHeadingElement>(null);
  // After a submission in the browser the page does not reload: take the reader to the answer.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="report">
      <h1 ref={heading} tabIndex={-1}>
        {t("sent.title")}
      </h1>
      <div className="report-reference" role="status">
        <p className="report-reference__label">{t("sent.referenceLabel")}</p>
        <p className="report-reference__value">{reference}</p>
      </div>
      <p>{t("sent.receivedBy", { authority: authorityName })}</p>
      <p>{t("sent.keepReference")}</p>
      <h2>{t("sent.nextHeading")}</h2>
      <ul>
        <li>{t("sent.nextAssess")}</li>
        <li>{t("sent.nextContact")}</li>
        <li>{t("sent.nextOutcome")}</li>
      </ul>
      <p>
        <Link to={`/${lang ?? "en"}/report`} reloadDocument>
          {t("sent.another")}
        </Link>
      </p>
    </div>
  );
}
