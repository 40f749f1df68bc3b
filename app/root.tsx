// First: sets zod up for the browser before any route module builds a schema.
import "~/lib/zod-jitless";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { isDemoDataMode, publicOrigin } from "~/.server/env";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { getFixedT } from "~/.server/i18n";
import { unreadNotificationCount } from "~/.server/notifications";
import { getSessionUser } from "~/.server/session";
import { hasPermission } from "~/domain/permissions";
import { ERROR_KINDS, ErrorPage, errorKindOf, type ErrorKind } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { FALLBACK_LOCALE, isLocale, localeOfPath, LOCALES, pathInLocale } from "~/lib/i18n";
import { useNonce } from "~/lib/nonce";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.ico", sizes: "any" },
];

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = isLocale(params.lang) ? params.lang : FALLBACK_LOCALE;
  const t = getFixedT(locale);
  const user = getSessionUser(request);
  return {
    locale,
    user: user
      ? {
          displayName: user.displayName,
          authorityName: user.authorityNames?.[locale] ?? null,
          roles: [...new Set(user.roles.map((grant) => grant.role))],
          unreadNotifications: unreadNotificationCount(user.id),
          areas: {
            cases: hasPermission(user.roles, "read:exchange:own-authority"),
            outcomes:
              hasPermission(user.roles, "read:outcome:own-authority") || hasPermission(user.roles, "read:outcome:own-agreement"),
            content: hasPermission(user.roles, "write:content:any"),
            admin: hasPermission(user.roles, "read:user:any"),
          },
        }
      : null,
    origin: publicOrigin(),
    demoData: isDemoDataMode(),
    titles: {
      app: t("app.name"),
      errors: Object.fromEntries(ERROR_KINDS.map((kind) => [kind, t(`errors.${kind}.title`)])) as Record<ErrorKind, string>,
    },
  };
}

// The root's data depends only on the locale (and, after a form post, on who is signed in).
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams, formMethod }) =>
  (formMethod !== undefined && formMethod !== "GET") || currentParams.lang !== nextParams.lang;

export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const titles = data?.titles;
  if (!titles) return [{ title: "NO–LT" }];
  if (error) {
    const kind = errorKindOf(isRouteErrorResponse(error) ? error.status : 500);
    return [{ title: `${titles.errors[kind]} – ${titles.app}` }];
  }
  return [{ title: titles.app }];
};

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const { pathname, search } = useLocation();
  const locale = localeOfPath(pathname) ?? data?.locale ?? FALLBACK_LOCALE;
  const { t } = useTranslation();
  const nonce = useNonce();
  useChangeLanguage(locale);
  const hasLocaleInPath = localeOfPath(pathname) !== undefined;

  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        {hasLocaleInPath && data
          ? LOCALES.map((alternate) => (
              <link
                key={alternate}
                rel="alternate"
                hrefLang={alternate}
                href={`${data.origin}${pathInLocale(pathname, alternate)}${search}`}
              />
            ))
          : null}
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main-content">
          {t("skipLink")}
        </a>
        {data?.demoData ? (
          <aside className="demo-banner" aria-label={t("demoBannerLabel")}>
            <p>{t("demoBanner")}</p>
          </aside>
        ) : null}
        <SiteHeader locale={locale} user={data?.user ?? null} />
        <main id="main-content" tabIndex={-1} className="page">
          {children}
        </main>
        <SiteFooter locale={locale} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status} />;
}
