// A violation's found-on date: a real date, not after the server's today.
import { describe, expect, it } from "vitest";
import { newViolationSchemaFor } from "~/lib/schemas/violations";

const violation = (foundOn: string) => ({ sourceKind: "exchange", sourceRef: "EX-NO-LT-2026-0001", category: "pay", description: "Underpaid.", foundOn, sanction: "order" });

describe("found-on date", () => {
  const schema = newViolationSchemaFor("en", "2026-03-30");
  it("accepts today and earlier days", () => {
    expect(schema.safeParse(violation("2026-03-30")).success).toBe(true);
    expect(schema.safeParse(violation("2025-12-31")).success).toBe(true);
  });
  it("refuses a day after today with its own message", () => {
    const result = schema.safeParse(violation("2026-03-31"));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["foundOn", "violation.errors.foundOnFuture"]]);
  });
});
