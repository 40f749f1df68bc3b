// What exchanges and joint inspections share: who to tell about a case, and its timeline of events and messages.
import { and, asc, eq } from "drizzle-orm";
import { authorities, caseEvents, caseMessages, userRoles, users } from "../../db/schema";
import type { Locale } from "~/lib/i18n";
import { db } from "./db";

/**
 * Active contact points of an authority, to notify. Reads through the one connection, so inside a write
 * transaction it sees that transaction's own changes.
 */
export function contactPointsOf(authorityId: number): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.authorityId, authorityId), eq(userRoles.role, "contact_point"), eq(users.status, "active")))
    .all()
    .map((r) => r.id);
}

type CaseKey = { exchangeId: number } | { inspectionId: number };

/** Every status change of a case and every message on it, oldest first, with who and which authority. */
export function caseTimelineRecords(key: CaseKey, locale: Locale) {
  const authorityName = { nb: authorities.nameNb, lt: authorities.nameLt, en: authorities.nameEn }[locale];
  const eventsOf = "exchangeId" in key ? eq(caseEvents.exchangeId, key.exchangeId) : eq(caseEvents.inspectionId, key.inspectionId);
  const messagesOf = "exchangeId" in key ? eq(caseMessages.exchangeId, key.exchangeId) : eq(caseMessages.inspectionId, key.inspectionId);
  const events = db
    .select({ at: caseEvents.createdAt, from: caseEvents.fromStatus, to: caseEvents.toStatus, action: caseEvents.action, note: caseEvents.note, noteLanguage: caseEvents.noteLanguage, user: users.displayName, authority: authorityName })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorUserId))
    .leftJoin(authorities, eq(authorities.id, caseEvents.actorAuthorityId))
    .where(eventsOf)
    .orderBy(asc(caseEvents.id))
    .all();
  const messages = db
    .select({ id: caseMessages.id, at: caseMessages.createdAt, body: caseMessages.body, language: caseMessages.language, user: users.displayName, authority: authorityName })
    .from(caseMessages)
    .leftJoin(users, eq(users.id, caseMessages.authorUserId))
    .leftJoin(authorities, eq(authorities.id, caseMessages.authorAuthorityId))
    .where(messagesOf)
    .orderBy(asc(caseMessages.id))
    .all();
  return { events, messages };
}
