import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { countHits, searchRights } from "~/.server/search";
import { SelectField, TextField } from "~/components/forms";
import { RIGHTS_DIRECTIONS } from "~/domain/vocabulary";

const querySchema = z.object({
  q: z.string().max(200).catch("").default(""),
  direction: z.enum(RIGHTS_DIRECTIONS).optional().catch(undefined),
});

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { q, direction } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const query = q.trim();
  const hits = query ? searchRights(query, locale, direction ?? null) : [];
  const otherDirection = direction ? RIGHTS_DIRECTIONS.find((d) => d !== direction)! : null;
  const suggestions =
    query && hits.length === 0
      ? {
          otherDirection: otherDirection && countHits(query, locale, otherDirection) > 0 ? otherDirection : null,
          english: locale !== "en" && countHits(query, "en", direction ?? null) > 0,
        }
      : null;
  const t = getFixedT(locale);
  return {
    locale,
    query,
    direction: direction ?? "",
    hits,
    suggestions,
    title: `${query ? t("search.resultsTitle", { query }) : t("search.title")} – ${t("app.name")}`,
    description: getFixedT(locale, ["meta"])("meta:description.search"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }, { name: "robots", content: "noindex" }];

export default function Search() {
  const { locale, query, direction, hits, suggestions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const searchLink = (lang: string, dir: string) => `/${lang}/search?${new URLSearchParams({ q: query, ...(dir ? { direction: dir } : {}) })}`;
  return (
    <>
      <h1>{t("search.title")}</h1>
      <Form method="get" className="search-form" role="search">
        <TextField name="q" type="search" label={t("search.label")} defaultValue={query} maxLength={200} />
        <SelectField
          name="direction"
          label={t("search.direction")}
          defaultValue={direction}
          placeholder={t("search.bothDirections")}
          options={RIGHTS_DIRECTIONS.map((d) => ({ value: d, label: t(`rights.direction.${d}.title`) }))}
        />
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </Form>
      {query ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title" aria-live="polite">
            {t("search.count", { count: hits.length, query })}
          </h2>
          {hits.length ? (
            <ol className="search-results">
              {hits.map((hit) => (
                <li key={`${hit.direction}/${hit.slug}`}>
                  <Link to={`/${locale}/rights/${hit.direction}/${hit.slug}`}>
                    <strong>{hit.title}</strong>
                  </Link>{" "}
                  <span className="tag">{t(`rights.direction.${hit.direction}.title`)}</span>
                  <p>
                    {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
                  </p>
                </li>
              ))}
            </ol>
          ) : (
            <div className="notice">
              <p>{t("search.none")}</p>
              <ul>
                {suggestions?.otherDirection ? (
                  <li>
                    <Link to={searchLink(locale, suggestions.otherDirection)}>
                      {t("search.tryDirection", { direction: t(`rights.direction.${suggestions.otherDirection}.title`) })}
                    </Link>
                  </li>
                ) : null}
                {suggestions?.english ? (
                  <li>
                    <Link to={searchLink("en", direction)} hrefLang="en">
                      {t("search.tryEnglish")}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link to={`/${locale}/rights`}>{t("search.browse")}</Link>
                </li>
              </ul>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
