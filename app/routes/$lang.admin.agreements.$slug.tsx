import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { agreementForEditing, requireAgreementEditor, updateAgreement } from "~/.server/agreement-admin";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { AGREEMENT_STATUSES } from "~/domain/vocabulary";
import { formatDate } from "~/lib/format";
import { parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { agreementSchemaFor } from "~/lib/schemas/agreements";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireAgreementEditor(request, params.slug ?? "");
  const found = agreementForEditing(params.slug ?? "", locale)!;
  const t = getFixedT(locale);
  return {
    locale,
    title: `${t("agreementAdmin.editAgreement")} – ${t("app.name")}`,
    agreement: found.agreement,
    parties: found.parties,
    supersedeOptions: found.supersedeOptions,
    periods: found.periods.map((p) => ({ ...p, dates: `${formatDate(p.startsOn, locale, "numeric")} – ${formatDate(p.endsOn, locale, "numeric")}` })),
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const { user, agreementId } = requireAgreementEditor(request, params.slug ?? "");
  const form = parseForm(agreementSchemaFor(locale), await readFormData(request));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  if (form.data.supersedesId === agreementId) return data({ errors: { supersedesId: "forms.invalid" } as FieldErrors, values: {} as FormValues }, { status: 400 });
  updateAgreement(agreementId, form.data, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress });
  throw redirect(`/${locale}/admin/agreements/${params.slug}?saved`);
}

export default function EditAgreement() {
  const { locale, agreement, parties, supersedeOptions, periods, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result?.values as FormValues | undefined;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: keyof typeof agreement) => valueOf(values, name, agreement[name] === null ? "" : String(agreement[name]));
  return (
    <>
      <p>
        <Link to={`/${locale}/admin/agreements`}>{t("agreementAdmin.title")}</Link>
      </p>
      <h1>
        {t("agreementAdmin.editAgreement")}
        <span className="h1-sub">{parties.join(" · ")}</span>
      </h1>
      {saved && !result ? (
        <div className="notice notice--success" role="status">
          <p>{t("admin.users.saved")}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} order={["titleNb", "titleLt", "titleEn", "signedOn", "status", "inspectionResponseDays", "exchangeStandardDays", "exchangeUrgentDays"]} />
      <Form method="post" noValidate className="form form--wide">
        <TextField name="titleNb" lang="nb" label={t("agreementAdmin.fields.titleNb")} defaultValue={v("titleNb")} error={errors?.titleNb} />
        <TextField name="titleLt" lang="lt" label={t("agreementAdmin.fields.titleLt")} defaultValue={v("titleLt")} error={errors?.titleLt} />
        <TextField name="titleEn" lang="en" label={t("agreementAdmin.fields.titleEn")} defaultValue={v("titleEn")} error={errors?.titleEn} />
        <TextField name="signedOn" type="date" label={t("outcomes.signedOn")} defaultValue={v("signedOn")} error={errors?.signedOn} className="input--short" optional />
        <SelectField name="supersedesId" label={t("agreementAdmin.fields.supersedes")} defaultValue={v("supersedesId")} placeholder={t("agreementAdmin.fields.supersedesNone")} options={supersedeOptions.map((o) => ({ value: String(o.id), label: o.title }))} error={errors?.supersedesId} optional />
        <SelectField name="status" label={t("agreementAdmin.fields.status")} defaultValue={v("status")} options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`outcomes.status.${s}`) }))} error={errors?.status} />
        <TextArea name="scopeNb" lang="nb" label={t("agreementAdmin.fields.scopeNb")} defaultValue={v("scopeNb")} optional />
        <TextArea name="scopeLt" lang="lt" label={t("agreementAdmin.fields.scopeLt")} defaultValue={v("scopeLt")} optional />
        <TextArea name="scopeEn" lang="en" label={t("agreementAdmin.fields.scopeEn")} defaultValue={v("scopeEn")} optional />
        <TextField name="inspectionResponseDays" inputMode="numeric" label={t("agreementAdmin.fields.inspectionResponseDays")} hint={t("agreementAdmin.fields.inspectionResponseDaysHint")} defaultValue={v("inspectionResponseDays")} error={errors?.inspectionResponseDays} className="input--short" />
        <TextField name="exchangeStandardDays" inputMode="numeric" label={t("agreementAdmin.fields.exchangeStandardDays")} hint={t("agreementAdmin.fields.agreedLimitHint")} defaultValue={v("exchangeStandardDays")} error={errors?.exchangeStandardDays} className="input--short" optional />
        <TextField name="exchangeUrgentDays" inputMode="numeric" label={t("agreementAdmin.fields.exchangeUrgentDays")} hint={t("agreementAdmin.fields.agreedLimitHint")} defaultValue={v("exchangeUrgentDays")} error={errors?.exchangeUrgentDays} className="input--short" optional />
        <button type="submit" className="button">
          {t("forms.save")}
        </button>
      </Form>
      <h2>{t("agreementAdmin.periods")}</h2>
      <ul className="topic-list">
        {periods.map((p) => (
          <li key={p.slug}>
            <Link to={`/${locale}/admin/agreements/${agreement.slug}/periods/${p.slug}`}>{p.name}</Link>
            <p className="topic-list__summary">{p.dates}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/${locale}/admin/agreements/${agreement.slug}/periods/new`} className="button button--secondary">
          {t("agreementAdmin.newPeriod")}
        </Link>
      </p>
    </>
  );
}
