// The posting checker: from a few answers (direction, worker or employer, sector, expected length, construction
// work, optional start date) to an ordered, personal checklist with deadlines and links to the rights topics.
//
// Pure and isomorphic: no I/O, ISO `YYYY-MM-DD` dates in and out (UTC day arithmetic, see working-days.ts).
// The facts are those of docs/domain-facts.md §4; every text lives in the `checker` locale namespace:
// - `items.<id>.<role>.title` / `.body` — the item itself (`key` below is `items.<id>.<role>`);
// - `details.*` — extra paragraphs for some items (e.g. example minimum rates of a sector, with their year);
// - `deadlines.*` — the rule of a deadline in words ("within 14 days after work starts"); when a start date is
//   given, `deadline` holds the computed date as well.
//
// Conventions
// - "Construction" means the `construction` answer OR the construction sector: work on a building site in another
//   sector (an electrician on site) still needs an HSE card in Norway and a VDI notification in Lithuania.
// - Calendar-day deadlines are plain calendar arithmetic (no roll-over when the last day is a holiday: the
//   earlier date is always safe). Working-day deadlines use the holiday calendar of the host country.
// - "Within 8 days of arrival" is counted from the start date: the checker does not ask for the arrival date,
//   and the text says to count from arrival when it comes earlier.
import { SECTORS, type RightsDirection, type Sector } from "./vocabulary";
import { addCalendarDays, fromDayNumber, isIsoDate, isWorkingDay, toDayNumber } from "./working-days";

export const CHECKER_ROLES = ["worker", "employer"] as const;
export type CheckerRole = (typeof CHECKER_ROLES)[number];

/** Over 12 months also covers an extension up to 18 months by notification. */
export const EXPECTED_LENGTHS = ["up_to_30_days", "up_to_6_months", "up_to_12_months", "over_12_months"] as const;
export type ExpectedLength = (typeof EXPECTED_LENGTHS)[number];

export interface CheckerInput {
  direction: RightsDirection;
  role: CheckerRole;
  sector: Sector;
  expectedLength: ExpectedLength;
  construction: boolean;
  /** First day of work in the host country (ISO date), if known. */
  startDate?: string;
}

/** Topic pages under `db/content/rights/<direction>/<slug>` that the checker links to. */
export const TOPIC_SLUGS = {
  "to-norway": [
    "agriculture",
    "automotive",
    "cleaning",
    "construction",
    "documents-at-the-workplace",
    "electrical",
    "employer-documents-and-records",
    "employer-obligations-overview",
    "fish-processing",
    "freight-transport",
    "health-and-safety",
    "hospitality",
    "housing",
    "hse-card",
    "id-check-and-d-number",
    "inspectorate-powers",
    "long-postings",
    "overtime",
    "pay",
    "reporting-to-the-tax-administration",
    "shipbuilding",
    "social-security-a1",
    "tax",
    "tour-buses",
    "where-to-get-help",
    "working-time-and-rest",
  ],
  "to-lithuania": [
    "documents-at-the-workplace",
    "employer-documents-and-records",
    "employer-obligations-overview",
    "health-and-safety",
    "housing",
    "inspectorate-powers",
    "long-postings",
    "overtime",
    "pay",
    "posting-notification",
    "social-security-a1",
    "tax",
    "where-to-get-help",
    "working-conditions-article-108",
    "working-time-and-rest",
  ],
} as const satisfies Record<RightsDirection, readonly string[]>;

export type TopicSlug<D extends RightsDirection = RightsDirection> = (typeof TOPIC_SLUGS)[D][number];
export type TopicLink = { [D in RightsDirection]: { direction: D; slug: TopicSlug<D> } }[RightsDirection];

