// Recording an address, phone number or e-mail domain of a case's enterprise, as the case brought it in (reached
// from the exchange's or inspection's page). Need-to-know: a case the user may not open is "not found".
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { addEnterpriseContact, caseEnterprises, type CaseSource } from "~/.server/enterprises";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { DoneMessage, withDoneMessage } from "~/components/feedback";
import { ErrorSummary, SelectField, TextField } from "~/components/forms";
import { ENTERPRISE_CONTACT_KINDS } from "~/domain/enterprise-links";
import { parseForm, valueOf, type FieldErrors, type FormValues } from "~/lib/forms";
import type { Locale } from "~/lib/i18n";
import { enterpriseContactSchemaFor, enterpriseErrorKeys } from "~/lib/schemas/enterprises";

function sourceFromQuery(url: URL): CaseSource | null {
  const exchange = url.searchParams.get("exchange");
  const inspection = url.searchParams.get("inspection");
  if (exchange) return { kind: "exchange", ref: exchange.slice(0, 40) };
  if (inspection) return { kind: "inspection", ref: inspection.slice(0, 40) };
  return null;
}

const casePath = (locale: Locale, source: CaseSource) => `/${locale}/cases/${source.kind === "exchange" ? "exchanges" : "inspections"}/${source.ref}`;
const formPath = (locale: Locale, source: CaseSource) => `/${locale}/cases/enterprise-details/new?${source.kind}=${encodeURIComponent(source.ref)}`;

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  const source = sourceFromQuery(new URL(request.url));
  const found = source && user.authorityId !== null ? caseEnterprises(source, user.authorityId) : null;
  if (!source || !found) throw data(null, { status: 404 });
  const t = getFixedT(locale, ["enterprises", "common"]);
  return {
    locale,
    source,
    today: today(),
    withheld: found.withheld,
    enterprises: found.enterprises.map((e) => ({ key: e.key, name: e.name })),
    title: `${t("details.title")} – ${source.ref} – ${t("common:app.name")}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "write:exchange:own-authority");
  if (user.authorityId === null) throw data(null, { status: 404 });
  const form = parseForm(enterpriseContactSchemaFor(locale, today()), await readFormData(request));
  if (!form.ok) return data({ errors: enterpriseErrorKeys(form.errors), values: form.values }, { status: 400 });
  const v = form.data;
  const source: CaseSource = { kind: v.sourceKind, ref: v.sourceRef };
  const result = addEnterpriseContact({ source, enterpriseKey: v.enterprise, kind: v.kind, value: v.value, seenOn: v.seenOn }, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress });
  if (!result.ok && result.reason === "not_found") throw data(null, { status: 404 });
  const values: FormValues = { enterprise: v.enterprise, kind: v.kind, value: v.value, seenOn: v.seenOn };
  if (!result.ok) return data({ errors: enterpriseErrorKeys({ [result.field]: result.error }), values }, { status: 400 });
  throw redirect(withDoneMessage(formPath(locale, source), "contact"));
}

export default function NewEnterpriseDetail() {
  const { locale, source, today: todayIso, withheld, enterprises } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("enterprises");
  const errors = (result?.errors ?? undefined) as FieldErrors | undefined;
  const v = (name: string, fallback = "") => valueOf((result?.values ?? undefined) as FormValues | undefined, name, fallback);
  return (
    <>
      <p>
        <Link to={casePath(locale, source)}>{source.ref}</Link>
      </p>
      <h1>{t("details.title")}</h1>
      <DoneMessage />
      <p className="lead">{t("details.lead", { ref: source.ref })}</p>
      {enterprises.length > 0 ? (
        <p>
          {t("details.enterprisePages")}{" "}
          {enterprises.map((e, index) => (
            <span key={e.key}>
              {index > 0 ? ", " : ""}
              <Link to={`/${locale}/enterprises/${e.key}`}>{e.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {enterprises.length === 0 ? (
        <p>{t("details.noEnterprise")}</p>
      ) : withheld ? (
        // A form posted before the case's personal data was hidden is answered with the refusal as an error.
        errors?.form ? (
          <ErrorSummary errors={errors} />
        ) : (
          <p className="notice">{t("details.withheld")}</p>
        )
      ) : (
        <>
          <ErrorSummary errors={errors} order={["form", "enterprise", "kind", "value", "seenOn"]} />
          <Form method="post" noValidate className="form">
            <input type="hidden" name="sourceKind" value={source.kind} />
            <input type="hidden" name="sourceRef" value={source.ref} />
            <SelectField name="enterprise" label={t("details.enterprise")} defaultValue={v("enterprise", enterprises.length === 1 ? enterprises[0]!.key : "")} placeholder={enterprises.length > 1 ? t("page.choose") : undefined} options={enterprises.map((e) => ({ value: e.key, label: `${e.name} (${e.key})` }))} error={errors?.enterprise} />
            <SelectField name="kind" label={t("page.kind")} defaultValue={v("kind")} placeholder={t("page.choose")} options={ENTERPRISE_CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`contactKinds.${kind}`) }))} error={errors?.kind} />
            <TextField name="value" label={t("page.value")} hint={t("details.valueHint")} defaultValue={v("value")} error={errors?.value} autoComplete="off" spellCheck={false} />
            <TextField name="seenOn" type="date" label={t("details.seenOn")} hint={t("details.seenOnHint")} defaultValue={v("seenOn", todayIso)} max={todayIso} error={errors?.seenOn} className="input--short" />
            <button type="submit" className="button">
              {t("details.save")}
            </button>
          </Form>
          <h2>{t("details.peopleTitle")}</h2>
          <ul>
            {enterprises.map((e) => (
              <li key={e.key}>
                <Link to={`/${locale}/enterprises/${e.key}?case=${encodeURIComponent(source.ref)}#enterprise-person-new`}>{t("details.personLink", { name: e.name })}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
