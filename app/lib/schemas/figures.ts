// Editors' forms for the register of legal figures, shared by server and browser. Messages are i18n keys of the
// `figures` namespace (`editor.errors.*`); figureErrorKeys prefixes them for the common form components.
import { z } from "zod";
import type { FieldErrors } from "~/lib/forms";
import type { Locale } from "~/lib/i18n";
import { parseLocalAmount, parseLocalDate } from "~/lib/local-input";

/** A new value of a figure: the amount and first day as people type them in `locale`, normalised. */
export function newFigureValueSchema(locale: Locale) {
  return z.object({
    intent: z.literal("add"),
    value: z.string({ error: "editor.errors.valueInvalid" }).transform((text, ctx) => {
      const amount = parseLocalAmount(text, locale);
      if ("value" in amount) return amount.value;
      ctx.addIssue({ code: "custom", message: amount.error === "negative" ? "editor.errors.valueNegative" : "editor.errors.valueInvalid" });
      return z.NEVER;
    }),
    validFrom: z.string({ error: "editor.errors.validFromInvalid" }).transform((text, ctx) => {
      const iso = parseLocalDate(text, locale);
      if (iso) return iso;
      ctx.addIssue({ code: "custom", message: "editor.errors.validFromInvalid" });
      return z.NEVER;
    }),
    source: z
      .string({ error: "editor.errors.sourceInvalid" })
      .trim()
      .max(500, "editor.errors.sourceInvalid")
      .refine((url) => /^https:\/\/[^\s/]+\.[^\s]+$/i.test(url) && URL.canParse(url), "editor.errors.sourceInvalid"),
    note: z.string().trim().max(500, "editor.errors.noteTooLong").default(""),
  });
}

export const confirmFigureSchema = z.object({ intent: z.literal("confirm") });

export function figureErrorKeys(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key.startsWith("editor.") ? `figures:${key}` : key]));
}
