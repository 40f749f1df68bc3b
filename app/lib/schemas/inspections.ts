// Joint-inspection forms, shared by server and browser. Messages are i18n keys: `errors.*` keys live in the
// `inspections` namespace (see `inspectionErrorKeys`), the others (`forms.*`, `workflow.*`, `identifiers.*`) in
// `common`. Repeated rows (enterprises, team members, worker counts) are numbered fields (`enterprise-0-country`)
// so the forms work without JavaScript and every error can point at its own input.
import { z } from "zod";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { INSPECTION_ACTIONS } from "~/domain/inspection-workflow";
import {
  AUTHORITY_KINDS,
  ENTERPRISE_RELATIONS,
  INSPECTION_MODES,
  LOCALES,
  PARTNER_COUNTRIES,
  RISK_INDICATORS,
  SECTORS,
} from "~/domain/vocabulary";
import { isIsoDate } from "~/domain/working-days";
import type { FieldErrors, FormValues } from "~/lib/forms";
import { isLocale, type Locale } from "~/lib/i18n";
import { parseLocalDate } from "~/lib/local-input";
import { localDate, optionalLocalDate } from "./local-fields";

/** Agencies that can take part on each side (the issue's list, plus social insurance, which issues A1s). */
export const AGENCY_KINDS = AUTHORITY_KINDS.filter((kind) => kind !== "other");
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Roles in the inspection team (plan). Stored as codes; translated as `team.roles.<code>`. */
export const TEAM_ROLES = [
  "lead_inspector",
  "inspector",
  "visiting_inspector",
  "interpreter",
  "police_officer",
  "tax_officer",
  "immigration_officer",
  "welfare_officer",
  "customs_officer",
  "road_authority_officer",
  "observer",
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Countries of origin offered for worker counts; `XX` = other or unknown. */
export const ORIGIN_COUNTRIES = ["NO", "LT", "LV", "EE", "PL", "RO", "BG", "UA", "BY", "MD", "SE", "DK", "FI", "DE", "SK", "CZ", "HU", "PT", "ES", "IT", "XX"] as const;

export const DEFAULT_ENTERPRISE_ROWS = 2;
export const MAX_ENTERPRISE_ROWS = 10;
export const TEAM_ROWS = 6;
export const WORKER_COUNT_ROWS = 4;

const text = (max: number) => z.string().trim().max(max, "forms.tooLong").default("");
const required = (key: string, max: number) => z.string({ error: key }).trim().min(1, key).max(max, "forms.tooLong");
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const version = z.string({ error: "forms.invalid" }).regex(/^\d{1,9}$/, "forms.invalid").transform(Number);
/** A real date in the reader's format (ISO out), or the empty string. */
const optionalDate = (locale: Locale) => optionalLocalDate(locale, "workflow.dateInvalid");
const requiredDate = (locale: Locale, missing: string) => localDate(locale, missing, "workflow.dateInvalid");

/** Form error keys for the `common` namespace: our own `errors.*` keys get the `inspections:` prefix. */
export function inspectionErrorKeys(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, key.startsWith("errors.") ? `inspections:${key}` : key]));
}

/** Issues of a zod result as field errors, with a prefix on the field names (`enterprise-0-`). */
function collect(issues: readonly z.core.$ZodIssue[], prefix: string, into: FieldErrors) {
  for (const issue of issues) {
    const field = `${prefix}${issue.path.map(String).join(".") || "form"}`;
    if (!into[field]) into[field] = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(issue.message) ? issue.message : "forms.invalid";
  }
}

const value = (values: FormValues, name: string): string => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};

// ---------------------------------------------------------------------------------------------------------------
// The request

/** The request form for a reader of `locale` (dates in that locale's format). */
export const newInspectionSchemaFor = (locale: Locale) =>
  z
    .object({
      intent: z.enum(["draft", "request", "more"]).catch("draft"),
      agreementId: z.string({ error: "errors.agreementRequired" }).regex(/^\d{1,9}$/, "errors.agreementRequired").transform(Number),
      mode: z.enum(INSPECTION_MODES, { error: "errors.modeRequired" }),
      hostCountry: z.enum(PARTNER_COUNTRIES, { error: "errors.hostCountryRequired" }),
      siteAddress: required("errors.siteAddressRequired", 300),
      municipality: required("errors.municipalityRequired", 100),
      sector: z.enum(SECTORS, { error: "errors.sectorRequired" }),
      riskIndicators: list.pipe(z.array(z.enum(RISK_INDICATORS, { error: "forms.invalid" }))),
      reasons: required("errors.reasonsRequired", 5000),
      proposedFrom: requiredDate(locale, "errors.proposedFromRequired"),
      proposedTo: requiredDate(locale, "errors.proposedToRequired"),
      agenciesOwn: list.pipe(z.array(z.enum(AGENCY_KINDS, { error: "forms.invalid" }))),
      agenciesPartner: list.pipe(z.array(z.enum(AGENCY_KINDS, { error: "forms.invalid" }))),
      languageNeeds: text(300),
      interpreterNeeded: z.string().optional().transform((v) => v === "yes"),
      // The language the free text is written in; the reader's own unless they chose another.
      textLanguage: z.enum(LOCALES).catch(locale),
    })
    .superRefine((v, ctx) => {
      if (isIsoDate(v.proposedFrom) && isIsoDate(v.proposedTo) && v.proposedTo < v.proposedFrom) {
        ctx.addIssue({ code: "custom", path: ["proposedTo"], message: "errors.windowOrder" });
      }
      if (v.agenciesOwn.length + v.agenciesPartner.length === 0) {
        ctx.addIssue({ code: "custom", path: ["agenciesOwn"], message: "errors.agenciesRequired" });
      }
    });
