import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUserWithPermission } from "~/.server/auth";
import { today } from "~/.server/clock";
import { releaseConflicts, translationCompleteness } from "~/.server/content";
import { figuresDueNow, reviewIntervalMonths } from "~/.server/legal-figures";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { formatFigureValue } from "~/domain/legal-figures";
import { formatDate } from "~/lib/format";
import { LOCALES } from "~/lib/i18n";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:content:any");
  const t = getFixedT(locale);
  const reviewCutoff = new Date(`${today()}T00:00:00Z`);
  reviewCutoff.setUTCMonth(reviewCutoff.getUTCMonth() - reviewIntervalMonths());
  return {
    locale,
    title: `${t("content.title")} – ${t("app.name")}`,
    topics: translationCompleteness(locale),
    conflicts: releaseConflicts(),
    dueFigures: figuresDueNow(),
    reviewCutoff: reviewCutoff.toISOString().slice(0, 10),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function ContentOverview() {
  const { locale, topics, conflicts, dueFigures, reviewCutoff } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const incomplete = topics.filter((topic) => LOCALES.some((l) => topic.states[l] !== "published")).length;
  return (
    <>
      <h1>{t("content.title")}</h1>
      <p className="lead">{t("content.lead")}</p>
      <section aria-labelledby="release-conflicts-title">
        <h2 id="release-conflicts-title">{t("figures:dashboard.conflictsHeading")}</h2>
        {conflicts.length === 0 ? (
          <p>{t("figures:dashboard.conflictsNone")}</p>
        ) : (
          <>
            <div className="notice notice--warning">
              <p>{t("figures:dashboard.conflictsLead")}</p>
            </div>
            <ul>
              {conflicts.map((conflict) => (
                <li key={`${conflict.topicId}-${conflict.locale}`}>
                  <Link to={`/${locale}/content/${conflict.topicId}/${conflict.locale}`}>
                    <span lang={conflict.locale}>{conflict.title}</span> ({t(`language.${conflict.locale}`)}, {t(`content.directionValue.${conflict.direction}`)})
                  </Link>{" "}
                  · {t("figures:dashboard.waitingSince")} {formatDate(conflict.createdAt, locale)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="figures-due-title">
        <h2 id="figures-due-title">{t("figures:dashboard.dueHeading")}</h2>
        <p>{t("figures:dashboard.dueLead", { date: formatDate(reviewCutoff, locale) })}</p>
        {dueFigures.length === 0 ? (
          <p>{t("figures:dashboard.dueNone")}</p>
        ) : (
          <ul>
            {dueFigures.map((figure) => (
              <li key={figure.id}>
                <Link to={`/${locale}/content/figures/${figure.id}`}>
                  <code>{figure.key}</code>
                </Link>
                : {formatFigureValue(figure, locale)} · {t("figures:dashboard.lastChecked")} {formatDate(figure.checkedOn, locale)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to={`/${locale}/figures`}>{t("figures:dashboard.legalFigures")}</Link>
        </p>
      </section>
      <h2>{t("content.completeness")}</h2>
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
