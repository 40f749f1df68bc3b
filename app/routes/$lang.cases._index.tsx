import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { getFixedT } from "~/.server/i18n";
import { listInbox } from "~/.server/inbox";
import { requireLocale } from "~/.server/route-params";
import { SelectField } from "~/components/forms";
import { INBOX_VIEWS } from "~/domain/vocabulary";
import { formatDate } from "~/lib/format";

const querySchema = z.object({
  view: z.enum(INBOX_VIEWS).catch("open"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  const url = new URL(request.url);
  const query = querySchema.parse(Object.fromEntries(url.searchParams));
  const t = getFixedT(locale);
  const { items, hasMore } = user.authorityId
    ? listInbox(user.authorityId, locale, { view: query.view, page: query.page, today: today() })
    : { items: [], hasMore: false };
  const pageLink = (page: number) => `?${new URLSearchParams({ view: query.view, page: String(page) })}`;
  return {
    locale,
    query,
    title: `${t("inbox.title")} – ${t("app.name")}`,
    items: items.map((item) => ({ ...item, dueLabel: item.dueOn ? formatDate(item.dueOn, locale, "numeric") : null })),
    previous: query.page > 1 ? pageLink(query.page - 1) : null,
    next: hasMore ? pageLink(query.page + 1) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function Inbox() {
  const { locale, query, items, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("inbox.title")}</h1>
      <p className="button-row">
        <Link to={`/${locale}/cases/exchanges/new`} className="button">
          {t("exchange.new.title")}
        </Link>
      </p>
      <Form method="get" className="filters" aria-label={t("inbox.filter")}>
        <SelectField
          name="view"
          label={t("inbox.show")}
          defaultValue={query.view}
          options={INBOX_VIEWS.map((view) => ({ value: view, label: t(`inbox.view.${view}`) }))}
        />
        <button type="submit" className="button button--secondary">
          {t("admin.users.applyFilter")}
        </button>
      </Form>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("inbox.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("inbox.reference")}</th>
              <th scope="col">{t("inbox.kind")}</th>
              <th scope="col">{t("inbox.direction")}</th>
              <th scope="col">{t("inbox.partner")}</th>
              <th scope="col">{t("inbox.status")}</th>
              <th scope="col">{t("inbox.due")}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 ? (
              <tr>
                <td colSpan={6}>{t("inbox.empty")}</td>
              </tr>
            ) : (
              items.map((item) => (
                <tr key={item.ref}>
                  <td>
                    {item.kind === "exchange" ? (
                      <Link to={`/${locale}/cases/exchanges/${item.ref}`}>
                        <strong>{item.ref}</strong>
                      </Link>
                    ) : (
                      <strong>{item.ref}</strong>
                    )}
                  </td>
                  <td>
                    {item.kind === "exchange" ? t(`enum.exchangeType.${item.subtype}`) : t(`enum.inspectionMode.${item.subtype}`)}
                    {item.urgency === "urgent" ? (
                      <>
                        {" "}
                        <span className="tag tag--soon">{t("enum.urgency.urgent")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{t(`inbox.directionValue.${item.direction}`)}</td>
                  <td>{item.partner}</td>
                  <td>{item.kind === "exchange" ? t(`enum.exchangeStatus.${item.status}`) : t(`enum.inspectionStatus.${item.status}`)}</td>
                  <td>
                    {item.dueLabel ?? "–"}
                    {item.due === "overdue" ? (
                      <>
                        {" "}
                        <span className="tag tag--overdue">{t("inbox.overdue")}</span>
                      </>
                    ) : item.due === "due_soon" ? (
                      <>
                        {" "}
                        <span className="tag tag--soon">{t("inbox.dueSoon")}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <nav className="pagination" aria-label={t("admin.audit.pages")}>
        {previous ? <Link to={previous}>{t("inbox.previous")}</Link> : null}
        {next ? <Link to={next}>{t("inbox.next")}</Link> : null}
      </nav>
    </>
  );
}
