import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { requireDashboard } from "~/.server/outcome-access";
import { outcomeView } from "~/.server/outcome-view";
import { OutcomeReport } from "~/components/outcome-report";
import { formatDate, keepNumberRangesTogether } from "~/lib/format";
import { today } from "~/.server/clock";

/** An A4 report of the period that a coordinator saves as PDF from the browser's print dialog. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const { locale, dashboard } = requireDashboard(request, params);
  const t = getFixedT(locale);
  return {
    locale,
    title: `${t("outcomes.reportTitle")} – ${dashboard.period.name} – ${dashboard.agreement.title}`,
    view: outcomeView(dashboard, locale, t),
    printed: formatDate(today(), locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function PrintableReport() {
  const { locale, view, printed } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="print-report">
      <p className="no-print">
        <Link to={`/${locale}/outcomes/${view.agreement.slug}/${view.period.slug}`}>{t("outcomes.backToDashboard")}</Link> · {t("outcomes.printHint")}
      </p>
      <h1>
        {t("outcomes.reportTitle")}: {keepNumberRangesTogether(view.period.name)}
        <span className="h1-sub">{view.agreement.title}</span>
      </h1>
      <p className="muted">{t("outcomes.printedOn", { date: printed })}</p>
      {/* On paper the site footer's lines open the report instead of closing it (see app.css). */}
      <p className="print-report__colophon muted">
        {t("app.owners")}. {t("footer.agreement")}
      </p>
      <OutcomeReport view={view} />
    </article>
  );
}
