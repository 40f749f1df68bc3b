// Notifications: one in-app row per recipient for every exchange event, an e-mail about it when SMTP is set up,
// and the contact points' daily digest of deadlines.
//
// Data protection (docs/domain-facts.md §6): a notification holds what happened (a code), the kind of case and its human
// reference — never a name, an enterprise or a subject. E-mails say the same and give a link; the case itself is
// read after signing in.
//
// E-mail never runs inside the write transaction: the listener only queues the new rows' ids in memory, and a
// flush on the next turn of the event loop (after the synchronous better-sqlite3 transaction has committed) reads
// them back — rows of a transaction that rolled back are simply not there — and sends one at a time. Failures are
// logged and leave `emailed_at` empty; nothing is thrown at the request that caused the event.
import { and, count, desc, eq, gt, inArray, isNull, lte, max, sql } from "drizzle-orm";
import { createInstance, type TFunction } from "i18next";
import { authorities, enterpriseFollows, exchanges, notifications, tips, userRoles, users } from "../../db/schema";
import { addWorkingDays } from "~/domain/working-days";
import { formatDate } from "~/lib/format";
import { FALLBACK_LOCALE, isLocale, LOCALES, type Locale } from "~/lib/i18n";
import en from "../../locales/en/notifications.json";
import lt from "../../locales/lt/notifications.json";
import nb from "../../locales/nb/notifications.json";
import { today as todayIn } from "./clock";
import { db } from "./db";
import { contactPointsOf } from "./case-records";
import { followersOfEnterpriseWhoMayOpen, followersWhoMayOpen } from "./enterprises";
import { loadVisible as loadVisibleExchange, onExchangeEvent } from "./exchanges";
import { loadVisible as loadVisibleInspection, onInspectionEvent } from "./inspections";
import { listInbox, type InboxFilter } from "./inbox";
import { onTipLinked } from "./tips";
import { onViolationRecorded } from "./violations";
import { logger } from "./logger";
import { mailSettings, sendMail } from "./mailer";

type Listener = Parameters<typeof onExchangeEvent>[0];
type Tx = Parameters<Listener>[0];

export const NOTIFICATIONS_PAGE_SIZE = 25;
/** How far ahead the digest looks: due today or within this many working days (and everything overdue). */
export const DIGEST_WORKING_DAYS = 2;
/** At most this many cases per section of a digest e-mail; the rest is a count and the inbox link. */
const DIGEST_LINES_PER_SECTION = 50;
/** Safety limit on the inbox pages read per authority and query (25 cases a page). */
const DIGEST_MAX_PAGES = 20;

// The texts of e-mails come from the locale files directly (not the app's i18n module, which needs Vite), so the
// same code runs in the server, in `npm run digest` and in tests.
const mailI18n = createInstance();
void mailI18n.init({
  resources: { en: { notifications: en }, nb: { notifications: nb }, lt: { notifications: lt } },
  lng: FALLBACK_LOCALE,
  fallbackLng: FALLBACK_LOCALE,
  supportedLngs: [...LOCALES],
  ns: ["notifications"],
  defaultNS: "notifications",
  interpolation: { escapeValue: false },
  initImmediate: false,
});
const mailT = (locale: Locale): TFunction => mailI18n.getFixedT(locale, "notifications");

const readerLocale = (preferred: string | null): Locale => (isLocale(preferred) ? preferred : FALLBACK_LOCALE);

// ---------------------------------------------------------------------------------------------------------------
// Recording exchange events (inside the exchange's write transaction)

interface Queued {
  id: number;
  userId: number;
  kind: string;
  caseRef: string | null;
}


/**
 * The exchange-event listener: one unread notification per recipient, in the same transaction as the event.
 * `exchange_send` (a draft sent later) is the same news as `exchange_received`. A forward is news for two sides:
 * the requester is told, and the contact points of the authority it now lies with receive it.
 */
