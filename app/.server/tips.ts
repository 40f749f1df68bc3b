// Tips from the public ("report a concern"): received without an account, routed to the labour inspectorate of
// the country where the work happens, and seen only by that inspectorate's contact points.
// The reporter's identity is confidential: the reporter's address is used only, keyed, for the rate limit, and
// is never written to the tip or to the audit log; audit details carry no personal data.
import { and, desc, eq, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { authorities, enterprises, tips } from "../../db/schema";
import { enterpriseKey } from "~/domain/enterprise-access";
import { validateRegistrationNumber } from "~/domain/identifiers";
import { PARTNER_COUNTRIES } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import type { ReportTipInput, TipCountry, TipStatus, TipStatusTarget } from "~/lib/schemas/tips";
import { recordAudit } from "./audit";
import { today } from "./clock";
import { db } from "./db";
import { enterpriseKnownBy, getKnownEnterprise } from "./enterprise-access";
import { consumeRateLimit, type RateLimitRule } from "./rate-limit";
import type { Actor } from "./users";

/** Five reports an hour from one address is far more than a person sends, and little for a robot. */
/** The same report from one address: 5 an hour (what a person resending, or a script, would do). */
export const REPORT_RATE_LIMIT: RateLimitRule = { bucket: "tip.report", limit: 5, windowMs: 60 * 60 * 1000 };
/**
 * All reports from one address: a softer ceiling, because workers who share one Wi-Fi (a barracks, a site
 * office) each send their own report from the same public address. See docs/decisions/0061.
 */
export const REPORT_ADDRESS_RATE_LIMIT: RateLimitRule = { bucket: "tip.report.address", limit: 30, windowMs: 60 * 60 * 1000 };

/** What makes two reports "the same": their text, ignoring case and spacing. */
function reportContent(input: Pick<ReportTipInput, "country" | "place" | "employerName" | "description">): string {
  return [input.country, input.place, input.employerName, input.description].map((part) => (part ?? "").toLocaleLowerCase("nb").replace(/\s+/g, " ").trim()).join("\n");
}

/** The labour inspectorate that receives tips about work in each country. */
export const TIP_AUTHORITY_SLUG: Record<TipCountry, string> = { NO: "nlia", LT: "vdi" };

export const TIPS_PAGE_SIZE = 25;

// 32 symbols without 0/O and 1/I: easy to read aloud and type; 8 of them are 40 random bits.
const REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const REF_PATTERN = /^T-\d{4}-[2-9A-HJ-NP-Z]{8}$/;

export function newTipRef(now = new Date()): string {
  const bytes = randomBytes(8);
  let code = "";
  for (const byte of bytes) code += REF_ALPHABET[byte & 31];
  return `T-${today(now).slice(0, 4)}-${code}`;
}

/** Whether `value` could be a tip reference (cheap check before a database look-up). */
export function isTipRef(value: string): boolean {
  return REF_PATTERN.test(value);
}

const authorityBySlug = db
  .select({ id: authorities.id, slug: authorities.slug, nameNb: authorities.nameNb, nameLt: authorities.nameLt, nameEn: authorities.nameEn })
  .from(authorities)
  .where(eq(authorities.slug, sql.placeholder("slug")))
  .prepare();

export interface ReceivingAuthority {
  id: number;
  slug: string;
  names: Record<Locale, string>;
}

export function receivingAuthority(country: TipCountry): ReceivingAuthority {
  const row = authorityBySlug.get({ slug: TIP_AUTHORITY_SLUG[country] });
  if (!row) throw new Error(`no labour inspectorate "${TIP_AUTHORITY_SLUG[country]}" for tips about ${country}`);
  return { id: row.id, slug: row.slug, names: { nb: row.nameNb, lt: row.nameLt, en: row.nameEn } };
}

/** Told, inside the write transaction, when a tip is linked to an enterprise (the notifications module listens). */
type TipLinkedListener = (tx: Parameters<Parameters<typeof db.transaction>[0]>[0], tip: { ref: string; authorityId: number; enterpriseId: number }, actorUserId: number | null) => void;
let tipLinked: TipLinkedListener = () => {};
// A hook rather than an import of ./notifications, which imports this module's neighbours: see the violations hook.
export function onTipLinked(listener: TipLinkedListener) {
  tipLinked = listener;
}

/**
 * The enterprise a reporter's registration number names: the number must be valid for a partner country (a
 * Norwegian organisation number or a Lithuanian company code) and match exactly one enterprise the receiving
 * inspectorate knows (need-to-know: a tip never links to, or reveals, an enterprise known only to others).
 * Both countries use nine digits, so one number may be valid in both; two matches link nothing.
 */
export function enterpriseForTipNumber(typed: string, authorityId: number): { id: number; key: string } | null {
  if (!typed.trim()) return null;
  const candidates = PARTNER_COUNTRIES.flatMap((country) => {
    const checked = validateRegistrationNumber(country, typed);
    return checked.ok ? [{ country, registrationNumber: checked.value }] : [];
  });
  const matches = candidates.flatMap(
    (c) =>
      db
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(and(eq(enterprises.country, c.country), eq(enterprises.registrationNumber, c.registrationNumber), enterpriseKnownBy(authorityId)))
        .all()
        .map((row) => ({ id: row.id, key: enterpriseKey(c) })),
  );
  return matches.length === 1 ? matches[0]! : null;
}

export type SubmitTipResult =
  | { ok: true; ref: string; authority: ReceivingAuthority; stored: boolean }
  | { ok: false; reason: "rate_limited" };

/**
 * Receives a report. A filled honeypot means a robot: it gets the same answer as a person (a reference and the
 * inspectorate) but nothing is stored. Anonymous reports drop any contact details that came with them.
 */
export function submitTip(
  input: ReportTipInput & { locale: Locale; clientAddress: string },
  now = new Date(),
): SubmitTipResult {
  if (!consumeRateLimit(REPORT_ADDRESS_RATE_LIMIT, input.clientAddress, now).allowed) return { ok: false, reason: "rate_limited" };
  if (!consumeRateLimit(REPORT_RATE_LIMIT, `${input.clientAddress}\n${reportContent(input)}`, now).allowed) return { ok: false, reason: "rate_limited" };
  const authority = receivingAuthority(input.country);
  if ((input.website ?? "").trim() !== "") return { ok: true, ref: newTipRef(now), authority, stored: false };

  const anonymous = input.anonymous !== "no";
  const at = now.toISOString();
  for (let attempt = 0; ; attempt++) {
    const ref = newTipRef(now);
    try {
      db.transaction((tx) => {
        const enterprise = enterpriseForTipNumber(input.employerNumber, authority.id);
        db.insert(tips)
          .values({
            ref,
            country: input.country,
            authorityId: authority.id,
            sector: input.sector,
            place: input.place,
            employerName: input.employerName,
            employerNumber: input.employerNumber,
            enterpriseId: enterprise?.id ?? null,
            description: input.description,
            language: input.locale,
            anonymous,
            reporterName: anonymous || input.reporterName === "" ? null : input.reporterName,
            reporterContact: anonymous ? null : input.reporterContact,
            createdAt: at,
            updatedAt: at,
          })
          .run();
        // No address and no user: the audit log must not become a way to find an anonymous reporter.
        recordAudit({
          action: "tip.created",
          entity: "tip",
          entityId: ref,
          detail: { country: input.country, authority: authority.slug, sector: input.sector, language: input.locale, anonymous },
        });
        if (enterprise) {
          recordAudit({ action: "tip.enterprise_linked", entity: "tip", entityId: ref, detail: { enterprise: enterprise.key, by: "registration_number" } });
          tipLinked(tx, { ref, authorityId: authority.id, enterpriseId: enterprise.id }, null);
        }
      });
      return { ok: true, ref, authority, stored: true };
    } catch (error) {
      // A clash of 40 random bits is very unlikely; draw again a few times before giving up.
      if (attempt < 3 && error instanceof Error && /UNIQUE constraint failed: tips\.ref/.test(error.message)) continue;
      throw error;
    }
  }
}

export interface TipListFilter {
  status: TipStatus | "all";
  page: number;
}

/** Tips routed to one authority, newest first (index tips_authority_status_idx). */
export function listTips(authorityId: number, filter: TipListFilter) {
  const conditions = [eq(tips.authorityId, authorityId)];
  if (filter.status !== "all") conditions.push(eq(tips.status, filter.status));
  const rows = db
    .select({
      ref: tips.ref,
      createdAt: tips.createdAt,
      sector: tips.sector,
      place: tips.place,
      employerName: tips.employerName,
      language: tips.language,
      anonymous: tips.anonymous,
      status: tips.status,
    })
    .from(tips)
    .where(and(...conditions))
    .orderBy(desc(tips.createdAt), desc(tips.id))
    .limit(TIPS_PAGE_SIZE + 1)
    .offset((filter.page - 1) * TIPS_PAGE_SIZE)
    .all();
  return { items: rows.slice(0, TIPS_PAGE_SIZE), hasMore: rows.length > TIPS_PAGE_SIZE };
}

const tipForAuthority = db
  .select({
    id: tips.id,
    ref: tips.ref,
    country: tips.country,
    sector: tips.sector,
    place: tips.place,
    employerName: tips.employerName,
    description: tips.description,
    language: tips.language,
    anonymous: tips.anonymous,
    reporterName: tips.reporterName,
    reporterContact: tips.reporterContact,
    status: tips.status,
    createdAt: tips.createdAt,
    updatedAt: tips.updatedAt,
    version: tips.version,
    reporterDetailsRemovedAt: tips.reporterDetailsRemovedAt,
    employerNumber: tips.employerNumber,
    enterpriseId: tips.enterpriseId,
  })
  .from(tips)
  .where(and(eq(tips.ref, sql.placeholder("ref")), eq(tips.authorityId, sql.placeholder("authorityId"))))
  .prepare();

export type TipReporter =
  | { kind: "anonymous" }
  | { kind: "removed"; removedAt: string }
  | { kind: "named"; name: string | null; contact: string | null };

/**
 * One tip for a contact point of the authority it was routed to, or null (another authority's tip is not
 * found, not forbidden). Every call is a view of personal data and appends `tip.viewed` to the audit log.
 */
export function viewTip(ref: string, actor: Actor & { authorityId: number }) {
  if (!isTipRef(ref)) return null;
  const row = tipForAuthority.get({ ref, authorityId: actor.authorityId });
  if (!row) return null;
  recordAudit({ ...actor, action: "tip.viewed", entity: "tip", entityId: row.ref });
  const { reporterName, reporterContact, reporterDetailsRemovedAt, anonymous, enterpriseId, ...tip } = row;
  // Linked only to enterprises the authority knows; checked again so the page never names one it no longer does.
  const known = enterpriseId === null ? null : getKnownEnterprise(enterpriseId, actor.authorityId);
  const enterprise = known ? { id: known.id, key: enterpriseKey(known), name: known.name, country: known.country, registrationNumber: known.registrationNumber } : null;
  const reporter: TipReporter = reporterDetailsRemovedAt
    ? { kind: "removed", removedAt: reporterDetailsRemovedAt }
    : anonymous
      ? { kind: "anonymous" }
      : { kind: "named", name: reporterName, contact: reporterContact };
  return { ...tip, anonymous, reporter, enterprise };
}

export type TipStatusResult =
  | { ok: true; status: TipStatus; version: number }
  | { ok: false; reason: "not_found" | "stale"; status?: TipStatus; version?: number };

/**
 * Moves a tip to `status` if nobody changed it since the user loaded `version` (optimistic concurrency).
 * Setting the status it already has is a no-op that still succeeds.
 */
export function changeTipStatus(
  input: { ref: string; status: TipStatusTarget; version: number },
  actor: Actor & { authorityId: number },
  now = new Date(),
): TipStatusResult {
  if (!isTipRef(input.ref)) return { ok: false, reason: "not_found" };
  return db.transaction(() => {
    const current = db
      .select({ status: tips.status, version: tips.version })
      .from(tips)
      .where(and(eq(tips.ref, input.ref), eq(tips.authorityId, actor.authorityId)))
      .get();
    if (!current) return { ok: false, reason: "not_found" } as const;
    if (current.version !== input.version) return { ok: false, reason: "stale", status: current.status, version: current.version } as const;
    if (current.status === input.status) return { ok: true, status: current.status, version: current.version } as const;
    const updated = db
      .update(tips)
      .set({ status: input.status, version: sql`${tips.version} + 1`, updatedAt: now.toISOString() })
      .where(and(eq(tips.ref, input.ref), eq(tips.authorityId, actor.authorityId), eq(tips.version, input.version)))
      .returning({ version: tips.version })
      .get();
    if (!updated) return { ok: false, reason: "stale", status: current.status, version: current.version } as const;
    recordAudit({
      ...actor,
      action: "tip.status_changed",
      entity: "tip",
      entityId: input.ref,
      detail: { from: current.status, to: input.status },
    });
    return { ok: true, status: input.status, version: updated.version } as const;
  });
}

export type TipLinkResult = { ok: true } | { ok: false; reason: "not_found" | "enterprise_unknown" };

/**
 * Links a tip of the contact point's authority to an enterprise it knows (the need-to-know search of the
 * new-request form finds it), or removes the link (`enterpriseId` null). Followers of a newly linked enterprise
 * who may open the tip are told, in the same transaction.
 */
export function linkTipToEnterprise(input: { ref: string; enterpriseId: number | null }, actor: Actor & { authorityId: number }): TipLinkResult {
  if (!isTipRef(input.ref)) return { ok: false, reason: "not_found" };
  const enterprise = input.enterpriseId === null ? null : getKnownEnterprise(input.enterpriseId, actor.authorityId);
  if (input.enterpriseId !== null && !enterprise) return { ok: false, reason: "enterprise_unknown" };
  return db.transaction((tx) => {
    const current = db.select({ enterpriseId: tips.enterpriseId }).from(tips).where(and(eq(tips.ref, input.ref), eq(tips.authorityId, actor.authorityId))).get();
    if (!current) return { ok: false, reason: "not_found" } as const;
    const next = enterprise?.id ?? null;
    if (current.enterpriseId === next) return { ok: true } as const;
    db.update(tips).set({ enterpriseId: next }).where(and(eq(tips.ref, input.ref), eq(tips.authorityId, actor.authorityId))).run();
    recordAudit({
      ...actor,
      action: enterprise ? "tip.enterprise_linked" : "tip.enterprise_unlinked",
      entity: "tip",
      entityId: input.ref,
      detail: enterprise ? { enterprise: enterpriseKey(enterprise), by: "contact_point" } : { previousEnterpriseId: current.enterpriseId },
    });
    if (enterprise) tipLinked(tx, { ref: input.ref, authorityId: actor.authorityId, enterpriseId: enterprise.id }, actor.userId);
    return { ok: true } as const;
  });
}

// Prepared once: every enterprise page and every stored signal row computed with tips reads it.
const tipsAboutEnterpriseQuery = db
  .select({ ref: tips.ref, createdAt: tips.createdAt, sector: tips.sector, status: tips.status })
  .from(tips)
  .where(and(eq(tips.enterpriseId, sql.placeholder("enterprise")), eq(tips.authorityId, sql.placeholder("authority"))))
  .orderBy(desc(tips.createdAt), desc(tips.id))
  .limit(200)
  .prepare();
/**
 * Tips about one enterprise received by the viewer's authority — the tips' own rule: only the inspectorate a tip
 * was routed to sees it. What the timeline needs and nothing of the reporter (index tips_enterprise_idx).
 */
export function tipsAboutEnterprise(enterpriseId: number, authorityId: number) {
  return tipsAboutEnterpriseQuery.all({ enterprise: enterpriseId, authority: authorityId });
}
