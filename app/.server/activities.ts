// Activities of an agreement recorded by its coordinators: meetings, seminars, campaigns, staff exchanges, and
// the violations a joint meeting led to (counted in the outcome dashboard by source "joint meeting").
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import { activities, activityParticipants, agreements, projectPeriods, violations } from "../../db/schema";
import type { ActivityKind, ViolationCategory } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { recordAudit } from "./audit";
import { db } from "./db";

export interface NewActivity {
  agreementId: number;
  kind: ActivityKind;
  title: string;
  startsOn: string;
  endsOn: string | null;
  place: string;
  country: string | null;
  summary: string;
  summaryLanguage: Locale;
  participants: { organisation: string; count: number }[];
  /** For joint meetings: how many violations of each category the meeting led to. */
  violations?: Partial<Record<ViolationCategory, number>>;
}

export function recordActivity(input: NewActivity, actor: { userId: number; authorityId: number | null; ipAddress: string }, now = new Date()) {
  const agreement = db.select({ id: agreements.id, status: agreements.status }).from(agreements).where(eq(agreements.id, input.agreementId)).get();
  if (!agreement) return { ok: false as const, error: "not_found" as const };
  if (agreement.status !== "active") return { ok: false as const, error: "not_active" as const };
  // Outcomes are counted per project period: an activity outside every period would count nowhere.
  const inPeriod = db
    .select({ id: projectPeriods.id })
    .from(projectPeriods)
    .where(and(eq(projectPeriods.agreementId, input.agreementId), lte(projectPeriods.startsOn, input.startsOn), gte(projectPeriods.endsOn, input.startsOn)))
    .get();
  if (!inPeriod) return { ok: false as const, error: "outside_periods" as const };
  const id = db.transaction((tx) => {
    const created = tx
      .insert(activities)
      .values({
        agreementId: input.agreementId,
        kind: input.kind,
        status: "held",
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        place: input.place,
        country: input.country,
        summary: input.summary,
        summaryLanguage: input.summaryLanguage,
        createdById: actor.userId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .returning({ id: activities.id })
      .get();
    for (const participant of input.participants) {
      if (participant.count > 0) tx.insert(activityParticipants).values({ activityId: created.id, organisation: participant.organisation, count: participant.count }).run();
    }
    if (input.kind === "joint_meeting") {
      for (const [category, count] of Object.entries(input.violations ?? {}) as [ViolationCategory, number][]) {
        for (let i = 0; i < count; i++) {
          tx.insert(violations)
            .values({
              agreementId: input.agreementId,
              source: "joint_meeting",
              activityId: created.id,
              recordedByAuthorityId: actor.authorityId,
              category,
              description: input.title,
              descriptionLanguage: input.summaryLanguage,
              foundOn: input.startsOn,
              sanction: "none",
              createdById: actor.userId,
              createdAt: now.toISOString(),
              updatedAt: now.toISOString(),
            })
            .run();
        }
      }
    }
    recordAudit({ ...actor, action: "activity.recorded", entity: "activity", entityId: created.id, detail: { kind: input.kind, agreementId: input.agreementId } });
    return created.id;
  });
  return { ok: true as const, id };
}

export function listActivities(agreementId: number, from: string, to: string) {
  return db
    .select({ id: activities.id, kind: activities.kind, title: activities.title, startsOn: activities.startsOn, place: activities.place, status: activities.status })
    .from(activities)
    .where(and(eq(activities.agreementId, agreementId), gte(activities.startsOn, from), lte(activities.startsOn, to)))
    .orderBy(desc(activities.startsOn), asc(activities.id))
    .all();
}
