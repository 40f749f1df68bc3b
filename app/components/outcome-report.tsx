import { useTranslation } from "react-i18next";
import type { OutcomeView } from "~/.server/outcome-view";
import { BarChart, ColumnChart } from "./charts";
import { DataTable } from "./data-table";

/** The figures of one project period: shared by the dashboard and the printable report. */
export function OutcomeReport({ view }: { view: OutcomeView }) {
  const { t } = useTranslation();
  const ratingClass = (rating: string | null) => (rating === "good" ? "rating--good" : rating === "poor" ? "rating--poor" : undefined);
  return (
    <>
      <dl className="summary-list">
        <dt>{t("outcomes.parties")}</dt>
        <dd>{view.agreement.parties.map((p) => p.name).join(" · ")}</dd>
        <dt>{t("outcomes.signedOn")}</dt>
        <dd>{view.signed ?? t("outcomes.signedUnknown")}</dd>
        <dt>{t("outcomes.dates")}</dt>
        <dd>{view.period.dates}</dd>
        {view.period.budget ? (
          <>
            <dt>{t("outcomes.budget")}</dt>
            <dd>
              {view.period.budget}
              {view.funding.length ? ` (${view.funding.map((f) => `${f.share} ${f.source}`).join(", ")})` : ""}
            </dd>
          </>
        ) : view.funding.length ? (
          <>
            <dt>{t("outcomes.fundingHeading")}</dt>
            <dd>{view.funding.map((f) => `${f.share} ${f.source}`).join(", ")}</dd>
          </>
        ) : null}
        {view.period.objectives ? (
          <>
            <dt>{t("outcomes.objectives")}</dt>
            <dd>{view.period.objectives}</dd>
          </>
        ) : null}
      </dl>

      <h2>{t("outcomes.keyFigures")}</h2>
      <ul className="figures-grid" role="list">
        {view.headline.map((figure) => (
          <li key={figure.key} className="figure-card">
            <span className="figure-card__value">{figure.value}</span>
            {figure.label}
          </li>
        ))}
      </ul>

      <h2>{t("outcomes.targetsHeading")}</h2>
      {view.targets.length ? (
        <DataTable
          rows={view.targets}
          rowKey={(target) => target.metric}
          columns={[
            { id: "metric", header: t("outcomes.metricHeading"), rowHeader: true, lead: true, cardLabelHidden: true, cell: (target) => target.label },
            { id: "target", header: t("outcomes.target"), numeric: true, cell: (target) => target.target },
            { id: "actual", header: t("outcomes.actual"), numeric: true, cell: (target) => target.actual },
            { id: "achieved", header: t("outcomes.achieved"), numeric: true, cell: (target) => <span className={target.met ? "rating--good" : undefined}>{target.achieved}</span> },
          ]}
        />
      ) : (
        <p>{t("outcomes.noTargets")}</p>
      )}

      <h2>{t("outcomes.casesHeading")}</h2>
      <BarChart title={t("outcomes.chart.inspections")} description={t("outcomes.chart.inspectionsDescription")} data={view.charts.inspections} labelHeading={t("outcomes.metricHeading")} valueHeading={t("outcomes.count")} />
      <BarChart title={t("outcomes.chart.exchanges")} description={t("outcomes.chart.exchangesDescription")} data={view.charts.exchanges} labelHeading={t("outcomes.metricHeading")} valueHeading={t("outcomes.count")} />
      <BarChart title={t("outcomes.chart.activities")} description={t("outcomes.chart.activitiesDescription")} data={view.charts.activities} labelHeading={t("outcomes.metricHeading")} valueHeading={t("outcomes.count")} />

      <h2>{t("outcomes.violationsHeading")}</h2>
      <BarChart title={t("outcomes.chart.violationsBySource")} description={t("outcomes.chart.violationsBySourceDescription")} data={view.charts.violationsBySource} labelHeading={t("outcomes.metricHeading")} valueHeading={t("outcomes.count")} />
      <BarChart title={t("outcomes.chart.violationsByCategory")} description={t("outcomes.chart.violationsByCategoryDescription")} data={view.charts.violationsByCategory} labelHeading={t("outcomes.metricHeading")} valueHeading={t("outcomes.count")} />
      <div className="table-wrap">
        <table className="table">
          <caption>{t("outcomes.sanctionsHeading")}</caption>
          <tbody>
            {view.sanctions.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{row.value}</td>
              </tr>
            ))}
            {view.coverage.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{row.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("outcomes.replyHeading")}</h2>
      <p>{t("outcomes.replyIntro", { count: view.reply.requestCount, requests: view.reply.requests })}</p>
      <dl className="summary-list">
        <dt>{t("outcomes.metric.reply_accepted_within_7_days_share")}</dt>
        <dd className={ratingClass(view.reply.rating.accepted)}>{view.reply.accepted ?? "–"} {view.reply.rating.accepted ? `(${t(`outcomes.rating.${view.reply.rating.accepted}`)})` : ""}</dd>
        <dt>{t("outcomes.metric.reply_average_working_days")}</dt>
        <dd className={ratingClass(view.reply.rating.average)}>{view.reply.average ?? "–"} {view.reply.rating.average ? `(${t(`outcomes.rating.${view.reply.rating.average}`)})` : ""}</dd>
        <dt>{t("outcomes.metric.reply_answered_by_due_date_share")}</dt>
        <dd className={ratingClass(view.reply.rating.onTime)}>{view.reply.onTime ?? "–"} {view.reply.rating.onTime ? `(${t(`outcomes.rating.${view.reply.rating.onTime}`)})` : ""}</dd>
      </dl>
      <p className="muted">{t("casework:acceptanceJudged", { count: view.reply.acceptanceJudged })}</p>
      <p className="muted">{t("outcomes.imiNote")}</p>

      <h2>{t("outcomes.trendsHeading")}</h2>
      <ColumnChart
        title={t("outcomes.chart.trends")}
        description={t("outcomes.chart.trendsDescription")}
        categories={view.trends.quarters}
        categoryHeading={t("outcomes.quarter")}
        series={[
          { name: t("outcomes.metric.information_exchanges_sent"), values: view.trends.exchanges },
          { name: t("outcomes.metric.joint_inspections_conducted"), values: view.trends.inspections },
          { name: t("outcomes.metric.violations_total"), values: view.trends.violations },
        ]}
      />
    </>
  );
}
