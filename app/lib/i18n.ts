// i18n configuration shared by server and browser.
import { LOCALES, type Locale } from "~/domain/vocabulary";

export { LOCALES, type Locale };
export const FALLBACK_LOCALE: Locale = "en";
export const DEFAULT_NAMESPACE = "common";
/** Every namespace file under locales/<lng>/. */
export const NAMESPACES = ["common", "questions", "checker", "tips", "notifications", "attachments", "inspections", "figures", "enterprises", "casework", "feedback", "meta"] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Old or informal codes people type for our languages, mapped to the ones we serve. */
const LOCALE_ALIASES: Record<string, Locale> = { no: "nb", nn: "nb", nob: "nb", lit: "lt", eng: "en" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeAlias(value: string): Locale | undefined {
  return LOCALE_ALIASES[value.toLowerCase()];
}

/** The locale that a path starts with, if any: `/lt/rights` → `lt`. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split("/", 2)[1];
  return isLocale(first) ? first : undefined;
}

/** The same page in another locale: `/lt/rights?x=1` → `/nb/rights?x=1`. */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(/^\/[^/]*/, "");
  return `/${locale}${rest}`;
}

export const i18nOptions = {
  supportedLngs: LOCALES as unknown as string[],
  fallbackLng: FALLBACK_LOCALE,
  defaultNS: DEFAULT_NAMESPACE,
  ns: NAMESPACES as unknown as string[],
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;
