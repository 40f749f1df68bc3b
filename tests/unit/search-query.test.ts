// The question → full-text query rules: folding, stems per language, filler words, synonyms, typos.
import { describe, expect, it } from "vitest";
import { editDistance, foldWord, groupToFts, queryGroups, stemWord } from "~/domain/search-query";

describe("stems", () => {
  it.each([
    ["lt", "atlyginimas", "atlygin"],
    ["lt", "atlyginimo", "atlygin"],
    ["lt", "užmokestis", "uzmokes"],
    ["lt", "užmokesčio", "uzmokes"],
    ["lt", "būstą", "bust"],
    ["lt", "būsto", "bust"],
    ["lt", "minimalusis", "minimal"],
    ["lt", "minimalus", "minimal"],
    ["nb", "lønnen", "lønn"],
    ["nb", "lønn", "lønn"],
    ["nb", "feriepengene", "feriepeng"],
    ["nb", "feriepenger", "feriepeng"],
    ["en", "taxes", "tax"],
    ["en", "certificates", "certificat"],
    ["en", "certificate", "certificate"],
    ["en", "companies", "company"],
  ] as const)("%s %s → %s", (locale, word, stem) => {
    expect(stemWord(foldWord(word), locale)).toBe(stem);
  });

  it("leaves numbers, identifiers and short words whole", () => {
    expect(stemWord("rf-1199", "nb")).toBe("rf-1199");
    expect(stemWord("a1", "lt")).toBe("a1");
    expect(stemWord("hms", "lt")).toBe("hms");
  });
});

describe("query groups", () => {
  it("drops filler words, keeps one group per meaningful word", () => {
    expect(queryGroups("kas moka už būstą", "lt").map((g) => g.word)).toEqual(["moka", "būstą"]);
    expect(queryGroups("who pays for housing in Norway", "en").map((g) => g.word)).toEqual(["pays", "housing", "Norway"]);
    expect(queryGroups("hva", "nb").map((g) => g.word)).toEqual(["hva"]);
  });

  it("widens a word with its synonyms in the same language, the reader's own word first", () => {
    const [group] = queryGroups("atlyginimas", "lt");
    expect(group!.alternatives[0]).toEqual(["atlygin"]);
    expect(group!.ownCount).toBe(1);
    expect(group!.alternatives).toContainEqual(["darb", "uzmokes"]);
    const [lonn] = queryGroups("lønn", "nb");
    expect(lonn!.alternatives).toEqual(expect.arrayContaining([["minstelønn"], ["minstesat"]]));
  });

  it("finds a negated Lithuanian verb by its positive form as well", () => {
    const [group] = queryGroups("nesumokėjo", "lt");
    expect(group!.alternatives.slice(0, group!.ownCount)).toEqual([["nesumok"], ["sumok"]]);
  });

  it("quotes every word, so the reader's text never becomes FTS5 syntax", () => {
    const [group] = queryGroups('NEAR(" OR *', "en");
    expect(groupToFts(group!)).toBe('("near"*)');
    expect(groupToFts(queryGroups("A1-attest", "nb")[0]!)).toBe('("a1-attest"* OR NEAR("a1"* "attest"*, 3))');
    expect(groupToFts(queryGroups("darbo užmokestis", "lt")[1]!, true)).toBe('("uzmokes"*)');
  });

  it("takes at most 12 words", () => {
    expect(queryGroups(Array.from({ length: 30 }, (_, i) => `word${i}`).join(" "), "en")).toHaveLength(12);
  });
});

describe("edit distance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("hsm", "hms")).toBe(1);
    expect(editDistance("acomodation", "accommodation")).toBe(2);
    expect(editDistance("same", "same")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });
});
