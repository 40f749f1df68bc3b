// How an enterprise search is read: the beginning of a registration number, or parts of a name for the trigram index.
import { describe, expect, it } from "vitest";
import { nameSearchPhrase, registrationNumberQuery } from "~/domain/enterprise-search";

describe("registrationNumberQuery", () => {
  it("reads a number or its beginning, with separators, a country code or MVA", () => {
    expect(registrationNumberQuery("304120014")).toBe("304120014");
    expect(registrationNumberQuery(" 304 120 ")).toBe("304120");
    expect(registrationNumberQuery("LT-304120014")).toBe("304120014");
    expect(registrationNumberQuery("no 923.609.016")).toBe("923609016");
    expect(registrationNumberQuery("923609016MVA")).toBe("923609016");
  });

  it("leaves names, also with numbers in them, and fewer than three digits to the name search", () => {
    expect(registrationNumberQuery("Statyba 2020")).toBeNull();
    expect(registrationNumberQuery("Bygg 123 AS")).toBeNull();
    expect(registrationNumberQuery("12")).toBeNull();
    expect(registrationNumberQuery("LT 30")).toBeNull();
    expect(registrationNumberQuery("")).toBeNull();
  });
});

describe("nameSearchPhrase", () => {
  it("is one phrase for a plain name, spaces tidied", () => {
    expect(nameSearchPhrase("  Demo   statyba ")).toBe('"Demo statyba"');
  });

  it("leaves quotes out: the parts between them must each appear", () => {
    expect(nameSearchPhrase('UAB "Demo statyba"')).toBe('"UAB" AND "Demo statyba"');
    expect(nameSearchPhrase("UAB „Baltijos“")).toBe('"UAB" AND "Baltijos"');
    expect(nameSearchPhrase('"""')).toBeNull();
  });

  it("drops parts shorter than three characters, which the trigram index cannot look up", () => {
    expect(nameSearchPhrase("De")).toBeNull();
    expect(nameSearchPhrase('AB "Ąžuolas"')).toBe('"Ąžuolas"');
    // Three characters, whatever their bytes.
    expect(nameSearchPhrase("Ąžu")).toBe('"Ąžu"');
  });
});
