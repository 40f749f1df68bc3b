import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission } from "~/.server/auth";
import { searchEnterprisesFor } from "~/.server/enterprises";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { TextField } from "~/components/forms";
import { countryName } from "~/lib/format";

const querySchema = z.object({ q: z.string().max(100).catch("").default("") });

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  if (user.authorityId === null) throw data(null, { status: 404 });
  const { q } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = getFixedT(locale, ["enterprises", "common"]);
  const matches = searchEnterprisesFor(q, { userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress });
  return {
    locale,
    q,
    title: `${t("search.title")} – ${t("common:app.name")}`,
    // The current name, and the earlier one when that is the name the search matched.
    matches: matches.map((m) => ({ key: m.key, name: m.name, registrationNumber: m.registrationNumber, country: countryName(m.country, locale), earlier: m.earlierName ? t("search.earlierName", { name: m.earlierName }) : null })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export default function EnterpriseSearch() {
  const { locale, q, matches } = useLoaderData<typeof loader>();
  const { t } = useTranslation("enterprises");
  return (
    <>
      <h1>{t("search.title")}</h1>
      <p className="lead">{t("search.lead")}</p>
      <p>
        <Link to={`/${locale}/enterprises/signals`}>{t("search.signalsLink")}</Link>
      </p>
      <Form method="get" className="search-form" role="search">
        <TextField name="q" type="search" label={t("search.query")} hint={t("search.queryHint")} defaultValue={q} />
        <button type="submit" className="button button--secondary">
          {t("search.submit")}
        </button>
      </Form>
      {q ? (
        matches.length ? (
          <section aria-labelledby="enterprise-results">
            <h2 id="enterprise-results">{t("search.results")}</h2>
            <ul>
              {matches.map((m) => (
                <li key={m.key}>
                  <Link to={`/${locale}/enterprises/${m.key}`}>{m.name}</Link> ({m.country}, {m.registrationNumber}){m.earlier ? ` – ${m.earlier}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <p role="status">{t("search.none", { query: q })}</p>
        )
      ) : null}
    </>
  );
}
