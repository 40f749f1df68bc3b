// The new-request form shows every error in the first round: checks between fields run even when a plain field
// (here the subject) is missing, and the instrument fields a penalty request needs are reported together.
import { describe, expect, it } from "vitest";
import { parseForm } from "~/lib/forms";
import { INSTRUMENT_REQUIRED_FIELDS, newExchangeCrossFieldErrorsOfValues, newExchangeSchema } from "~/lib/schemas/exchanges";

function formData(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const parse = (fields: Record<string, string | string[]>) => parseForm(newExchangeSchema, formData(fields), { crossFieldErrors: newExchangeCrossFieldErrorsOfValues });

describe("new request form errors", () => {
  it("reports a missing subject, the missing questions and the urgent reason in one round", () => {
    const result = parse({ agreementId: "1", type: "information_request", urgency: "urgent", subject: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["questions", "subject", "urgencyReason"]);
    expect(result.errors.questions).toBe("exchange.errors.questionsRequired");
  });

  it("reports every instrument field a penalty request lacks together with the plain-field errors", () => {
    const result = parse({ type: "recovery_request", urgency: "standard", subject: "", questions: "Q01" });
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
    const result = parse({ agreementId: "1", type: "information_request", urgency: "standard", subject: "Lønn", questions: ["Q01", "Q02"] });
    expect(result.ok).toBe(true);
  });
});
