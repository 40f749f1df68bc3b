import { data } from "@remix-run/node";
import { isLocale, type Locale } from "~/lib/i18n";

/** The `:lang` of the URL, already validated by the `$lang` layout; a 404 if a route is reached without it. */
export function requireLocale(params: { lang?: string }): Locale {
  if (!isLocale(params.lang)) throw data(null, { status: 404 });
  return params.lang;
}
