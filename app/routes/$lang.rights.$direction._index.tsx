import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { listDirectionTopics } from "~/.server/rights";
import { requireDirection, requireLocale } from "~/.server/route-params";
import { Breadcrumbs } from "~/components/breadcrumbs";

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const direction = requireDirection(params);
  const topics = listDirectionTopics(direction, locale);
  if (topics.length === 0) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  return {
    locale,
    direction,
    title: `${t(`rights.direction.${direction}.title`)} – ${t("app.name")}`,
    description: t(`rights.direction.${direction}.intro`),
    groups: {
      worker: topics.filter((topic) => topic.kind === "topic" && topic.audience !== "employer"),
      employer: topics.filter((topic) => topic.kind === "topic" && topic.audience !== "worker"),
      sector: topics.filter((topic) => topic.kind === "sector"),
    },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

export default function DirectionPage() {
  const { locale, direction, groups } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: `/${locale}` },
          { label: t("rights.title"), to: `/${locale}/rights` },
          { label: t(`rights.direction.${direction}.title`) },
        ]}
      />
      <h1>{t(`rights.direction.${direction}.title`)}</h1>
      <p className="lead">{t(`rights.direction.${direction}.intro`)}</p>
      {(["worker", "employer", "sector"] as const).map((group) =>
        groups[group].length ? (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`rights.group.${group}`)}</h2>
            <ul className="topic-list">
              {groups[group].map((topic) => (
                <li key={topic.slug}>
                  <Link to={`/${locale}/rights/${direction}/${topic.slug}`} lang={topic.locale === locale ? undefined : topic.locale}>
                    {topic.title}
                  </Link>
                  {topic.summary ? (
                    <p className="topic-list__summary" lang={topic.locale === locale ? undefined : topic.locale}>
                      {topic.summary}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      <p>
        <Link to={`/${locale}/checker`}>{t("home.employers.checker")}</Link>
      </p>
    </>
  );
}
