import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { formatDate } from "~/lib/format";

/** When the statement was last checked against the portal; update it with each review. */
const LAST_REVIEWED = "2026-11-22";

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  return {
    locale,
    title: `${t("accessibility.title")} – ${t("app.name")}`,
    description: getFixedT(locale, ["meta"])("meta:description.accessibility"),
    reviewed: formatDate(LAST_REVIEWED, locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

export default function AccessibilityStatement() {
  const { locale, reviewed } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="prose">
      <h1>{t("accessibility.title")}</h1>
      <p className="lead">{t("accessibility.lead")}</p>
      <h2>{t("accessibility.statusHeading")}</h2>
      <p>{t("accessibility.status")}</p>
      <h2>{t("accessibility.featuresHeading")}</h2>
      <ul>
        <li>{t("accessibility.featureKeyboard")}</li>
        <li>{t("accessibility.featureLanguage")}</li>
        <li>{t("accessibility.featureZoom")}</li>
        <li>{t("accessibility.featureNoScript")}</li>
      </ul>
      <h2>{t("accessibility.knownHeading")}</h2>
      <p>{t("accessibility.known")}</p>
      <h2>{t("accessibility.feedbackHeading")}</h2>
      <p>{t("accessibility.feedback")}</p>
      <p>
        <Link to={`/${locale}/contacts`}>{t("footer.contacts")}</Link>
      </p>
      <p className="muted">{t("accessibility.reviewed", { date: reviewed })}</p>
    </article>
  );
}
