import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { isLocale, localeAlias, pathInLocale } from "~/lib/i18n";
import { localeCookieHeader, readLocaleCookie } from "~/lib/locale-cookie";

/** Every page lives under a locale; `/no/…` is an alias for `/nb/…`, anything else unknown is a 404. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = params.lang ?? "";
  if (!isLocale(lang)) {
    const alias = localeAlias(lang);
    if (alias) {
      const url = new URL(request.url);
      throw redirect(`${pathInLocale(url.pathname, alias)}${url.search}`, 301);
    }
    throw data(null, { status: 404 });
  }
  // Remember the language for the next visit to `/`; only when it changed, so pages stay cacheable.
  if (readLocaleCookie(request.headers.get("Cookie")) === lang) return null;
  return data(null, { headers: { "Set-Cookie": localeCookieHeader(lang) } });
}

export default function LocaleLayout() {
  return <Outlet />;
}
