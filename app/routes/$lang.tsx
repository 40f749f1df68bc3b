import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { isLocale, localeAlias, pathInLocale } from "~/lib/i18n";

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
  // No cookie here: pages stay the same for every reader (the choice is remembered by /language/<lang>).
  return null;
}

export default function LocaleLayout() {
  return <Outlet />;
}
