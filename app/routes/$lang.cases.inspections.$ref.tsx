import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { attachmentsForCase } from "~/.server/attachments";
import { Attachments } from "~/components/attachments";
import { RetentionNotice, WithheldText } from "~/components/retention-notice";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import {
  actorFor,
  addFollowUpAction,
  addInspectionMessage,
  addReportEntry,
  completeFollowUpAction,
  getInspectionCase,
  inspectionCaseView,
  saveInspectionPlan,
  transitionInspection,
  type WriteResult,
} from "~/.server/inspections";
import { requireLocale } from "~/.server/route-params";
import { INSPECTION_REFERENCE } from "~/domain/references";
import { ConfirmStep, DONE_KEYS, DoneMessage, withDoneMessage, type DoneKey } from "~/components/feedback";
import { TextIn, TextLanguageField } from "~/components/written-in";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/components/forms";
import { DueTag } from "~/components/due-tag";
import { AgenciesAndLanguageRows, FindingText, InspectionPlanDetails } from "~/components/inspection-record";
import type { InspectionAction } from "~/domain/inspection-workflow";
import type { Locale } from "~/domain/vocabulary";
import { countryName } from "~/lib/format";
import { formValues, parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { messageSchema } from "~/lib/schemas/exchanges";
import {
  followUpDoneSchema,
  followUpSchemaFor,
  inspectionErrorKeys,
  ORIGIN_COUNTRIES,
  parseTeamRows,
  parseWorkerRows,
  planSchemaFor,
  reportEntrySchema,
  TEAM_ROLES,
  TEAM_ROWS,
  transitionErrorField,
  transitionFields,
  transitionSchema,
  WORKER_COUNT_ROWS,
} from "~/lib/schemas/inspections";

const REF = INSPECTION_REFERENCE;

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:inspection:own-authority");
  const ref = params.ref ?? "";
  const reportVersion = Number(new URL(request.url).searchParams.get("report") ?? "");
  const found = REF.test(ref)
    ? getInspectionCase(ref, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress }, locale, { reportVersion: Number.isSafeInteger(reportVersion) && reportVersion > 0 ? reportVersion : undefined })
    : null;
  if (!found) throw data(null, { status: 404 });
  return {
    ...inspectionCaseView(found, locale),
    attachments: attachmentsForCase({ kind: "inspection", ref }, user, locale),
    title: `${found.inspection.ref} – ${getFixedT(locale)("app.name")}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

/** What a step that cannot be undone is about to do, shown for the user to confirm (see ConfirmStep). */
type PendingStep = { step: ConfirmedStep; version: number; reason: string; language: Locale };
type ActionResult = { intent: string; action: string | null; errors: FieldErrors; values: FormValues; changed: Extract<WriteResult, { ok: false }>["changed"] | null; confirm?: PendingStep };

/** Steps that cannot be undone: the user sees what they entered and confirms it first, as on exchanges. */
const CONFIRMED_STEPS = ["decline", "withdraw"] as const;
type ConfirmedStep = (typeof CONFIRMED_STEPS)[number];
const isConfirmedStep = (step: string): step is ConfirmedStep => (CONFIRMED_STEPS as readonly string[]).includes(step);
const isDoneKey = (key: string): key is DoneKey => (DONE_KEYS as readonly string[]).includes(key);

function refused(intent: string, values: FormValues, errors: FieldErrors, status = 400, changed: ActionResult["changed"] = null, action: string | null = null) {
  return data<ActionResult>({ intent, action, errors: inspectionErrorKeys(errors), values, changed }, { status });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:inspection:own-authority");
  const actor = actorFor(user, context.clientAddress);
  const ref = params.ref ?? "";
  if (!actor || !REF.test(ref)) throw data(null, { status: 404 });
  const formData = await readFormData(request);
  const values = formValues(formData);
  const intent = String(formData.get("intent") ?? "");
  const here = `/${locale}/cases/inspections/${ref}`;
  /** A service refusal: 404 when the case is not ours, 409 with what changed when stale, else the message. */
  const outcome = (result: WriteResult & { field?: string }, field: string, done: DoneKey | null, action: string | null = null) => {
    // After a change the page says what happened, with focus on the message; other steps return to the status.
    if (result.ok) throw redirect(done ? withDoneMessage(here, done) : `${here}#case-status`);
    if (result.reason === "errors.notFound") throw data(null, { status: 404 });
    if (result.changed) return refused(intent, values, { form: result.reason }, 409, result.changed, action);
    return refused(intent, values, { [result.field ?? field]: result.reason }, 400, null, action);
  };

  switch (intent) {
    case "message": {
      const form = parseForm(messageSchema, formData);
      if (!form.ok) return refused(intent, values, form.errors);
      if (!addInspectionMessage(ref, form.data.body, form.data.language, actor)) throw data(null, { status: 404 });
      throw redirect(withDoneMessage(here, "message"));
    }
    case "transition": {
      const form = parseForm(transitionSchema, formData);
      if (!form.ok) return refused(intent, values, form.errors);
      const step = form.data.action as InspectionAction;
      const { language, ...input } = transitionFields(step, values, locale);
      // Irreversible steps are checked first (nothing written) and done only once the user has confirmed them.
      const awaitsConfirmation = isConfirmedStep(step) && formData.get("confirmed") !== "yes";
      const result = transitionInspection(ref, step, { expectedVersion: form.data.version, input, language, dryRun: awaitsConfirmation }, actor);
      if (!result.ok && !result.changed && result.reason !== "errors.notFound") return refused(intent, values, { [transitionErrorField(step, result.reason)]: result.reason }, 400, null, step);
      if (result.ok && isConfirmedStep(step)) {
        if (awaitsConfirmation) return data<ActionResult>({ intent, action: step, errors: {}, values, changed: null, confirm: { step, version: form.data.version, reason: input.reason ?? "", language } });
        throw redirect(withDoneMessage(here, step));
      }
      const done = `inspection_${step}`;
      return outcome(result, "form", isDoneKey(done) ? done : null, step);
    }
    case "plan": {
      const form = parseForm(planSchemaFor(locale), formData);
      const team = parseTeamRows(values);
      if (!form.ok || Object.keys(team.errors).length) return refused(intent, values, { ...(form.ok ? {} : form.errors), ...team.errors });
      const v = form.data;
      const result = saveInspectionPlan(
        ref,
        { inspectionOn: v.inspectionOn, meetingPoint: v.meetingPoint, visitingOfficialsRole: v.visitingOfficialsRole, documentsToRequest: v.documentsToRequest, language: v.planLanguage, team: team.rows },
        { expectedVersion: v.version, schedule: v.schedule === "schedule", language: locale },
        actor,
      );
      return outcome(result, "inspectionOn", "plan");
    }
    case "report": {
      const form = parseForm(reportEntrySchema, formData);
      const workers = parseWorkerRows(values);
      if (!form.ok || Object.keys(workers.errors).length) return refused(intent, values, { ...(form.ok ? {} : form.errors), ...workers.errors });
      const v = form.data;
      const result = addReportEntry(ref, { enterpriseId: v.enterpriseId, findings: v.findings, documentsInspected: v.documentsInspected, language: v.findingsLanguage, workerCounts: workers.rows }, { expectedVersion: v.version }, actor);
      return outcome(result, "findings", "finding");
    }
    case "followUp": {
      const form = parseForm(followUpSchemaFor(locale), formData);
      if (!form.ok) return refused(intent, values, form.errors);
      const v = form.data;
      const result = addFollowUpAction(ref, { description: v.description, language: v.descriptionLanguage, ownerAuthorityId: v.owner, dueOn: v.dueOn || null }, { expectedVersion: v.version }, actor);
      return outcome(result, "description", "follow_up");
    }
    case "followUpDone": {
      const form = parseForm(followUpDoneSchema, formData);
      if (!form.ok) return refused(intent, values, form.errors);
      return outcome(completeFollowUpAction(ref, form.data.followUpId, { expectedVersion: form.data.version }, actor), "form", "follow_up_done");
    }
    default:
      return refused(intent, values, { form: "workflow.notAllowed" });
  }
}

