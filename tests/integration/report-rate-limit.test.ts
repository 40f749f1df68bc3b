// The report limit counts the same report from one address (5 an hour) and, more softly, all reports from one
// address (30 an hour): workers sharing one Wi-Fi can each send their own report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportTipSchema } from "~/lib/schemas/tips";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let tips: typeof import("~/.server/tips");

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  tips = await import("~/.server/tips");
});
afterAll(() => database.cleanup());

const report = (description: string, address: string, now: Date) =>
  tips.submitTip({ ...reportTipSchema.parse({ country: "NO", sector: "construction", place: "Brakkerigg, Mongstad", description, anonymous: "yes" }), locale: "lt", clientAddress: address }, now);

describe("report rate limit", () => {
  it("lets ten workers behind one address each send their own report, but not the same one a sixth time", () => {
    const address = "203.0.113.150";
    const now = new Date("2032-02-01T18:00:00Z");
    for (let worker = 1; worker <= 10; worker++) expect(report(`Darbuotojas ${worker}: negavome atlyginimo už sausį.`, address, now).ok).toBe(true);
    for (let i = 0; i < 4; i++) expect(report("Darbuotojas 1:  NEGAVOME atlyginimo už sausį.", address, now).ok).toBe(true);
    // Same words, other spacing and case: the same report, refused the sixth time.
    expect(report("darbuotojas 1: negavome atlyginimo už sausį.", address, now)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("still refuses a flood of different reports from one address", () => {
    const address = "203.0.113.151";
    const now = new Date("2032-02-02T18:00:00Z");
    const results = Array.from({ length: 31 }, (_, i) => report(`Report number ${i}`, address, now).ok);
    expect(results.slice(0, 30).every(Boolean)).toBe(true);
    expect(results[30]).toBe(false);
  });
});
