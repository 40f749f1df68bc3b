import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { agreementsOfAuthority } from "~/.server/exchanges";
import { getFixedT } from "~/.server/i18n";
import { inboxCounts, listInbox, OVERDUE_INBOX_FILTER } from "~/.server/inbox";
import { requireLocale } from "~/.server/route-params";
import { SelectField } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { DueTag } from "~/components/due-tag";
import { FilterForm } from "~/components/filter-form";
import { pageLinks } from "~/lib/pagination";
import { EXCHANGE_STATUSES, EXCHANGE_TYPES, INBOX_VIEWS, INSPECTION_STATUSES } from "~/domain/vocabulary";
import { formatDate } from "~/lib/format";

const STATUSES = [...new Set([...EXCHANGE_STATUSES, ...INSPECTION_STATUSES])];
const KINDS = [...EXCHANGE_TYPES, "inspection"] as const;

const querySchema = z.object({
  view: z.enum(INBOX_VIEWS).catch("open"),
  status: z.enum(STATUSES as [string, ...string[]]).optional().catch(undefined),
  kind: z.enum(KINDS).optional().catch(undefined),
  direction: z.enum(["incoming", "outgoing"]).optional().catch(undefined),
  partner: z.coerce.number().int().min(1).max(999_999_999).optional().catch(undefined),
  due: z.enum(["overdue", "week"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:exchange:own-authority");
  const url = new URL(request.url);
  const query = querySchema.parse(Object.fromEntries([...url.searchParams].filter(([, v]) => v !== "")));
  const t = getFixedT(locale);
  const now = today();
  const authorityId = user.authorityId;
  const { items, hasMore } = authorityId
    ? listInbox(authorityId, locale, { ...query, partnerId: query.partner, page: query.page, today: now })
    : { items: [], hasMore: false };
  return {
    locale,
    query,
    title: `${t("inbox.title")} – ${t("app.name")}`,
    counts: authorityId ? inboxCounts(authorityId, now) : { awaiting: 0, overdue: 0 },
    overdueQuery: new URLSearchParams(OVERDUE_INBOX_FILTER).toString(),
    partners: authorityId ? agreementsOfAuthority(authorityId, locale).map((a) => a.partner) : [],
    items: items.map((item) => ({ ...item, dueLabel: item.dueOn ? formatDate(item.dueOn, locale, "numeric") : null })),
    ...pageLinks(url, query.page, hasMore),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function Inbox() {
  const { locale, query, counts, overdueQuery, partners, items, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("inbox.title")}</h1>
      <nav className="case-nav" aria-label={t("inbox.areas")}>
        <ul>
          <li>
            <Link to={`/${locale}/cases`} aria-current="page">
              {t("inbox.title")}
            </Link>{" "}
            <span className="tag">{t("inbox.awaiting", { count: counts.awaiting })}</span>
            {counts.overdue ? (
              <>
                {" "}
                <Link to={`/${locale}/cases?${overdueQuery}`} className="tag tag--overdue">
                  {t("inbox.overdueCount", { count: counts.overdue })}
                </Link>
              </>
            ) : null}
          </li>
          <li>
            <Link to={`/${locale}/cases/inspections`}>{t("inbox.inspections")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/cases/tips`}>{t("inbox.tips")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/cases/violations`}>{t("violation.list.title")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/enterprises`}>{t("enterprises:search.title")}</Link>
          </li>
        </ul>
      </nav>
      <p className="button-row">
        <Link to={`/${locale}/cases/exchanges/new`} className="button">
          {t("exchange.new.title")}
        </Link>
        <Link to={`/${locale}/cases/inspections/new`} className="button button--secondary">
          {t("inspections:new.title")}
        </Link>
      </p>
      <FilterForm label={t("inbox.filter")}>
        <SelectField name="view" label={t("inbox.show")} defaultValue={query.view} options={INBOX_VIEWS.map((view) => ({ value: view, label: t(`inbox.view.${view}`) }))} />
        <SelectField
          name="kind"
          label={t("inbox.kind")}
          defaultValue={query.kind ?? ""}
          placeholder={t("violation.list.all")}
          options={KINDS.map((kind) => ({ value: kind, label: kind === "inspection" ? t("inbox.inspections") : t(`enum.exchangeType.${kind}`) }))}
        />
        <SelectField
          name="status"
          label={t("inbox.status")}
          defaultValue={query.status ?? ""}
          placeholder={t("violation.list.all")}
          options={EXCHANGE_STATUSES.filter((s) => s !== "forwarded").map((s) => ({ value: s, label: t(`enum.exchangeStatus.${s}`) }))}
        />
        <SelectField
          name="direction"
          label={t("inbox.direction")}
          defaultValue={query.direction ?? ""}
          placeholder={t("violation.list.all")}
          options={(["incoming", "outgoing"] as const).map((d) => ({ value: d, label: t(`inbox.directionValue.${d}`) }))}
        />
        <SelectField name="partner" label={t("inbox.partner")} defaultValue={query.partner ? String(query.partner) : ""} placeholder={t("violation.list.all")} options={partners.map((p) => ({ value: String(p.id), label: p.name }))} />
        <SelectField
          name="due"
          label={t("inbox.due")}
          defaultValue={query.due ?? ""}
          placeholder={t("violation.list.all")}
          options={[
            { value: "overdue", label: t("inbox.overdue") },
            { value: "week", label: t("inbox.dueThisWeek") },
          ]}
        />
      </FilterForm>
      <DataTable
        caption={t("inbox.title")}
        captionHidden
        rows={items}
        rowKey={(item) => item.ref}
        rowClassName={(item) => (item.due === "overdue" ? "row--overdue" : undefined)}
        empty={t("inbox.empty")}
        columns={[
          {
            id: "reference",
            header: t("inbox.reference"),
            lead: true,
            nowrap: true,
            cardLabelHidden: true,
            cell: (item) => (
              <Link to={`/${locale}/cases/${item.kind === "exchange" ? "exchanges" : "inspections"}/${item.ref}`}>
                <strong>{item.ref}</strong>
              </Link>
            ),
          },
          {
            id: "kind",
            header: t("inbox.kind"),
            cell: (item) => (
              <>
                {item.kind === "exchange" ? t(`enum.exchangeType.${item.subtype}`) : t(`enum.inspectionMode.${item.subtype}`)}
                {item.urgency === "urgent" ? (
                  <>
                    {" "}
                    <span className="tag tag--soon">{t("enum.urgency.urgent")}</span>
                  </>
                ) : null}
              </>
            ),
          },
          { id: "direction", header: t("inbox.direction"), cell: (item) => t(`inbox.directionValue.${item.direction}`) },
          { id: "partner", header: t("inbox.partner"), cell: (item) => item.partner },
          { id: "status", header: t("inbox.status"), cell: (item) => (item.kind === "exchange" ? t(`enum.exchangeStatus.${item.status}`) : t(`enum.inspectionStatus.${item.status}`)) },
          {
            id: "due",
            header: t("inbox.due"),
            lead: true,
            cell: (item) => (
              <>
                {item.dueLabel ?? "–"} <DueTag due={item.due} />
              </>
            ),
          },
        ]}
      />
      <Pagination previous={previous} next={next} />
    </>
  );
}
