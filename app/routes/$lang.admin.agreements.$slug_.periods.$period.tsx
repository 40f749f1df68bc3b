import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { periodForEditing, requireAgreementEditor, savePeriod, type PeriodFields } from "~/.server/agreement-admin";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { TARGETABLE_METRICS } from "~/domain/outcome-metrics";
import { FUNDING_SOURCES } from "~/domain/vocabulary";
import { formValues, parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { metricLabel } from "~/lib/metric-labels";
import { formatAmountForInput } from "~/lib/format";
import { FUNDING_ROWS, periodSchemaFor, TARGET_ROWS } from "~/lib/schemas/agreements";
import { amountToMinorUnits } from "~/lib/schemas/exchanges";

/** `:period` is a period's slug, or `new` to add one. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { agreementId } = requireAgreementEditor(request, params.slug ?? "");
  const existing = params.period === "new" ? null : periodForEditing(agreementId, params.period ?? "");
  if (params.period !== "new" && !existing) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  // The form's starting values, as the fields are named.
  const initial: Record<string, string> = {};
  if (existing) {
    const p = existing.period;
    Object.assign(initial, {
      slug: p.slug, nameNb: p.nameNb, nameLt: p.nameLt, nameEn: p.nameEn, startsOn: p.startsOn, endsOn: p.endsOn,
      budget: p.budgetCents === null ? "" : formatAmountForInput(p.budgetCents, locale), objectivesNb: p.objectivesNb, objectivesLt: p.objectivesLt, objectivesEn: p.objectivesEn,
    });
    existing.funding.forEach((f, i) => {
      initial[`fundingSource${i}`] = f.source;
      initial[`fundingShare${i}`] = String(f.shareBasisPoints / 100);
      initial[`fundingAmount${i}`] = f.amountCents === null ? "" : formatAmountForInput(f.amountCents, locale);
    });
    existing.targets.forEach((target, i) => {
      initial[`targetMetric${i}`] = target.metric;
      initial[`targetValue${i}`] = String(target.targetValue);
    });
  }
  return {
    locale,
    slug: params.slug ?? "",
    isNew: !existing,
    initial,
    title: `${existing ? t("agreementAdmin.editPeriod") : t("agreementAdmin.newPeriod")} – ${t("app.name")}`,
    metrics: TARGETABLE_METRICS.map((key) => ({ value: key, label: metricLabel(key, t) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { user, agreementId } = requireAgreementEditor(request, params.slug ?? "");
  const existing = params.period === "new" ? null : periodForEditing(agreementId, params.period ?? "");
  if (params.period !== "new" && !existing) throw data(null, { status: 404 });
  const formData = await readFormData(request);
  const form = parseForm(periodSchemaFor(locale), formData);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const v = form.data as Record<string, string>;
  const amount = (text: string | undefined) => (text ? amountToMinorUnits(text) : null);
  const fields: PeriodFields = {
    slug: form.data.slug,
    nameNb: form.data.nameNb,
    nameLt: form.data.nameLt,
    nameEn: form.data.nameEn,
    startsOn: form.data.startsOn,
    endsOn: form.data.endsOn,
    budgetCents: amount(form.data.budget),
    objectivesNb: form.data.objectivesNb,
    objectivesLt: form.data.objectivesLt,
    objectivesEn: form.data.objectivesEn,
    funding: Array.from({ length: FUNDING_ROWS }, (_, i) => i)
      .filter((i) => v[`fundingSource${i}`])
      .map((i) => ({
        source: v[`fundingSource${i}`] as PeriodFields["funding"][number]["source"],
        shareBasisPoints: Math.round(Number((v[`fundingShare${i}`] || "0").replace(",", ".")) * 100),
        amountCents: amount(v[`fundingAmount${i}`]),
      })),
    targets: Array.from({ length: TARGET_ROWS }, (_, i) => i)
      .filter((i) => v[`targetMetric${i}`])
      .map((i) => ({ metric: v[`targetMetric${i}`]!, targetValue: Number(v[`targetValue${i}`]) })),
  };
  const result = savePeriod(agreementId, existing?.period.id ?? null, fields, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress });
  if (!result.ok) return data({ errors: result.errors as FieldErrors, values: formValues(formData) }, { status: 400 });
  throw redirect(`/${locale}/outcomes/${params.slug}/${fields.slug}`);
}

export default function EditPeriod() {
  const { locale, slug, isNew, initial, metrics } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result?.values as FormValues | undefined;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: string) => valueOf(values, name, initial[name] ?? "");
  return (
    <>
      <p>
        <Link to={`/${locale}/admin/agreements/${slug}`}>{t("agreementAdmin.editAgreement")}</Link>
      </p>
      <h1>{isNew ? t("agreementAdmin.newPeriod") : t("agreementAdmin.editPeriod")}</h1>
      <ErrorSummary errors={errors} order={["slug", "nameNb", "nameLt", "nameEn", "startsOn", "endsOn", "budget"]} />
      <Form method="post" noValidate className="form form--wide">
        <TextField name="slug" label={t("agreementAdmin.fields.slug")} hint={t("agreementAdmin.fields.slugHint")} defaultValue={v("slug")} error={errors?.slug} className="input--short" />
        <TextField name="nameNb" lang="nb" label={t("agreementAdmin.fields.nameNb")} defaultValue={v("nameNb")} error={errors?.nameNb} />
        <TextField name="nameLt" lang="lt" label={t("agreementAdmin.fields.nameLt")} defaultValue={v("nameLt")} error={errors?.nameLt} />
        <TextField name="nameEn" lang="en" label={t("agreementAdmin.fields.nameEn")} defaultValue={v("nameEn")} error={errors?.nameEn} />
        <TextField name="startsOn" type="date" label={t("agreementAdmin.fields.startsOn")} defaultValue={v("startsOn")} error={errors?.startsOn} className="input--short" />
        <TextField name="endsOn" type="date" label={t("agreementAdmin.fields.endsOn")} defaultValue={v("endsOn")} error={errors?.endsOn} className="input--short" />
        <TextField name="budget" inputMode="decimal" label={t("agreementAdmin.fields.budget")} hint={t("agreementAdmin.fields.budgetHint")} defaultValue={v("budget")} error={errors?.budget} className="input--short" optional />
        <TextArea name="objectivesNb" lang="nb" label={t("agreementAdmin.fields.objectivesNb")} defaultValue={v("objectivesNb")} optional />
        <TextArea name="objectivesLt" lang="lt" label={t("agreementAdmin.fields.objectivesLt")} defaultValue={v("objectivesLt")} optional />
        <TextArea name="objectivesEn" lang="en" label={t("agreementAdmin.fields.objectivesEn")} defaultValue={v("objectivesEn")} optional />
        <fieldset className="fieldset group">
          <legend className="group__legend">{t("outcomes.fundingHeading")}</legend>
          {Array.from({ length: FUNDING_ROWS }, (_, i) => (
            <div className="participant-row" key={i}>
              <SelectField name={`fundingSource${i}`} label={t("agreementAdmin.fields.fundingSource", { n: i + 1 })} defaultValue={v(`fundingSource${i}`)} placeholder={t("exchange.fields.choose")} options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`outcomes.funding.${s}`) }))} optional />
              <TextField name={`fundingShare${i}`} inputMode="decimal" label={t("agreementAdmin.fields.fundingShare", { n: i + 1 })} defaultValue={v(`fundingShare${i}`)} error={errors?.[`fundingShare${i}`]} className="input--short" optional />
              <TextField name={`fundingAmount${i}`} inputMode="decimal" label={t("agreementAdmin.fields.fundingAmount", { n: i + 1 })} defaultValue={v(`fundingAmount${i}`)} error={errors?.[`fundingAmount${i}`]} className="input--short" optional />
            </div>
          ))}
        </fieldset>
        <fieldset className="fieldset group">
          <legend className="group__legend">{t("outcomes.targetsHeading")}</legend>
          {Array.from({ length: TARGET_ROWS }, (_, i) => (
            <div className="participant-row" key={i}>
              <SelectField name={`targetMetric${i}`} label={t("agreementAdmin.fields.targetMetric", { n: i + 1 })} defaultValue={v(`targetMetric${i}`)} placeholder={t("exchange.fields.choose")} options={metrics} error={errors?.[`targetMetric${i}`]} optional />
              <TextField name={`targetValue${i}`} inputMode="numeric" label={t("agreementAdmin.fields.targetValue", { n: i + 1 })} defaultValue={v(`targetValue${i}`)} error={errors?.[`targetValue${i}`]} className="input--short" optional />
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("forms.save")}
        </button>
      </Form>
    </>
  );
}
