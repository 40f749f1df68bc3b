// One i18next instance per process, with every locale loaded at start; a fixed clone per locale for React.
// Creating instances per request made SSR many times slower, so requests only pick a ready one.
import { createInstance, type i18n as I18n, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { FALLBACK_LOCALE, i18nOptions, isLocale, LOCALES, type Locale, type Namespace } from "~/lib/i18n";
import { createCookie } from "@remix-run/node";

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>("../../locales/*/*.json", { eager: true });

function buildResources() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(localeFiles)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lng, ns] = match as unknown as [string, string, string];
    (resources[lng] ??= {})[ns] = module.default;
  }
  return resources;
}

/** Options a plain lookup carries (what getFixedT and useTranslation add); anything else is translated afresh. */
const PLAIN_OPTIONS = new Set(["lng", "lngs", "ns", "keyPrefix"]);

/**
 * Remembers the text of plain keys (no count, values, context or default) per language and namespace. The
 * resources are the bundled locale files, loaded once when the process starts and never changed while it runs,
 * so a plain key always gives the same text (decision 0080); a page translates hundreds of them.
 */
function rememberPlainTranslations(instance: I18n): I18n {
  const translate = instance.t.bind(instance) as (key: unknown, options?: Record<string, unknown>) => unknown;
  const known = new Map<string, unknown>();
  const remembering = (key: unknown, options?: unknown, ...rest: unknown[]) => {
    if (typeof key !== "string" || rest.length > 0 || (options !== undefined && (typeof options !== "object" || options === null))) {
      return (translate as (...args: unknown[]) => unknown)(key, options, ...rest);
    }
    const given = options as Record<string, unknown> | undefined;
    let cacheKey: string | undefined;
    if (!given) cacheKey = `\u0000\u0000\u0000${key}`;
    else if (Object.keys(given).every((name) => PLAIN_OPTIONS.has(name)) && (given.lngs == null || Array.isArray(given.lngs))) {
      const ns = Array.isArray(given.ns) ? given.ns.join(",") : String(given.ns ?? "");
      cacheKey = `${String(given.lng ?? "")}\u0000${(given.lngs as string[] | null | undefined)?.join(",") ?? ""}\u0000${ns}\u0000${String(given.keyPrefix ?? "")}\u0000${key}`;
    }
    if (cacheKey === undefined) return translate(key, given);
    if (known.has(cacheKey)) return known.get(cacheKey);
    const text = translate(key, given);
    if (known.size < 50_000) known.set(cacheKey, text);
    return text;
  };
  instance.t = remembering as unknown as I18n["t"];
  return instance;
}

const root = createInstance();
void root.init({ ...i18nOptions, resources: buildResources(), initImmediate: false });
rememberPlainTranslations(root);

const perLocale = new Map<Locale, I18n>(
  LOCALES.map((lng) => [lng, rememberPlainTranslations(root.cloneInstance({ lng, initImmediate: false }))]),
);

/** The ready instance for a locale (for I18nextProvider during SSR). */
export function i18nFor(locale: Locale): I18n {
  return perLocale.get(locale) ?? perLocale.get(FALLBACK_LOCALE)!;
}

export function getFixedT(locale: Locale, ns: Namespace | Namespace[] = "common"): TFunction {
  return root.getFixedT(locale, ns);
}

/** Remembers the reader's choice so `/` sends them back to their language. */
export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

const detector = new RemixI18Next({
  detection: {
    supportedLanguages: [...LOCALES],
    fallbackLanguage: FALLBACK_LOCALE,
    cookie: localeCookie,
    order: ["cookie", "header"],
  },
});

/** The reader's language for a request without a locale in its URL: cookie, then Accept-Language, then English. */
export async function detectLocale(request: Request): Promise<Locale> {
  // Browsers send "no" or "nn" for Norwegian; we serve Bokmål for both.
  const acceptLanguage = (request.headers.get("accept-language") ?? "").replace(/\b(no|nn)\b/gi, "nb");
  const headers = new Headers(request.headers);
  headers.set("accept-language", acceptLanguage);
  const detected = await detector.getLocale(new Request(request.url, { headers }));
  return isLocale(detected) ? detected : FALLBACK_LOCALE;
}
