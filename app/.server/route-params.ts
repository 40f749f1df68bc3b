import { data } from "@remix-run/node";
import { RIGHTS_DIRECTIONS, type RightsDirection } from "~/domain/vocabulary";
import { isLocale, type Locale } from "~/lib/i18n";

/** The `:lang` of the URL, already validated by the `$lang` layout; a 404 if a route is reached without it. */
export function requireLocale(params: { lang?: string }): Locale {
  if (!isLocale(params.lang)) throw data(null, { status: 404 });
  return params.lang;
}

/** `to-norway` or `to-lithuania`; anything else is a 404. */
export function requireDirection(params: { direction?: string }): RightsDirection {
  const direction = params.direction ?? "";
  if (!(RIGHTS_DIRECTIONS as readonly string[]).includes(direction)) throw data(null, { status: 404 });
  return direction as RightsDirection;
}