export const newInspectionSchema = newInspectionSchemaFor("en");
export type NewInspectionForm = z.infer<typeof newInspectionSchema>;

const enterpriseRowSchema = z.object({
  country: z.enum(PARTNER_COUNTRIES, { error: "errors.enterpriseCountryRequired" }),
  number: z.string().trim().max(40, "forms.tooLong"),
  name: text(200),
  relation: z.enum(ENTERPRISE_RELATIONS, { error: "errors.relationRequired" }),
});

export interface EnterpriseRow {
  /** Row number in the form (errors point at it). */
  row: number;
  country: string;
  /** Normalised registration number. */
  registrationNumber: string;
  name: string;
  relation: (typeof ENTERPRISE_RELATIONS)[number];
}

/** How many enterprise rows the form shows (from its hidden `rows` field), within bounds. */
export function enterpriseRowCount(values: FormValues | undefined): number {
  const n = Number(values ? value(values, "rows") : "");
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_ENTERPRISE_ROWS) : DEFAULT_ENTERPRISE_ROWS;
}

/**
 * The target enterprises typed in `enterprise-<i>-*`: empty rows are skipped; each other row needs a country and
 * a registration number valid for it (validateRegistrationNumber, normalised). At least one row is required.
 */
export function parseEnterpriseRows(values: FormValues): { rows: EnterpriseRow[]; errors: FieldErrors } {
  const rows: EnterpriseRow[] = [];
  const errors: FieldErrors = {};
  const count = enterpriseRowCount(values);
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const raw = {
      country: value(values, `enterprise-${i}-country`),
      number: value(values, `enterprise-${i}-number`),
      name: value(values, `enterprise-${i}-name`),
      relation: value(values, `enterprise-${i}-relation`) || "other",
    };
    if (!raw.country && !raw.number.trim() && !raw.name.trim()) continue;
    const parsed = enterpriseRowSchema.safeParse(raw);
    if (!parsed.success) {
      collect(parsed.error.issues, `enterprise-${i}-`, errors);
      continue;
    }
    const checked = validateRegistrationNumber(parsed.data.country, parsed.data.number);
    if (!checked.ok) {
      errors[`enterprise-${i}-number`] = checked.reason;
      continue;
    }
    const key = `${parsed.data.country}:${checked.value}`;
    if (seen.has(key)) {
      errors[`enterprise-${i}-number`] = "errors.enterpriseDuplicate";
      continue;
    }
    seen.add(key);
    rows.push({ row: i, country: parsed.data.country, registrationNumber: checked.value, name: parsed.data.name, relation: parsed.data.relation });
  }
  if (rows.length === 0 && Object.keys(errors).length === 0) errors["enterprise-0-country"] = "errors.enterpriseRequired";
  return { rows, errors };
}

// ---------------------------------------------------------------------------------------------------------------
// The case page

/** The forms on the case page, told apart by `intent`. */
export const CASE_INTENTS = ["transition", "plan", "report", "followUp", "followUpDone", "message"] as const;
export type CaseIntent = (typeof CASE_INTENTS)[number];

/**
 * A workflow step. Inputs are named per action (`accept-date`, `decline-reason`, `counter_propose-from`, …) so
 * that an error shows beside the form it belongs to; `transitionFields` reads the ones of the chosen action.
 */
export const transitionSchema = z.object({
  action: z.enum(INSPECTION_ACTIONS, { error: "workflow.notAllowed" }),
  version,
});

export function transitionFields(action: string, values: FormValues, locale: Locale = "en") {
  const field = (name: string) => value(values, `${action}-${name}`).trim();
  // Dates as the reader typed them, in ISO when they parse; otherwise as typed, for the workflow to refuse.
  const dateField = (name: string) => parseLocalDate(field(name), locale) ?? field(name);
  const from = dateField("from");
  const to = dateField("to");
  return {
    date: dateField("date") || undefined,
    reason: field("reason").slice(0, 2000) || undefined,
    proposedDates: from || to ? [from, to || from].filter(Boolean) : undefined,
    note: field("note").slice(0, 2000) || undefined,
    /** The language the reason or note is written in; the reader's own unless they chose another. */
    language: isLocale(field("language")) ? (field("language") as Locale) : locale,
  };
}

