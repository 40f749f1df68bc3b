// The contact-detail form reached from a case (app/lib/schemas/enterprises `enterpriseContactSchemaFor`) and the
// formats it accepts (app/domain/enterprise-links `contactMatchValue`).
import { describe, expect, it } from "vitest";
import { contactMatchValue } from "~/domain/enterprise-links";
import { enterpriseContactSchemaFor } from "~/lib/schemas/enterprises";

const schema = enterpriseContactSchemaFor("nb", "2026-12-01");
const form = (fields: Record<string, string>) => ({ sourceKind: "exchange", sourceRef: "EX-NO-LT-2026-0001", enterprise: "LT-304120014", kind: "phone", value: "+370 600 12345", seenOn: "2026-11-30", ...fields });
const issues = (fields: Record<string, string>) => {
  const result = schema.safeParse(form(fields));
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("phone numbers", () => {
  it("accepts digits with separators and a country code, and matches them however they were typed", () => {
    expect(issues({})).toEqual([]);
    expect(contactMatchValue("phone", "00370 (600) 12-345")).toBe(contactMatchValue("phone", "+370 600 12345"));
  });
  it("refuses letters, a + in the middle and too few digits", () => {
    expect(issues({ value: "call 600 12345" })).toEqual([["value", "errors.contactInvalid.phone"]]);
    expect(issues({ value: "370+60012345" })).toEqual([["value", "errors.contactInvalid.phone"]]);
    expect(issues({ value: "12 34" })).toEqual([["value", "errors.contactInvalid.phone"]]);
  });
});

describe("e-mail domains", () => {
  it("takes the domain of an address, in lower case", () => {
    expect(issues({ kind: "email_domain", value: "Jonas@Statyba-Demo.LT" })).toEqual([]);
    expect(contactMatchValue("email_domain", "Jonas@Statyba-Demo.LT")).toBe("statyba-demo.lt");
  });
  it("refuses what is not a domain", () => {
    for (const value of ["statyba", "statyba demo.lt", "statyba.l1", "@", "a@b"]) expect(issues({ kind: "email_domain", value })).toEqual([["value", "errors.contactInvalid.email_domain"]]);
  });
});

describe("the rest of the form", () => {
  it("an address needs five characters", () => {
    expect(issues({ kind: "address", value: "Pavyzdžio g. 1, Kaunas" })).toEqual([]);
    expect(issues({ kind: "address", value: "g. 1" })).toEqual([["value", "errors.contactInvalid.address"]]);
  });
  it("needs a kind, a value, the enterprise and a date not after today, in the reader's format", () => {
    expect(issues({ kind: "fax" })).toContainEqual(["kind", "errors.contactKind"]);
    expect(issues({ value: "  " })).toContainEqual(["value", "errors.contactValue"]);
    expect(issues({ enterprise: "" })).toContainEqual(["enterprise", "errors.contactEnterprise"]);
    expect(issues({ seenOn: "2026-12-02" })).toEqual([["seenOn", "errors.seenOnFuture"]]);
    expect(issues({ seenOn: "" })).toEqual([["seenOn", "errors.seenOnRequired"]]);
    expect(issues({ seenOn: "31.02.2026" })).toEqual([["seenOn", "errors.date"]]);
    expect(schema.parse(form({ seenOn: "30.11.2026" })).seenOn).toBe("2026-11-30");
  });
  it("refuses a reference that is not a case's", () => {
    expect(issues({ sourceRef: "../admin" })).toEqual([["sourceRef", "errors.caseRef"]]);
  });
});
