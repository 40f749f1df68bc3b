import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextLanguageField } from "~/components/written-in";
import { requireUserWithPermission } from "~/.server/auth";
import { enterpriseForNewCase, getKnownEnterprise, searchKnownEnterprises } from "~/.server/enterprise-access";
import { actorFor, agreementsOfAuthority, createExchange, newExchangeChecksFor } from "~/.server/exchanges";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { withDoneMessage } from "~/components/feedback";
import { ChoiceGroup, ErrorSummary, fieldId, SelectField, TextArea, TextField } from "~/components/forms";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { questionsByTheme } from "~/domain/question-catalogue";
import { CURRENCIES, EXCHANGE_TYPES, PARTNER_COUNTRIES, URGENCIES } from "~/domain/vocabulary";
import { countryName, formatEnterprise } from "~/lib/format";
import { formValues, parseForm, valueOf, valuesOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { amountToMinorUnits, INSTRUMENT_REQUIRED_FIELDS, newExchangeSchemaFor } from "~/lib/schemas/exchanges";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  const url = new URL(request.url);
  const enterpriseQuery = (url.searchParams.get("enterpriseQ") ?? "").slice(0, 100);
  // A chosen enterprise comes from its search result link (`enterprise`) or, after a new search, from the form itself.
  const chosenId = Number(url.searchParams.get("enterprise") ?? url.searchParams.get("enterpriseId") ?? "");
  // Without JavaScript the enterprise search reloads the page by submitting the request form with GET: what the user
  // had typed and ticked comes back in the query and fills the form again.
  const draftValues = formValues(url.searchParams, ["enterpriseQ", "enterprise", "enterpriseId", "intent", SEARCHED_FOR]);
  const t = getFixedT(locale, ["common", "enterprises"]);
  return {
    locale,
    title: `${t("exchange.new.title")} – ${t("app.name")}`,
    agreements: user.authorityId ? agreementsOfAuthority(user.authorityId, locale) : [],
    themes: questionsByTheme().map((group) => ({ theme: group.theme, questions: group.questions.filter((q) => !q.retired).map((q) => ({ code: q.code, answerType: q.answerType })) })),
    enterpriseQuery,
    // Only enterprises the user's authority knows (need-to-know): another agreement's enterprise is "not found".
    enterpriseMatches: searchKnownEnterprises(enterpriseQuery, user.authorityId).map((m) => ({
      id: m.id,
      label: formatEnterprise(m.name, m.country, m.registrationNumber, locale) + (m.earlierName ? ` – ${t("enterprises:search.earlierName", { name: m.earlierName })}` : ""),
    })),
    chosenEnterprise: getKnownEnterprise(chosenId, user.authorityId),
    countries: PARTNER_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })),
    draftValues,
    draftQuery: new URLSearchParams(Object.entries(draftValues).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).filter(Boolean).map((item) => [name, item]))).toString(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  const actor = actorFor(user, context.clientAddress);
  const formData = await readFormData(request);
  const values = formValues(formData);
  if (!actor) return data({ errors: { form: "exchange.errors.noAuthority" } as FieldErrors, values }, { status: 403 });
  // Enter in a field submits with the hidden default button. If the user typed a new enterprise search and has not
  // run it, Enter means that search (as it did before the search shared the form): run it, keeping what was typed.
  const typedSearch = valueOf(values, "enterpriseQ").trim();
  if (valueOf(values, "intent") === "enter" && typedSearch && typedSearch !== valueOf(values, SEARCHED_FOR).trim()) {
    throw redirect(`?${new URLSearchParams([...formData.entries()].flatMap(([name, item]) => (typeof item === "string" && name !== "intent" && name !== SEARCHED_FOR ? [[name, item]] : []))).toString()}`, 303);
  }
  const form = parseForm(newExchangeSchemaFor(locale, newExchangeChecksFor(actor)), formData);
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });
  const v = form.data;

  let enterprise: Parameters<typeof createExchange>[0]["enterprise"] = null;
  if (v.enterpriseId) {
    const known = getKnownEnterprise(Number(v.enterpriseId), actor.authorityId);
    if (!known) return data({ errors: { enterpriseId: "exchange.errors.enterpriseUnknown" } as FieldErrors, values }, { status: 400 });
    enterprise = { id: known.id };
  } else if (v.enterpriseCountry && v.enterpriseNumber) {
    const checked = validateRegistrationNumber(v.enterpriseCountry, v.enterpriseNumber);
    if (!checked.ok) return data({ errors: { enterpriseNumber: checked.reason } as FieldErrors, values }, { status: 400 });
    const resolved = enterpriseForNewCase({ country: v.enterpriseCountry, registrationNumber: checked.value, name: v.enterpriseName, address: v.enterpriseAddress }, actor.authorityId);
    if ("nameRequired" in resolved) return data({ errors: { enterpriseName: "exchange.errors.enterpriseNameRequired" } as FieldErrors, values }, { status: 400 });
    enterprise = "link" in resolved ? { id: resolved.link, name: v.enterpriseName } : resolved.create;
  }

  const penalty = v.type === "notification_request" || v.type === "recovery_request";
  const result = createExchange(
    {
      agreementId: v.agreementId,
      type: v.type,
      urgency: v.urgency,
      urgencyReason: v.urgencyReason || null,
      subject: v.subject,
      enterprise,
      postedWorkersCount: v.postedWorkersCount === "" ? null : Number(v.postedWorkersCount),
      questionCodes: v.questions,
      freeQuestions: v.freeQuestions.split(/\r?\n/).map((q) => q.trim()).filter(Boolean).slice(0, 50),
      supplementaryText: v.supplementaryText || null,
      language: v.language,
      instrument: penalty
        ? {
            addresseeName: v.addresseeName,
            addresseeAddress: v.addresseeAddress,
            addresseeIdentifier: v.addresseeIdentifier || null,
            factsSummary: v.factsSummary,
            infringementNature: v.infringementNature,
            rulesConcerned: v.rulesConcerned,
            enforceableInstrument: v.enforceableInstrument,
            requestingBody: v.requestingBody,
            challengeBody: v.challengeBody,
            enforceableOn: v.enforceableOn || null,
            penaltyNature: v.penaltyNature,
            amountCents: amountToMinorUnits(v.penaltyAmount),
            currency: v.penaltyCurrency || "EUR",
            notificationDates: v.notificationDates || null,
            noAppealRemains: v.noAppealRemains,
            underlyingClaim: v.underlyingClaim || null,
          }
        : null,
      send: v.intent !== "draft",
    },
    actor,
  );
  if (!result.ok) return data({ errors: result.errors as FieldErrors, values }, { status: 400 });
  throw redirect(withDoneMessage(`/${locale}/cases/exchanges/${result.ref}`, "created"));
}

