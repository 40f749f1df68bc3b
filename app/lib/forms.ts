// One way to handle a form: a zod schema (shared by server and browser) whose messages are i18n keys,
// parsed into either data or per-field error keys plus the values to show again.
import { z } from "zod";

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** A dotted key (`forms.invalid`), or one in a namespace, dotted or not (`casework:answers.date`, `casework:agreementNotActive`). */
const I18N_KEY = /^(?:[a-z][A-Za-z0-9_]*:[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*|[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+)$/;
/** Longest single value we read from a form; anything longer is cut here and refused by the schema. */
const MAX_VALUE_LENGTH = 100_000;

/** Form data as plain values: repeated names become arrays; files are skipped (handled by upload code). */
export function formValues(formData: FormData | URLSearchParams, secrets: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of formData.entries()) {
    if (typeof raw !== "string" || secrets.includes(name)) continue;
    const value = raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw;
    const existing = values[name];
    if (existing === undefined) values[name] = value;
    else values[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** Validates form data with `schema`; on failure returns one error key per field and what the user typed. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, options: { secrets?: readonly string[] } = {}): FormResult<z.infer<S>> {
  const input = formValues(formData);
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.map(String).join(".") : "form";
    if (errors[field]) continue;
    errors[field] = I18N_KEY.test(issue.message) ? issue.message : "forms.invalid";
  }
  return { ok: false, errors, values: formValues(formData, options.secrets) };
}

/**
 * A check between an object's fields that runs even when some field is invalid: zod skips an object's refinements
 * then, which would reveal a form's errors one round at a time. `check` sees the object as parsed so far (an invalid
 * field keeps what was sent, or is missing) and returns error keys by field; a field's own error comes first.
 */
export function crossFieldCheck(check: (value: Record<string, unknown>) => FieldErrors) {
  return z.core._check<Record<string, unknown>>(
    (payload) => {
      const value = payload.value && typeof payload.value === "object" ? payload.value : {};
      const taken = new Set(payload.issues.map((issue) => (issue.path ?? []).map(String).join(".")));
      for (const [field, message] of Object.entries(check(value))) {
        if (!taken.has(field)) payload.issues.push({ code: "custom", path: [field], message, input: value[field] });
      }
    },
    { when: () => true },
  );
}

/** The value a field should show again after a failed submission. */
export function valueOf(values: FormValues | undefined, name: string, fallback = ""): string {
  const value = values?.[name];
  if (value === undefined) return fallback;
  return Array.isArray(value) ? (value[0] ?? fallback) : value;
}

export function valuesOf(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
