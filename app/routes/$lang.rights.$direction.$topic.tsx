import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/.server/i18n";
import { getTopicPage } from "~/.server/rights";
import { requireDirection, requireLocale } from "~/.server/route-params";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { formatDate } from "~/lib/format";

export function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const direction = requireDirection(params);
  const page = getTopicPage(direction, params.topic ?? "", locale);
  if (!page) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  return {
    locale,
    page,
    url: new URL(request.url).pathname,
    reviewed: page.reviewedOn ? formatDate(page.reviewedOn, locale) : null,
    title: `${page.title} – ${t(`rights.direction.${direction}.title`)} – ${t("app.name")}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.page.summary }];

export default function TopicPage() {
  const { locale, page, reviewed, url } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const contentLang = page.isFallback ? page.contentLocale : undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: `/${locale}` },
          { label: t("rights.title"), to: `/${locale}/rights` },
          { label: t(`rights.direction.${page.direction}.title`), to: `/${locale}/rights/${page.direction}` },
          { label: page.title },
        ]}
      />
      <article className="topic" lang={contentLang}>
        <h1>{page.title}</h1>
        {page.isFallback ? (
          <div className="notice notice--warning" lang={locale}>
            <p>{t("rights.fallbackNotice")}</p>
          </div>
        ) : null}
        {page.summary ? <p className="lead">{page.summary}</p> : null}
        {page.body.headings.length > 2 ? (
          <nav className="on-this-page" aria-labelledby="on-this-page-title" lang={locale}>
            <h2 id="on-this-page-title">{t("rights.onThisPage")}</h2>
            <ul>
              {page.body.headings.map((heading) => (
                <li key={heading.id}>
                  <a href={`#${heading.id}`} lang={contentLang}>
                    {heading.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="prose topic__body" dangerouslySetInnerHTML={{ __html: page.body.html }} />
        {page.sources.html.trim() ? (
          <section className="topic__sources" aria-labelledby="sources-title" lang={locale}>
            <h2 id="sources-title">{t("rights.sources")}</h2>
            <div lang={contentLang} dangerouslySetInnerHTML={{ __html: page.sources.html }} />
          </section>
        ) : null}
        <p className="topic__reviewed muted" lang={locale}>
          {reviewed ? t("rights.lastReviewed", { date: reviewed }) : t("figures:page.notYetReviewed")}
          <span className="print-only"> · {url}</span>
          {" · "}
          <Link to={`/${locale}/figures`}>{t("figures:page.linkFromRights")}</Link>
        </p>
      </article>
      {page.related.length ? (
        <aside className="related" aria-labelledby="related-title">
          <h2 id="related-title">{t("rights.related")}</h2>
          <ul>
            {page.related.map((related) => (
              <li key={related.slug}>
                <Link to={`/${locale}/rights/${page.direction}/${related.slug}`}>{related.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </>
  );
}