/** Actions shown as their own small forms in "Next steps" (scheduling goes through the plan). */
const STEP_ACTIONS: readonly InspectionAction[] = ["request", "accept", "counter_propose", "decline", "accept_proposal", "mark_conducted", "report", "close", "withdraw"];

export default function InspectionCasePage() {
  const c = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("inspections");
  const { t: tf } = useTranslation("feedback");
  const busy = useNavigation().state !== "idle";
  const errors = result?.errors;
  const confirm = result?.confirm ?? null;
  const { inspection: i, locale } = c;
  const mine = (intent: string, action?: string) => result?.intent === intent && (action === undefined || result.action === action);
  /** What the user typed in this form, if it was the one sent; else the fallback. */
  const typed = (intent: string, name: string, fallback = "", action?: string) => (mine(intent, action) ? valueOf(result?.values, name, fallback) : fallback);
  const steps = c.actions.filter((a) => STEP_ACTIONS.includes(a));
  const canSchedule = c.actions.includes("schedule") || c.actions.includes("reschedule");

  return (
    <>
      <p className="no-print">
        <Link to={`/${locale}/cases/inspections`}>{t("list.title")}</Link>
      </p>
      <h1>
        {i.ref}
        <span className="h1-sub">
          {t(`common:enum.inspectionMode.${i.mode}`)} · {i.municipality}, {i.hostCountry}
        </span>
      </h1>
      <ErrorSummary errors={errors} order={["form"]} />
      <DoneMessage />
      {confirm ? (
        <ConfirmStep
          intro={tf(`confirm.intro.${confirm.step}`, { ref: i.ref })}
          confirmLabel={tf(`confirm.button.${confirm.step}`)}
          backHref="#next-steps"
          warning
          fields={[
            ["intent", "transition"],
            ["action", confirm.step],
            ["version", String(confirm.version)],
            [`${confirm.step}-reason`, confirm.reason],
            [`${confirm.step}-language`, confirm.language],
          ]}
        >
          {confirm.reason ? (
            <dl className="summary-list">
              <dt>{tf("confirm.reason")}</dt>
              <dd className="prewrap">
                <TextIn text={confirm.reason} language={confirm.language} locale={locale} />
              </dd>
            </dl>
          ) : null}
        </ConfirmStep>
      ) : null}
      <RetentionNotice retention={c.retention} locale={locale} />
      {result?.changed ? (
        <div className="notice notice--warning" role="alert">
          <p>{t("common:exchange.changed.intro", { status: t(`common:enum.inspectionStatus.${result.changed.status}`) })}</p>
          <ul>
            {result.changed.events.map((ev, n) => (
              <li key={n}>{ev.action ? t(`events.${ev.action}`, { defaultValue: ev.action }) : ""}</li>
            ))}
          </ul>
          <p>
            <Link to="." reloadDocument>
              {t("common:exchange.changed.reload")}
            </Link>
          </p>
        </div>
      ) : null}

      <section aria-labelledby="case-status">
        <h2 id="case-status" className="visually-hidden">
          {t("case.overview")}
        </h2>
        <dl className="summary-list">
          <dt>{t("case.status")}</dt>
          <dd>
            <span className="tag">{t(`common:enum.inspectionStatus.${i.status}`)}</span>
            {i.declineReason ? (
              <>
                {" – "}
                <TextIn text={i.declineReason} language={i.declineReasonLanguage} locale={locale} />
              </>
            ) : null}
          </dd>
          <dt>{t("fields.mode")}</dt>
          <dd>{t(`modeHelp.${i.mode}`)}</dd>
          <dt>{t("fields.agreement")}</dt>
          <dd>{c.agreement}</dd>
          <dt>{t("case.requestedBy")}</dt>
          <dd>{c.requesting.name}</dd>
          <dt>{t("case.partner")}</dt>
          <dd>{c.partner.name}</dd>
          <dt>{t("fields.hostCountry")}</dt>
          <dd>{i.hostCountry}</dd>
          {i.requestedOn ? (
            <>
              <dt>{t("case.requestedOn")}</dt>
              <dd>{i.requestedOn}</dd>
            </>
          ) : null}
          {i.responseDueOn ? (
            <>
              <dt>{t("case.responseDue")}</dt>
              <dd>
                <strong>{i.responseDueOn}</strong>{" "}
                <DueTag due={i.responseDue} />
                {c.dueText ? <span className="due-explanation">{c.dueText}</span> : null}
              </dd>
            </>
          ) : null}
          {i.window ? (
            <>
              <dt>{t("fields.window")}</dt>
              <dd>{i.window}</dd>
            </>
          ) : null}
          {i.scheduledOn ? (
            <>
              <dt>{t("case.agreedDate")}</dt>
              <dd>
                <strong>{i.scheduledOn}</strong>
              </dd>
            </>
          ) : null}
          {i.conductedOn ? (
            <>
              <dt>{t("case.conductedOn")}</dt>
              <dd>{i.conductedOn}</dd>
            </>
          ) : null}
          {i.reportDueOn ? (
            <>
              <dt>{t("case.reportDue")}</dt>
              <dd>
                <strong>{i.reportDueOn}</strong>{" "}
                <DueTag due={i.reportDue} />
                <span className="due-explanation">{t("case.reportDueExplanation")}</span>
              </dd>
            </>
          ) : null}
          {i.reportedOn ? (
            <>
              <dt>{t("case.reportedOn")}</dt>
              <dd>{i.reportedOn}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {steps.length || canSchedule ? (
        <section aria-labelledby="next-steps" className="case-actions no-print">
          <h2 id="next-steps">{t("case.nextSteps")}</h2>
          {canSchedule ? (
            <p>
              <a href="#plan">{c.actions.includes("schedule") ? t("case.scheduleThroughPlan") : t("case.rescheduleThroughPlan")}</a>
            </p>
          ) : null}
          {steps.map((step) => (
            <Form method="post" className="form action-form" key={step} noValidate>
              <input type="hidden" name="intent" value="transition" />
              <input type="hidden" name="version" value={i.version} />
              {step === "accept" || step === "accept_proposal" || step === "mark_conducted" ? (
                <TextField
                  name={`${step}-date`}
                  type="date"
                  label={t(`case.dateFor.${step}`)}
                  hint={step === "accept" ? t("case.acceptHint", { window: i.window ?? "" }) : undefined}
                  defaultValue={typed("transition", `${step}-date`, step === "accept" ? (i.proposedFrom ?? "") : step === "accept_proposal" ? (c.lastPartnerProposalFrom ?? "") : (i.scheduledOnIso ?? ""), step)}
                  error={errors?.[`${step}-date`]}
                  className="input--short"
                />
              ) : null}
              {step === "counter_propose" ? (
                <fieldset className="fieldset">
                  <legend className="field__label">{t("case.counterProposeLegend")}</legend>
                  <TextField name="counter_propose-from" type="date" label={t("case.proposeFrom")} defaultValue={typed("transition", "counter_propose-from", "", step)} error={errors?.["counter_propose-from"]} className="input--short" />
                  <TextField name="counter_propose-to" type="date" label={t("case.proposeTo")} defaultValue={typed("transition", "counter_propose-to", "", step)} error={errors?.["counter_propose-to"]} className="input--short" />
                  <TextArea name="counter_propose-note" rows={2} label={t("case.proposeNote")} defaultValue={typed("transition", "counter_propose-note", "", step)} optional />
                  <TextLanguageField name="counter_propose-language" defaultValue={typed("transition", "counter_propose-language", locale, step)} />
                </fieldset>
              ) : null}
              {step === "decline" || step === "withdraw" ? (
                <>
                  <TextArea name={`${step}-reason`} rows={2} label={t(`case.reasonFor.${step}`)} defaultValue={typed("transition", `${step}-reason`, "", step)} error={errors?.[`${step}-reason`]} optional={step === "withdraw"} />
                  <TextLanguageField name={`${step}-language`} defaultValue={typed("transition", `${step}-language`, locale, step)} />
                </>
              ) : null}
              {step === "report" ? <p className="field__hint">{t("case.reportHint")}</p> : null}
              <button type="submit" name="action" value={step} className={`button${step === "withdraw" || step === "counter_propose" ? " button--secondary" : step === "decline" ? " button--warning" : ""}`} disabled={busy}>
                {t(`actions.${step}`)}
              </button>
            </Form>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="request-title">
        <h2 id="request-title">{t("case.request")}</h2>
        <h3>{t("fields.enterprises")}</h3>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("fields.enterprises")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.enterpriseName")}</th>
                <th scope="col">{t("fields.enterpriseCountry")}</th>
                <th scope="col">{t("fields.enterpriseNumber")}</th>
                <th scope="col">{t("fields.relation")}</th>
              </tr>
            </thead>
            <tbody>
              {c.enterprises.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/${locale}/enterprises/${e.key}`}>{e.name}</Link>
                  </td>
                  <td>{e.country}</td>
                  <td>{e.number}</td>
                  <td>{t(`relation.${e.relation}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="no-print">
          <Link to={`/${locale}/cases/enterprise-details/new?inspection=${i.ref}`}>{t("enterprises:details.fromInspection")}</Link>
        </p>
        <dl className="summary-list">
          <dt>{t("fields.siteAddress")}</dt>
          <dd>
            {i.siteAddress}, {i.municipality}
          </dd>
          <dt>{t("fields.sector")}</dt>
          <dd>{t(`sector.${i.sector}`, { defaultValue: i.sector })}</dd>
          <dt>{t("fields.riskIndicators")}</dt>
          <dd>{c.riskIndicators.length ? c.riskIndicators.map((r) => t(`risk.${r}`, { defaultValue: r })).join(", ") : "–"}</dd>
          <dt>{t("fields.reasons")}</dt>
          <dd className="prewrap">
            <TextIn text={i.reasons} language={i.textLanguage} locale={locale} />
          </dd>
          <AgenciesAndLanguageRows agencies={c.agencies} languageNeeds={i.languageNeeds} textLanguage={i.textLanguage} interpreterNeeded={i.interpreterNeeded} locale={locale} />
        </dl>
        {c.proposals.length ? (
          <>
            <h3>{t("case.proposals")}</h3>
            <ul>
              {c.proposals.map((p) => (
                <li key={p.id}>
                  {p.window} – {p.by}
                  {p.note ? (
                    <span className="prewrap">
                      {" "}
                      (<TextIn text={p.note} language={p.noteLanguage} locale={locale} />)
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="plan" className="inspection-plan">
        <h2 id="plan">{t("plan.title")}</h2>
        {c.plan ? (
          <>
            <p className="muted">{t("plan.revision", { revision: c.plan.revision })}</p>
            <InspectionPlanDetails plan={c.plan} locale={locale} />
            <p className="no-print">
              <Link to={`/${locale}/cases/inspections/${i.ref}/print`}>{t("print.link")}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{c.canPlan ? t("plan.none") : t("plan.notYet")}</p>
        )}
        {c.canPlan ? (
          <Form method="post" noValidate className="form form--wide action-form no-print">
            <input type="hidden" name="intent" value="plan" />
            <input type="hidden" name="version" value={i.version} />
            <h3>{c.plan ? t("plan.change") : t("plan.write")}</h3>
            {mine("plan") ? <ErrorList errors={errors} /> : null}
            <TextField name="inspectionOn" type="date" label={t("plan.date")} defaultValue={typed("plan", "inspectionOn", c.plan?.dateIso ?? i.scheduledOnIso ?? "")} error={errors?.inspectionOn} className="input--short" />
            <TextArea name="meetingPoint" rows={2} label={t("plan.meetingPoint")} hint={t("plan.meetingPointHint")} defaultValue={typed("plan", "meetingPoint", c.plan?.meetingPoint ?? "")} error={errors?.meetingPoint} />
            <fieldset className="fieldset group">
              <legend className="group__legend">{t("plan.team")}</legend>
              <p className="field__hint">{t("plan.teamHint")}</p>
              {Array.from({ length: TEAM_ROWS }, (_, n) => {
                const member = c.plan?.team[n];
                return (
                  <fieldset className="fieldset team-row" key={n}>
                    <legend className="field__label">{t("plan.member", { number: n + 1 })}</legend>
                    <SelectField name={`team-${n}-authority`} label={t("plan.memberAuthority")} defaultValue={typed("plan", `team-${n}-authority`, member ? String(member.authorityId) : "")} placeholder={t("fields.choose")} options={c.sides} error={errors?.[`team-${n}-authority`]} optional={n > 0} />
                    <SelectField name={`team-${n}-role`} label={t("plan.memberRole")} defaultValue={typed("plan", `team-${n}-role`, member?.role ?? "")} placeholder={t("fields.choose")} options={TEAM_ROLES.map((r) => ({ value: r, label: t(`team.roles.${r}`) }))} error={errors?.[`team-${n}-role`]} optional={n > 0} />
                    <TextField name={`team-${n}-name`} label={t("plan.memberName")} defaultValue={typed("plan", `team-${n}-name`, member?.name ?? "")} error={errors?.[`team-${n}-name`]} optional />
                  </fieldset>
                );
              })}
            </fieldset>
            <TextArea name="visitingOfficialsRole" rows={3} label={t("plan.visitingOfficialsRole")} hint={t("plan.visitingOfficialsRoleHint")} defaultValue={typed("plan", "visitingOfficialsRole", c.plan?.visitingOfficialsRole ?? "")} error={errors?.visitingOfficialsRole} optional />
            <TextArea name="documentsToRequest" rows={3} label={t("plan.documentsToRequest")} hint={t("plan.documentsToRequestHint")} defaultValue={typed("plan", "documentsToRequest", c.plan?.documentsToRequest ?? "")} error={errors?.documentsToRequest} optional />
            <TextLanguageField name="planLanguage" defaultValue={typed("plan", "planLanguage", c.plan?.language ?? locale)} />
            <div className="button-row">
              {c.actions.includes("schedule") ? (
                <button type="submit" name="schedule" value="schedule" className="button" disabled={busy}>
                  {t("plan.saveAndSchedule")}
                </button>
              ) : null}
              <button type="submit" name="schedule" value="save" className={`button${c.actions.includes("schedule") ? " button--secondary" : ""}`} disabled={busy}>
                {t("plan.save")}
              </button>
            </div>
          </Form>
        ) : null}
      </section>

      {c.report.canAdd || c.report.versions.length ? (
        <section aria-labelledby="report" className="inspection-report">
          <h2 id="report">{t("report.title")}</h2>
          {c.report.shown ? (
            <p className="muted">
              {t("report.version", { version: c.report.shown.version })}
              {c.report.shown.locked ? ` · ${t("report.locked")}` : ` · ${t("report.open")}`}
            </p>
          ) : null}
          {c.report.versions.length > 1 ? (
            <nav aria-label={t("report.versions")} className="no-print">
              <ul className="inline-list">
                {c.report.versions.map((r) => (
                  <li key={r.version}>
                    {r.version === c.report.shown?.version ? (
                      <span aria-current="page">{t("report.versionShort", { version: r.version })}</span>
                    ) : (
                      <Link to={`?report=${r.version}#report`}>{t("report.versionShort", { version: r.version })}</Link>
                    )}{" "}
                    <span className="muted">
                      ({r.at}
                      {r.by ? `, ${r.by}` : ""})
                    </span>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {c.report.byEnterprise.map((e) => (
            <article key={e.id} className="report-enterprise">
              <h3>{e.name}</h3>
              {e.findings.length ? (
                <ul className="findings">
                  {e.findings.map((f) => (
                    <li key={f.id}>
                      <FindingText finding={f} locale={locale} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">{t("report.noFindings")}</p>
              )}
              {e.workers.length ? (
                <table className="table table--compact">
                  <caption>{t("report.workersChecked", { name: e.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("report.originCountry")}</th>
                      <th scope="col" className="numeric">
                        {t("report.workers")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {e.workers.map((w) => (
                      <tr key={w.country}>
                        <td>{w.country}</td>
                        <td className="numeric">{w.count}</td>
                      </tr>
                    ))}
                    <tr>
                      <th scope="row">{t("report.total")}</th>
                      <td className="numeric">{e.total}</td>
                    </tr>
                  </tbody>
                </table>
              ) : null}
            </article>
          ))}
          {c.report.canAdd ? (
            <Form method="post" noValidate className="form form--wide action-form no-print">
              <input type="hidden" name="intent" value="report" />
              <input type="hidden" name="version" value={i.version} />
              <h3>{t("report.add")}</h3>
              <p className="field__hint">{c.report.addsVersion ? t("report.addsVersion", { version: (c.report.latestVersion ?? 0) + 1 }) : t("report.addHint")}</p>
              {mine("report") ? <ErrorList errors={errors} /> : null}
              <SelectField name="enterpriseId" label={t("report.enterprise")} defaultValue={typed("report", "enterpriseId", c.enterprises.length === 1 ? String(c.enterprises[0]!.id) : "")} placeholder={t("fields.choose")} options={c.enterprises.map((e) => ({ value: String(e.id), label: e.name }))} error={errors?.enterpriseId} />
              <TextArea name="findings" rows={4} label={t("report.findings")} hint={t("report.findingsHint")} defaultValue={typed("report", "findings")} error={errors?.findings} />
              <TextArea name="documentsInspected" rows={2} label={t("report.documentsInspected")} defaultValue={typed("report", "documentsInspected")} error={errors?.documentsInspected} optional />
              <TextLanguageField name="findingsLanguage" label={t("report.language")} defaultValue={typed("report", "findingsLanguage", locale)} />
              <fieldset className="fieldset group">
                <legend className="group__legend">{t("report.workersLegend")}</legend>
                <p className="field__hint">{t("report.workersHint")}</p>
                {Array.from({ length: WORKER_COUNT_ROWS }, (_, n) => (
                  <div className="worker-row" key={n}>
                    <SelectField
                      name={`workers-${n}-country`}
                      label={t("report.originCountryNumbered", { number: n + 1 })}
                      defaultValue={typed("report", `workers-${n}-country`)}
                      placeholder={t("fields.choose")}
                      options={ORIGIN_COUNTRIES.map((code) => ({ value: code, label: code === "XX" ? t("report.otherCountry") : countryName(code, locale) }))}
                      error={errors?.[`workers-${n}-country`]}
                      optional
                    />
                    <TextField name={`workers-${n}-count`} inputMode="numeric" label={t("report.workersNumbered", { number: n + 1 })} defaultValue={typed("report", `workers-${n}-count`)} error={errors?.[`workers-${n}-count`]} className="input--short" optional />
                  </div>
                ))}
              </fieldset>
              <button type="submit" className="button" disabled={busy}>
                {t("report.submit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {c.report.canAdd || c.followUps.length ? (
        <section aria-labelledby="follow-up">
          <h2 id="follow-up">{t("followUp.title")}</h2>
          {c.followUps.length ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t("followUp.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("followUp.description")}</th>
                    <th scope="col">{t("followUp.owner")}</th>
                    <th scope="col">{t("followUp.dueOn")}</th>
                    <th scope="col">{t("followUp.state")}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.followUps.map((f) => (
                    <tr key={f.id} className={f.overdue ? "row--overdue" : undefined}>
                      <td className="prewrap">
                        <TextIn text={f.description} language={f.language} locale={locale} />
                      </td>
                      <td>{f.owner}</td>
                      <td>
                        {f.dueOn ?? "–"}{" "}
                        <DueTag due={f.overdue ? "overdue" : null} />
                      </td>
                      <td>
                        {f.done ? (
                          t("followUp.doneOn", { date: f.done })
                        ) : (
                          <Form method="post" className="inline-form">
                            <input type="hidden" name="intent" value="followUpDone" />
                            <input type="hidden" name="version" value={i.version} />
                            <input type="hidden" name="followUpId" value={f.id} />
                            <button type="submit" className="button button--secondary button--small" disabled={busy}>
                              {t("followUp.markDone")}
                              <span className="visually-hidden">: {f.description}</span>
                            </button>
                          </Form>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">{t("followUp.none")}</p>
          )}
          {c.report.canAdd ? (
            <Form method="post" noValidate className="form action-form no-print">
              <input type="hidden" name="intent" value="followUp" />
              <input type="hidden" name="version" value={i.version} />
              <h3>{t("followUp.add")}</h3>
              {mine("followUp") ? <ErrorList errors={errors} /> : null}
              <TextArea name="description" rows={2} label={t("followUp.description")} defaultValue={typed("followUp", "description")} error={errors?.description} />
              <SelectField name="owner" label={t("followUp.owner")} defaultValue={typed("followUp", "owner", String(c.side === "requester" ? c.requesting.id : c.partner.id))} options={c.sides} error={errors?.owner} />
              <TextField name="dueOn" type="date" label={t("followUp.dueOn")} defaultValue={typed("followUp", "dueOn")} error={errors?.dueOn} className="input--short" optional />
              <TextLanguageField name="descriptionLanguage" defaultValue={typed("followUp", "descriptionLanguage", locale)} />
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t("followUp.submit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="violations-title">
        <h2 id="violations-title">{t("case.violations")}</h2>
        {c.violations.length ? (
          <ul>
            {c.violations.map((v) => (
              <li key={v.id}>
                {t(`common:enum.violationCategory.${v.category}`)} · {v.foundOn} · {t(`common:enum.sanction.${v.sanction}`)}
                {v.fine ? ` (${v.fine})` : ""}
                {v.legalReference ? ` · ${v.legalReference}` : ""}
                {v.by ? ` · ${v.by}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("case.noViolations")}</p>
        )}
        {c.report.canAdd ? (
          <p className="no-print">
            <Link to={`/${locale}/cases/violations/new?inspection=${i.ref}`}>{t("case.recordViolation")}</Link>
          </p>
        ) : null}
      </section>

      <Attachments locale={locale} {...c.attachments} />

      <section aria-labelledby="timeline" className="no-print">
        <h2 id="timeline">{t("case.timeline")}</h2>
        <ol className="timeline">
          {c.timeline.map((item, n) => (
            <li key={n} className={`timeline__item timeline__item--${item.kind}`}>
              <p className="timeline__meta">
                <time dateTime={item.at}>{item.when}</time> · {item.who || t("case.system")}
              </p>
              {item.kind === "event" ? (
                <p>
                  <strong>{item.action ? t(`events.${item.action}`, { defaultValue: item.action }) : t(`common:enum.inspectionStatus.${item.to}`)}</strong>
                  {item.action && item.to && item.to !== item.from ? ` → ${t(`common:enum.inspectionStatus.${item.to}`)}` : ""}
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
        <Form method="post" className="form form--wide" noValidate>
          <input type="hidden" name="intent" value="message" />
          <TextArea name="body" rows={4} label={t("case.messageLabel")} hint={t("case.messageHint")} defaultValue={typed("message", "body")} error={errors?.body} />
          <TextLanguageField name="language" label={t("case.messageLanguage")} defaultValue={typed("message", "language", locale)} />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("case.sendMessage")}
          </button>
        </Form>
      </section>
    </>
  );
}

/** A short reminder beside a form lower on the page that the summary at the top lists its errors. */
function ErrorList({ errors }: { errors: FieldErrors | undefined }) {
  const { t } = useTranslation();
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <p className="field__error" role="status">
      {t("forms.errorSummary")}
    </p>
  );
}
