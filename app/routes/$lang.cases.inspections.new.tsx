import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { findKnownEnterprise } from "~/.server/enterprise-access";
import { actorFor, agreementsOfAuthority, createInspection } from "~/.server/inspections";
import { requireLocale } from "~/.server/route-params";
import { ChoiceGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { TextLanguageField } from "~/components/written-in";
import { withDoneMessage } from "~/components/feedback";
import { parseEnterpriseKey } from "~/domain/enterprise-access";
import { ENTERPRISE_RELATIONS, INSPECTION_MODES, PARTNER_COUNTRIES, RISK_INDICATORS, SECTORS } from "~/domain/vocabulary";
import { countryName } from "~/lib/format";
import { formValues, parseForm, valueOf, valuesOf, type FieldErrors, type FormValues } from "~/lib/forms";
import {
  AGENCY_KINDS,
  enterpriseRowCount,
  inspectionErrorKeys,
  MAX_ENTERPRISE_ROWS,
  newInspectionSchemaFor,
  parseEnterpriseRows,
} from "~/lib/schemas/inspections";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:inspection:own-authority");
  const t = getFixedT(locale, "inspections");
  const agreements = user.authorityId ? agreementsOfAuthority(user.authorityId, locale) : [];
  const own = user.authorityCountry;
  const hostCountries = [...new Set([...(own ? [own] : []), ...agreements.map((a) => a.partner.country)])];
  // Reached from an enterprise page ("Request a joint inspection"): its enterprises typed in already, only those
  // the user's authority knows (need-to-know), so a forged link fills in nothing it may not see.
  const prefill: FormValues = {};
  const chosen = new URL(request.url).searchParams
    .getAll("enterprise")
    .slice(0, MAX_ENTERPRISE_ROWS)
    .map((key) => parseEnterpriseKey(key))
    .flatMap((parsed) => (parsed ? [findKnownEnterprise(parsed.country, parsed.registrationNumber, user.authorityId)] : []))
    .filter((known) => known !== null);
  chosen.forEach((enterprise, i) => {
    prefill[`enterprise-${i}-country`] = enterprise.country;
    prefill[`enterprise-${i}-number`] = enterprise.registrationNumber;
    prefill[`enterprise-${i}-name`] = enterprise.name;
    prefill[`enterprise-${i}-relation`] = i === 0 ? "main_contractor" : "subcontractor";
  });
  if (chosen.length > 0) prefill.rows = String(chosen.length);
  return {
    locale,
    prefill,
    title: `${t("new.title")} – ${getFixedT(locale)("app.name")}`,
    agreements,
    ownCountry: own ? countryName(own, locale) : null,
    hostCountries: hostCountries.map((code) => ({ value: code, label: countryName(code, locale) })),
    countries: PARTNER_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:inspection:own-authority");
  const actor = actorFor(user, context.clientAddress);
  const formData = await readFormData(request);
  const values = formValues(formData);
  if (formData.get("intent") === "more") {
    // "Add another enterprise" without JavaScript: the same form again, one row longer, nothing lost.
    return data({ errors: {} as FieldErrors, values: { ...values, rows: String(Math.min(enterpriseRowCount(values) + 1, MAX_ENTERPRISE_ROWS)) } });
  }
  if (!actor) return data({ errors: { form: "errors.noAuthority" } as FieldErrors, values }, { status: 403 });
  const form = parseForm(newInspectionSchemaFor(locale), formData);
  const rows = parseEnterpriseRows(values);
  if (!form.ok || Object.keys(rows.errors).length) {
    const errors = { ...(form.ok ? {} : form.errors), ...rows.errors };
    return data({ errors: inspectionErrorKeys(errors), values }, { status: 400 });
  }
  const v = form.data;
  const result = createInspection(
    {
      agreementId: v.agreementId,
      mode: v.mode,
      hostCountry: v.hostCountry,
      enterprises: rows.rows,
      siteAddress: v.siteAddress,
      municipality: v.municipality,
      sector: v.sector,
      riskIndicators: v.riskIndicators,
      reasons: v.reasons,
      proposedFrom: v.proposedFrom,
      proposedTo: v.proposedTo,
      agencies: [...v.agenciesOwn.map((kind) => ({ side: "requester" as const, kind })), ...v.agenciesPartner.map((kind) => ({ side: "partner" as const, kind }))],
      languageNeeds: v.languageNeeds,
      interpreterNeeded: v.interpreterNeeded,
      textLanguage: v.textLanguage,
      send: v.intent === "request",
    },
    actor,
  );
  if (!result.ok) return data({ errors: inspectionErrorKeys(result.errors), values }, { status: 400 });
  throw redirect(withDoneMessage(`/${locale}/cases/inspections/${result.ref}`, "created"));
}

const FIELD_ORDER = [
  "form",
  "agreementId",
  "mode",
  "hostCountry",
  ...Array.from({ length: MAX_ENTERPRISE_ROWS }, (_, i) => [`enterprise-${i}-country`, `enterprise-${i}-number`, `enterprise-${i}-name`, `enterprise-${i}-relation`]).flat(),
  "siteAddress",
  "municipality",
  "sector",
  "riskIndicators",
  "reasons",
  "proposedFrom",
  "proposedTo",
  "agenciesOwn",
  "agenciesPartner",
  "languageNeeds",
];

export default function NewInspection() {
  const { locale, agreements, ownCountry, hostCountries, countries, prefill } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspections");
  const values = result?.values as FormValues | undefined;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: string, fallback = "") => valueOf(values ?? prefill, name, fallback);
  const rowCount = enterpriseRowCount(values ?? (prefill.rows ? prefill : undefined));
  const checked = (name: string, fallback: string[]) => (values ? valuesOf(values, name) : fallback);

  return (
    <>
      <p>
        <Link to={`/${locale}/cases/inspections`}>{t("list.title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p className="lead">{t("new.lead")}</p>
      <ErrorSummary errors={errors} order={FIELD_ORDER} />
      <Form method="post" noValidate className="form form--wide inspection-form">
        {/* Enter in a text field submits with the form's first button: make that "save draft", never "add another
            enterprise" or sending the request to the other country by accident. Hidden from sight and from the tab order. */}
        <button type="submit" name="intent" value="draft" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {t("new.saveDraft")}
        </button>
        <input type="hidden" name="rows" value={rowCount} />
        <SelectField
          name="agreementId"
          label={t("fields.agreement")}
          hint={t("fields.agreementHint")}
          defaultValue={v("agreementId", agreements.length === 1 ? String(agreements[0]!.id) : "")}
          placeholder={t("fields.choose")}
          options={agreements.map((a) => ({ value: String(a.id), label: `${a.title} – ${a.partner.name}` }))}
          error={errors?.agreementId}
        />
        <ChoiceGroup
          name="mode"
          type="radio"
          legend={t("fields.mode")}
          options={INSPECTION_MODES.map((mode) => ({ value: mode, label: t(`modeHelp.${mode}`) }))}
          selected={[v("mode", "joint")]}
          error={errors?.mode}
        />
        <ChoiceGroup name="hostCountry" type="radio" legend={t("fields.hostCountry")} hint={t("fields.hostCountryHint")} options={hostCountries} selected={[v("hostCountry")]} error={errors?.hostCountry} />

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.enterprises")}</legend>
          <p className="field__hint">{t("fields.enterprisesHint")}</p>
          {Array.from({ length: rowCount }, (_, i) => (
            <fieldset className="fieldset enterprise-row" key={i}>
              <legend className="field__label">{t("fields.enterpriseNumbered", { number: i + 1 })}</legend>
              <SelectField name={`enterprise-${i}-country`} label={t("fields.enterpriseCountry")} defaultValue={v(`enterprise-${i}-country`)} placeholder={t("fields.choose")} options={countries} error={errors?.[`enterprise-${i}-country`]} optional={i > 0} />
              <TextField name={`enterprise-${i}-number`} label={t("fields.enterpriseNumber")} hint={t("fields.enterpriseNumberHint")} defaultValue={v(`enterprise-${i}-number`)} error={errors?.[`enterprise-${i}-number`]} spellCheck={false} optional={i > 0} />
              <TextField name={`enterprise-${i}-name`} label={t("fields.enterpriseName")} hint={t("fields.enterpriseNameHint")} defaultValue={v(`enterprise-${i}-name`)} error={errors?.[`enterprise-${i}-name`]} optional />
              <SelectField
                name={`enterprise-${i}-relation`}
                label={t("fields.relation")}
                defaultValue={v(`enterprise-${i}-relation`, i === 0 ? "main_contractor" : "subcontractor")}
                options={ENTERPRISE_RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
                error={errors?.[`enterprise-${i}-relation`]}
              />
            </fieldset>
          ))}
          {rowCount < MAX_ENTERPRISE_ROWS ? (
            <button type="submit" name="intent" value="more" className="button button--secondary">
              {t("new.addEnterprise")}
            </button>
          ) : null}
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.site")}</legend>
          <TextField name="siteAddress" label={t("fields.siteAddress")} hint={t("fields.siteAddressHint")} defaultValue={v("siteAddress")} error={errors?.siteAddress} />
          <TextField name="municipality" label={t("fields.municipality")} defaultValue={v("municipality")} error={errors?.municipality} />
          <SelectField name="sector" label={t("fields.sector")} defaultValue={v("sector")} placeholder={t("fields.choose")} options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))} error={errors?.sector} />
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.why")}</legend>
          <ChoiceGroup name="riskIndicators" type="checkbox" legend={t("fields.riskIndicators")} hint={t("fields.riskIndicatorsHint")} options={RISK_INDICATORS.map((r) => ({ value: r, label: t(`risk.${r}`) }))} selected={valuesOf(values, "riskIndicators")} error={errors?.riskIndicators} />
          <TextArea name="reasons" rows={5} label={t("fields.reasons")} hint={t("fields.reasonsHint")} defaultValue={v("reasons")} error={errors?.reasons} />
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.window")}</legend>
          <p className="field__hint">{t("fields.windowHint")}</p>
          <TextField name="proposedFrom" type="date" label={t("fields.proposedFrom")} defaultValue={v("proposedFrom")} error={errors?.proposedFrom} className="input--short" />
          <TextField name="proposedTo" type="date" label={t("fields.proposedTo")} defaultValue={v("proposedTo")} error={errors?.proposedTo} className="input--short" />
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.agencies")}</legend>
          <ChoiceGroup
            name="agenciesOwn"
            type="checkbox"
            legend={ownCountry ? t("fields.agenciesOwnIn", { country: ownCountry }) : t("fields.agenciesOwn")}
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agency.${k}`) }))}
            selected={checked("agenciesOwn", ["labour_inspection"])}
            error={errors?.agenciesOwn}
          />
          <ChoiceGroup
            name="agenciesPartner"
            type="checkbox"
            legend={t("fields.agenciesPartner")}
            options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agency.${k}`) }))}
            selected={checked("agenciesPartner", ["labour_inspection"])}
            error={errors?.agenciesPartner}
          />
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("fields.languages")}</legend>
          <TextField name="languageNeeds" label={t("fields.languageNeeds")} hint={t("fields.languageNeedsHint")} defaultValue={v("languageNeeds")} error={errors?.languageNeeds} optional />
          <ChoiceGroup name="interpreterNeeded" type="checkbox" legend={t("fields.interpreter")} options={[{ value: "yes", label: t("fields.interpreterNeeded") }]} selected={valuesOf(values, "interpreterNeeded")} />
          <TextLanguageField name="textLanguage" hint={t("common:exchange.fields.languageHint")} defaultValue={v("textLanguage", locale)} />
        </fieldset>

        <div className="button-row">
          <button type="submit" name="intent" value="request" className="button">
            {t("new.send")}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("new.saveDraft")}
          </button>
        </div>
      </Form>
    </>
  );
}
