import { isLocale } from "./i18n";

/**
 * A same-site path under one of our locales to return to after sign-in; anything else (other hosts,
 * `//evil`, `/\evil`, schemes, control characters) falls back to `fallback`.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(to)) return fallback;
  const first = to.split(/[/?#]/, 2)[1] ?? "";
  return isLocale(first) ? to : fallback;
}
