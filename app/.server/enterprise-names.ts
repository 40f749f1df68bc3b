// Keeping an enterprise's names as cases name it (the rule for showing them is app/domain/enterprise-names). Called
// inside the transaction that creates the case, so a case and the name it brought in are stored together.
import { and, eq } from "drizzle-orm";
import { enterpriseNames, enterprises } from "../../db/schema";
import { cleanName } from "~/domain/enterprise-names";
import type { db } from "./db";

type Handle = Pick<typeof db, "select" | "insert">;

export type NameSource =
  | { exchangeId: number }
  | { inspectionId: number }
  | { violationId: number };

/**
 * The name a case gave the enterprise: as typed, or the stored name when the case linked a known enterprise
 * without typing one. One row per enterprise and case.
 */
export function recordEnterpriseName(
  handle: Handle,
  entry: {
    enterpriseId: number;
    typedName?: string | null;
    seenOn: string;
    source: NameSource;
    authorityId: number;
  }
): void {
  const name =
    cleanName(entry.typedName) ??
    handle
      .select({ name: enterprises.name })
      .from(enterprises)
      .where(eq(enterprises.id, entry.enterpriseId))
      .get()?.name;
  if (!name) return;
  const source = {
    exchangeId: "exchangeId" in entry.source ? entry.source.exchangeId : null,
    inspectionId:
      "inspectionId" in entry.source ? entry.source.inspectionId : null,
    violationId:
      "violationId" in entry.source ? entry.source.violationId : null,
  };
  const sourceColumn =
    source.exchangeId !== null
      ? eq(enterpriseNames.exchangeId, source.exchangeId)
      : source.inspectionId !== null
      ? eq(enterpriseNames.inspectionId, source.inspectionId)
      : eq(enterpriseNames.violationId, source.violationId!);
  if (
    handle
      .select({ id: enterpriseNames.id })
      .from(enterpriseNames)
      .where(
        and(eq(enterpriseNames.enterpriseId, entry.enterpriseId), sourceColumn)
      )
      .get()
  )
    return;
  handle
    .insert(enterpriseNames)
    .values({
      enterpriseId: entry.enterpriseId,
      name,
      seenOn: entry.seenOn,
      ...source,
      recordedByAuthorityId: entry.authorityId,
    })
    .run();
}
