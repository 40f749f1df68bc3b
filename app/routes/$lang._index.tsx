import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getHeadlineFigures } from "~/.server/agreement-figures";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  return {
    locale,
    title: t("app.name"),
    description: t("home.lead"),
    figures: getHeadlineFigures("no-lt", "2017-18", locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "description", content: data?.description },
];

export default function Home() {
  const { locale, figures } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const base = `/${locale}`;
  return (
    <>
      <section className="hero">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
      </section>

      <div className="audience-grid">
        <section className="card" aria-labelledby="workers-heading">
          <h2 id="workers-heading">{t("home.workers.heading")}</h2>
          <p>{t("home.workers.body")}</p>
          <ul className="link-list">
            <li>
              <Link to={`${base}/rights/to-norway`}>{t("home.workers.toNorway")}</Link>
            </li>
            <li>
              <Link to={`${base}/rights/to-lithuania`}>{t("home.workers.toLithuania")}</Link>
            </li>
            <li>
              <Link to={`${base}/report`}>{t("home.workers.report")}</Link>
            </li>
          </ul>
        </section>

        <section className="card" aria-labelledby="employers-heading">
          <h2 id="employers-heading">{t("home.employers.heading")}</h2>
          <p>{t("home.employers.body")}</p>
          <ul className="link-list">
            <li>
              <Link to={`${base}/checker`}>{t("home.employers.checker")}</Link>
            </li>
            <li>
              <Link to={`${base}/rights/to-norway`}>{t("home.employers.toNorway")}</Link>
            </li>
            <li>
              <Link to={`${base}/rights/to-lithuania`}>{t("home.employers.toLithuania")}</Link>
            </li>
          </ul>
        </section>

        <section className="card card--staff" aria-labelledby="staff-heading">
          <h2 id="staff-heading">{t("home.staff.heading")}</h2>
          <p>{t("home.staff.body")}</p>
          <ul className="link-list">
            <li>
              <Link to={`${base}/signin`}>{t("home.staff.signIn")}</Link>
            </li>
            <li>
              <Link to={`${base}/cases`}>{t("home.staff.cases")}</Link>
            </li>
            <li>
              <Link to={`${base}/outcomes`}>{t("home.staff.outcomes")}</Link>
            </li>
          </ul>
        </section>
      </div>

      {figures ? (
        <section className="figures" aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t("home.figures.heading")}</h2>
          <p>{t("home.figures.period", { period: figures.periodName })}</p>
          <ul className="figures__list">
            <li>{t("home.figures.jointInspections", { count: figures.jointInspections })}</li>
            <li>{t("home.figures.exchanges", { count: figures.exchanges })}</li>
            <li>{t("home.figures.violations", { count: figures.violations })}</li>
          </ul>
          <p className="figures__source">{t("home.figures.source")}</p>
        </section>
      ) : null}
    </>
  );
}
