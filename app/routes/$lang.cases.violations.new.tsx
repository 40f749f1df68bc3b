import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextLanguageField } from "~/components/written-in";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { findSourceCase, recordViolation } from "~/.server/violations";
import { withDoneMessage } from "~/components/feedback";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { CURRENCIES, SANCTIONS, VIOLATION_CATEGORIES } from "~/domain/vocabulary";
import { parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { amountToMinorUnits } from "~/lib/schemas/exchanges";
import { newViolationSchemaFor } from "~/lib/schemas/violations";

function sourceFromQuery(url: URL) {
  const exchange = url.searchParams.get("exchange");
  const inspection = url.searchParams.get("inspection");
  if (exchange) return { kind: "exchange" as const, ref: exchange.slice(0, 40) };
  if (inspection) return { kind: "inspection" as const, ref: inspection.slice(0, 40) };
  return null;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:violation:own-authority");
  const source = sourceFromQuery(new URL(request.url));
  if (!source || user.authorityId === null || !findSourceCase(source, user.authorityId)) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  return { locale, source, today: today(), title: `${t("violation.new.title")} – ${source.ref}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:violation:own-authority");
  if (user.authorityId === null) throw data(null, { status: 403 });
  const form = parseForm(newViolationSchemaFor(locale, today()), await readFormData(request));
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const v = form.data;
  const result = recordViolation(
    {
      source: { kind: v.sourceKind, ref: v.sourceRef },
      enterpriseId: null,
      category: v.category,
      legalReference: v.legalReference,
      description: v.description,
      descriptionLanguage: v.descriptionLanguage,
      foundOn: v.foundOn,
      sanction: v.sanction,
      fineAmountCents: v.sanction === "fine" ? amountToMinorUnits(v.fineAmount) : null,
      fineCurrency: v.sanction === "fine" ? v.fineCurrency : null,
    },
    { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress },
  );
  if (!result.ok) throw data(null, { status: 404 });
  const back = v.sourceKind === "exchange" ? `/${locale}/cases/exchanges/${v.sourceRef}` : `/${locale}/cases/inspections/${v.sourceRef}`;
  throw redirect(withDoneMessage(back, "violation"));
}

export default function NewViolation() {
  const { locale, source, today: todayIso } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = result?.values as FormValues | undefined;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: string, fallback = "") => valueOf(values, name, fallback);
  const back = source.kind === "exchange" ? `/${locale}/cases/exchanges/${source.ref}` : `/${locale}/cases/inspections/${source.ref}`;
  return (
    <>
      <p>
        <Link to={back}>{source.ref}</Link>
      </p>
      <h1>{t("violation.new.title")}</h1>
      <p className="lead">{t("violation.new.lead", { ref: source.ref })}</p>
      <ErrorSummary errors={errors} order={["category", "description", "foundOn", "sanction", "fineAmount", "fineCurrency"]} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="sourceKind" value={source.kind} />
        <input type="hidden" name="sourceRef" value={source.ref} />
        <SelectField name="category" label={t("violation.fields.category")} defaultValue={v("category")} placeholder={t("exchange.fields.choose")} options={VIOLATION_CATEGORIES.map((c) => ({ value: c, label: t(`enum.violationCategory.${c}`) }))} error={errors?.category} />
        <TextField name="legalReference" label={t("violation.fields.legalReference")} hint={t("violation.fields.legalReferenceHint")} defaultValue={v("legalReference")} error={errors?.legalReference} optional />
        <TextArea name="description" label={t("violation.fields.description")} hint={t("violation.fields.descriptionHint")} defaultValue={v("description")} error={errors?.description} />
        <TextLanguageField name="descriptionLanguage" defaultValue={v("descriptionLanguage", locale)} />
        <TextField name="foundOn" type="date" label={t("violation.fields.foundOn")} defaultValue={v("foundOn", todayIso)} max={todayIso} error={errors?.foundOn} className="input--short" />
        <SelectField name="sanction" label={t("violation.fields.sanction")} defaultValue={v("sanction")} placeholder={t("exchange.fields.choose")} options={SANCTIONS.map((s) => ({ value: s, label: t(`enum.sanction.${s}`) }))} error={errors?.sanction} />
        <TextField name="fineAmount" inputMode="decimal" label={t("violation.fields.fineAmount")} hint={t("violation.fields.fineAmountHint")} defaultValue={v("fineAmount")} error={errors?.fineAmount} className="input--short" optional />
        <SelectField name="fineCurrency" label={t("exchange.instrument.penaltyCurrency")} defaultValue={v("fineCurrency")} placeholder={t("exchange.fields.choose")} options={CURRENCIES.map((c) => ({ value: c, label: c }))} error={errors?.fineCurrency} optional />
        <button type="submit" className="button">
          {t("violation.new.submit")}
        </button>
      </Form>
    </>
  );
}