export function recordExchangeEvent(tx: Tx, userIds: number[], kind: string, caseRef: string): void {
  const createdAt = new Date().toISOString();
  const rows = new Map<number, string>();
  const what = kind === "exchange_send" ? "exchange_received" : kind;
  for (const userId of userIds) rows.set(userId, what);
  if (kind === "exchange_forward") {
    const target = tx.select({ authorityId: exchanges.requestedAuthorityId }).from(exchanges).where(eq(exchanges.ref, caseRef)).get();
    if (target) for (const userId of contactPointsOf(target.authorityId)) if (!rows.has(userId)) rows.set(userId, "exchange_received");
  }
  for (const userId of followersWhoMayOpen("exchange", caseRef)) if (!rows.has(userId)) rows.set(userId, FOLLOWED_ENTERPRISE_CASE);
  insertNotifications(tx, rows, "exchange", caseRef, createdAt);
}

/** Joint-inspection events: one unread notification per recipient, like exchanges. */
export function recordInspectionEvent(tx: Tx, userIds: number[], kind: string, caseRef: string): void {
  const rows = new Map<number, string>(userIds.map((userId) => [userId, kind === "inspection_request" ? "inspection_received" : kind]));
  for (const userId of followersWhoMayOpen("inspection", caseRef)) if (!rows.has(userId)) rows.set(userId, FOLLOWED_ENTERPRISE_CASE);
  insertNotifications(tx, rows, "inspection", caseRef, new Date().toISOString());
}

/**
 * A violation recorded by either inspectorate: the followers of its enterprise who may open the source case are
 * told (not the inspector who recorded it). Without an enterprise on the violation, the followers of the case's
 * enterprises are. Called inside the violation's write transaction.
 */
export function recordViolationNews(tx: Tx, source: { kind: "exchange" | "inspection"; ref: string }, enterpriseId: number | null, actorUserId: number): void {
  const followers = enterpriseId === null ? followersWhoMayOpen(source.kind, source.ref) : followersOfEnterpriseWhoMayOpen(enterpriseId, source.kind, source.ref);
  const rows = new Map<number, string>(followers.filter((userId) => userId !== actorUserId).map((userId) => [userId, FOLLOWED_ENTERPRISE_CASE]));
  insertNotifications(tx, rows, source.kind, source.ref, new Date().toISOString());
}

/** What followers of an enterprise are told when either inspectorate records something in a case about it. */
export const FOLLOWED_ENTERPRISE_CASE = "followed_enterprise_case";
/** What followers of an enterprise are told when a tip from the public is linked to it. */
export const FOLLOWED_ENTERPRISE_TIP = "followed_enterprise_tip";

/**
 * A tip linked to an enterprise: its followers who may open the tip — active contact points of the inspectorate
 * the tip was routed to (the tips' own rule) — are told, except the one who linked it. The row names the tip's
 * reference only, never the reporter or the enterprise.
 */
export function recordTipLinkNews(tx: Tx, tip: { ref: string; authorityId: number; enterpriseId: number }, actorUserId: number | null): void {
  const followers = tx
    .selectDistinct({ userId: enterpriseFollows.userId })
    .from(enterpriseFollows)
    .innerJoin(users, eq(users.id, enterpriseFollows.userId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "contact_point")))
    .where(and(eq(enterpriseFollows.enterpriseId, tip.enterpriseId), eq(users.authorityId, tip.authorityId), eq(users.status, "active")))
    .all()
    .map((r) => r.userId)
    .filter((userId) => userId !== actorUserId);
  insertNotifications(tx, new Map(followers.map((userId) => [userId, FOLLOWED_ENTERPRISE_TIP])), "tip", tip.ref, new Date().toISOString());
}

function insertNotifications(tx: Tx, rows: Map<number, string>, caseKind: "exchange" | "inspection" | "tip", caseRef: string, createdAt: string) {
  if (rows.size === 0) return;
  const inserted = tx
    .insert(notifications)
    .values([...rows].map(([userId, rowKind]) => ({ userId, kind: rowKind, caseKind, caseRef, createdAt })))
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind, caseRef: notifications.caseRef })
    .all();
  if (mailSettings()) enqueue(inserted);
}

