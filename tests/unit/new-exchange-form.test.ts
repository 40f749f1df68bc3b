// The new-request form shows every error in the first round: checks between fields run even when a plain field
// (here the subject) is missing, the instrument fields a penalty request needs are reported together, and the
// server's own checks (given to the schema) join them in the same parse.
import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/forms";
import { INSTRUMENT_REQUIRED_FIELDS, newExchangeSchema, newExchangeSchemaFor, type NewExchangeServerChecks } from "~/lib/schemas/exchanges";

function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const parse = (fields: Record<string, string | string[]>) => parseForm(newExchangeSchema, formData(fields));

describe("new request form errors", () => {
  it("reports a missing subject, the missing questions and the urgent reason in one round", () => {
    const result = parse({ agreementId: "1", type: "information_request", urgency: "urgent", subject: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["questions", "subject", "urgencyReason"]);
    expect(result.errors.questions).toBe("exchange.errors.questionsRequired");
  });

  it("reports every instrument field a penalty request lacks together with the plain-field errors", () => {
    const result = parse({ type: "recovery_request", urgency: "standard", subject: "", questions: "Q001" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const field of INSTRUMENT_REQUIRED_FIELDS) expect(result.errors[field]).toBe("exchange.errors.instrumentFieldRequired");
    expect(result.errors.agreementId).toBe("exchange.errors.agreementRequired");
    expect(result.errors.subject).toBe("exchange.errors.subjectRequired");
  });

  it("checks the registration number and needs no question for an alert", () => {
    const result = parse({ agreementId: "1", type: "alert", urgency: "standard", subject: "Varsel", enterpriseCountry: "NO", enterpriseNumber: "123" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.questions).toBeUndefined();
    expect(result.errors.enterpriseNumber).toBeDefined();
  });

  it("accepts a complete information request", () => {
    const result = parse({ agreementId: "1", type: "information_request", urgency: "standard", subject: "Lønn", questions: ["Q001", "Q002"] });
    expect(result.ok).toBe(true);
  });

  it("reports a missing country and a missing number together, and a question outside the catalogue", () => {
    const result = parse({ agreementId: "x", type: "information_request", urgency: "standard", subject: "", enterpriseName: "Demo AS", enterpriseCountry: "", enterpriseNumber: "", questions: ["Q001", "Q999"], postedWorkersCount: "mange" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      agreementId: "exchange.errors.agreementRequired",
      subject: "exchange.errors.subjectRequired",
      postedWorkersCount: "exchange.errors.workersInvalid",
      questions: "exchange.errors.questionUnknown",
    });
    const both = parse({ agreementId: "1", type: "information_request", urgency: "standard", subject: "", enterpriseCountry: "", enterpriseNumber: "", enterpriseAddress: "Storgata 1" });
    expect(both.ok).toBe(false);
    const countryOnly = parse({ agreementId: "1", type: "information_request", urgency: "standard", subject: "S", enterpriseCountry: "NO", questions: "Q001" });
    expect(countryOnly.ok ? {} : countryOnly.errors).toEqual({ enterpriseNumber: "identifiers.required" });
  });

  it("runs the server's checks in the same round, after the field's own error", () => {
    const seen: string[] = [];
    const checks: NewExchangeServerChecks = (v) => {
      seen.push(v.agreementId, v.enterpriseName);
      return { agreementId: "casework:agreementNotActive", enterpriseName: "exchange.errors.enterpriseNameRequired", subject: "never.shown" };
    };
    const result = parseForm(newExchangeSchemaFor("nb", checks), formData({ agreementId: "7", type: "information_request", urgency: "standard", subject: "", enterpriseCountry: "NO", enterpriseNumber: "974761211" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(seen).toEqual(["7", ""]);
    expect(result.errors).toEqual({
      agreementId: "casework:agreementNotActive",
      subject: "exchange.errors.subjectRequired",
      enterpriseName: "exchange.errors.enterpriseNameRequired",
      questions: "exchange.errors.questionsRequired",
    });
  });
});
