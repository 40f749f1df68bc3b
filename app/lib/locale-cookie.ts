// The `lng` cookie that remembers the reader's language, in the encoding of Remix's createCookie (so
// remix-i18next's detector reads it), written here once for the $lang layout and the page cache alike.
import { isLocale, type Locale } from "./i18n";

export const LOCALE_COOKIE = "lng";
const ONE_YEAR = 60 * 60 * 24 * 365;

const encode = (locale: Locale) => encodeURIComponent(btoa(JSON.stringify(locale)));

export function localeCookieHeader(locale: Locale): string {
  return `${LOCALE_COOKIE}=${encode(locale)}; Max-Age=${ONE_YEAR}; Path=/; HttpOnly; SameSite=Lax`;
}

export function readLocaleCookie(cookieHeader: string | null | undefined): Locale | undefined {
  const match = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookieHeader ?? "");
  if (!match) return undefined;
  try {
    const value: unknown = JSON.parse(atob(decodeURIComponent(match[1] ?? "")));
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The `name=value` pair, for a request that should look like it already remembers `locale`. */
export function localeCookiePair(locale: Locale): string {
  return `${LOCALE_COOKIE}=${encode(locale)}`;
}
