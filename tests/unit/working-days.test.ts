import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  easterSunday,
  explainDeadline,
  fromDayNumber,
  hasHolidayCalendar,
  isIsoDate,
  isoWeekday,
  isWorkingDay,
  publicHolidays,
  toDayNumber,
  workingDaysBetween,
} from "~/domain/working-days";

/** Every date from `from` to `to` inclusive (test helper with its own arithmetic). */
function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe("Easter Sunday (anonymous Gregorian computus)", () => {
  // Published dates of Western Easter.
  const known: Record<number, string> = {
    2016: "2016-03-27",
    2017: "2017-04-16",
    2018: "2018-04-01",
    2019: "2019-04-21",
    2020: "2020-04-12",
    2021: "2021-04-04",
    2022: "2022-04-17",
    2023: "2023-04-09",
    2024: "2024-03-31",
    2025: "2025-04-20",
    2026: "2026-04-05",
    2027: "2027-03-28",
    2028: "2028-04-16",
    2029: "2029-04-01",
    2030: "2030-04-21",
  };
  it.each(Object.entries(known))("%s → %s", (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it("gets the extreme and century years right", () => {
    expect(easterSunday(1818)).toBe("1818-03-22"); // earliest possible date
    expect(easterSunday(2285)).toBe("2285-03-22");
    expect(easterSunday(1943)).toBe("1943-04-25"); // latest possible date
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(1900)).toBe("1900-04-15");
    expect(easterSunday(2000)).toBe("2000-04-23");
    expect(easterSunday(2100)).toBe("2100-03-28");
  });

  it("is always a Sunday between 22 March and 25 April", () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const easter = easterSunday(year);
      expect(isoWeekday(easter)).toBe(7);
      expect(easter.slice(5) >= "03-22" && easter.slice(5) <= "04-25").toBe(true);
    }
  });

  it("refuses years outside the Gregorian range", () => {
    for (const year of [1582, 10_000, 2026.5, Number.NaN]) expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe("public holidays", () => {
  it("Norway 2026 (docs/domain-facts.md §2), in date order", () => {
    expect(publicHolidays("NO", 2026)).toEqual([
      { date: "2026-01-01", key: "new_year" },
      { date: "2026-04-02", key: "maundy_thursday" },
      { date: "2026-04-03", key: "good_friday" },
      { date: "2026-04-05", key: "easter_sunday" },
      { date: "2026-04-06", key: "easter_monday" },
      { date: "2026-05-01", key: "labour_day" },
      { date: "2026-05-14", key: "ascension_day" },
      { date: "2026-05-17", key: "constitution_day" },
      { date: "2026-05-24", key: "whit_sunday" },
      { date: "2026-05-25", key: "whit_monday" },
      { date: "2026-12-25", key: "christmas_day" },
      { date: "2026-12-26", key: "boxing_day" },
    ]);
  });

  it("Lithuania 2026 (docs/domain-facts.md §2), in date order", () => {
    expect(publicHolidays("LT", 2026)).toEqual([
      { date: "2026-01-01", key: "new_year" },
      { date: "2026-02-16", key: "restoration_of_state_day" },
      { date: "2026-03-11", key: "restoration_of_independence_day" },
      { date: "2026-04-05", key: "easter_sunday" },
      { date: "2026-04-06", key: "easter_monday" },
      { date: "2026-05-01", key: "labour_day" },
      { date: "2026-06-24", key: "midsummer_day" },
      { date: "2026-07-06", key: "statehood_day" },
      { date: "2026-08-15", key: "assumption_day" },
      { date: "2026-11-01", key: "all_saints_day" },
      { date: "2026-11-02", key: "all_souls_day" },
      { date: "2026-12-24", key: "christmas_eve" },
      { date: "2026-12-25", key: "christmas_day" },
      { date: "2026-12-26", key: "boxing_day" },
    ]);
  });

  it("Lithuania: All Souls' Day (2 November) only from 2020", () => {
    const keys = (year: number) => publicHolidays("LT", year).map((h) => h.key);
    expect(keys(2018)).not.toContain("all_souls_day");
    expect(keys(2019)).not.toContain("all_souls_day");
    expect(publicHolidays("LT", 2019)).toHaveLength(13);
    expect(keys(2020)).toContain("all_souls_day");
    expect(publicHolidays("LT", 2020)).toHaveLength(14);
    expect(publicHolidays("LT", 2020).find((h) => h.key === "all_souls_day")?.date).toBe("2020-11-02");
  });

  it("Norway: Christmas Eve and New Year's Eve are not statutory holidays; Lithuania: Christmas Eve is", () => {
    const dates = (country: string) => publicHolidays(country, 2026).map((h) => h.date);
    expect(dates("NO")).not.toContain("2026-12-24");
    expect(dates("NO")).not.toContain("2026-12-31");
    expect(dates("LT")).toContain("2026-12-24");
    expect(dates("LT")).not.toContain("2026-12-31");
    expect(dates("LT")).not.toContain("2026-04-02"); // no Maundy Thursday
    expect(dates("LT")).not.toContain("2026-04-03"); // no Good Friday
    expect(dates("LT")).not.toContain("2026-05-25"); // no Whit Monday
  });

  it("keeps both names when two Norwegian holidays share a date (17 May 2027 = Whit Monday)", () => {
    const may17 = publicHolidays("NO", 2027).filter((h) => h.date === "2027-05-17");
    expect(may17.map((h) => h.key)).toEqual(["constitution_day", "whit_monday"]);
  });

  it("places the movable Norwegian feasts relative to Easter in every year 2016–2030", () => {
    for (let year = 2016; year <= 2030; year += 1) {
      const easter = easterSunday(year);
      const at = (key: string) => publicHolidays("NO", year).find((h) => h.key === key)?.date;
      expect(at("maundy_thursday")).toBe(addCalendarDays(easter, -3));
      expect(at("good_friday")).toBe(addCalendarDays(easter, -2));
      expect(at("easter_monday")).toBe(addCalendarDays(easter, 1));
      expect(at("ascension_day")).toBe(addCalendarDays(easter, 39));
      expect(at("whit_sunday")).toBe(addCalendarDays(easter, 49));
      expect(at("whit_monday")).toBe(addCalendarDays(easter, 50));
      expect(isoWeekday(at("ascension_day")!)).toBe(4);
      expect(publicHolidays("NO", year)).toHaveLength(12);
    }
  });

  it("returns a fresh copy each time", () => {
    const first = publicHolidays("NO", 2026);
    first[0]!.date = "1999-01-01";
    first.pop();
    expect(publicHolidays("NO", 2026)[0]).toEqual({ date: "2026-01-01", key: "new_year" });
    expect(publicHolidays("NO", 2026)).toHaveLength(12);
  });

  it("has none for countries without a calendar", () => {
    for (const country of ["PL", "BG", "EE", "LV", "RO", "SE"]) {
      expect(hasHolidayCalendar(country)).toBe(false);
      expect(publicHolidays(country, 2026)).toEqual([]);
    }
    expect(hasHolidayCalendar("NO")).toBe(true);
    expect(hasHolidayCalendar("LT")).toBe(true);
    expect(hasHolidayCalendar("lt")).toBe(true);
  });
});

describe("isWorkingDay", () => {
  it("is false on weekends everywhere", () => {
    for (const country of ["NO", "LT", "PL"]) {
      expect(isWorkingDay(country, "2026-03-07")).toBe(false); // Saturday
      expect(isWorkingDay(country, "2026-03-08")).toBe(false); // Sunday
      expect(isWorkingDay(country, "2026-03-09")).toBe(true); // Monday
    }
  });

  it("follows each country's own holidays", () => {
    expect(isWorkingDay("NO", "2026-05-14")).toBe(false); // Ascension Day
    expect(isWorkingDay("LT", "2026-05-14")).toBe(true);
    expect(isWorkingDay("NO", "2026-04-02")).toBe(false); // Maundy Thursday
    expect(isWorkingDay("LT", "2026-04-02")).toBe(true);
    expect(isWorkingDay("NO", "2026-04-06")).toBe(false); // Easter Monday
    expect(isWorkingDay("LT", "2026-04-06")).toBe(false);
    expect(isWorkingDay("NO", "2026-12-24")).toBe(true); // Christmas Eve, Thursday
    expect(isWorkingDay("LT", "2026-12-24")).toBe(false);
    expect(isWorkingDay("NO", "2026-12-31")).toBe(true);
    expect(isWorkingDay("LT", "2026-12-31")).toBe(true);
    expect(isWorkingDay("LT", "2026-02-16")).toBe(false); // Monday
    expect(isWorkingDay("NO", "2026-02-16")).toBe(true);
    expect(isWorkingDay("LT", "2026-03-11")).toBe(false); // Wednesday
    expect(isWorkingDay("LT", "2026-06-24")).toBe(false); // Wednesday
    expect(isWorkingDay("LT", "2026-07-06")).toBe(false); // Monday
    expect(isWorkingDay("LT", "2025-08-15")).toBe(false); // Friday
    expect(isWorkingDay("NO", "2025-08-15")).toBe(true);
    expect(isWorkingDay("NO", "2027-05-17")).toBe(false); // Monday: Constitution Day and Whit Monday
  });

  it("Lithuania: 2 November is a working day before 2020 and a holiday from 2020", () => {
    expect(isWorkingDay("LT", "2018-11-02")).toBe(true); // Friday
    expect(isWorkingDay("LT", "2020-11-02")).toBe(false); // Monday
    expect(isWorkingDay("LT", "2021-11-02")).toBe(false); // Tuesday
    expect(isWorkingDay("LT", "2018-11-01")).toBe(false); // All Saints, Thursday
  });

  it("ignores holidays in weekend-only countries", () => {
    expect(isWorkingDay("PL", "2026-04-06")).toBe(true);
    expect(isWorkingDay("PL", "2026-01-01")).toBe(true);
    expect(isWorkingDay("pl", "2026-12-25")).toBe(true);
  });
});

describe("addWorkingDays / explainDeadline", () => {
  it("returns the start date for n = 0, even on a weekend or holiday", () => {
    expect(addWorkingDays("NO", "2026-03-07", 0)).toBe("2026-03-07");
    expect(addWorkingDays("LT", "2026-02-16", 0)).toBe("2026-02-16");
    expect(explainDeadline("NO", "2026-03-07", 0)).toEqual({ due: "2026-03-07", skippedHolidays: [], weekendsOnly: false });
  });

  it("counts from the day after, skipping weekends", () => {
    expect(addWorkingDays("NO", "2026-03-09", 1)).toBe("2026-03-10"); // Mon → Tue
    expect(addWorkingDays("NO", "2026-03-13", 1)).toBe("2026-03-16"); // Fri → Mon
    expect(addWorkingDays("NO", "2026-03-14", 1)).toBe("2026-03-16"); // Sat → Mon
    expect(addWorkingDays("NO", "2026-03-15", 1)).toBe("2026-03-16"); // Sun → Mon
    expect(addWorkingDays("NO", "2026-03-09", 5)).toBe("2026-03-16");
    expect(addWorkingDays("NO", "2026-03-09", 10)).toBe("2026-03-23");
  });

  describe("across Easter", () => {
    it("urgent request sent on Maundy Thursday 2026 (2 April)", () => {
      // Norway: Good Friday, the weekend and Easter Monday are skipped → Tue 7 (1), Wed 8 (2).
      expect(explainDeadline("NO", "2026-04-02", 2)).toEqual({
        due: "2026-04-08",
        skippedHolidays: [
          { date: "2026-04-03", key: "good_friday" },
          { date: "2026-04-06", key: "easter_monday" },
        ],
        weekendsOnly: false,
      });
      // Lithuania: Good Friday is a working day → Fri 3 (1), Easter Monday skipped, Tue 7 (2).
      expect(explainDeadline("LT", "2026-04-02", 2)).toEqual({
        due: "2026-04-07",
        skippedHolidays: [{ date: "2026-04-06", key: "easter_monday" }],
        weekendsOnly: false,
      });
    });

    it("urgent request sent on the Wednesday before Easter 2026 (1 April)", () => {
      expect(explainDeadline("NO", "2026-04-01", 2)).toEqual({
        due: "2026-04-08",
        skippedHolidays: [
          { date: "2026-04-02", key: "maundy_thursday" },
          { date: "2026-04-03", key: "good_friday" },
          { date: "2026-04-06", key: "easter_monday" },
        ],
        weekendsOnly: false,
      });
      expect(addWorkingDays("LT", "2026-04-01", 2)).toBe("2026-04-03");
    });

    it("standard requests over Easter and 1 May 2026", () => {
      expect(explainDeadline("LT", "2026-04-02", 25)).toEqual({
        due: "2026-05-11",
        skippedHolidays: [
          { date: "2026-04-06", key: "easter_monday" },
          { date: "2026-05-01", key: "labour_day" },
        ],
        weekendsOnly: false,
      });
      expect(addWorkingDays("NO", "2026-04-02", 25)).toBe("2026-05-12");
      expect(addWorkingDays("NO", "2026-04-01", 25)).toBe("2026-05-12");
    });

    it("Easter 2018 (1 April), sent on the Wednesday before", () => {
      expect(addWorkingDays("NO", "2018-03-28", 2)).toBe("2018-04-04");
      expect(addWorkingDays("LT", "2018-03-28", 2)).toBe("2018-03-30");
    });
  });

  it("across Ascension Day and Whitsun (Norway only)", () => {
    expect(addWorkingDays("NO", "2026-05-13", 1)).toBe("2026-05-15"); // Ascension Thu 14 May skipped
    expect(addWorkingDays("LT", "2026-05-13", 1)).toBe("2026-05-14");
    expect(addWorkingDays("NO", "2026-05-22", 1)).toBe("2026-05-26"); // Whit Monday 25 May skipped
    expect(addWorkingDays("LT", "2026-05-22", 1)).toBe("2026-05-25");
    expect(explainDeadline("NO", "2026-04-30", 10)).toEqual({
      due: "2026-05-18",
      skippedHolidays: [
        { date: "2026-05-01", key: "labour_day" },
        { date: "2026-05-14", key: "ascension_day" },
      ],
      weekendsOnly: false,
    });
    // 17 May 2026 is a Sunday: nothing extra skipped, and it is not listed.
    expect(addWorkingDays("LT", "2026-04-30", 10)).toBe("2026-05-15");
  });

  it("lists both names of a double holiday (17 May 2027) but skips the day once", () => {
    expect(explainDeadline("NO", "2027-05-14", 1)).toEqual({
      due: "2027-05-18",
      skippedHolidays: [
        { date: "2027-05-17", key: "constitution_day" },
        { date: "2027-05-17", key: "whit_monday" },
      ],
      weekendsOnly: false,
    });
  });

  it("across Christmas and the year end", () => {
    // Norway: 24 Dec (Thu) counts, 25 Dec skipped; Lithuania skips 24 and 25 Dec.
    expect(addWorkingDays("NO", "2026-12-23", 3)).toBe("2026-12-29");
    expect(addWorkingDays("LT", "2026-12-23", 3)).toBe("2026-12-30");
    expect(addWorkingDays("NO", "2026-12-30", 2)).toBe("2027-01-04"); // 31 Dec (1), 1 Jan skipped, Mon 4 Jan (2)
    expect(explainDeadline("NO", "2026-12-18", 10)).toEqual({
      due: "2027-01-05",
      skippedHolidays: [
        { date: "2026-12-25", key: "christmas_day" },
        { date: "2027-01-01", key: "new_year" },
      ],
      weekendsOnly: false,
    });
    expect(explainDeadline("LT", "2026-12-18", 10)).toEqual({
      due: "2027-01-06",
      skippedHolidays: [
        { date: "2026-12-24", key: "christmas_eve" },
        { date: "2026-12-25", key: "christmas_day" },
        { date: "2027-01-01", key: "new_year" },
      ],
      weekendsOnly: false,
    });
  });

  it("across the Lithuanian holidays: 16 Feb, 11 Mar, 24 Jun, 6 Jul, 15 Aug, 1–2 Nov", () => {
    // "25 working days in Lithuania, skipping 16 February"
    expect(explainDeadline("LT", "2026-02-02", 25)).toEqual({
      due: "2026-03-10",
      skippedHolidays: [{ date: "2026-02-16", key: "restoration_of_state_day" }],
      weekendsOnly: false,
    });
    expect(addWorkingDays("NO", "2026-02-02", 25)).toBe("2026-03-09");
    expect(addWorkingDays("LT", "2026-02-13", 1)).toBe("2026-02-17");
    expect(addWorkingDays("LT", "2026-03-10", 1)).toBe("2026-03-12");
    expect(addWorkingDays("NO", "2026-03-10", 1)).toBe("2026-03-11");
    expect(explainDeadline("LT", "2026-06-22", 25)).toEqual({
      due: "2026-07-29",
      skippedHolidays: [
        { date: "2026-06-24", key: "midsummer_day" },
        { date: "2026-07-06", key: "statehood_day" },
      ],
      weekendsOnly: false,
    });
    expect(explainDeadline("LT", "2025-08-13", 2).skippedHolidays).toEqual([{ date: "2025-08-15", key: "assumption_day" }]);
    expect(addWorkingDays("LT", "2025-08-13", 2)).toBe("2025-08-18");
    // 15 August 2026 is a Saturday: it changes nothing and is not listed.
    expect(explainDeadline("LT", "2026-08-12", 5)).toEqual({ due: "2026-08-19", skippedHolidays: [], weekendsOnly: false });
  });

  it("1–2 November: 2018 (2 Nov a working Friday) vs 2020+", () => {
    expect(explainDeadline("LT", "2018-10-31", 2)).toEqual({
      due: "2018-11-05",
      skippedHolidays: [{ date: "2018-11-01", key: "all_saints_day" }],
      weekendsOnly: false,
    });
    expect(explainDeadline("LT", "2020-10-29", 3)).toEqual({
      due: "2020-11-04",
      skippedHolidays: [{ date: "2020-11-02", key: "all_souls_day" }],
      weekendsOnly: false,
    });
    expect(addWorkingDays("LT", "2019-10-30", 3)).toBe("2019-11-05"); // 2 Nov 2019 is a Saturday anyway
    expect(addWorkingDays("LT", "2021-10-29", 1)).toBe("2021-11-03"); // Mon 1, Tue 2 Nov skipped
  });

  it("counts weekends only for countries without a calendar, and says so", () => {
    expect(explainDeadline("PL", "2026-04-02", 25)).toEqual({ due: "2026-05-07", skippedHolidays: [], weekendsOnly: true });
    expect(explainDeadline("EE", "2026-12-23", 3)).toEqual({ due: "2026-12-28", skippedHolidays: [], weekendsOnly: true });
    expect(addWorkingDays("bg", "2026-03-13", 1)).toBe("2026-03-16");
  });

  it("accepts lower-case country codes", () => {
    expect(addWorkingDays("no", "2026-04-02", 2)).toBe("2026-04-08");
    expect(addWorkingDays("lt", "2026-04-02", 2)).toBe("2026-04-07");
  });

  it("always lands on a working day for n ≥ 1, and never earlier than n weekdays", () => {
    for (const country of ["NO", "LT", "PL"]) {
      for (const day of eachDay("2025-12-01", "2027-01-31")) {
        for (const n of [1, 2, 10, 25]) {
          const due = addWorkingDays(country, day, n);
          expect(isWorkingDay(country, due)).toBe(true);
          expect(calendarDaysBetween(day, due)).toBeGreaterThanOrEqual(n);
        }
      }
    }
  });

  it("is monotonic in n", () => {
    for (const day of eachDay("2026-03-25", "2026-04-10")) {
      let previous = day;
      for (let n = 1; n <= 30; n += 1) {
        const due = addWorkingDays("NO", day, n);
        expect(due > previous).toBe(true);
        previous = due;
      }
    }
  });

  it("only lists holidays that fell on weekdays between the start (exclusive) and the due date", () => {
    for (const country of ["NO", "LT"]) {
      for (const day of eachDay("2026-01-01", "2026-12-31")) {
        const { due, skippedHolidays } = explainDeadline(country, day, 25);
        const expected = [...publicHolidays(country, 2026), ...publicHolidays(country, 2027)].filter(
          (h) => h.date > day && h.date <= due && isoWeekday(h.date) <= 5,
        );
        expect(skippedHolidays).toEqual(expected);
      }
    }
  });

  it("refuses malformed dates, counts and countries with a RangeError", () => {
    const badDates = [
      "",
      "2026-2-01",
      "2026-02-1",
      "20260201",
      "2026/02/01",
      "2026-02-30",
      "2026-13-01",
      "2026-00-10",
      "2026-01-00",
      "2025-02-29",
      "2026-02-01T00:00:00Z",
      " 2026-02-01",
      "1582-12-31",
      "26-02-01",
      "abcd-ef-gh",
    ];
    for (const bad of badDates) {
      expect(() => addWorkingDays("NO", bad, 1), bad).toThrow(RangeError);
      expect(() => isWorkingDay("NO", bad), bad).toThrow(RangeError);
      expect(() => explainDeadline("PL", bad, 1), bad).toThrow(RangeError);
      expect(() => workingDaysBetween("NO", bad, "2026-02-01"), bad).toThrow(RangeError);
      expect(() => workingDaysBetween("NO", "2026-02-01", bad), bad).toThrow(RangeError);
    }
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) {
      expect(() => addWorkingDays("NO", "2026-02-02", n), String(n)).toThrow(RangeError);
      expect(() => explainDeadline("LT", "2026-02-02", n), String(n)).toThrow(RangeError);
    }
    for (const country of ["", "N", "NOR", "N1", "Norway", " NO"]) {
      expect(() => addWorkingDays(country, "2026-02-02", 1), country).toThrow(RangeError);
      expect(() => isWorkingDay(country, "2026-02-02"), country).toThrow(RangeError);
      expect(() => hasHolidayCalendar(country), country).toThrow(RangeError);
      expect(() => publicHolidays(country, 2026), country).toThrow(RangeError);
      expect(() => workingDaysBetween(country, "2026-02-02", "2026-02-03"), country).toThrow(RangeError);
    }
    expect(() => publicHolidays("NO", 2026.5)).toThrow(RangeError);
    expect(() => publicHolidays("NO", 1500)).toThrow(RangeError);
    expect(() => addWorkingDays("NO", "9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts working days after `from` up to and including `to`", () => {
    expect(workingDaysBetween("NO", "2026-03-09", "2026-03-09")).toBe(0);
    expect(workingDaysBetween("NO", "2026-03-09", "2026-03-10")).toBe(1);
    expect(workingDaysBetween("NO", "2026-03-13", "2026-03-16")).toBe(1); // Fri → Mon
    expect(workingDaysBetween("NO", "2026-03-13", "2026-03-15")).toBe(0); // Fri → Sun
    expect(workingDaysBetween("NO", "2026-04-01", "2026-04-08")).toBe(2);
    expect(workingDaysBetween("LT", "2026-04-01", "2026-04-08")).toBe(4);
    expect(workingDaysBetween("PL", "2026-04-01", "2026-04-08")).toBe(5);
  });

  it("is negative when `to` is before `from` (swapping flips the sign)", () => {
    expect(workingDaysBetween("NO", "2026-03-10", "2026-03-09")).toBe(-1);
    expect(workingDaysBetween("NO", "2026-04-08", "2026-04-01")).toBe(-2);
    expect(workingDaysBetween("NO", "2026-03-16", "2026-03-13")).toBe(-1);
    expect(workingDaysBetween("NO", "2026-03-15", "2026-03-13")).toBe(0);
  });

  it("is the inverse of addWorkingDays", () => {
    for (const country of ["NO", "LT", "LV"]) {
      for (const day of eachDay("2026-03-01", "2026-06-30")) {
        for (const n of [0, 1, 2, 7, 25]) {
          const due = addWorkingDays(country, day, n);
          expect(workingDaysBetween(country, day, due)).toBe(n);
          expect(workingDaysBetween(country, due, day)).toBe(n === 0 ? 0 : -n);
        }
      }
    }
  });

  it("counts a whole year: 2026 has 253 working days in Norway, 251 in Lithuania, 261 weekdays", () => {
    // NO 2026 weekday holidays: 1 Jan, 2–3 Apr, 6 Apr, 1 May, 14 May, 25 May, 25 Dec = 8 (17 May Sun, 26 Dec Sat).
    // LT 2026 weekday holidays: 1 Jan, 16 Feb, 11 Mar, 6 Apr, 1 May, 24 Jun, 6 Jul, 2 Nov, 24 Dec, 25 Dec = 10.
    expect(workingDaysBetween("PL", "2025-12-31", "2026-12-31")).toBe(261);
    expect(workingDaysBetween("NO", "2025-12-31", "2026-12-31")).toBe(253);
    expect(workingDaysBetween("LT", "2025-12-31", "2026-12-31")).toBe(251);
  });
});

describe("date helpers", () => {
  it("round-trips day numbers and knows weekdays", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(fromDayNumber(toDayNumber("2026-04-05"))).toBe("2026-04-05");
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("2026-04-05")).toBe(7);
    expect(isoWeekday("2026-04-06")).toBe(1);
    expect(isoWeekday("1600-01-01")).toBe(6);
  });

  it("adds and subtracts calendar days across month, year and leap-day boundaries", () => {
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(calendarDaysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(calendarDaysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(calendarDaysBetween("2026-01-02", "2026-01-01")).toBe(-1);
  });

  it("recognises ISO dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate(20260228)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
