import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { attachmentsForCase } from "~/.server/attachments";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { actorFor, addExchangeMessage, answerableQuestions, getExchangeCase, transitionExchange, type AnswerInput } from "~/.server/exchanges";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { Attachments } from "~/components/attachments";
import { RetentionNotice, WithheldText } from "~/components/retention-notice";
import { ErrorSummary, SelectField, TextArea } from "~/components/forms";
import { DueTag } from "~/components/due-tag";
import { ExchangeAnswerFields } from "~/components/exchange-answer-fields";
import { ConfirmStep, DoneMessage, withDoneMessage } from "~/components/feedback";
import { TextIn, TextLanguageField, WrittenIn } from "~/components/written-in";
import { dueStatus } from "~/domain/due-status";
import { exchangeAwaitsReply, type ExchangeAction } from "~/domain/exchange-workflow";
import { findQuestion } from "~/domain/question-catalogue";
import { EXCHANGE_REFERENCE } from "~/domain/references";
import type { Locale } from "~/domain/vocabulary";
import { countryName, formatDate, formatDateTime, formatEnterprise, formatMoney } from "~/lib/format";
import { parseForm, type FieldErrors, type FormValues } from "~/lib/forms";
import { answersSchema } from "~/lib/schemas/exchange-answers";
import { exchangeActionSchema, messageSchema, RECOVERY_REFUSAL_THRESHOLD_EUR_CENTS } from "~/lib/schemas/exchanges";