/** Where a workflow message shows on the case page, for a given action (its own input, else the form). */
export function transitionErrorField(action: string, reason: string): string {
  if (reason === "workflow.reasonRequired") return `${action}-reason`;
  const aboutDate = reason.startsWith("workflow.date") || reason.startsWith("errors.date") || reason === "errors.conductedInFuture";
  if (action === "counter_propose") {
    if (reason === "errors.windowOrder") return `${action}-to`;
    if (aboutDate || reason === "workflow.proposedDatesRequired" || reason === "errors.windowInPast") return `${action}-from`;
    return "form";
  }
  return aboutDate && ["accept", "accept_proposal", "mark_conducted"].includes(action) ? `${action}-date` : "form";
}

/** The plan form for a reader of `locale`. */
export const planSchemaFor = (locale: Locale) =>
  z.object({
    version,
    schedule: z.enum(["save", "schedule"]).catch("save"),
    inspectionOn: requiredDate(locale, "errors.planDateRequired"),
    meetingPoint: required("errors.meetingPointRequired", 500),
    visitingOfficialsRole: text(2000),
    documentsToRequest: text(2000),
    planLanguage: z.enum(LOCALES).catch(locale),
  });
export const planSchema = planSchemaFor("en");

export interface TeamRow {
  authorityId: number;
  role: TeamRole;
  name: string | null;
}

const teamRowSchema = z.object({
  authority: z.string({ error: "errors.teamSideRequired" }).regex(/^\d{1,9}$/, "errors.teamSideRequired").transform(Number),
  role: z.enum(TEAM_ROLES, { error: "errors.teamRoleRequired" }),
  name: text(120),
});

/** Team members typed in `team-<i>-*`; rows without a role and a side are skipped. */
export function parseTeamRows(values: FormValues): { rows: TeamRow[]; errors: FieldErrors } {
  const rows: TeamRow[] = [];
  const errors: FieldErrors = {};
  for (let i = 0; i < TEAM_ROWS; i++) {
    const raw = { authority: value(values, `team-${i}-authority`), role: value(values, `team-${i}-role`), name: value(values, `team-${i}-name`) };
    if (!raw.role && !raw.name.trim()) continue;
    const parsed = teamRowSchema.safeParse(raw);
    if (!parsed.success) collect(parsed.error.issues, `team-${i}-`, errors);
    else rows.push({ authorityId: parsed.data.authority, role: parsed.data.role, name: parsed.data.name || null });
  }
  if (rows.length === 0 && Object.keys(errors).length === 0) errors["team-0-role"] = "errors.teamRequired";
  return { rows, errors };
}

export const reportEntrySchema = z.object({
  version,
  enterpriseId: z.string({ error: "errors.enterpriseChoose" }).regex(/^\d{1,9}$/, "errors.enterpriseChoose").transform(Number),
  findings: required("errors.findingsRequired", 10000),
  documentsInspected: text(2000),
  findingsLanguage: z.enum(LOCALES).catch("en"),
});

export interface WorkerCountRow {
  originCountry: string;
  count: number;
}

const workerRowSchema = z.object({
  country: z.enum(ORIGIN_COUNTRIES, { error: "errors.workerCountryRequired" }),
  count: z.string().trim().regex(/^\d{1,5}$/, "errors.workerCountInvalid").transform(Number),
});

/** Workers checked, `workers-<i>-country` and `workers-<i>-count`; empty rows skipped, one row per country. */
export function parseWorkerRows(values: FormValues): { rows: WorkerCountRow[]; errors: FieldErrors } {
  const rows: WorkerCountRow[] = [];
  const errors: FieldErrors = {};
  for (let i = 0; i < WORKER_COUNT_ROWS; i++) {
    const raw = { country: value(values, `workers-${i}-country`), count: value(values, `workers-${i}-count`) };
    if (!raw.country && !raw.count.trim()) continue;
    const parsed = workerRowSchema.safeParse(raw);
    if (!parsed.success) collect(parsed.error.issues, `workers-${i}-`, errors);
    else if (rows.some((r) => r.originCountry === parsed.data.country)) errors[`workers-${i}-country`] = "errors.workerCountryDuplicate";
    else rows.push({ originCountry: parsed.data.country, count: parsed.data.count });
  }
  return { rows, errors };
}

/** The follow-up form for a reader of `locale`. */
export const followUpSchemaFor = (locale: Locale) =>
  z.object({
    version,
    description: required("errors.followUpRequired", 2000),
    owner: z.string({ error: "errors.ownerRequired" }).regex(/^\d{1,9}$/, "errors.ownerRequired").transform(Number),
    dueOn: optionalDate(locale),
    descriptionLanguage: z.enum(LOCALES).catch(locale),
  });
export const followUpSchema = followUpSchemaFor("en");

export const followUpDoneSchema = z.object({
  version,
  followUpId: z.string().regex(/^\d{1,9}$/, "forms.invalid").transform(Number),
});

// ---------------------------------------------------------------------------------------------------------------
// Lists

export const listQuerySchema = z.object({
  agreement: z.string().regex(/^[a-z]{2}-[a-z]{2}$/).optional().catch(undefined),
  status: z.string().regex(/^[a-z_]{1,20}$/).optional().catch(undefined),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
