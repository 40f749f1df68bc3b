import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { publicOrigin } from "~/.server/env";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { getFixedT } from "~/.server/i18n";
import { agreementsOfAuthority, calendarFeedToken, inspectionCalendar, listInspections, shiftMonth } from "~/.server/inspections";
import { requireLocale } from "~/.server/route-params";
import { SelectField } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { DueTag } from "~/components/due-tag";
import { FilterForm } from "~/components/filter-form";
import { dueStatus } from "~/domain/due-status";
import { inspectionDeadline } from "~/domain/inspection-workflow";
import { INSPECTION_STATUSES, type InspectionStatus, type Locale } from "~/domain/vocabulary";
import { countryName, formatDate } from "~/lib/format";
import { pageLinks } from "~/lib/pagination";
import { listQuerySchema } from "~/lib/schemas/inspections";

const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", lt: "lt-LT", en: "en-GB" };

function monthLabel(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:inspection:own-authority");
  const url = new URL(request.url);
  const query = listQuerySchema.parse(Object.fromEntries([...url.searchParams].filter(([, v]) => v !== "")));
  const t = getFixedT(locale, "inspections");
  const now = today();
  const authorityId = user.authorityId;
  if (authorityId === null) throw data(null, { status: 403 });
  const agreements = agreementsOfAuthority(authorityId, locale);
  const chosen = query.agreement ? agreements.find((a) => a.slug === query.agreement) : undefined;
  const shown = chosen ? [chosen] : agreements;
  const status = (INSPECTION_STATUSES as readonly string[]).includes(query.status ?? "") ? (query.status as InspectionStatus) : undefined;
  const month = query.month ?? now.slice(0, 7);
  const calendar = inspectionCalendar(authorityId, { month, agreementIds: shown.map((a) => a.id) });
  const list = listInspections(authorityId, locale, { agreementId: chosen?.id, status, page: query.page }, { userId: user.id, authorityId, ipAddress: context.clientAddress });
  const link = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(url.searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    const search = next.toString();
    return search ? `?${search}` : "?";
  };
  const token = calendarFeedToken(user.id);
  const origin = publicOrigin();
  return {
    locale,
    title: `${t("list.title")} – ${getFixedT(locale)("app.name")}`,
    query: { agreement: chosen?.slug ?? "", status: status ?? "" },
    agreements: agreements.map((a) => ({ slug: a.slug, label: `${a.title} – ${a.partner.name}` })),
    month: { label: monthLabel(month, locale), previous: link({ month: shiftMonth(month, -1) }) + "#calendar", next: link({ month: shiftMonth(month, 1) }) + "#calendar" },
    calendar: calendar.map((group) => {
      const agreement = shown.find((a) => a.id === group.agreementId)!;
      return {
        slug: agreement.slug,
        title: `${agreement.title} – ${agreement.partner.name}`,
        entries: group.entries.map((e) => ({ ...e, date: e.date ? formatDate(e.date, locale) : "", hostCountry: countryName(e.hostCountry, locale) })),
      };
    }),
    rows: list.rows.map((r) => ({
      ref: r.ref,
      mode: r.mode,
      status: r.status,
      direction: r.direction,
      partner: r.partner,
      hostCountry: countryName(r.hostCountry, locale),
      municipality: r.municipality,
      date: r.scheduledOn ? formatDate(r.scheduledOn, locale, "numeric") : null,
      dueOn: r.dueOn ? formatDate(r.dueOn, locale, "numeric") : null,
      due: dueStatus(r.dueOn, now, inspectionDeadline(r.status) !== null),
    })),
    ...pageLinks(url, query.page, list.hasMore),
    feedUrl: token ? `${origin}/calendar/${token}.ics?lang=${locale}` : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export default function Inspections() {
  const { locale, query, agreements, month, calendar, rows, previous, next, feedUrl } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inspections");
  return (
    <>
      <p>
        <Link to={`/${locale}/cases`}>{t("common:inbox.title")}</Link>
      </p>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      <p className="button-row">
        <Link to={`/${locale}/cases/inspections/new`} className="button">
          {t("new.title")}
        </Link>
      </p>
      <FilterForm label={t("list.filter")}>
        <SelectField name="agreement" label={t("fields.agreement")} defaultValue={query.agreement} placeholder={t("list.all")} options={agreements.map((a) => ({ value: a.slug, label: a.label }))} />
        <SelectField name="status" label={t("case.status")} defaultValue={query.status} placeholder={t("list.all")} options={INSPECTION_STATUSES.map((s) => ({ value: s, label: t(`common:enum.inspectionStatus.${s}`) }))} />
      </FilterForm>

      <section aria-labelledby="calendar" className="inspection-calendar">
        <h2 id="calendar">{t("calendar.title", { month: month.label })}</h2>
        <nav className="month-nav" aria-label={t("calendar.months")}>
          <Link to={month.previous} rel="prev">
            {t("calendar.previous")}
          </Link>
          <Link to={month.next} rel="next">
            {t("calendar.next")}
          </Link>
        </nav>
        {calendar.map((group) => (
          <div key={group.slug} className="calendar-agreement">
            <h3>{group.title}</h3>
            {group.entries.length ? (
              <DataTable
                className="inspection-list"
                caption={t("calendar.caption", { agreement: group.title, month: month.label })}
                captionHidden
                rows={group.entries}
                rowKey={(e) => e.ref}
                columns={[
                  { id: "date", header: t("calendar.date"), lead: true, nowrap: true, cell: (e) => e.date },
                  { id: "reference", header: t("list.reference"), lead: true, nowrap: true, cardLabelHidden: true, cell: (e) => <Link to={`/${locale}/cases/inspections/${e.ref}`}>{e.ref}</Link> },
                  { id: "mode", header: t("fields.mode"), cell: (e) => t(`common:enum.inspectionMode.${e.mode}`) },
                  { id: "host", header: t("fields.hostCountry"), cell: (e) => e.hostCountry },
                  { id: "municipality", header: t("fields.municipality"), cell: (e) => e.municipality },
                  { id: "status", header: t("case.status"), cell: (e) => t(`common:enum.inspectionStatus.${e.status}`) },
                ]}
              />
            ) : (
              <p className="muted">{t("calendar.empty", { month: month.label })}</p>
            )}
          </div>
        ))}
        {feedUrl ? (
          <div className="field feed">
            <label className="field__label" htmlFor="calendar-feed">
              {t("feed.label")}
            </label>
            <p className="field__hint" id="calendar-feed-hint">
              {t("feed.hint")}
            </p>
            <input id="calendar-feed" className="input" readOnly value={feedUrl} aria-describedby="calendar-feed-hint" />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="all-inspections">
        <h2 id="all-inspections">{t("list.allInspections")}</h2>
        <DataTable
          className="inspection-list"
          caption={t("list.allInspections")}
          captionHidden
          rows={rows}
          rowKey={(r) => r.ref}
          rowClassName={(r) => (r.due === "overdue" ? "row--overdue" : undefined)}
          empty={t("list.empty")}
          columns={[
            {
              id: "reference",
              header: t("list.reference"),
              lead: true,
              nowrap: true,
              cardLabelHidden: true,
              cell: (r) => (
                <Link to={`/${locale}/cases/inspections/${r.ref}`}>
                  <strong>{r.ref}</strong>
                </Link>
              ),
            },
            { id: "mode", header: t("fields.mode"), cell: (r) => t(`common:enum.inspectionMode.${r.mode}`) },
            { id: "direction", header: t("common:inbox.direction"), cell: (r) => t(`common:inbox.directionValue.${r.direction}`) },
            { id: "partner", header: t("case.partner"), cell: (r) => r.partner },
            { id: "host", header: t("fields.hostCountry"), cell: (r) => `${r.hostCountry}${r.municipality ? ` (${r.municipality})` : ""}` },
            { id: "status", header: t("case.status"), cell: (r) => t(`common:enum.inspectionStatus.${r.status}`) },
            { id: "agreed", header: t("case.agreedDate"), nowrap: true, cell: (r) => r.date ?? "–" },
            {
              id: "due",
              header: t("common:inbox.due"),
              lead: true,
              cell: (r) => (
                <>
                  {r.dueOn ?? "–"} <DueTag due={r.due} />
                </>
              ),
            },
          ]}
        />
        <Pagination previous={previous} next={next} />
      </section>
    </>
  );
}
