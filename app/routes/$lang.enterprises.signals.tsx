import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission, userCan } from "~/.server/auth";
import { listEnterpriseSignals } from "~/.server/enterprise-signal-rows";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { EnterpriseSignalList, signalForDisplay } from "~/components/enterprise-signals";
import { SelectField } from "~/components/forms";
import { SIGNAL_SORTS } from "~/domain/enterprise-signals";
import { Pagination } from "~/components/pagination";
import { countryName, formatDate } from "~/lib/format";

const querySchema = z.object({
  sort: z.enum(SIGNAL_SORTS).catch("signals").default("signals"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  if (user.authorityId === null) throw data(null, { status: 404 });
  const { sort, page } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = getFixedT(locale, ["enterprises", "common"]);
  // Sorted and paged by the stored rows' indexes (app/.server/enterprise-signal-rows.ts).
  const list = listEnterpriseSignals({ userId: user.id, authorityId: user.authorityId, ipAddress: context.clientAddress, mayReadTips: userCan(user, "read:tip:own-authority") }, { sort, page });
  const pageLink = (n: number) => `/${locale}/enterprises/signals?${new URLSearchParams({ sort, page: String(n) })}`;
  const date = (iso: string) => formatDate(iso, locale, "numeric");
  return {
    locale,
    sort,
    title: `${t("signals.listTitle")} – ${t("common:app.name")}`,
    previous: list.page > 1 ? pageLink(list.page - 1) : null,
    next: list.hasNext ? pageLink(list.page + 1) : null,
    rows: list.rows.map((r) => ({
      ...r,
      countryName: countryName(r.country, locale),
      latestViolation: r.latestViolation ? date(r.latestViolation) : "–",
      signals: r.signals.map((s) => signalForDisplay(s, locale)),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export default function EnterpriseSignals() {
  const { locale, sort, rows, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation("enterprises");
  return (
    <>
      <p>
        <Link to={`/${locale}/enterprises`}>{t("search.title")}</Link>
      </p>
      <h1>{t("signals.listTitle")}</h1>
      <p className="lead">{t("signals.lead")}</p>
      <Form method="get" className="search-form">
        <SelectField name="sort" label={t("signals.sortBy")} defaultValue={sort} options={SIGNAL_SORTS.map((s) => ({ value: s, label: t(`signals.sort.${s}`) }))} />
        <button type="submit" className="button button--secondary">
          {t("signals.apply")}
        </button>
      </Form>
      {rows.length === 0 ? (
        <p>{t("signals.noneList")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t("signals.listTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("signals.enterprise")}</th>
                <th scope="col">{t("signals.signals")}</th>
                <th scope="col">{t("signals.latestViolation")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td>
                    <Link to={`/${locale}/enterprises/${r.key}`}>{r.name}</Link> ({r.countryName})
                  </td>
                  <td>
                    <EnterpriseSignalList signals={r.signals} locale={locale} />
                  </td>
                  <td>{r.latestViolation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination previous={previous} next={next} />
    </>
  );
}