onExchangeEvent(recordExchangeEvent);
onInspectionEvent(recordInspectionEvent);
onViolationRecorded(recordViolationNews);
onTipLinked(recordTipLinkNews);

/** Where a case (or a tip) lives in the portal, by its kind. */
export function casePath(locale: Locale, caseKind: string, caseRef: string): string {
  const folder = caseKind === "inspection" ? "inspections" : caseKind === "tip" ? "tips" : "exchanges";
  return `/${locale}/cases/${folder}/${encodeURIComponent(caseRef)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// E-mail about events: an in-memory queue, flushed after the transaction has committed

const pending: Queued[] = [];
let flushScheduled = false;
let flushing: Promise<number> | null = null;

function enqueue(items: Queued[]) {
  pending.push(...items);
  if (flushScheduled) return;
  flushScheduled = true;
  // setImmediate runs after the current synchronous work — the whole better-sqlite3 transaction — is done.
  setImmediate(() => {
    flushScheduled = false;
    void flushNotificationEmails();
  });
}

/** Sends what is queued (waiting for a flush already running first); resolves to the number of e-mails sent. */
export async function flushNotificationEmails(): Promise<number> {
  while (flushing) await flushing;
  if (pending.length === 0) return 0;
  const batch = pending.splice(0);
  flushing = deliver(batch).finally(() => {
    flushing = null;
  });
  return flushing;
}

/** The link and words of an event e-mail, in the reader's language. Exported for tests. */
export function eventEmail(locale: Locale, kind: string, caseRef: string, publicUrl: string, caseKind?: string) {
  const t = mailT(locale);
  // The row's case kind when known (news about a followed enterprise may be an inspection or a tip), else the event's.
  const link = `${publicUrl}${casePath(locale, caseKind ?? (kind.startsWith("inspection_") ? "inspection" : "exchange"), caseRef)}`;
  const what = t(`kind.${kind}`, { defaultValue: t("kind.unknown") });
  const received = kind === "exchange_received";
  const subject = received ? t("email.subjectReceived", { ref: caseRef }) : t("email.subjectEvent", { what, ref: caseRef });
  const lead = received ? t("email.bodyReceived", { ref: caseRef, link }) : t("email.bodyEvent", { what, ref: caseRef, link });
  return { subject, text: [lead, "", t("email.privacy"), "", "-- ", t("email.automatic"), ""].join("\n"), link };
}

async function deliver(batch: Queued[]): Promise<number> {
  let sent = 0;
  try {
    const settings = mailSettings();
    if (!settings) return 0;
    const rows = db
      .select({
        id: notifications.id,
        userId: notifications.userId,
        kind: notifications.kind,
        caseKind: notifications.caseKind,
        caseRef: notifications.caseRef,
        emailedAt: notifications.emailedAt,
        email: users.email,
        status: users.status,
        preferredLocale: users.preferredLocale,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(inArray(notifications.id, batch.map((q) => q.id)))
      .all();
    for (const queued of batch) {
      const row = rows.find((r) => r.id === queued.id);
      // Gone (rolled back) or not what was queued, already sent, or the account was closed meanwhile.
      if (!row || row.userId !== queued.userId || row.kind !== queued.kind || row.caseRef !== queued.caseRef) continue;
      if (row.emailedAt || row.status !== "active" || (row.caseKind !== "exchange" && row.caseKind !== "inspection" && row.caseKind !== "tip") || !row.caseRef) continue;
      const message = eventEmail(readerLocale(row.preferredLocale), row.kind, row.caseRef, settings.publicUrl, row.caseKind);
      if (await sendMail({ to: row.email, subject: message.subject, text: message.text }, { notificationId: row.id })) {
        markEmailed(row.id);
        sent++;
      }
    }
  } catch (error) {
    logger.error("notification e-mails failed", { error });
  }
  return sent;
}

function markEmailed(id: number) {
  db.update(notifications)
    .set({ emailedAt: new Date().toISOString() })
    .where(and(eq(notifications.id, id), isNull(notifications.emailedAt)))
    .run();
}

// ---------------------------------------------------------------------------------------------------------------
// The in-app list

const unreadCountQuery = db
  .select({ n: count() })
  .from(notifications)
  .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt)))
  .prepare();

/** Unread notifications of a user, for the header: counted in the (user_id, read_at, …) index alone. */
export function unreadNotificationCount(userId: number): number {
  return unreadCountQuery.get({ userId })?.n ?? 0;
}

export function listNotifications(userId: number, page: number) {
  const rows = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseKind: notifications.caseKind,
      caseRef: notifications.caseRef,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE + 1)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
  return { items: rows.slice(0, NOTIFICATIONS_PAGE_SIZE), hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE };
}

/** The id of the user's newest notification (0 if none): the limit of "mark all as read". */
export function newestNotificationId(userId: number): number {
  return db.select({ id: sql<number | null>`max(${notifications.id})` }).from(notifications).where(eq(notifications.userId, userId)).get()?.id ?? 0;
}

/** Marks one of the user's own notifications read; false if there is no such unread one. */
export function markNotificationRead(userId: number, id: number, now = new Date()): boolean {
  const result = db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
  return result.changes === 1;
}

/**
 * Marks the user's unread notifications read — only those up to `upToId`, the newest the reader was shown, so
 * one that arrived after the page was drawn stays unread.
 */
export function markAllNotificationsRead(userId: number, upToId: number, now = new Date()): number {
  return db
    .update(notifications)
    .set({ readAt: now.toISOString() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), lte(notifications.id, upToId)))
    .run().changes;
}

// ---------------------------------------------------------------------------------------------------------------
// The daily digest

export interface DigestCase {
  ref: string;
  kind: "exchange" | "inspection";
  dueOn: string;
  overdue: boolean;
  direction: "incoming" | "outgoing";
}

function mondayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + 8 - weekday);
  return date.toISOString().slice(0, 10);
}

function inboxAll(authorityId: number, filter: Pick<InboxFilter, "due">, today: string) {
  const items = [];
  for (let page = 1; page <= DIGEST_MAX_PAGES; page++) {
    const result = listInbox(authorityId, FALLBACK_LOCALE, { view: "open", ...filter, page, today });
    items.push(...result.items);
    if (!result.hasMore) break;
  }
  return items;
}

/**
 * The authority's cases whose clock is running and that are overdue, or fall due today or within the next
 * DIGEST_WORKING_DAYS working days of the authority's country — incoming and outgoing, exchanges and joint
 * inspections, through the inbox's own queries ("overdue", then "due this week" for each week the window touches).
 */
export function casesFallingDue(authorityId: number, country: string, today: string): { until: string; cases: DigestCase[] } {
  const until = addWorkingDays(country, today, DIGEST_WORKING_DAYS);
  const found = new Map<string, DigestCase>();
  const add = (item: { ref: string; kind: "exchange" | "inspection"; dueOn: string | null; direction: "incoming" | "outgoing" }) => {
    if (!item.dueOn || item.dueOn > until || found.has(item.ref)) return;
    found.set(item.ref, { ref: item.ref, kind: item.kind, dueOn: item.dueOn, overdue: item.dueOn < today, direction: item.direction });
  };
  for (const item of inboxAll(authorityId, { due: "overdue" }, today)) add(item);
  // "Due this week" runs from the given day to that week's Sunday; the window may reach into the next week.
  for (let from = today; from <= until; from = mondayAfter(from)) {
    for (const item of inboxAll(authorityId, { due: "week" }, from)) add(item);
  }
  const cases = [...found.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ref.localeCompare(b.ref));
  return { until, cases };
}

/** A case about an enterprise the reader follows in which something new was recorded since the last digest. */
export interface FollowedNews {
  ref: string;
  kind: "exchange" | "inspection" | "tip";
  /** The reader's local date of the latest news in the case. */
  lastOn: string;
}

/** Since when a reader's digest reports news: the previous digest the reader was given, else one day before `now`. */
function digestNewsSince(userId: number, now: Date): string {
  const last = db
    .select({ at: max(notifications.createdAt) })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "daily_digest")))
    .get()?.at;
  return last ?? new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
}

/**
 * What is new about the enterprises a reader follows since `since`: the cases of the reader's
 * `followed_enterprise_case` notifications, newest first — each checked again against the case-visibility rule at
 * digest time (a case the reader's authority may no longer open is left out).
 */
export function followedEnterpriseNews(userId: number, authorityId: number, since: string, until: string): FollowedNews[] {
  const latest = max(notifications.createdAt);
  const rows = db
    .select({ caseKind: notifications.caseKind, caseRef: notifications.caseRef, at: latest })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.kind, [FOLLOWED_ENTERPRISE_CASE, FOLLOWED_ENTERPRISE_TIP]), gt(notifications.createdAt, since), lte(notifications.createdAt, until)))
    .groupBy(notifications.caseKind, notifications.caseRef)
    .orderBy(desc(latest))
    .all();
  const news: FollowedNews[] = [];
  for (const row of rows) {
    if (!row.caseRef || !row.at) continue;
    const kind = row.caseKind === "inspection" ? "inspection" : row.caseKind === "exchange" ? "exchange" : row.caseKind === "tip" ? "tip" : null;
    if (!kind) continue;
    const visible =
      kind === "exchange" ? loadVisibleExchange(row.caseRef, authorityId) : kind === "inspection" ? loadVisibleInspection(row.caseRef, authorityId) : tipOfAuthority(row.caseRef, authorityId);
    if (visible) news.push({ ref: row.caseRef, kind, lastOn: todayIn(new Date(row.at)) });
  }
  return news;
}

/** A tip still routed to the authority (the tips' own rule), without reading any of its content. */
function tipOfAuthority(ref: string, authorityId: number): boolean {
  return !!db.select({ id: tips.id }).from(tips).where(and(eq(tips.ref, ref), eq(tips.authorityId, authorityId))).get();
}

/** The digest e-mail, in the reader's language: references, due dates and links only. Exported for tests. */
export function digestEmail(locale: Locale, today: string, until: string, cases: DigestCase[], publicUrl: string, followed: FollowedNews[] = []) {
  const t = mailT(locale);
  const caseLine = (c: DigestCase) => {
    const line = `- ${t("digest.line", { ref: c.ref, date: formatDate(c.dueOn, locale, "numeric"), direction: t(`digest.${c.direction}`) })}`;
    return `${line}\n  ${publicUrl}${casePath(locale, c.kind, c.ref)}`;
  };
  const section = (heading: string, list: DigestCase[]) =>
    list.length === 0
      ? []
      : [
          heading,
          ...list.slice(0, DIGEST_LINES_PER_SECTION).map(caseLine),
          ...(list.length > DIGEST_LINES_PER_SECTION ? [t("digest.more", { count: list.length - DIGEST_LINES_PER_SECTION })] : []),
          "",
        ];
  const followedLine = (news: FollowedNews) =>
    `- ${t("digest.followedLine", { ref: news.ref, date: formatDate(news.lastOn, locale, "numeric") })}\n  ${publicUrl}${casePath(locale, news.kind, news.ref)}`;
  const followedSection =
    followed.length === 0
      ? []
      : [
          t("digest.followed", { count: followed.length }),
          ...followed.slice(0, DIGEST_LINES_PER_SECTION).map(followedLine),
          ...(followed.length > DIGEST_LINES_PER_SECTION ? [t("digest.followedMore", { count: followed.length - DIGEST_LINES_PER_SECTION })] : []),
          "",
        ];
  const overdue = cases.filter((c) => c.overdue);
  const dueSoon = cases.filter((c) => !c.overdue);
  const date = formatDate(today, locale, "numeric");
  const text = [
    t("digest.intro", { until: formatDate(until, locale, "numeric") }),
    "",
    ...section(t("digest.overdue", { count: overdue.length }), overdue),
    ...section(t("digest.dueSoon", { count: dueSoon.length }), dueSoon),
    ...followedSection,
    t("digest.inbox", { link: `${publicUrl}/${locale}/cases` }),
    "",
    t("email.privacy"),
    "",
    "-- ",
    t("email.automatic"),
    "",
  ].join("\n");
  return { subject: t("digest.subject", { date }), text };
}

export interface DigestSummary {
  date: string;
  contactPoints: number;
  authorities: number;
  /** Cases falling due, summed over the authorities. */
  cases: number;
  /** Cases with news about followed enterprises, summed over the contact points. */
  followedCases: number;
  /** In-app `daily_digest` notifications created (one per contact point with something due, once a day). */
  notified: number;
  emailed: number;
}

/**
 * For every active contact point whose authority has cases overdue or falling due soon: one in-app notification
 * `daily_digest` (case_ref = the day, so a second run the same day adds nothing) and, when SMTP is set up, one
 * e-mail. Never throws; a failure is logged and the summary says what was done.
 */
export async function runDailyDigest(options: { now?: Date } = {}): Promise<DigestSummary> {
  const now = options.now ?? new Date();
  const date = todayIn(now);
  const summary: DigestSummary = { date, contactPoints: 0, authorities: 0, cases: 0, followedCases: 0, notified: 0, emailed: 0 };
  try {
    const recipients = db
      .selectDistinct({
        id: users.id,
        email: users.email,
        preferredLocale: users.preferredLocale,
        authorityId: authorities.id,
        country: authorities.country,
      })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .innerJoin(authorities, eq(authorities.id, users.authorityId))
      .where(and(eq(userRoles.role, "contact_point"), eq(users.status, "active")))
      .orderBy(users.id)
      .all();
    summary.contactPoints = recipients.length;
    const byAuthority = new Map<number, ReturnType<typeof casesFallingDue>>();
    for (const recipient of recipients) {
      if (!byAuthority.has(recipient.authorityId)) {
        const due = casesFallingDue(recipient.authorityId, recipient.country, date);
        byAuthority.set(recipient.authorityId, due);
        summary.cases += due.cases.length;
      }
    }
    summary.authorities = byAuthority.size;

    const settings = mailSettings();
    for (const recipient of recipients) {
      const { until, cases } = byAuthority.get(recipient.authorityId)!;
      const followed = followedEnterpriseNews(recipient.id, recipient.authorityId, digestNewsSince(recipient.id, now), now.toISOString());
      if (cases.length === 0 && followed.length === 0) continue;
      const created = db.run(sql`
        insert into notifications (user_id, kind, case_kind, case_ref, created_at)
        select ${recipient.id}, 'daily_digest', 'digest', ${date}, ${now.toISOString()}
         where not exists (select 1 from notifications
                            where user_id = ${recipient.id} and kind = 'daily_digest' and case_ref = ${date})`);
      if (created.changes !== 1) continue;
      summary.notified++;
      summary.followedCases += followed.length;
      if (!settings) continue;
      const id = Number(created.lastInsertRowid);
      const message = digestEmail(readerLocale(recipient.preferredLocale), date, until, cases, settings.publicUrl, followed);
      if (await sendMail({ to: recipient.email, ...message }, { notificationId: id, digest: date })) {
        markEmailed(id);
        summary.emailed++;
      }
    }
  } catch (error) {
    logger.error("the daily digest failed", { error, date });
  }
  return summary;
}
