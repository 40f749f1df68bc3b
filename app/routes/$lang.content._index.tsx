import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { translationCompleteness } from "~/.server/content";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { LOCALES } from "~/lib/i18n";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:content:any");
  const t = getFixedT(locale);
  return { locale, title: `${t("content.title")} – ${t("app.name")}`, topics: translationCompleteness(locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function ContentOverview() {
  const { locale, topics } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const incomplete = topics.filter((topic) => LOCALES.some((l) => topic.states[l] !== "published")).length;
  return (
    <>
      <h1>{t("content.title")}</h1>
      <p className="lead">{t("content.lead")}</p>
      <p>{t("content.incomplete", { count: incomplete })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption>{t("content.completeness")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("content.topic")}</th>
              <th scope="col">{t("content.direction")}</th>
              {LOCALES.map((l) => (
                <th scope="col" key={l} lang={l}>
                  {t(`language.${l}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.length === 0 ? (
              <tr>
                <td colSpan={2 + LOCALES.length}>{t("content.noTopics")}</td>
              </tr>
            ) : (
              topics.map((topic) => (
                <tr key={topic.id}>
                  <th scope="row">{topic.title}</th>
                  <td>{t(`content.directionValue.${topic.direction}`)}</td>
                  {LOCALES.map((l) => (
                    <td key={l}>
                      <Link to={`/${locale}/content/${topic.id}/${l}`} aria-label={`${topic.title}, ${t(`language.${l}`)}: ${t(`content.state.${topic.states[l]}`)}`}>
                        <span className={`tag${topic.states[l] === "missing" || topic.states[l] === "outdated" ? " tag--soon" : ""}`}>
                          {t(`content.state.${topic.states[l]}`)}
                        </span>
                      </Link>
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
