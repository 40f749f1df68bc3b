import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { listTips } from "~/.server/tips";
import { DataTable } from "~/components/data-table";
import { SelectField } from "~/components/forms";
import { FilterForm } from "~/components/filter-form";
import { TIP_STATUSES } from "~/domain/vocabulary";
import { formatDateTime } from "~/lib/format";
import { tipListQuerySchema } from "~/lib/schemas/tips";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:tip:own-authority");
  const query = tipListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = getFixedT(locale, ["tips", "common"]);
  const { items, hasMore } = user.authorityId ? listTips(user.authorityId, query) : { items: [], hasMore: false };
  const pageLink = (page: number) => `?${new URLSearchParams({ status: query.status, page: String(page) })}`;
  // Not cacheable: the server's default for every response is `Cache-Control: no-store`.
  return {
    locale,
    query,
    title: `${t("list.title")} – ${t("common:app.name")}`,
    items: items.map((item) => ({ ...item, received: formatDateTime(item.createdAt, locale) })),
    previous: query.page > 1 ? pageLink(query.page - 1) : null,
    next: hasMore ? pageLink(query.page + 1) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function TipList() {
  const { locale, query, items, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation("tips");
  return (
    <>
      <p>
        <Link to={`/${locale}/cases`}>{t("list.backToInbox")}</Link>
      </p>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <FilterForm label={t("list.filter")}>
        <SelectField
          name="status"
          label={t("list.status")}
          defaultValue={query.status}
          options={[
            { value: "all", label: t("list.allStatuses") },
            ...TIP_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          ]}
        />
      </FilterForm>
      <DataTable
        caption={t("list.title")}
        captionHidden
        rows={items}
        rowKey={(item) => item.ref}
        empty={query.status === "all" ? t("list.empty") : t("list.emptyFiltered")}
        columns={[
          {
            id: "reference",
            header: t("list.reference"),
            lead: true,
            nowrap: true,
            cardLabelHidden: true,
            cell: (item) => (
              <Link to={`/${locale}/cases/tips/${item.ref}`}>
                <strong>{item.ref}</strong>
              </Link>
            ),
          },
          { id: "received", header: t("list.received"), nowrap: true, cell: (item) => <time dateTime={item.createdAt}>{item.received}</time> },
          { id: "sector", header: t("list.sector"), cell: (item) => t(`sector.${item.sector}`, { defaultValue: item.sector }) },
          { id: "place", header: t("list.place"), cell: (item) => <span lang={item.language}>{item.place}</span> },
          { id: "employer", header: t("list.employer"), cell: (item) => (item.employerName ? <span lang={item.language}>{item.employerName}</span> : "–") },
          { id: "status", header: t("list.status"), lead: true, cardLabelHidden: true, cell: (item) => <span className={`tag tip-status tip-status--${item.status}`}>{t(`status.${item.status}`)}</span> },
        ]}
      />
      <nav className="pagination" aria-label={t("list.pages")}>
        {previous ? <Link to={previous}>{t("list.previous")}</Link> : null}
        {next ? <Link to={next}>{t("list.next")}</Link> : null}
      </nav>
    </>
  );
}
