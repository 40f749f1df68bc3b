// The one place that turns an exchange into its reply due date and the explanation the case page shows: the
// agreement's agreed limits and the replying authority's country come from the register, the rule from
// app/domain/exchange-workflow.ts. Creating, sending, forwarding and asking for clarification store what this
// computes; the page explains the stored date with the same inputs, and the inbox, badge and digest read it.
import { and, desc, eq, inArray } from "drizzle-orm";
import { agreements, authorities, caseEvents } from "../../db/schema";
import { CLOCK_STARTING_ACTIONS, exchangeDueDate, type ExchangeDueDate } from "~/domain/exchange-workflow";
import type { ExchangeType } from "~/domain/vocabulary";
import { dateInOslo } from "./clock";
import { db } from "./db";

export interface ReplyClockCase {
  type: ExchangeType;
  urgency: "standard" | "urgent";
  agreementId: number;
  requestedAuthorityId: number;
}

/** The reply due date of `exchange` if its clock starts on `startedOn` (null for an alert). */
export function replyDueDate(exchange: ReplyClockCase, startedOn: string): ExchangeDueDate | null {
  const agreement = db
    .select({ standard: agreements.exchangeStandardDays, urgent: agreements.exchangeUrgentDays })
    .from(agreements)
    .where(eq(agreements.id, exchange.agreementId))
    .get();
  const requested = db.select({ country: authorities.country }).from(authorities).where(eq(authorities.id, exchange.requestedAuthorityId)).get();
  if (!agreement || !requested) throw new Error(`exchange without agreement or requested authority: ${exchange.agreementId}/${exchange.requestedAuthorityId}`);
  return exchangeDueDate({
    type: exchange.type,
    urgency: exchange.urgency,
    requestedCountry: requested.country,
    sentOn: startedOn,
    agreedStandardDays: agreement.standard,
    agreedUrgentDays: agreement.urgent,
  });
}

/**
 * The day a clarification request restarts the clock: the Norwegian date of the request. Used both when it is
 * made and when it is explained, so the two always agree.
 */
export function clarificationClockStart(requestedAt: string | Date): string {
  return dateInOslo(requestedAt);
}

/** The explanation of an exchange's current due date: counted from the last time its clock started. */
export function explainReplyDueDate(exchange: ReplyClockCase & { id: number; sentOn: string | null }): ExchangeDueDate | null {
  if (!exchange.sentOn) return null;
  const lastStart = db
    .select({ action: caseEvents.action, at: caseEvents.createdAt })
    .from(caseEvents)
    .where(and(eq(caseEvents.exchangeId, exchange.id), inArray(caseEvents.action, [...CLOCK_STARTING_ACTIONS])))
    .orderBy(desc(caseEvents.id))
    .limit(1)
    .get();
  const startedOn = lastStart?.action === "request_clarification" ? clarificationClockStart(lastStart.at) : exchange.sentOn;
  return replyDueDate(exchange, startedOn);
}
