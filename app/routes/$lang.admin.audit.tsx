import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { listAuditEvents } from "~/.server/audit";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { TextField } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { FilterForm } from "~/components/filter-form";
import { addCalendarDays } from "~/domain/working-days";
import { startOfLocalDay } from "~/domain/zone-clock";
import { formatDateTime, READER_TIME_ZONE } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import { pageLinks } from "~/lib/pagination";
import { localDateFilter } from "~/lib/schemas/local-fields";

const filterSchema = (locale: Locale) =>
  z.object({
    action: z.string().trim().max(80).regex(/^[a-z_.]*$/).optional().catch(undefined),
    entity: z.string().trim().max(40).regex(/^[a-z_]*$/).optional().catch(undefined),
    entityId: z.string().trim().max(80).optional().catch(undefined),
    user: z.string().trim().max(254).optional().catch(undefined),
    from: localDateFilter(locale),
    to: localDateFilter(locale),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  });

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:audit:any");
  const url = new URL(request.url);
  const filter = filterSchema(locale).parse(Object.fromEntries(url.searchParams));
  const { events, hasMore } = listAuditEvents({
    action: filter.action || undefined,
    entity: filter.entity || undefined,
    entityId: filter.entityId || undefined,
    userEmail: filter.user || undefined,
    // The days are the reader's: from midnight to midnight on the clock the times on the page are shown in.
    since: filter.from ? startOfLocalDay(filter.from, READER_TIME_ZONE[locale]) : undefined,
    before: filter.to ? startOfLocalDay(addCalendarDays(filter.to, 1), READER_TIME_ZONE[locale]) : undefined,
    page: filter.page,
  });
  const t = getFixedT(locale);
  return {
    locale,
    filter,
    title: `${t("admin.audit.title")} – ${t("app.name")}`,
    events: events.map((e) => ({ ...e, when: formatDateTime(e.at, locale) })),
    ...pageLinks(url, filter.page, hasMore),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function AuditLog() {
  const { locale, filter, events, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/${locale}/admin`}>{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.audit.title")}</h1>
      <p className="lead">{t("admin.audit.lead")}</p>
      <FilterForm label={t("admin.audit.filter")}>
        <TextField name="action" label={t("admin.audit.action")} hint={t("admin.audit.actionHint")} defaultValue={filter.action ?? ""} />
        <TextField name="user" type="email" label={t("admin.audit.user")} defaultValue={filter.user ?? ""} />
        <TextField name="entity" label={t("admin.audit.entity")} defaultValue={filter.entity ?? ""} />
        <TextField name="entityId" label={t("admin.audit.entityId")} defaultValue={filter.entityId ?? ""} />
        <TextField name="from" type="date" label={t("admin.audit.from")} defaultValue={filter.from ?? ""} />
        <TextField name="to" type="date" label={t("admin.audit.to")} defaultValue={filter.to ?? ""} />
      </FilterForm>
      <DataTable
        caption={t("admin.audit.title")}
        captionHidden
        rows={events}
        rowKey={(event) => event.id}
        empty={t("admin.audit.none")}
        columns={[
          { id: "at", header: t("admin.audit.at"), lead: true, cardLabelHidden: true, cell: (event) => <time dateTime={event.at}>{event.when}</time> },
          { id: "user", header: t("admin.audit.user"), cell: (event) => event.userEmail ?? "–" },
          { id: "action", header: t("admin.audit.action"), cell: (event) => <code>{event.action}</code> },
          { id: "entity", header: t("admin.audit.entity"), cell: (event) => `${event.entity}${event.entityId ? ` ${event.entityId}` : ""}` },
          { id: "address", header: t("admin.audit.address"), cell: (event) => event.ipAddress ?? "–" },
          { id: "detail", header: t("admin.audit.detail"), cell: (event) => <code className="audit-detail">{event.detail ?? ""}</code> },
        ]}
      />
      <Pagination previous={previous} next={next} previousLabel={t("admin.audit.previous")} nextLabel={t("admin.audit.next")} />
    </>
  );
}
