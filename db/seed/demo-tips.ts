// A demo tip from the public about UAB „Demo statyba“ (LT 304120014), received by the Norwegian Labour Inspection
// Authority and linked to the enterprise, so the enterprise page's timeline shows a tip on a fresh start. The
// reporter is anonymous: the demo holds no reporter's personal data. The text is fictional and illustrative.
import { and, eq } from "drizzle-orm";
import { authorities, enterprises, tips } from "../schema";
import type { Db } from "../connection";
import { lithuanianCompanyCodeFrom } from "./demo-identifiers";

type SeedTransaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

export const DEMO_TIP_REF = "T-2026-DEMXSTAT";
const ENTERPRISE = { country: "LT", registrationNumber: lithuanianCompanyCodeFrom(30_412_001) };
const RECEIVED_AT = "2026-09-14T07:42:00.000Z";

export function seedDemoTips(tx: SeedTransaction): void {
  if (tx.select({ id: tips.id }).from(tips).where(eq(tips.ref, DEMO_TIP_REF)).get()) return;
  const enterprise = tx.select({ id: enterprises.id }).from(enterprises).where(and(eq(enterprises.country, ENTERPRISE.country), eq(enterprises.registrationNumber, ENTERPRISE.registrationNumber))).get();
  const nlia = tx.select({ id: authorities.id }).from(authorities).where(eq(authorities.slug, "nlia")).get();
  if (!enterprise || !nlia) return;
  tx.insert(tips)
    .values({
      ref: DEMO_TIP_REF,
      country: "NO",
      authorityId: nlia.id,
      sector: "construction",
      place: "Byggeplass ved Fornebu, Bærum",
      employerName: "UAB Demo statyba",
      employerNumber: ENTERPRISE.registrationNumber,
      enterpriseId: enterprise.id,
      description:
        "Litauiske snekkere på byggeplassen jobber fra sju om morgenen til ni om kvelden, også i helgene. De sier at de får 90 kroner timen og bor tolv personer i en brakke uten kjøkken.",
      language: "nb",
      anonymous: true,
      status: "triaged",
      createdAt: RECEIVED_AT,
      updatedAt: "2026-09-15T09:10:00.000Z",
    })
    .run();
}
