import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission, userCan } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import type { SessionUser } from "~/.server/session";
import { searchKnownEnterprises } from "~/.server/enterprise-access";
import { changeTipStatus, linkTipToEnterprise, viewTip } from "~/.server/tips";
import { ChoiceGroup, ErrorSummary, TextField } from "~/components/forms";
import { countryName, formatDateTime, formatEnterprise } from "~/lib/format";
import { parseForm, valuesOf } from "~/lib/forms";
import { TIP_STATUS_TARGETS, tipLinkSchema, tipsErrorKeys, tipStatusSchema } from "~/lib/schemas/tips";

/** The user acting on tips of their own authority; without an authority there are no tips to see. */
function tipActor(user: SessionUser, clientAddress: string) {
  if (user.authorityId === null) throw data(null, { status: 404 });
  return { userId: user.id, authorityId: user.authorityId, ipAddress: clientAddress };
}

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:tip:own-authority");
  // Another authority's tip is "not found": its existence is not confirmed to anyone else.
  const tip = viewTip(params.ref ?? "", tipActor(user, context.clientAddress));
  if (!tip) throw data(null, { status: 404 });
  const t = getFixedT(locale, ["tips", "common", "enterprises"]);
  const { reporter, createdAt, updatedAt, enterprise, ...rest } = tip;
  const canWrite = userCan(user, "write:tip:own-authority");
  // The search of the new-request form: only enterprises the user's authority knows (need-to-know).
  const enterpriseQuery = (new URL(request.url).searchParams.get("enterpriseQ") ?? "").slice(0, 100);
  const matches = canWrite ? searchKnownEnterprises(enterpriseQuery, user.authorityId) : [];
  // Personal data: never cached (the server's default for every response is `Cache-Control: no-store`).
  return {
    locale,
    title: `${t("tip.title", { ref: tip.ref })} – ${t("common:app.name")}`,
    canWrite,
    enterpriseQuery,
    enterpriseMatches: matches.map((m) => ({ id: m.id, label: formatEnterprise(m.name, m.country, m.registrationNumber, locale) + (m.earlierName ? ` – ${t("enterprises:search.earlierName", { name: m.earlierName })}` : "") })),
    enterprise: enterprise ? { key: enterprise.key, label: formatEnterprise(enterprise.name, enterprise.country, enterprise.registrationNumber, locale) } : null,
    tip: {
      ...rest,
      received: formatDateTime(createdAt, locale),
      changed: updatedAt !== createdAt ? formatDateTime(updatedAt, locale) : null,
      countryName: countryName(tip.country, locale),
      reporter:
        reporter.kind === "removed" ? { kind: "removed" as const, removedOn: formatDateTime(reporter.removedAt, locale) } : reporter,
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const user = requireUserWithPermission(request, "write:tip:own-authority");
  const actor = tipActor(user, context.clientAddress);
  const formData = await readFormData(request);
  if (formData.has("intent")) {
    // Linking to an enterprise (or removing the link); the status form has no `intent`.
    const link = parseForm(tipLinkSchema, formData);
    if (!link.ok) return data({ errors: tipsErrorKeys(link.errors), values: link.values }, { status: 400 });
    const linked = linkTipToEnterprise({ ref: params.ref ?? "", enterpriseId: link.data.intent === "link" ? link.data.enterpriseId : null }, actor);
    if (!linked.ok && linked.reason === "not_found") throw data(null, { status: 404 });
    if (!linked.ok) return data({ errors: { enterpriseId: "tips:tip.errors.enterpriseUnknown" }, values: {} }, { status: 400 });
    return { linked: link.data.intent };
  }
  const form = parseForm(tipStatusSchema, formData);
  if (!form.ok) return data({ errors: tipsErrorKeys(form.errors), values: form.values }, { status: 400 });
  const result = changeTipStatus({ ref: params.ref ?? "", ...form.data }, actor);
  if (!result.ok) {
    if (result.reason === "not_found") throw data(null, { status: 404 });
    // Someone else changed the tip: say so, keep the user's choice, and let the page show the current state.
    return data({ errors: { form: "tips:tip.errors.stale" }, values: { status: form.data.status } }, { status: 409 });
  }
  return { saved: result.status };
}

export default function TipPage() {
  const { locale, tip, canWrite, enterprise, enterpriseQuery, enterpriseMatches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("tips");
  const submitting = useNavigation().state === "submitting";
  const errors = result && "errors" in result ? result.errors : undefined;
  const values = result && "values" in result ? result.values : undefined;
  const saved = result && "saved" in result ? result.saved : undefined;
  const linked = result && "linked" in result ? result.linked : undefined;
  // One error summary at a time: the link form's errors above it, the status form's above that.
  const linkErrors = errors && ("enterpriseId" in errors || "intent" in errors) ? errors : undefined;
  return (
    <>
      <p>
        <Link to={`/${locale}/cases/tips`}>{t("tip.backToList")}</Link>
      </p>
      <h1>{t("tip.title", { ref: tip.ref })}</h1>
      <p className="notice notice--warning">{t("tip.confidential")}</p>

      <dl className="contact-details tip-details">
        <dt>{t("tip.received")}</dt>
        <dd>{tip.received}</dd>
        <dt>{t("tip.status")}</dt>
        <dd>
          <span className={`tag tip-status tip-status--${tip.status}`}>{t(`status.${tip.status}`)}</span>
          {tip.changed ? <span className="muted"> · {t("tip.changed", { when: tip.changed })}</span> : null}
        </dd>
        <dt>{t("tip.country")}</dt>
        <dd>{tip.countryName}</dd>
        <dt>{t("tip.sector")}</dt>
        <dd>{t(`sector.${tip.sector}`, { defaultValue: tip.sector })}</dd>
        <dt>{t("tip.place")}</dt>
        <dd lang={tip.language}>{tip.place}</dd>
        <dt>{t("tip.employer")}</dt>
        <dd lang={tip.employerName ? tip.language : undefined}>{tip.employerName || t("tip.notGiven")}</dd>
        <dt>{t("tip.employerNumber")}</dt>
        <dd>{tip.employerNumber || t("tip.notGiven")}</dd>
        <dt>{t("tip.language")}</dt>
        <dd>{t(`languageName.${tip.language}`, { defaultValue: tip.language })}</dd>
      </dl>

      <h2>{t("tip.description")}</h2>
      <p className="tip-description" lang={tip.language}>
        {tip.description}
      </p>

      <h2>{t("tip.reporter")}</h2>
      {tip.reporter.kind === "removed" ? (
        <p>{t("tip.reporterRemoved", { when: tip.reporter.removedOn })}</p>
      ) : tip.reporter.kind === "anonymous" ? (
        <p>{t("tip.reporterAnonymous")}</p>
      ) : (
        <dl className="contact-details tip-details">
          <dt>{t("tip.reporterName")}</dt>
          <dd>{tip.reporter.name ?? t("tip.notGiven")}</dd>
          <dt>{t("tip.reporterContact")}</dt>
          <dd>{tip.reporter.contact ?? t("tip.notGiven")}</dd>
        </dl>
      )}

      <section aria-labelledby="tip-enterprise-heading">
        <h2 id="tip-enterprise-heading">{t("tip.enterprise")}</h2>
        {linked ? (
          <p className="notice notice--success" role="status">
            {t(linked === "link" ? "tip.linked" : "tip.unlinked")}
          </p>
        ) : null}
        {enterprise ? (
          <p>
            {t("tip.enterpriseLinkedTo")} <Link to={`/${locale}/enterprises/${enterprise.key}`}>{enterprise.label}</Link>
          </p>
        ) : (
          <p>{t("tip.enterpriseNone")}</p>
        )}
        {canWrite ? (
          <>
            <p className="field__hint">{t("tip.enterpriseLead")}</p>
            {enterprise ? (
              <Form method="post">
                <button type="submit" name="intent" value="unlink" className="button button--secondary" disabled={submitting}>
                  {t("tip.unlink")}
                </button>
              </Form>
            ) : null}
            <ErrorSummary errors={linkErrors} order={["enterpriseId", "intent"]} />
            {/* A GET search that reloads the page: works without JavaScript. */}
            <Form method="get" className="search-form" role="search">
              <TextField name="enterpriseQ" type="search" label={t("tip.enterpriseQuery")} hint={t("tip.enterpriseQueryHint")} defaultValue={enterpriseQuery} />
              <button type="submit" className="button button--secondary">
                {t("tip.search")}
              </button>
            </Form>
            {enterpriseQuery ? (
              enterpriseMatches.length ? (
                <ul className="tip-enterprise-matches">
                  {enterpriseMatches.map((match) => (
                    <li key={match.id}>
                      <Form method="post">
                        <input type="hidden" name="enterpriseId" value={match.id} />
                        <button type="submit" name="intent" value="link" className="button button--link" disabled={submitting}>
                          {t("tip.linkTo", { enterprise: match.label })}
                        </button>
                      </Form>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("tip.noEnterprise")}</p>
              )
            ) : null}
          </>
        ) : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="tip-status-heading">
          <h2 id="tip-status-heading">{t("tip.changeStatus")}</h2>
          {saved ? (
            <p className="notice notice--success" role="status">
              {t("tip.saved", { status: t(`status.${saved}`) })}
            </p>
          ) : null}
          <ErrorSummary errors={linkErrors ? undefined : errors} order={["form", "status"]} />
          <Form method="post" noValidate className="form">
            <input type="hidden" name="version" value={tip.version} />
            <ChoiceGroup
              key={`${tip.status}-${tip.version}`}
              name="status"
              type="radio"
              legend={t("tip.newStatus")}
              error={errors && "status" in errors ? errors.status : undefined}
              options={TIP_STATUS_TARGETS.map((status) => ({ value: status, label: t(`status.${status}`) }))}
              selected={values ? valuesOf(values, "status") : tip.status === "new" ? [] : [tip.status]}
            />
            <button type="submit" className="button" disabled={submitting}>
              {t("tip.saveStatus")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
