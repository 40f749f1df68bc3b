// The register of legal figures, public: every figure the portal states, with its validity, source and last check,
// grouped by country and topic, each key with its history. The same data is open at /figures.json.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { userCan } from "~/.server/auth";
import { today } from "~/.server/clock";
import { getFixedT } from "~/.server/i18n";
import { publicFigureGroups } from "~/.server/legal-figures";
import { requireLocale } from "~/.server/route-params";
import { getSessionUser } from "~/.server/session";
import { formatFigureValue } from "~/domain/legal-figures";
import { formatDate } from "~/lib/format";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale, "figures");
  return {
    locale,
    today: today(),
    groups: publicFigureGroups(locale),
    canEdit: userCan(getSessionUser(request), "write:content:any"),
    title: `${t("page.title")} – ${t("common:app.name")}`,
    description: t("page.lead"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

export default function Figures() {
  const { locale, today, groups, canEdit } = useLoaderData<typeof loader>();
  const { t } = useTranslation("figures");
  const countries = [...new Set(groups.map((g) => g.country))];
  return (
    <>
      <h1>{t("page.title")}</h1>
      <p className="lead">{t("page.lead")}</p>
      <p>
        {t("page.openData")} <a href="/figures.json">figures.json</a>
      </p>
      {groups.length === 0 ? <p>{t("page.empty")}</p> : null}
      {countries.map((country) => (
        <section key={country} aria-labelledby={`figures-${country}`}>
          <h2 id={`figures-${country}`}>{t(`country.${country}`)}</h2>
          {groups
            .filter((g) => g.country === country)
            .map((group) => {
              const headingId = `figures-${country}-${group.topic}`;
              return (
                // The scrollable table is the named region of the topic, named with its country too: both countries have
                // topics of the same name (pay, overtime), and every region needs a name of its own.
                <div key={group.topic}>
                  <h3 id={headingId}>{group.topicPage ? <Link to={group.topicPage.href}>{group.topicPage.title}</Link> : group.topic}</h3>
                  <div className="table-wrap" role="region" aria-labelledby={`figures-${country} ${headingId}`} tabIndex={0}>
                    <table className="table figures-table">
                      <thead>
                        <tr>
                          <th scope="col">{t("column.figure")}</th>
                          <th scope="col">{t("column.value")}</th>
                          <th scope="col">{t("column.validity")}</th>
                          <th scope="col">{t("column.source")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {group.keys.flatMap(({ key, values }) =>
                          values.map((figure, index) => {
                            const state = figure.validFrom > today ? "future" : figure.validTo !== undefined && figure.validTo < today ? "ended" : "inForce";
                            return (
                              <tr key={figure.id} className={index > 0 ? "figures-table__history" : undefined}>
                                <th scope="row">
                                  <code>{key}</code>
                                  {index === 0 ? (
                                    <>
                                      <br />
                                      <span lang="en">{figure.note}</span>
                                    </>
                                  ) : (
                                    <>
                                      <br />
                                      <span className="muted">{t("page.earlierValue")}</span>
                                    </>
                                  )}
                                  {canEdit && index === 0 ? (
                                    <>
                                      <br />
                                      <Link to={`/${locale}/content/figures/${figure.id}`}>{t("page.edit", { key })}</Link>
                                    </>
                                  ) : null}
                                </th>
                                <td>{formatFigureValue(figure, locale)}</td>
                                <td>
                                  {figure.validTo
                                    ? t("page.validFromTo", { from: formatDate(figure.validFrom, locale), to: formatDate(figure.validTo, locale) })
                                    : t("page.validFrom", { from: formatDate(figure.validFrom, locale) })}
                                  <br />
                                  <span className={state === "inForce" ? "tag" : "tag tag--soon"}>{t(`state.${state}`)}</span>
                                </td>
                                <td>
                                  <a href={figure.source} rel="noopener noreferrer">
                                    {hostOf(figure.source)}
                                  </a>
                                  <br />
                                  <span className="muted">{t("page.checked", { date: formatDate(figure.checkedOn, locale), by: figure.checkedBy })}</span>
                                </td>
                              </tr>
                            );
                          }),
                        )}
                      </tbody>
                    </table>
                  </div>
                </div>
              );
            })}
        </section>
      ))}
    </>
  );
}
