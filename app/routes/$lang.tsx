import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { localeCookie } from "~/.server/i18n";
import { isLocale, localeAlias, pathInLocale } from "~/lib/i18n";

/** Every page lives under a locale; `/no/…` is an alias for `/nb/…`, anything else unknown is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
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
  const remembered = await localeCookie.parse(request.headers.get("Cookie"));
  if (remembered === lang) return null;
  return data(null, { headers: { "Set-Cookie": await localeCookie.serialize(lang) } });
}

export default function LocaleLayout() {
  return <Outlet />;
}
