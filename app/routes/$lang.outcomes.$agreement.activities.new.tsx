import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextLanguageField } from "~/components/written-in";
import { recordActivity } from "~/.server/activities";
import { AGREEMENT_NOT_ACTIVE } from "~/.server/agreements";
import { requireUserWithAnyPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { findAgreementBySlug, periodsOf } from "~/.server/outcomes";
import { requireLocale } from "~/.server/route-params";
import type { SessionUser } from "~/.server/session";
import { withDoneMessage } from "~/components/feedback";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { accessFor, coordinatedAgreementIds } from "~/domain/permissions";
import { ACTIVITY_KINDS, PARTNER_COUNTRIES, VIOLATION_CATEGORIES, type ViolationCategory } from "~/domain/vocabulary";
import { countryName } from "~/lib/format";
import { formValues, parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { activitySchemaFor, countOf, PARTICIPANT_ROWS } from "~/lib/schemas/activities";

/** Coordinators record activities of the agreements they coordinate; administrators of any. */
function requireAgreementForActivities(request: Request, params: { lang?: string; agreement?: string }) {
  const locale = requireLocale(params);
  const user: SessionUser = requireUserWithAnyPermission(request, ["write:activity:own-agreement", "write:activity:any"]);
  const agreement = findAgreementBySlug(params.agreement ?? "");
  const allowed = agreement && (accessFor(user.roles, "write", "activity") === "any" || coordinatedAgreementIds(user.roles).includes(agreement.id));
  if (!agreement || !allowed) throw data(null, { status: 404 });
  return { locale, user, agreement };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, agreement } = requireAgreementForActivities(request, params);
  const t = getFixedT(locale);
  return {
    locale,
    agreement: { slug: agreement.slug, title: { nb: agreement.titleNb, lt: agreement.titleLt, en: agreement.titleEn }[locale] },
    title: `${t("activity.new.title")} – ${t("app.name")}`,
    countries: PARTNER_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { locale, user, agreement } = requireAgreementForActivities(request, params);
  const formData = await readFormData(request);
  const form = parseForm(activitySchemaFor(locale), formData);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const extra = form.data as Record<string, unknown>;
  const result = recordActivity(
    {
      agreementId: agreement.id,
      kind: form.data.kind,
      title: form.data.title,
      startsOn: form.data.startsOn,
      endsOn: form.data.endsOn || null,
      place: form.data.place,
      country: form.data.country || null,
      summary: form.data.summary,
      summaryLanguage: form.data.summaryLanguage,
      participants: Array.from({ length: PARTICIPANT_ROWS }, (_, i) => ({ organisation: String(extra[`organisation${i}`] ?? ""), count: countOf(extra, `participants${i}`) })).filter((p) => p.organisation && p.count > 0),
      violations: Object.fromEntries(VIOLATION_CATEGORIES.map((c) => [c, countOf(extra, `violations_${c}`)]).filter(([, n]) => (n as number) > 0)) as Partial<Record<ViolationCategory, number>>,
    },
    { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress },
  );
  if (!result.ok && result.error === "not_active") return data({ errors: { form: AGREEMENT_NOT_ACTIVE } as FieldErrors, values: formValues(formData) }, { status: 400 });
  if (!result.ok && result.error === "outside_periods") return data({ errors: { startsOn: "activity.errors.outsidePeriods" } as FieldErrors, values: formValues(formData) }, { status: 400 });
  if (!result.ok) throw data(null, { status: 404 });
  // Back to the period the activity falls in, so the coordinator sees the figures it changed.
  const period = periodsOf(agreement.id, locale).find((p) => p.startsOn <= form.data.startsOn && form.data.startsOn <= p.endsOn);
  throw redirect(withDoneMessage(period ? `/${locale}/outcomes/${agreement.slug}/${period.slug}` : `/${locale}/outcomes`, "activity"));
}

export default function NewActivity() {
  const { locale, agreement, countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result?.values as FormValues | undefined;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: string, fallback = "") => valueOf(values, name, fallback);
  return (
    <>
      <p>
        <Link to={`/${locale}/outcomes`}>{t("outcomes.title")}</Link>
      </p>
      <h1>
        {t("activity.new.title")}
        <span className="h1-sub">{agreement.title}</span>
      </h1>
      <ErrorSummary errors={errors} order={["form", "kind", "title", "startsOn", "endsOn"]} />
      <Form method="post" noValidate className="form form--wide">
        <SelectField name="kind" label={t("activity.fields.kind")} defaultValue={v("kind")} placeholder={t("exchange.fields.choose")} options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`enum.activityKind.${k}`) }))} error={errors?.kind} />
        <TextField name="title" label={t("activity.fields.title")} defaultValue={v("title")} error={errors?.title} />
        <TextField name="startsOn" type="date" label={t("activity.fields.startsOn")} defaultValue={v("startsOn")} error={errors?.startsOn} className="input--short" />
        <TextField name="endsOn" type="date" label={t("activity.fields.endsOn")} defaultValue={v("endsOn")} error={errors?.endsOn} className="input--short" optional />
        <TextField name="place" label={t("activity.fields.place")} defaultValue={v("place")} optional />
        <SelectField name="country" label={t("activity.fields.country")} defaultValue={v("country")} placeholder={t("exchange.fields.choose")} options={countries} optional />
        <TextArea name="summary" label={t("activity.fields.summary")} defaultValue={v("summary")} error={errors?.summary} optional />
        <TextLanguageField name="summaryLanguage" defaultValue={v("summaryLanguage", locale)} />
        <fieldset className="fieldset group">
          <legend className="group__legend">{t("activity.fields.participants")}</legend>
          <p className="field__hint">{t("activity.fields.participantsHint")}</p>
          {Array.from({ length: PARTICIPANT_ROWS }, (_, i) => (
            <div className="participant-row" key={i}>
              <TextField name={`organisation${i}`} label={t("activity.fields.organisation", { n: i + 1 })} defaultValue={v(`organisation${i}`)} optional />
              <TextField name={`participants${i}`} inputMode="numeric" label={t("activity.fields.count", { n: i + 1 })} defaultValue={v(`participants${i}`)} error={errors?.[`participants${i}`]} className="input--short" optional />
            </div>
          ))}
        </fieldset>
        <fieldset className="fieldset group">
          <legend className="group__legend">{t("activity.fields.violations")}</legend>
          <p className="field__hint">{t("activity.fields.violationsHint")}</p>
          {VIOLATION_CATEGORIES.map((c) => (
            <TextField key={c} name={`violations_${c}`} inputMode="numeric" label={t(`enum.violationCategory.${c}`)} defaultValue={v(`violations_${c}`)} error={errors?.[`violations_${c}`]} className="input--short" optional />
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("activity.new.submit")}
        </button>
      </Form>
    </>
  );
}
