import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission, userCan } from "~/.server/auth";
import { today } from "~/.server/clock";
import { addEnterprisePerson, isFollowing, setFollowing, setSuccessor, viewEnterprise } from "~/.server/enterprises";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { EnterpriseNames } from "~/components/enterprise-names";
import { casePathOf, EnterpriseSignalList, signalForDisplay } from "~/components/enterprise-signals";
import { ErrorSummary, SelectField, TextField } from "~/components/forms";
import { ENTERPRISE_PERSON_ROLES } from "~/domain/enterprise-links";
import type { EvidenceCase } from "~/domain/enterprise-signals";
import { validateLithuanianPersonalCode, validateNorwegianPersonalNumber, validateRegistrationNumber } from "~/domain/identifiers";
import { PARTNER_COUNTRIES } from "~/domain/vocabulary";
import { countryName, formatDate, formatMoney } from "~/lib/format";
import { parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import { enterpriseActionSchema, enterpriseErrorKeys } from "~/lib/schemas/enterprises";

/** Timeline entries shown unless the reader asks for all of them. */
const TIMELINE_LATEST = 25;

const querySchema = z.object({ timeline: z.enum(["all"]).optional().catch(undefined) });

interface TimelineEntry {
  on: string;
  what: string;
  status: string;
  case: EvidenceCase | null;
}

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  // Another agreement's enterprise, a malformed key and a missing enterprise are all "not found".
  const page = user.authorityId === null ? null : viewEnterprise(params.key ?? "", { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress, mayReadTips: userCan(user, "read:tip:own-authority") });
  if (!page) throw data(null, { status: 404 });
  const showAll = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams)).timeline === "all";
  const t = getFixedT(locale, ["enterprises", "common", "questions", "tips"]);
  const date = (iso: string | null) => (iso ? formatDate(iso, locale, "numeric") : t("page.unknownDate"));
  const country = (code: string | null) => (code ? countryName(code, locale) : "–");

  // Each entry is translated only if shown: a long-lived enterprise has hundreds of cases, and the page shows the
  // latest TIMELINE_LATEST unless the reader asks for all (`?timeline=all`; docs/decisions/0096).
  const entries: Array<{ on: string; entry: () => Omit<TimelineEntry, "on"> }> = [
    ...page.exchanges.map((x) => ({
      on: x.sentOn ?? x.createdOn,
      entry: () => ({
        what: t("page.exchange", { type: t(`common:enum.exchangeType.${x.type}`), from: country(x.requestingCountry), to: country(x.requestedCountry) }),
        status: t(`common:enum.exchangeStatus.${x.status}`),
        case: { kind: "exchange" as const, ref: x.ref },
      }),
    })),
    ...page.inspections.map((i) => ({
      on: i.conductedOn ?? i.requestedOn ?? i.createdOn,
      entry: () => ({
        what: t("page.inspection", { country: country(i.hostCountry), relation: t(`relation.${i.relation}`) }),
        status: t(`common:enum.inspectionStatus.${i.status}`),
        case: { kind: "inspection" as const, ref: i.ref },
      }),
    })),
    ...page.violations.map((v) => ({
      on: v.foundOn,
      entry: () => ({
        what: [
          t("page.violation", { category: t(`common:enum.violationCategory.${v.category}`), country: country(v.country) }),
          t(`common:enum.sanction.${v.sanction}`),
          v.fineAmountCents && v.fineCurrency ? t("page.fine", { amount: formatMoney(v.fineAmountCents, v.fineCurrency, locale) }) : null,
        ]
          .filter(Boolean)
          .join(", "),
        status: t(`violationStatus.${v.status}`),
        case: v.case,
      }),
    })),
    // Tips from the public: the topic and status only, never the reporter (the tip page shows the rest to who may see it).
    ...page.tips.map((tip) => ({
      on: tip.receivedOn,
      entry: () => ({
        what: t("page.tip", { sector: t(`tips:sector.${tip.sector}`, { defaultValue: tip.sector }) }),
        status: t(`tips:status.${tip.status}`),
        case: { kind: "tip" as const, ref: tip.ref },
      }),
    })),
  ].sort((a, b) => b.on.localeCompare(a.on));
  const shown = showAll ? entries : entries.slice(0, TIMELINE_LATEST);
  const timeline: TimelineEntry[] = shown.map((e) => ({ on: date(e.on), ...e.entry() }));
  // The other view of the timeline, keeping the rest of the address (e.g. `?case=`).
  const otherView = new URL(request.url).searchParams;
  if (showAll) otherView.delete("timeline");
  else otherView.set("timeline", "all");
  const timelineToggle = entries.length > TIMELINE_LATEST ? `/${locale}/enterprises/${page.enterprise.key}?${otherView}#enterprise-timeline` : null;

  // Only cases whose personal data the retention rule does not hide are offered for recording a person.
  const caseRefs = page.personCases;
  // `?case=` from a case page's "record a person" link preselects that case in the person form.
  const fromCase = new URL(request.url).searchParams.get("case") ?? "";
  return {
    locale,
    following: isFollowing(user.id, page.enterprise.id),
    caseRefs,
    hasCases: page.exchanges.length + page.inspections.length > 0,
    preselectedCase: caseRefs.includes(fromCase) ? fromCase : "",
    countries: PARTNER_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) })),
    title: `${page.enterprise.name} – ${t("common:app.name")}`,
    enterprise: { ...page.enterprise, countryName: country(page.enterprise.country) },
    names: page.names,
    timeline,
    timelineTotal: entries.length,
    timelineToggle,
    timelineAll: showAll,
    answers: page.answers.map((a) => ({ ...a, question: `${a.questionCode} – ${t(`questions:questions.${a.questionCode}`)}`, answeredOn: date(a.answeredOn) })),
    people: page.people.map((p) => ({
      ...p,
      role: t(`roles.${p.role}`),
      period: `${date(p.fromOn)} – ${p.toOn ? date(p.toOn) : t("page.openEnded")}`,
    })),
    contacts: page.contacts.map((c) => ({ ...c, kind: t(`contactKinds.${c.kind}`), seenOn: date(c.seenOn) })),
    related: page.related.map((r) => ({
      ...r,
      countryName: country(r.country),
      shares: r.via.map((via) =>
        via.kind === "person"
          ? t("page.viaPerson", { role: t(`roles.${via.role}`), name: via.name, period: `${date(via.fromOn)} – ${via.toOn ? date(via.toOn) : t("page.openEnded")}` })
          : "value" in via
            ? t("page.viaContact", { kind: t(`contactKinds.${via.kind}`), value: via.value, since: date(via.since) })
            : t(via.kind === "successor" ? "page.viaSuccessor" : "page.viaPredecessor", { since: date(via.since) }),
      ),
    })),
    signals: page.signals.map((s) => signalForDisplay(s, locale)),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  if (user.authorityId === null) throw data(null, { status: 404 });
  const viewer = { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress };
  const form = parseForm(enterpriseActionSchema, await readFormData(request));
  if (!form.ok) return data({ errors: enterpriseErrorKeys(form.errors), values: form.values, saved: null }, { status: 400 });
  const key = params.key ?? "";
  if (form.data.intent === "person") {
    const { caseRef, name, role, birthDate, fromOn, toOn } = form.data;
    const values: FormValues = { caseRef, name, role, birthDate, personalCode: form.data.personalCode, fromOn, toOn };
    let personalCode: string | null = null;
    if (form.data.personalCode) {
      // A Lithuanian personal code or a Norwegian birth number; the enterprise's country decides which error to show.
      const lithuanian = validateLithuanianPersonalCode(form.data.personalCode);
      const norwegian = validateNorwegianPersonalNumber(form.data.personalCode, today());
      const valid = lithuanian.ok ? lithuanian : norwegian.ok ? norwegian : null;
      if (!valid) {
        const failed = key.startsWith("NO-") ? norwegian : lithuanian;
        return data({ errors: { personalCode: failed.ok ? "forms.invalid" : failed.reason } as FieldErrors, values, saved: null }, { status: 400 });
      }
      personalCode = valid.value;
    }
    const result = addEnterprisePerson(key, { caseRef, name, role, birthDate: birthDate || null, personalCode, fromOn: fromOn || null, toOn: toOn || null }, viewer);
    if (!result.ok && result.reason === "not_found") throw data(null, { status: 404 });
    if (!result.ok) return data({ errors: enterpriseErrorKeys({ [result.field]: result.error }), values, saved: null }, { status: 400 });
    return { errors: null, values: null, saved: "person" as const };
  }
  if (form.data.intent !== "successor") {
    const result = setFollowing(key, form.data.intent === "follow", viewer);
    if (!result.ok) throw data(null, { status: 404 });
    return { errors: null, values: null, saved: form.data.intent };
  }
  const values: FormValues = { successorCountry: form.data.successorCountry, successorNumber: form.data.successorNumber, sinceOn: form.data.sinceOn };
  const number = validateRegistrationNumber(form.data.successorCountry, form.data.successorNumber);
  if (!number.ok) return data({ errors: { successorNumber: number.reason } as FieldErrors, values, saved: null }, { status: 400 });
  const result = setSuccessor(key, { country: form.data.successorCountry, registrationNumber: number.value }, form.data.sinceOn, viewer);
  if (!result.ok && result.reason === "not_found") throw data(null, { status: 404 });
  if (!result.ok) return data({ errors: enterpriseErrorKeys({ [result.field]: result.error }), values, saved: null }, { status: 400 });
  return { errors: null, values: null, saved: "successor" as const };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export default function EnterprisePage() {
  const { locale, enterprise, names, timeline, timelineTotal, timelineToggle, timelineAll, answers, people, contacts, related, signals, following, countries, caseRefs, hasCases, preselectedCase } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = (result?.errors ?? undefined) as FieldErrors | undefined;
  const typed = (name: string) => valueOf((result?.values ?? undefined) as FormValues | undefined, name);
  const { t } = useTranslation("enterprises");
  const inspectionLink = (keys: string[]) => `/${locale}/cases/inspections/new?${keys.map((k) => `enterprise=${encodeURIComponent(k)}`).join("&")}`;
  return (
    <>
      <p>
        <Link to={`/${locale}/enterprises`}>{t("search.title")}</Link>
      </p>
      <h1>{enterprise.name}</h1>
      <ErrorSummary errors={errors} order={["successorCountry", "successorNumber", "sinceOn", "caseRef", "name", "role", "birthDate", "personalCode", "fromOn", "toOn"]} />
      <dl className="facts">
        <dt>{t("page.registrationNumber")}</dt>
        <dd>{enterprise.registrationNumber}</dd>
        <dt>{t("page.country")}</dt>
        <dd>{enterprise.countryName}</dd>
        {enterprise.address ? (
          <>
            <dt>{t("page.address")}</dt>
            <dd>{enterprise.address}</dd>
          </>
        ) : null}
      </dl>

      <EnterpriseNames names={names} locale={locale} />

      <section aria-labelledby="enterprise-actions" className="card">
        <h2 id="enterprise-actions">{t("page.actions")}</h2>
        <ul>
          <li>
            <Link to={inspectionLink([enterprise.key])}>{t("page.requestInspection")}</Link>
          </li>
          {related.map((r) => (
            <li key={r.key}>
              <Link to={inspectionLink([enterprise.key, r.key])}>{t("page.requestInspectionWithRelated", { name: r.name })}</Link>
            </li>
          ))}
          <li>
            <Link to={`/${locale}/cases/exchanges/new?enterprise=${enterprise.id}`}>{t("page.requestInformation")}</Link>
          </li>
        </ul>
        <Form method="post">
          <p>{following ? t("page.followingNote") : t("page.followNote")}</p>
          <button type="submit" name="intent" value={following ? "unfollow" : "follow"} className="button button--secondary">
            {following ? t("page.unfollow") : t("page.follow")}
          </button>
        </Form>
        {result?.saved ? <p role="status">{t(`page.saved.${result.saved}`)}</p> : null}
      </section>

      <section aria-labelledby="enterprise-signals">
        <h2 id="enterprise-signals">{t("signals.title")}</h2>
        <p>{t("signals.lead")}</p>
        <EnterpriseSignalList signals={signals} locale={locale} />
      </section>

      <section aria-labelledby="enterprise-timeline">
        <h2 id="enterprise-timeline">{t("page.timeline")}</h2>
        <p>{t("page.timelineLead")}</p>
        {timeline.length === 0 ? (
          <p>{t("page.noCases")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("page.timeline")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("page.date")}</th>
                  <th scope="col">{t("page.what")}</th>
                  <th scope="col">{t("page.status")}</th>
                  <th scope="col">{t("page.case")}</th>
                </tr>
              </thead>
              <tbody>
                {timeline.map((entry, index) => (
                  <tr key={index}>
                    <td>{entry.on}</td>
                    <td>{entry.what}</td>
                    <td>{entry.status}</td>
                    <td>{entry.case ? <Link to={casePathOf(locale, entry.case)}>{entry.case.ref}</Link> : t("page.noCase")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {timelineToggle ? (
          <p>
            {timelineAll ? t("page.timelineAll", { total: timelineTotal }) : t("page.timelineLatest", { shown: timeline.length, total: timelineTotal })}{" "}
            <Link to={timelineToggle}>{timelineAll ? t("page.timelineShowLatest", { shown: TIMELINE_LATEST }) : t("page.timelineShowAll", { total: timelineTotal })}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="enterprise-establishment">
        <h2 id="enterprise-establishment">{t("page.establishment")}</h2>
        <p>{t("page.establishmentLead")}</p>
        {answers.length === 0 ? (
          <p>{t("page.noAnswers")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("page.establishment")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("page.question")}</th>
                  <th scope="col">{t("page.answer")}</th>
                  <th scope="col">{t("page.answeredOn")}</th>
                  <th scope="col">{t("page.case")}</th>
                </tr>
              </thead>
              <tbody>
                {answers.map((a, index) => (
                  <tr key={index}>
                    <td>{a.question}</td>
                    <td>
                      {a.value}
                      {a.text ? ` – ${a.text}` : ""}
                    </td>
                    <td>{a.answeredOn}</td>
                    <td>
                      <Link to={casePathOf(locale, { kind: "exchange", ref: a.ref })}>{a.ref}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="enterprise-related">
        <h2 id="enterprise-related">{t("page.related")}</h2>
        {related.length === 0 ? (
          <p>{t("page.noRelated")}</p>
        ) : (
          <ul>
            {related.map((r) => (
              <li key={r.key}>
                <Link to={`/${locale}/enterprises/${r.key}`}>{r.name}</Link> ({r.countryName}, {r.key}) – {t("page.shares")}: {r.shares.join("; ")}. {t("page.violationCount")}: {r.violationCount}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="enterprise-successor" className="card">
        <h2 id="enterprise-successor">{t("page.successorTitle")}</h2>
        <p>{t("page.successorLead", { name: enterprise.name })}</p>
        <Form method="post" noValidate className="form">
          <input type="hidden" name="intent" value="successor" />
          <SelectField name="successorCountry" label={t("page.successorCountry")} defaultValue={typed("successorCountry") || enterprise.country} options={countries} error={errors?.successorCountry} />
          <TextField name="successorNumber" label={t("page.successorNumber")} defaultValue={typed("successorNumber")} error={errors?.successorNumber} spellCheck={false} />
          <TextField name="sinceOn" type="date" label={t("page.sinceOn")} defaultValue={typed("sinceOn")} error={errors?.sinceOn} />
          <button type="submit" className="button button--secondary">
            {t("page.successorSave")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="enterprise-people">
        <h2 id="enterprise-people">{t("page.people")}</h2>
        {people.length === 0 ? (
          <p>{t("page.noPeople")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("page.people")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("page.name")}</th>
                  <th scope="col">{t("page.role")}</th>
                  <th scope="col">{t("page.birth")}</th>
                  <th scope="col">{t("page.period")}</th>
                  <th scope="col">{t("page.case")}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p, index) => (
                  <tr key={index}>
                    <td>{p.name}</td>
                    <td>{p.role}</td>
                    <td>{p.personalCode ?? p.birthDate ?? "–"}</td>
                    <td>{p.period}</td>
                    <td>{p.case ? <Link to={casePathOf(locale, p.case)}>{p.case.ref}</Link> : t("page.noCase")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {caseRefs.length > 0 ? (
        <section aria-labelledby="enterprise-person-new" className="card">
          <h2 id="enterprise-person-new">{t("page.personTitle")}</h2>
          <p>{t("page.personLead")}</p>
          <Form method="post" noValidate className="form">
            <input type="hidden" name="intent" value="person" />
            <SelectField name="caseRef" label={t("page.personCase")} defaultValue={typed("caseRef") || preselectedCase} placeholder={t("page.choose")} options={caseRefs.map((ref) => ({ value: ref, label: ref }))} error={errors?.caseRef} />
            <TextField name="name" label={t("page.name")} defaultValue={typed("name")} error={errors?.name} autoComplete="off" />
            <SelectField name="role" label={t("page.role")} defaultValue={typed("role") || "manager"} options={ENTERPRISE_PERSON_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} error={errors?.role} />
            <TextField name="birthDate" type="date" label={t("page.birthDate")} defaultValue={typed("birthDate")} error={errors?.birthDate} optional />
            <TextField name="personalCode" label={t("page.personalCode")} defaultValue={typed("personalCode")} error={errors?.personalCode} inputMode="numeric" autoComplete="off" optional />
            <TextField name="fromOn" type="date" label={t("page.fromOn")} defaultValue={typed("fromOn")} error={errors?.fromOn} optional />
            <TextField name="toOn" type="date" label={t("page.toOn")} defaultValue={typed("toOn")} error={errors?.toOn} optional />
            <button type="submit" className="button button--secondary">
              {t("page.personSave")}
            </button>
          </Form>
        </section>
      ) : hasCases ? (
        <section aria-labelledby="enterprise-person-new" className="card">
          <h2 id="enterprise-person-new">{t("page.personTitle")}</h2>
          <p>{t("page.personNoCase")}</p>
        </section>
      ) : null}

      <section aria-labelledby="enterprise-contacts">
        <h2 id="enterprise-contacts">{t("page.contacts")}</h2>
        {contacts.length === 0 ? (
          <p>{t("page.noContacts")}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t("page.contacts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("page.kind")}</th>
                  <th scope="col">{t("page.value")}</th>
                  <th scope="col">{t("page.seenOn")}</th>
                  <th scope="col">{t("page.case")}</th>
                </tr>
              </thead>
              <tbody>
                {contacts.map((c, index) => (
                  <tr key={index}>
                    <td>{c.kind}</td>
                    <td>{c.value}</td>
                    <td>{c.seenOn}</td>
                    <td>{c.case ? <Link to={casePathOf(locale, c.case)}>{c.case.ref}</Link> : t("page.noCase")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