export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  const ref = params.ref ?? "";
  const found = EXCHANGE_REFERENCE.test(ref) ? getExchangeCase(ref, user, locale, context.clientAddress) : null;
  if (!found) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  const e = found.exchange;
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : null);
  const instant = (iso: string) => formatDateTime(iso, locale);
  const explanation = found.dueExplanation;
  return {
    locale,
    title: `${e.ref} – ${t("app.name")}`,
    side: found.side,
    retention: found.retention,
    exchange: {
      ref: e.ref,
      type: e.type,
      status: e.status,
      urgency: e.urgency,
      urgencyReason: e.urgencyReason,
      subject: e.subject,
      version: e.version,
      postedWorkersCount: e.postedWorkersCount,
      sentOn: date(e.sentOn),
      dueOn: date(e.dueOn),
      declineReason: e.declineReason,
      due: dueStatus(e.dueOn, today(), exchangeAwaitsReply(e)),
    },
    dueText: explanation
      ? [
          t("exchange.due.explanation", {
            count: explanation.workingDays,
            inCountry: t(`inCountry.${found.requested.country}`),
            skipped: explanation.skippedHolidays.map((h) => `${t(`enum.holiday.${h.key}`)} (${formatDate(h.date, locale)})`).join(", "),
            context: explanation.weekendsOnly ? "weekendsOnly" : explanation.skippedHolidays.length ? "holidays" : undefined,
          }),
          t(`casework:due.source.${explanation.source}`, { context: explanation.source === "directive" ? e.urgency : undefined }),
        ].join(" ")
      : null,
    agreement: found.agreement,
    requesting: found.requesting.name,
    requested: found.requested.name,
    enterprise: found.enterprise ? { name: found.enterprise.name, number: found.enterprise.registrationNumber, country: countryName(found.enterprise.country, locale), label: formatEnterprise(found.enterprise.name, found.enterprise.country, found.enterprise.registrationNumber, locale), key: `${found.enterprise.country}-${found.enterprise.registrationNumber}` } : null,
    questions: found.questions.map((q) => ({
      id: q.id,
      code: q.questionCode,
      answerType: q.questionCode ? (findQuestion(q.questionCode)?.answerType ?? "text") : "text",
      amountKind: q.questionCode ? (findQuestion(q.questionCode)?.amountKind ?? null) : null,
      text: q.supplementaryText,
      textLanguage: q.supplementaryLanguage,
      answerValue: q.answerValue,
      answerText: q.answerText,
      answerLanguage: q.answerLanguage,
      answered: q.answeredAt !== null,
    })),
    instrument: found.instrument
      ? {
          ...found.instrument,
          amount: formatMoney(found.instrument.amountCents, found.instrument.currency, locale),
          belowThreshold:
            e.type === "recovery_request" && found.instrument.currency === "EUR" && found.instrument.amountCents < RECOVERY_REFUSAL_THRESHOLD_EUR_CENTS,
        }
      : null,
    attachments: attachmentsForCase({ kind: "exchange", ref: e.ref }, user, locale),
    actions: found.actions,
    forwardTargets: found.forwardTargets,
    violations: found.violations.map((v) => ({ ...v, foundOn: formatDate(v.foundOn, locale), fine: v.fineAmountCents && v.fineCurrency ? formatMoney(v.fineAmountCents, v.fineCurrency, locale) : null })),
    timeline: [
      ...found.events.map((ev) => ({ kind: "event" as const, at: ev.at, when: instant(ev.at), action: ev.action, to: ev.to, who: [ev.user, ev.authority].filter(Boolean).join(", "), note: ev.note, noteLanguage: ev.noteLanguage })),
      ...found.messages.map((m) => ({ kind: "message" as const, at: m.at, when: instant(m.at), action: null, to: null, who: [m.user, m.authority].filter(Boolean).join(", "), note: m.body, noteLanguage: m.language })),
    ].sort((a, b) => a.at.localeCompare(b.at)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

/** Answers typed in the answer form: `answer-<id>` (value) and `answer-<id>-text` (free text). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  const actor = actorFor(user, context.clientAddress);
  const ref = params.ref ?? "";
  if (!actor || !EXCHANGE_REFERENCE.test(ref)) throw data(null, { status: 404 });
  const formData = await readFormData(request);

  if (formData.get("intent") === "message") {
    const form = parseForm(messageSchema, formData);
    if (!form.ok) return data({ errors: form.errors, changed: null }, { status: 400 });
    if (!addExchangeMessage(ref, form.data.body, form.data.language, actor)) throw data(null, { status: 404 });
    throw redirect(`/${locale}/cases/exchanges/${ref}#timeline`);
  }

  const form = parseForm(exchangeActionSchema, formData);
  if (!form.ok) return data({ errors: form.errors, changed: null }, { status: 400 });
  const { action: step, version, reason, message, forwardTo } = form.data;
  let answers: AnswerInput[] | undefined;
  if (step === "answer" || step === "answer_partially" || step === "respond_to_clarification") {
    const questions = answerableQuestions(ref, actor.authorityId);
    if (!questions) throw data(null, { status: 404 });
    const parsed = parseForm(answersSchema(questions, { locale, today: today(), complete: step !== "answer_partially" }), formData);
    if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, changed: null }, { status: 400 });
    answers = parsed.data;
  }
  // Irreversible steps are checked first and done only once the user has confirmed what they entered.
  const awaitsConfirmation = isConfirmedStep(step) && formData.get("confirmed") !== "yes";
  const result = transitionExchange(
    ref,
    step as ExchangeAction,
    { expectedVersion: version, input: { reason: reason || undefined, message: message || undefined, forwardTo: forwardTo ? { authorityId: forwardTo, country: "" } : undefined }, answers, language: locale as Locale, dryRun: awaitsConfirmation },
    actor,
  );
  if (!result.ok) {
    if (result.reason === "exchange.errors.notFound") throw data(null, { status: 404 });
    const field = WORKFLOW_ERROR_FIELDS[result.reason] ?? "form";
    return data({ errors: { [field]: result.reason } as FieldErrors, changed: result.changed ?? null }, { status: result.changed ? 409 : 400 });
  }
  if (awaitsConfirmation && isConfirmedStep(step)) {
    // The confirm step sends back exactly what was typed (amounts with their currency, in the reader's format).
    const typed = [...formData.entries()].filter((entry): entry is [string, string] => entry[0].startsWith("answer-") && typeof entry[1] === "string");
    return { errors: undefined, changed: null, confirm: { step, version, reason, answers: answers ?? [], typed } };
  }
  throw redirect(isConfirmedStep(step) ? withDoneMessage(`/${locale}/cases/exchanges/${ref}`, step) : `/${locale}/cases/exchanges/${ref}`);
}

/** Steps that cannot be undone: the user sees what they entered and confirms it first. */
const CONFIRMED_STEPS = ["answer", "decline", "withdraw"] as const;
const isConfirmedStep = (step: string): step is (typeof CONFIRMED_STEPS)[number] => (CONFIRMED_STEPS as readonly string[]).includes(step);

/** A refusal about one input is shown beside that input. */
const WORKFLOW_ERROR_FIELDS: Record<string, string> = {
  "workflow.reasonRequired": "reason",
  "workflow.messageRequired": "message",
  "workflow.forwardTargetRequired": "forwardTo",
  "workflow.forwardSameCountryOnly": "forwardTo",
  "workflow.forwardSameAuthority": "forwardTo",
};

export default function ExchangeCase() {
  const c = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const { t: tq } = useTranslation("questions");
  const busy = useNavigation().state !== "idle";
  const errors = result?.errors as FieldErrors | undefined;
  const { t: tf } = useTranslation("feedback");
  const confirm = result && "confirm" in result ? result.confirm : null;
  // While confirming, the forms below show what was typed, so going back keeps it.
  const values = result && "values" in result ? (result.values as FormValues) : confirm?.step === "answer" ? (Object.fromEntries(confirm.typed) as FormValues) : undefined;
  const questions = c.questions;
  const { exchange: e, locale } = c;
  const canAnswer = c.actions.includes("answer") || c.actions.includes("respond_to_clarification");
  const answerAction: ExchangeAction = c.actions.includes("respond_to_clarification") ? "respond_to_clarification" : "answer";
  const simpleActions = c.actions.filter((a) => ["accept", "send", "close", "withdraw"].includes(a));

  return (
    <>
      <p>
        <Link to={`/${locale}/cases`}>{t("inbox.title")}</Link>
      </p>
      <h1>
        {e.ref}
        <span className="h1-sub">{e.subject}</span>
      </h1>
      <ErrorSummary errors={errors} order={["form", "answers", "reason", "message", "forwardTo", "body"]} />
      <DoneMessage />
      {confirm ? (
        <ConfirmStep
          intro={tf(`confirm.intro.${confirm.step}`, { ref: e.ref })}
          confirmLabel={tf(`confirm.button.${confirm.step}`)}
          backHref={confirm.step === "answer" ? "#questions-title" : "#actions-title"}
          warning={confirm.step !== "answer"}
          fields={[
            ["action", confirm.step],
            ["version", String(confirm.version)],
            ["reason", confirm.reason],
            ...confirm.typed,
          ]}
        >
          {confirm.step === "decline" ? (
            <dl className="summary-list">
              <dt>{tf("confirm.reason")}</dt>
              <dd>{confirm.reason}</dd>
            </dl>
          ) : confirm.step === "answer" ? (
            <dl className="summary-list">
              {confirm.answers.map((a) => {
                const q = c.questions.find((question) => question.id === a.questionId);
                const value = a.value ? (q?.answerType === "yes_no" ? t(`exchange.answer.${a.value}`) : a.value) : null;
                return (
                  <Fragment key={a.questionId}>
                    <dt>{q?.code ? tq(`questions.${q.code}`) : q?.text}</dt>
                    <dd>{[value, a.text].filter(Boolean).join(" – ") || tf("confirm.noAnswer")}</dd>
                  </Fragment>
                );
              })}
            </dl>
          ) : null}
        </ConfirmStep>
      ) : null}
      <RetentionNotice retention={c.retention} locale={locale} />
      {result?.changed ? (
        <div className="notice notice--warning" role="alert">
          <p>{t("exchange.changed.intro", { status: t(`enum.exchangeStatus.${result.changed.status}`) })}</p>
          <ul>
            {result.changed.events.map((ev, i) => (
              <li key={i}>{ev.action ? t(`enum.exchangeAction.${ev.action}`, { defaultValue: ev.action }) : ""}</li>
            ))}
          </ul>
          <p>
            <Link to="." reloadDocument>
              {t("exchange.changed.reload")}
            </Link>
          </p>
        </div>
      ) : null}

      <dl className="summary-list">
        <dt>{t("exchange.fields.type")}</dt>
        <dd>{t(`enum.exchangeType.${e.type}`)}</dd>
        <dt>{t("inbox.status")}</dt>
        <dd>
          <span className="tag">{t(`enum.exchangeStatus.${e.status}`)}</span>
          {e.declineReason ? ` – ${e.declineReason}` : ""}
        </dd>
        <dt>{t("exchange.fields.urgency")}</dt>
        <dd>
          {t(`enum.urgency.${e.urgency}`)}
          {e.urgencyReason ? ` – ${e.urgencyReason}` : ""}
        </dd>
        <dt>{t("exchange.fields.agreement")}</dt>
        <dd>{c.agreement.title}</dd>
        <dt>{t("exchange.case.from")}</dt>
        <dd>{c.requesting}</dd>
        <dt>{t("exchange.case.to")}</dt>
        <dd>{c.requested}</dd>
        {e.sentOn ? (
          <>
            <dt>{t("exchange.case.sentOn")}</dt>
            <dd>{e.sentOn}</dd>
          </>
        ) : null}
        {e.dueOn ? (
          <>
            <dt>{t("inbox.due")}</dt>
            <dd>
              <strong>{e.dueOn}</strong>{" "}
              <DueTag due={e.due} />
              {c.dueText ? <span className="due-explanation">{c.dueText}</span> : null}
            </dd>
          </>
        ) : null}
        {c.enterprise ? (
          <>
            <dt>{t("exchange.fields.enterprise")}</dt>
            <dd>
              <Link to={`/${locale}/enterprises/${c.enterprise.key}`}>{c.enterprise.label}</Link>, {c.enterprise.country}
              {" · "}
              <Link to={`/${locale}/cases/enterprise-details/new?exchange=${e.ref}`}>{t("enterprises:details.fromCase")}</Link>
            </dd>
          </>
        ) : null}
        {e.postedWorkersCount !== null ? (
          <>
            <dt>{t("exchange.fields.workers")}</dt>
            <dd>{e.postedWorkersCount}</dd>
          </>
        ) : null}
      </dl>

      {c.instrument ? (
        <section aria-labelledby="instrument-title">
          <h2 id="instrument-title">{t("exchange.instrument.title")}</h2>
          {c.instrument.belowThreshold ? (
            <div className="notice notice--warning">
              <p>{t("exchange.instrument.belowThreshold")}</p>
            </div>
          ) : null}
          <dl className="summary-list">
            {(["addresseeName", "addresseeAddress", "addresseeIdentifier", "factsSummary", "infringementNature", "rulesConcerned", "enforceableInstrument", "requestingBody", "challengeBody", "penaltyNature", "notificationDates", "underlyingClaim"] as const).map((field) =>
              c.instrument?.[field] ? (
                <div key={field} className="summary-list__row">
                  <dt>{t(`exchange.instrument.${field}`)}</dt>
                  <dd>{c.instrument[field]}</dd>
                </div>
              ) : null,
            )}
            <div className="summary-list__row">
              <dt>{t("exchange.instrument.penaltyAmount")}</dt>
              <dd>{c.instrument.amount}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t("exchange.instrument.finality")}</dt>
              <dd>{c.instrument.noAppealRemains ? t("exchange.instrument.noAppealRemains") : t("exchange.instrument.appealPossible")}</dd>
            </div>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t("exchange.fields.questions")}</h2>
        {canAnswer ? null : (
          <ol className="questions">
            {c.questions.map((q) => (
              <li key={q.id}>
                <p className="question__text">
                  {q.code ? (
                    <>
                      {tq(`questions.${q.code}`)}
                    </>
                  ) : q.text === null && c.retention.withheld ? (
                    <WithheldText retention={c.retention} />
                  ) : (
                    <span lang={q.textLanguage ?? undefined}>{q.text}</span>
                  )}
                  {!q.code && q.text !== null ? <WrittenIn language={q.textLanguage} locale={locale} /> : null}
                </p>
                {q.answerValue || q.answerText ? (
                  <p className="question__answer">
                    <strong>{t("exchange.case.answer")}:</strong> {q.answerValue ? (q.answerType === "yes_no" ? t(`exchange.answer.${q.answerValue}`, { defaultValue: q.answerValue }) : q.answerValue) : ""}
                    {q.answerText ? (
                      <span lang={q.answerLanguage ?? undefined}>
                        {q.answerValue ? " – " : ""}
                        {q.answerText}
                      </span>
                    ) : null}
                    {q.answerText ? <WrittenIn language={q.answerLanguage} locale={locale} /> : null}
                  </p>
                ) : q.answered && c.retention.withheld ? (
                  <WithheldText retention={c.retention} />
                ) : (
                  <p className="muted">{t("exchange.case.notAnswered")}</p>
                )}
              </li>
            ))}
          </ol>
        )}
        {canAnswer ? (
          <Form method="post" noValidate className="form form--wide">
            <input type="hidden" name="version" value={e.version} />
            <ol className="questions">
              {questions.map((q) => (
                <li key={q.id}>
                  <fieldset className="fieldset">
                    <legend className="question__text">
                      {q.code ? (
                        <>
                          {tq(`questions.${q.code}`)}
                        </>
                      ) : (
                        <span lang={q.textLanguage ?? undefined}>{q.text}</span>
                      )}
                    </legend>
                    <ExchangeAnswerFields question={q} errors={errors} values={values} locale={locale} />
                  </fieldset>
                </li>
              ))}
            </ol>
            <div className="button-row">
              <button type="submit" name="action" value={answerAction} className="button" disabled={busy}>
                {t(`exchange.actions.${answerAction}`)}
              </button>
              {c.actions.includes("answer_partially") ? (
                <button type="submit" name="action" value="answer_partially" className="button button--secondary" disabled={busy}>
                  {t("exchange.actions.answer_partially")}
                </button>
              ) : null}
            </div>
          </Form>
        ) : null}
      </section>

      {simpleActions.length || c.actions.includes("decline") || c.actions.includes("request_clarification") || c.actions.includes("forward") ? (
        <section aria-labelledby="actions-title" className="case-actions">
          <h2 id="actions-title">{t("exchange.case.nextSteps")}</h2>
          {simpleActions.length ? (
            <div className="button-row">
              {simpleActions.map((step) => (
                <Form method="post" key={step}>
                  <input type="hidden" name="version" value={e.version} />
                  <button type="submit" name="action" value={step} className={`button${step === "withdraw" ? " button--secondary" : ""}`} disabled={busy}>
                    {t(`exchange.actions.${step}`)}
                  </button>
                </Form>
              ))}
            </div>
          ) : null}
          {c.actions.includes("request_clarification") ? (
            <Form method="post" className="form action-form">
              <input type="hidden" name="version" value={e.version} />
              <TextArea name="message" rows={3} label={t("exchange.case.clarificationLabel")} error={errors?.message} />
              <button type="submit" name="action" value="request_clarification" className="button button--secondary" disabled={busy}>
                {t("exchange.actions.request_clarification")}
              </button>
            </Form>
          ) : null}
          {c.actions.includes("decline") ? (
            <Form method="post" className="form action-form">
              <input type="hidden" name="version" value={e.version} />
              <TextArea name="reason" rows={2} label={t("exchange.case.declineLabel")} error={errors?.reason} defaultValue={confirm?.step === "decline" ? confirm.reason : undefined} />
              <button type="submit" name="action" value="decline" className="button button--warning" disabled={busy}>
                {t("exchange.actions.decline")}
              </button>
            </Form>
          ) : null}
          {c.actions.includes("forward") && c.forwardTargets.length ? (
            <Form method="post" className="form action-form">
              <input type="hidden" name="version" value={e.version} />
              <SelectField name="forwardTo" label={t("exchange.case.forwardLabel")} placeholder={t("exchange.fields.choose")} options={c.forwardTargets.map((a) => ({ value: String(a.id), label: a.name }))} error={errors?.forwardTo} />
              <button type="submit" name="action" value="forward" className="button button--secondary" disabled={busy}>
                {t("exchange.actions.forward")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="violations-title">
        <h2 id="violations-title">{t("exchange.case.violations")}</h2>
        {c.violations.length ? (
          <ul>
            {c.violations.map((v) => (
              <li key={v.id}>
                {t(`enum.violationCategory.${v.category}`)} · {v.foundOn} · {t(`enum.sanction.${v.sanction}`)}
                {v.fine ? ` (${v.fine})` : ""}
                {v.legalReference ? ` · ${v.legalReference}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("exchange.case.noViolations")}</p>
        )}
        {c.side === "requester" || e.status !== "draft" ? (
          <p>
            <Link to={`/${locale}/cases/violations/new?exchange=${e.ref}`}>{t("exchange.case.recordViolation")}</Link>
          </p>
        ) : null}
      </section>

      <Attachments locale={locale} {...c.attachments} />

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("exchange.case.timeline")}</h2>
        <ol className="timeline">
          {c.timeline.map((item, index) => (
            <li key={index} className={`timeline__item timeline__item--${item.kind}`}>
              <p className="timeline__meta">
                <time dateTime={item.at}>{item.when}</time> · {item.who || t("exchange.case.system")}
              </p>
              {item.kind === "event" ? (
                <p>
                  <strong>{item.action ? t(`enum.exchangeAction.${item.action}`, { defaultValue: item.action }) : t(`enum.exchangeStatus.${item.to}`)}</strong>
                  {item.to ? ` → ${t(`enum.exchangeStatus.${item.to}`)}` : ""}
                </p>
              ) : null}
              {item.note ? (
                <p className="timeline__text">
                  <TextIn text={item.note} language={item.noteLanguage} locale={locale} />
                </p>
              ) : item.kind === "message" && c.retention.withheld ? (
                <WithheldText retention={c.retention} />
              ) : null}
            </li>
          ))}
        </ol>
        <Form method="post" className="form form--wide">
          <input type="hidden" name="intent" value="message" />
          <TextArea name="body" rows={4} label={t("exchange.case.messageLabel")} hint={t("exchange.case.messageHint")} error={errors?.body} />
          <TextLanguageField name="language" defaultValue={locale} />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("exchange.case.sendMessage")}
          </button>
        </Form>
      </section>
    </>
  );
}