export const CHECKLIST_ITEM_IDS = [
  // Norway
  "noPostingDeclaration",
  "a1Certificate",
  "rf1199",
  "idCheck",
  "dNumber",
  "longStayNumber",
  "hseCard",
  "minimumPay",
  "noMinimumPay",
  "travelBoardLodging",
  "workingTime",
  "housing",
  "documents",
  "longPosting",
  "help",
  // Lithuania
  "vdiNotification",
  "vdiNotificationNotRequired",
  "sodraLdu",
  "equalPay",
  "minimumWage",
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export const DEADLINE_KEYS = [
  "deadlines.within14DaysAfterStart",
  "deadlines.within8DaysOfArrival",
  "deadlines.noLaterThanStart",
  "deadlines.oneWorkingDayBeforeStart",
  "deadlines.beforeTwelveMonths",
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface ChecklistItem {
  id: ChecklistItemId;
  /** `items.<id>.<role>` in the checker namespace: read `${key}.title` and `${key}.body`. */
  key: string;
  /** Extra paragraphs (checker namespace), e.g. example rates for the sector. */
  detailKeys: string[];
  /** The deadline rule in words, when the item has one. */
  deadlineKey?: DeadlineKey;
  /** The deadline as an ISO date, when a start date was given. */
  deadline?: string;
  topicLinks: TopicLink[];
}

export interface Checklist {
  input: CheckerInput;
  /** True when the answers count as construction work (the answer, or the construction sector). */
  construction: boolean;
  items: ChecklistItem[];
}

// ---------------------------------------------------------------------------------------------------------------
// Facts (docs/domain-facts.md §4)

/** When these rules and their texts were last checked against docs/domain-facts.md §4 (shown to readers). */
export const CHECKLIST_RULES_REVIEWED = "2026-11-22";

/** Sectors with a generally applicable collective agreement in Norway (minimum pay). */
export const NORWAY_MINIMUM_PAY_SECTORS = [
  "construction",
  "shipbuilding",
  "agriculture",
  "cleaning",
  "fish_processing",
  "electrical",
  "freight_transport",
  "tour_buses",
  "hospitality",
  "automotive",
] as const satisfies readonly Sector[];

/** Sectors where the HSE card is required in Norway besides building sites: cleaning, car care and tyre services. */
export const NORWAY_HSE_CARD_SECTORS = ["construction", "cleaning", "automotive"] as const satisfies readonly Sector[];

/** Sectors with example minimum rates (from 15 June 2023) in docs/domain-facts.md: one details key each. */
const NORWAY_RATE_DETAILS: Partial<Record<Sector, string>> = {
  construction: "details.rates.construction",
  electrical: "details.rates.electrical",
  freight_transport: "details.rates.freightTransport",
  cleaning: "details.rates.cleaning",
};

/** Norwegian sector pages, by sector code. */
const NORWAY_SECTOR_PAGES: Partial<Record<Sector, TopicSlug<"to-norway">>> = {
  construction: "construction",
  cleaning: "cleaning",
  electrical: "electrical",
  freight_transport: "freight-transport",
  shipbuilding: "shipbuilding",
  agriculture: "agriculture",
  fish_processing: "fish-processing",
  hospitality: "hospitality",
  tour_buses: "tour-buses",
  automotive: "automotive",
};

/** Calendar days from the start of work to the RF-1199 report. */
export const RF1199_DAYS = 14;
/** Days from arrival to the ID check. */
export const ID_CHECK_DAYS = 8;
/** Working days before the start by which the Lithuanian host files the LDU notice. */
export const LDU_WORKING_DAYS_BEFORE = 1;
/** A Lithuanian VDI notification is needed for postings longer than this many days (or for construction). */
export const VDI_NOTIFICATION_AFTER_DAYS = 30;

// ---------------------------------------------------------------------------------------------------------------
// Dates

/**
 * The date `n` working days before `isoDate` in `country`'s calendar, counting back from the day before it
 * (the mirror of `addWorkingDays`): `n = 0` returns `isoDate`; for n ≥ 1 the result is always a working day.
 */
export function subtractWorkingDays(country: string, isoDate: string, n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new RangeError(`Not a usable number of working days: ${n}`);
  let day = toDayNumber(isoDate);
  let counted = 0;
  while (counted < n) {
    day -= 1;
    if (isWorkingDay(country, fromDayNumber(day))) counted += 1;
  }
  return fromDayNumber(day);
}

/** `isoDate` plus `months` calendar months, the day clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  toDayNumber(isoDate); // validates
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const result = `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(Math.min(day, lastDay)).padStart(2, "0")}`;
  toDayNumber(result); // range check
  return result;
}

/** The last day before a posting that started on `startDate` has lasted 12 months. */
export function lastDayBeforeTwelveMonths(startDate: string): string {
  return addCalendarDays(addMonths(startDate, 12), -1);
}

function deadlineFor(key: DeadlineKey, direction: RightsDirection, startDate: string | undefined): string | undefined {
  if (startDate === undefined) return undefined;
  switch (key) {
    case "deadlines.within14DaysAfterStart":
      return addCalendarDays(startDate, RF1199_DAYS);
    case "deadlines.within8DaysOfArrival":
      return addCalendarDays(startDate, ID_CHECK_DAYS);
    case "deadlines.noLaterThanStart":
      return startDate;
    case "deadlines.oneWorkingDayBeforeStart":
      return subtractWorkingDays(direction === "to-lithuania" ? "LT" : "NO", startDate, LDU_WORKING_DAYS_BEFORE);
    case "deadlines.beforeTwelveMonths":
      return lastDayBeforeTwelveMonths(startDate);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The rules

/** True when the answers count as construction work. */
export function isConstructionWork(input: Pick<CheckerInput, "sector" | "construction">): boolean {
  return input.construction || input.sector === "construction";
}

/** Norway: minimum pay applies (a generally applicable agreement covers the sector, or the work is construction). */
export function norwayMinimumPayApplies(input: Pick<CheckerInput, "sector" | "construction">): boolean {
  return isConstructionWork(input) || (NORWAY_MINIMUM_PAY_SECTORS as readonly Sector[]).includes(input.sector);
}

/** Norway: HSE card required (building and construction sites, cleaning, car care and tyre services). */
export function norwayHseCardRequired(input: Pick<CheckerInput, "sector" | "construction">): boolean {
  return isConstructionWork(input) || (NORWAY_HSE_CARD_SECTORS as readonly Sector[]).includes(input.sector);
}

/** Lithuania: the VDI posting notification is required (more than 30 days, or construction work). */
export function lithuaniaNotificationRequired(input: Pick<CheckerInput, "expectedLength" | "sector" | "construction">): boolean {
  return input.expectedLength !== "up_to_30_days" || isConstructionWork(input);
}

interface ItemSpec {
  id: ChecklistItemId;
  detailKeys?: string[];
  deadlineKey?: DeadlineKey;
  topicLinks: TopicLink[];
}

const no = (slug: TopicSlug<"to-norway">): TopicLink => ({ direction: "to-norway", slug });
const lt = (slug: TopicSlug<"to-lithuania">): TopicLink => ({ direction: "to-lithuania", slug });

function norwayItems(input: CheckerInput): ItemSpec[] {
  const { role, sector, expectedLength } = input;
  const employer = role === "employer";
  const construction = isConstructionWork(input);
  const sectorPage = NORWAY_SECTOR_PAGES[sector];
  const sectorLinks = sectorPage ? [no(sectorPage)] : [];
  const items: ItemSpec[] = [];

  if (employer) items.push({ id: "noPostingDeclaration", topicLinks: [no("employer-obligations-overview")] });
  items.push({ id: "a1Certificate", topicLinks: [no("social-security-a1")] });
  items.push({
    id: "rf1199",
    deadlineKey: "deadlines.within14DaysAfterStart",
    topicLinks: employer ? [no("reporting-to-the-tax-administration")] : [no("reporting-to-the-tax-administration"), no("tax")],
  });
  items.push({ id: "idCheck", deadlineKey: "deadlines.within8DaysOfArrival", topicLinks: [no("id-check-and-d-number")] });
  items.push({
    id: expectedLength === "up_to_30_days" || expectedLength === "up_to_6_months" ? "dNumber" : "longStayNumber",
    topicLinks: [no("id-check-and-d-number"), no("tax")],
  });
  if (norwayHseCardRequired(input)) {
    const pages = [no("hse-card")];
    if (construction) pages.push(no("construction"));
    if (sectorPage && sector !== "construction" && (NORWAY_HSE_CARD_SECTORS as readonly Sector[]).includes(sector)) pages.push(no(sectorPage));
    items.push({ id: "hseCard", topicLinks: pages });
  }
  if (norwayMinimumPayApplies(input)) {
    // The sector's own example rate; construction work outside the agreement sectors uses the construction one.
    const ownAgreement = (NORWAY_MINIMUM_PAY_SECTORS as readonly Sector[]).includes(sector);
    const rate = ownAgreement ? NORWAY_RATE_DETAILS[sector] : NORWAY_RATE_DETAILS.construction;
    const pages = [...sectorLinks];
    if (construction && sector !== "construction") pages.push(no("construction"));
    items.push({ id: "minimumPay", detailKeys: rate ? [rate] : [], topicLinks: [no("pay"), ...pages] });
  } else {
    items.push({ id: "noMinimumPay", topicLinks: [no("pay")] });
  }
  if (construction) items.push({ id: "travelBoardLodging", topicLinks: [no("construction")] });
  items.push({ id: "workingTime", topicLinks: [no("working-time-and-rest"), no("overtime")] });
  items.push({ id: "housing", topicLinks: [no("housing")] });
  items.push({
    id: "documents",
    topicLinks: employer ? [no("employer-documents-and-records")] : [no("documents-at-the-workplace")],
  });
  if (expectedLength === "over_12_months") {
    items.push({
      id: "longPosting",
      deadlineKey: employer ? "deadlines.beforeTwelveMonths" : undefined,
      topicLinks: [no("long-postings")],
    });
  }
  items.push({
    id: "help",
    topicLinks: employer ? [no("inspectorate-powers"), no("where-to-get-help")] : [no("where-to-get-help"), no("inspectorate-powers")],
  });
  return items;
}

function lithuaniaItems(input: CheckerInput): ItemSpec[] {
  const { role, expectedLength } = input;
  const employer = role === "employer";
  const notify = lithuaniaNotificationRequired(input);
  const items: ItemSpec[] = [];

  items.push({ id: "a1Certificate", topicLinks: [lt("social-security-a1")] });
  if (notify) {
    items.push({
      id: "vdiNotification",
      deadlineKey: "deadlines.noLaterThanStart",
      topicLinks: employer ? [lt("posting-notification"), lt("employer-obligations-overview")] : [lt("posting-notification")],
    });
  } else if (employer) {
    items.push({ id: "vdiNotificationNotRequired", topicLinks: [lt("posting-notification")] });
  }
  if (employer) {
    items.push({ id: "sodraLdu", deadlineKey: "deadlines.oneWorkingDayBeforeStart", topicLinks: [lt("posting-notification")] });
  }
  items.push({ id: "equalPay", topicLinks: [lt("pay"), lt("working-conditions-article-108")] });
  items.push({ id: "minimumWage", topicLinks: [lt("pay")] });
  items.push({ id: "workingTime", topicLinks: [lt("working-time-and-rest"), lt("overtime")] });
  items.push({ id: "documents", topicLinks: employer ? [lt("employer-documents-and-records")] : [lt("documents-at-the-workplace")] });
  if (expectedLength === "over_12_months") {
    items.push({
      id: "longPosting",
      deadlineKey: employer ? "deadlines.beforeTwelveMonths" : undefined,
      topicLinks: [lt("long-postings"), lt("working-conditions-article-108")],
    });
  }
  items.push({
    id: "help",
    topicLinks: employer ? [lt("inspectorate-powers"), lt("where-to-get-help")] : [lt("where-to-get-help"), lt("inspectorate-powers")],
  });
  return items;
}

/** The personal checklist for the answers, in the order the reader deals with it. */
export function buildChecklist(input: CheckerInput): Checklist {
  if (input.startDate !== undefined && !isIsoDate(input.startDate)) {
    throw new RangeError(`Not an ISO date: ${String(input.startDate)}`);
  }
  const specs = input.direction === "to-norway" ? norwayItems(input) : lithuaniaItems(input);
  const prefix = input.direction === "to-norway" ? "items.toNorway" : "items.toLithuania";
  const items = specs.map(({ id, detailKeys, deadlineKey, topicLinks }): ChecklistItem => {
    const item: ChecklistItem = { id, key: `${prefix}.${id}.${input.role}`, detailKeys: detailKeys ?? [], topicLinks };
    if (deadlineKey) {
      item.deadlineKey = deadlineKey;
      const deadline = deadlineFor(deadlineKey, input.direction, input.startDate);
      if (deadline !== undefined) item.deadline = deadline;
    }
    return item;
  });
  return { input, construction: isConstructionWork(input), items };
}

/** Every `items.*` base key `buildChecklist` can produce (for locale completeness tests). */
export function allItemKeys(): string[] {
  return [...new Set(allInputs().flatMap((input) => buildChecklist(input).items.map((item) => item.key)))].sort();
}

/** Every combination of answers without a start date (for tests and key listings). */
export function allInputs(): CheckerInput[] {
  const inputs: CheckerInput[] = [];
  for (const direction of ["to-norway", "to-lithuania"] as const)
    for (const role of CHECKER_ROLES)
      for (const sector of SECTORS)
        for (const expectedLength of EXPECTED_LENGTHS)
          for (const construction of [false, true]) inputs.push({ direction, role, sector, expectedLength, construction });
  return inputs;
}
