import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { RIGHTS_DIRECTIONS } from "~/domain/vocabulary";

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  return { locale, title: `${t("rights.title")} – ${t("app.name")}`, description: t("rights.lead") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

export default function RightsOverview() {
  const { locale } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), to: `/${locale}` }, { label: t("rights.title") }]} />
      <h1>{t("rights.title")}</h1>
      <p className="lead">{t("rights.lead")}</p>
      <div className="audience-grid">
        {RIGHTS_DIRECTIONS.map((direction) => (
          <section key={direction} className="card" aria-labelledby={`direction-${direction}`}>
            <h2 id={`direction-${direction}`}>
              <Link to={`/${locale}/rights/${direction}`}>{t(`rights.direction.${direction}.title`)}</Link>
            </h2>
            <p>{t(`rights.direction.${direction}.intro`)}</p>
          </section>
        ))}
      </div>
      <p>
        <Link to={`/${locale}/checker`}>{t("home.employers.checker")}</Link>
      </p>
    </>
  );
}