const isInstrumentRequired = (name: string) => (INSTRUMENT_REQUIRED_FIELDS as readonly string[]).includes(name);

/** The fields in the order the page shows them, so the error summary reads like the form. */
const FIELD_ORDER = ["form", "agreementId", "type", "urgency", "urgencyReason", "subject", "enterpriseId", "enterpriseCountry", "enterpriseNumber", "enterpriseName", "enterpriseAddress", "postedWorkersCount", "questions", "freeQuestions", "supplementaryText", "addresseeName", "addresseeAddress", "addresseeIdentifier", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature", "notificationDates", "underlyingClaim", "enforceableOn", "penaltyAmount", "penaltyCurrency"];

const REQUEST_FORM_ID = "new-exchange";
/** The search shown on the page, sent with the form: a different `enterpriseQ` is a search not run yet. */
const SEARCHED_FOR = "searchedFor";

export default function NewExchange() {
  const { locale, agreements, themes, enterpriseQuery, enterpriseMatches, chosenEnterprise, countries, draftValues, draftQuery } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questions");
  const values = (result?.values ?? draftValues) as FormValues;
  const errors = result?.errors as FieldErrors | undefined;
  const v = (name: string, fallback = "") => valueOf(values, name, fallback);
  const chosenId = v("enterpriseId", chosenEnterprise ? String(chosenEnterprise.id) : "");

  return (
    <>
      <p>
        <Link to={`/${locale}/cases`}>{t("inbox.title")}</Link>
      </p>
      <h1>{t("exchange.new.title")}</h1>
      <p className="lead">{t("exchange.new.lead")}</p>
      {/* The form's default button (the first submit button in tree order): Enter in a field sends the request
          instead of running the enterprise search above. Hidden from everyone: the visible buttons end the form. */}
      <button type="submit" form={REQUEST_FORM_ID} name="intent" value="enter" className="visually-hidden" aria-hidden="true" tabIndex={-1}>
        {t("exchange.new.send")}
      </button>
      <input type="hidden" form={REQUEST_FORM_ID} name={SEARCHED_FOR} value={enterpriseQuery} />

      <section aria-labelledby="enterprise-search" className="card enterprise-search">
        <h2 id="enterprise-search">{t("exchange.new.findEnterprise")}</h2>
        {/* Part of the request form (form attribute), submitted with GET: the search carries what the user has typed. */}
        <div className="search-form" role="search">
          <TextField name="enterpriseQ" form={REQUEST_FORM_ID} type="search" label={t("exchange.new.enterpriseQuery")} hint={t("exchange.new.enterpriseQueryHint")} defaultValue={enterpriseQuery} />
          <button type="submit" form={REQUEST_FORM_ID} formMethod="get" formNoValidate className="button button--secondary">
            {t("search.submit")}
          </button>
        </div>
        {enterpriseQuery ? (
          enterpriseMatches.length ? (
            <ul>
              {enterpriseMatches.map((match) => (
                <li key={match.id}>
                  <Link to={`?${draftQuery ? `${draftQuery}&` : ""}enterprise=${match.id}`}>
                    {t("exchange.new.useEnterprise", { enterprise: match.label })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("exchange.new.noEnterprise")}</p>
          )
        ) : null}
      </section>

      <ErrorSummary errors={errors} order={FIELD_ORDER} />
      <Form method="post" noValidate className="form form--wide" id={REQUEST_FORM_ID}>
        <SelectField
          name="agreementId"
          label={t("exchange.fields.agreement")}
          hint={t("exchange.fields.agreementHint")}
          defaultValue={v("agreementId", agreements.length === 1 ? String(agreements[0]!.id) : "")}
          placeholder={t("exchange.fields.choose")}
          options={agreements.map((a) => ({ value: String(a.id), label: `${a.title} – ${a.partner.name}` }))}
          error={errors?.agreementId}
        />
        <ChoiceGroup
          name="type"
          type="radio"
          legend={t("exchange.fields.type")}
          options={EXCHANGE_TYPES.map((type) => ({ value: type, label: `${t(`enum.exchangeType.${type}`)} – ${t(`exchange.typeHelp.${type}`)}` }))}
          selected={[v("type", "information_request")]}
          error={errors?.type}
        />
        <ChoiceGroup
          name="urgency"
          type="radio"
          legend={t("exchange.fields.urgency")}
          hint={t("exchange.fields.urgencyHint")}
          options={URGENCIES.map((u) => ({ value: u, label: t(`exchange.urgencyHelp.${u}`) }))}
          selected={[v("urgency", "standard")]}
          error={errors?.urgency}
        />
        {/* Not marked optional: an urgent request needs it, and the hint says so. */}
        <TextArea name="urgencyReason" rows={2} label={t("exchange.fields.urgencyReason")} hint={t("exchange.fields.urgencyReasonHint")} defaultValue={v("urgencyReason")} error={errors?.urgencyReason} />
        <TextField name="subject" label={t("exchange.fields.subject")} hint={t("exchange.fields.subjectHint")} defaultValue={v("subject")} error={errors?.subject} />

        {/* The enterprise as a whole is optional; once named, its country and number (and, if new, its name) are not. */}
        <fieldset className="fieldset group" id={fieldId("enterpriseId")} tabIndex={-1} aria-describedby={chosenId && chosenEnterprise ? undefined : "enterprise-hint"}>
          <legend className="group__legend">
            {t("exchange.fields.enterprise")}
            <span className="field__optional"> {t("forms.optional")}</span>
          </legend>
          {errors?.enterpriseId ? (
            <p className="field__error">
              <span className="visually-hidden">{t("forms.errorPrefix")} </span>
              {t(errors.enterpriseId)}
            </p>
          ) : null}
          {chosenId && chosenEnterprise ? (
            <>
              <input type="hidden" name="enterpriseId" value={chosenId} />
              <p>
                {t("exchange.new.chosenEnterprise", { enterprise: formatEnterprise(chosenEnterprise.name, chosenEnterprise.country, chosenEnterprise.registrationNumber, locale) })}{" "}
                <Link to={`?${draftQuery}`}>{t("exchange.new.changeEnterprise")}</Link>
              </p>
            </>
          ) : (
            <>
              <p className="field__hint" id="enterprise-hint">
                {t("exchange.fields.enterpriseHint")}
              </p>
              <SelectField name="enterpriseCountry" label={t("exchange.fields.enterpriseCountry")} defaultValue={v("enterpriseCountry")} placeholder={t("exchange.fields.choose")} options={countries} error={errors?.enterpriseCountry} />
              <TextField name="enterpriseNumber" label={t("exchange.fields.enterpriseNumber")} hint={t("exchange.fields.enterpriseNumberHint")} defaultValue={v("enterpriseNumber")} error={errors?.enterpriseNumber} inputMode="text" spellCheck={false} />
              <TextField name="enterpriseName" label={t("exchange.fields.enterpriseName")} hint={t("exchange.fields.enterpriseNameHint")} defaultValue={v("enterpriseName")} error={errors?.enterpriseName} />
              <TextField name="enterpriseAddress" label={t("exchange.fields.enterpriseAddress")} defaultValue={v("enterpriseAddress")} error={errors?.enterpriseAddress} optional />
            </>
          )}
        </fieldset>
        <TextField name="postedWorkersCount" inputMode="numeric" label={t("exchange.fields.workers")} hint={t("exchange.fields.workersHint")} defaultValue={v("postedWorkersCount")} error={errors?.postedWorkersCount} className="input--short" optional />

        <fieldset className="fieldset group" id={fieldId("questions")} tabIndex={-1} aria-describedby={errors?.questions ? `${fieldId("questions")}-hint ${fieldId("questions")}-error` : `${fieldId("questions")}-hint`}>
          <legend className="group__legend">{t("exchange.fields.questions")}</legend>
          <p className="field__hint" id={`${fieldId("questions")}-hint`}>{t("exchange.fields.questionsHint")}</p>
          {errors?.questions ? (
            <p className="field__error" id={`${fieldId("questions")}-error`}>
              <span className="visually-hidden">{t("forms.errorPrefix")} </span>
              {t(errors.questions)}
            </p>
          ) : null}
          {themes.map((group) => (
            <ChoiceGroup
              key={group.theme}
              groupId={`${fieldId("questions")}-${group.theme}`}
              name="questions"
              type="checkbox"
              legend={tq(`themes.${group.theme}`)}
              options={group.questions.map((q) => ({ value: q.code, label: `${tq(`questions.${q.code}`)} (${tq(`answerTypes.${q.answerType}`)})` }))}
              selected={valuesOf(values, "questions")}
            />
          ))}
          <TextArea name="freeQuestions" rows={4} label={t("exchange.fields.freeQuestions")} hint={t("exchange.fields.freeQuestionsHint")} defaultValue={v("freeQuestions")} error={errors?.freeQuestions} optional />
          <TextArea name="supplementaryText" rows={4} label={t("exchange.fields.supplementary")} defaultValue={v("supplementaryText")} error={errors?.supplementaryText} optional />
          <TextLanguageField name="language" hint={t("exchange.fields.languageHint")} defaultValue={v("language", locale)} />
        </fieldset>

        <fieldset className="fieldset group">
          <legend className="group__legend">{t("exchange.instrument.title")}</legend>
          <p className="field__hint">{t("exchange.instrument.hint")}</p>
          {(["addresseeName", "addresseeAddress", "addresseeIdentifier", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature", "notificationDates", "underlyingClaim"] as const).map((name) =>
            ["factsSummary", "infringementNature", "rulesConcerned", "underlyingClaim"].includes(name) ? (
              <TextArea key={name} name={name} rows={3} label={t(`exchange.instrument.${name}`)} defaultValue={v(name)} error={errors?.[name]} optional={!isInstrumentRequired(name)} />
            ) : (
              <TextField key={name} name={name} label={t(`exchange.instrument.${name}`)} defaultValue={v(name)} error={errors?.[name]} optional={!isInstrumentRequired(name)} />
            ),
          )}
          <TextField name="enforceableOn" type="date" label={t("exchange.instrument.enforceableOn")} defaultValue={v("enforceableOn")} error={errors?.enforceableOn} optional />
          <TextField name="penaltyAmount" inputMode="decimal" label={t("exchange.instrument.penaltyAmount")} hint={t("exchange.instrument.penaltyAmountHint")} defaultValue={v("penaltyAmount")} error={errors?.penaltyAmount} className="input--short" />
          <SelectField name="penaltyCurrency" label={t("exchange.instrument.penaltyCurrency")} defaultValue={v("penaltyCurrency")} placeholder={t("exchange.fields.choose")} options={CURRENCIES.map((c) => ({ value: c, label: c }))} error={errors?.penaltyCurrency} />
          <ChoiceGroup name="noAppealRemains" type="checkbox" legend={t("exchange.instrument.finality")} options={[{ value: "yes", label: t("exchange.instrument.noAppealRemains") }]} selected={valuesOf(values, "noAppealRemains")} />
        </fieldset>

        <div className="button-row">
          <button type="submit" name="intent" value="send" className="button">
            {t("exchange.new.send")}
          </button>
          <button type="submit" name="intent" value="draft" className="button button--secondary">
            {t("forms.saveDraft")}
          </button>
        </div>
      </Form>
    </>
  );
}
