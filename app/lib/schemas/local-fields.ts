// Form fields typed in the reader's own format (app/lib/local-input.ts), normalised for the rest of the code:
// dates to ISO `YYYY-MM-DD`, money to a plain decimal string with a point ("1500.50"). Messages are i18n keys.
import { z } from "zod";
import type { Locale } from "~/lib/i18n";
import { parseLocalAmount, parseLocalDate } from "~/lib/local-input";

/** A required date: `30.03.2026` (nb), `2026.03.30` (lt) or ISO → ISO; `missing` when empty, `invalid` otherwise. */
export function localDate(locale: Locale, missing: string, invalid = missing) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .transform((text, ctx) => {
      const iso = parseLocalDate(text, locale);
      if (iso === null) ctx.addIssue({ code: "custom", message: invalid });
      return iso ?? text;
    });
}

/** An optional date: empty text stays "", anything else must be a date in the reader's format. */
export function optionalLocalDate(locale: Locale, invalid: string) {
  return z
    .string()
    .trim()
    .default("")
    .transform((text, ctx) => {
      if (text === "") return "";
      const iso = parseLocalDate(text, locale);
      if (iso === null) ctx.addIssue({ code: "custom", message: invalid });
      return iso ?? text;
    });
}

export type AmountMessages = { invalid: string; negative: string };

/** Money in whole currency units with at most two decimals: "1 500,50" (nb, lt) / "1,500.50" (en) → "1500.50"; empty → "". */
export function optionalLocalMoney(locale: Locale, messages: AmountMessages) {
  return z
    .string()
    .trim()
    .default("")
    .transform((text, ctx) => {
      if (text === "") return "";
      const amount = parseLocalAmount(text, locale);
      if ("error" in amount) {
        ctx.addIssue({ code: "custom", message: messages[amount.error] });
        return text;
      }
      // Cents are the smallest unit stored: a third decimal would be silently rounded away.
      if (Math.abs(amount.value * 100 - Math.round(amount.value * 100)) > 1e-6) {
        ctx.addIssue({ code: "custom", message: messages.invalid });
        return text;
      }
      return amount.value.toFixed(2);
    });
}

/**
 * A date filter in a list's query string: ISO (what a date picker sends) or the reader's typed format → ISO.
 * Anything that is not a date means no filter, as an unknown query parameter would.
 */
export function localDateFilter(locale: Locale) {
  return z
    .string()
    .optional()
    .catch(undefined)
    .transform((text) => (text ? (parseLocalDate(text, locale) ?? undefined) : undefined));
}
