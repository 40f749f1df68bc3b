import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { agreementsOfParty, listViolations } from "~/.server/violations";
import { SelectField, TextField } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { FilterForm } from "~/components/filter-form";
import { pageLinks } from "~/lib/pagination";
import { accessFor } from "~/domain/permissions";
import { SANCTIONS, VIOLATION_CATEGORIES, VIOLATION_SOURCES } from "~/domain/vocabulary";
import { formatDate, formatMoney } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import { localDateFilter } from "~/lib/schemas/local-fields";

const filterSchema = (locale: Locale) =>
  z.object({
    category: z.enum(VIOLATION_CATEGORIES).optional().catch(undefined),
    source: z.enum(VIOLATION_SOURCES).optional().catch(undefined),
    sanction: z.enum(SANCTIONS).optional().catch(undefined),
    from: localDateFilter(locale),
    to: localDateFilter(locale),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  });

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUserWithPermission(request, "read:violation:own-authority");
  const url = new URL(request.url);
  const filter = filterSchema(locale).parse(Object.fromEntries(url.searchParams));
  // Administrators read every agreement's register; a contact point the agreements its authority is party to.
  const readsAll = accessFor(user.roles, "read", "violation") === "any";
  const scope = readsAll ? null : user.authorityId === null ? [] : agreementsOfParty(user.authorityId);
  const { rows, hasMore } = listViolations(scope, filter, locale, readsAll ? null : (user.authorityId ?? -1));
  const t = getFixedT(locale);
  return {
    locale,
    filter,
    title: `${t("violation.list.title")} – ${t("app.name")}`,
    rows: rows.map((r) => ({ ...r, found: formatDate(r.foundOn, locale, "numeric"), fine: r.fineAmountCents && r.fineCurrency ? formatMoney(r.fineAmountCents, r.fineCurrency, locale) : null })),
    ...pageLinks(url, filter.page, hasMore),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function ViolationRegister() {
  const { locale, filter, rows, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/${locale}/cases`}>{t("inbox.title")}</Link>
      </p>
      <h1>{t("violation.list.title")}</h1>
      <FilterForm label={t("violation.list.filter")}>
        <SelectField name="category" label={t("violation.fields.category")} defaultValue={filter.category ?? ""} placeholder={t("violation.list.all")} options={VIOLATION_CATEGORIES.map((c) => ({ value: c, label: t(`enum.violationCategory.${c}`) }))} />
        <SelectField name="source" label={t("violation.fields.source")} defaultValue={filter.source ?? ""} placeholder={t("violation.list.all")} options={VIOLATION_SOURCES.map((s) => ({ value: s, label: t(`enum.violationSource.${s}`) }))} />
        <SelectField name="sanction" label={t("violation.fields.sanction")} defaultValue={filter.sanction ?? ""} placeholder={t("violation.list.all")} options={SANCTIONS.map((s) => ({ value: s, label: t(`enum.sanction.${s}`) }))} />
        <TextField name="from" type="date" label={t("admin.audit.from")} defaultValue={filter.from ?? ""} />
        <TextField name="to" type="date" label={t("admin.audit.to")} defaultValue={filter.to ?? ""} />
      </FilterForm>
      <DataTable
        caption={t("violation.list.title")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={t("violation.list.none")}
        columns={[
          { id: "found", header: t("violation.fields.foundOn"), lead: true, nowrap: true, cell: (r) => r.found },
          { id: "category", header: t("violation.fields.category"), cell: (r) => t(`enum.violationCategory.${r.category}`) },
          {
            id: "source",
            header: t("violation.fields.source"),
            cell: (r) => (
              <>
                {t(`enum.violationSource.${r.source}`)}
                {r.exchangeRef ? (
                  <>
                    {" "}
                    <Link to={`/${locale}/cases/exchanges/${r.exchangeRef}`} className="nowrap">
                      {r.exchangeRef}
                    </Link>
                  </>
                ) : r.inspectionRef ? (
                  <>
                    {" "}
                    <span className="nowrap">{r.inspectionRef}</span>
                  </>
                ) : null}
              </>
            ),
          },
          { id: "enterprise", header: t("exchange.fields.enterprise"), cell: (r) => (r.enterprise ? <Link to={`/${locale}/enterprises/${r.enterprise.key}`}>{r.enterprise.name}</Link> : "–") },
          { id: "sanction", header: t("violation.fields.sanction"), cell: (r) => `${t(`enum.sanction.${r.sanction}`)}${r.fine ? ` (${r.fine})` : ""}` },
          { id: "agreement", header: t("violation.list.agreement"), cell: (r) => r.agreementTitle },
        ]}
      />
      <Pagination previous={previous} next={next} />
    </>
  );
}
