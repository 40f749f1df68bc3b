// The enterprise's names over time (app/domain/enterprise-names), on hand-built sightings.
import { describe, expect, it } from "vitest";
import {
  cleanName,
  NAME_CASES_SHOWN,
  nameKey,
  namesOverTime,
  type NameSighting,
} from "~/domain/enterprise-names";

const ex = (ref: string) => ({ kind: "exchange" as const, ref });
const sighting = (
  name: string,
  seenOn: string,
  ref: string | null
): NameSighting => ({ name, seenOn, case: ref ? ex(ref) : null });

describe("nameKey and cleanName", () => {
  it("treats quotes, case and spacing as the same name", () => {
    expect(nameKey("UAB „Demo  statyba“")).toBe(nameKey('uab "Demo statyba"'));
    expect(nameKey("UAB „Demo statyba“")).not.toBe(
      nameKey("UAB „Demo statybos grupė“")
    );
  });
  it("trims and keeps nothing from blanks", () => {
    expect(cleanName("  UAB   „Demo“ ")).toBe("UAB „Demo“");
    expect(cleanName("   ")).toBeNull();
    expect(cleanName(null)).toBeNull();
  });
});

describe("namesOverTime", () => {
  it("without sightings, the stored name is current and undated", () => {
    expect(namesOverTime([], "UAB „Demo statyba“")).toEqual({
      current: {
        name: "UAB „Demo statyba“",
        firstSeenOn: null,
        lastSeenOn: null,
        cases: [],
      },
      earlier: [],
    });
  });

  it("the name seen last is current; earlier names keep the dates they were seen between and their cases", () => {
    const result = namesOverTime(
      [
        sighting("UAB „Baltijos statyba“", "2016-10-20", "EX-1"),
        sighting("UAB „Demo statyba“", "2017-06-19", "EX-2"),
        sighting('UAB "Baltijos statyba"', "2017-01-05", "EX-3"),
        sighting("UAB „Demo statyba“", "2026-10-26", "EX-4"),
        sighting("UAB „Demo statyba“", "2026-10-26", "EX-4"),
      ],
      "stored"
    );
    expect(result.current).toEqual({
      name: "UAB „Demo statyba“",
      firstSeenOn: "2017-06-19",
      lastSeenOn: "2026-10-26",
      cases: [ex("EX-4"), ex("EX-2")],
    });
    // The latest spelling is the one shown.
    expect(result.earlier).toEqual([
      {
        name: 'UAB "Baltijos statyba"',
        firstSeenOn: "2016-10-20",
        lastSeenOn: "2017-01-05",
        cases: [ex("EX-3"), ex("EX-1")],
      },
    ]);
  });

  it("on the same last date the newer name is current; a sighting without a case adds dates but no link", () => {
    const result = namesOverTime(
      [
        sighting("Old AS", "2020-01-01", null),
        sighting("Old AS", "2021-05-01", "EX-1"),
        sighting("New AS", "2021-05-01", "EX-1"),
      ],
      "Old AS"
    );
    expect(result.current.name).toBe("New AS");
    expect(result.earlier).toEqual([
      {
        name: "Old AS",
        firstSeenOn: "2020-01-01",
        lastSeenOn: "2021-05-01",
        cases: [ex("EX-1")],
      },
    ]);
  });

  it("links at most a few cases per name", () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      sighting(
        "Busy AS",
        `2020-01-${String(i + 1).padStart(2, "0")}`,
        `EX-${i}`
      )
    );
    const { current } = namesOverTime(many, "Busy AS");
    expect(current.cases).toHaveLength(NAME_CASES_SHOWN);
    expect(current.cases[0]).toEqual(ex("EX-11"));
    expect(current.firstSeenOn).toBe("2020-01-01");
  });
});
