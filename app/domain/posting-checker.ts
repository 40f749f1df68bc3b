// The posting checker: from a few answers (direction, worker or employer, sector, expected length, construction
// work, optional start date) to an ordered, personal checklist with deadlines and links to the rights topics.
//
// Pure and isomorphic: no I/O, ISO `YYYY-MM-DD` dates in and out (UTC day arithmetic, see working-days.ts).
// The rules are those of docs/legal-figures.md and the sources it lists; every number (deadline, threshold, rate)
// comes from the register of legal figures, passed in, so that the checker and the pages cannot disagree.
// Every text lives in the `checker` locale namespace:
// - `items.<id>.<role>.title` / `.body` — the item itself (`key` below is `items.<id>.<role>`), with the item's
//   figures as interpolation values (`{{days}}`, formatted by the caller with `formatFigureValue`);
// - `details.*` — extra paragraphs for some items (e.g. the current minimum rates of construction);
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
import { figureOn, type LegalFigure } from "./legal-figures";
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
    "holiday-and-holiday-pay",
    "staffing-agencies",
    "a-melding",
    "tax-treaty-183-days",
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
    "annual-leave",
    "night-rest-day-and-holiday-pay",
    "transparent-worker-id",
    "tax-treaty-183-days",
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
  "carCareHseCard",
  "cleaningApproval",
  "carCareApproval",
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
  "transparentWorkerId",
  "equalPay",
  "minimumWage",
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export const DEADLINE_KEYS = [
  "deadlines.within14DaysAfterStart",
  "deadlines.within8DaysOfArrival",
  "deadlines.beforeStart",
  "deadlines.oneWorkingDayBeforeStart",
  "deadlines.beforeTwelveMonths",
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

/** The part of a register record an item needs to show a figure (value and unit, and where it comes from). */
export type ChecklistFigure = Pick<LegalFigure, "key" | "value" | "unit" | "currency" | "validFrom" | "source">;

export interface ChecklistItem {
  id: ChecklistItemId;
  /** `items.<id>.<role>` in the checker namespace: read `${key}.title` and `${key}.body`. */
  key: string;
  /** Extra paragraphs (checker namespace), e.g. the construction rates. */
  detailKeys: string[];
  /** Interpolation name → the figure in force, for the item's texts and detail paragraphs. */
  figures: Record<string, ChecklistFigure>;
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

/** When these rules and their texts were last checked against their sources (shown to readers). */
export const CHECKLIST_RULES_REVIEWED = "2026-12-02";

/** The nine sectors with a generally applicable collective agreement in Norway (minimum pay); not car care. */
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
] as const satisfies readonly Sector[];

/**
 * Sectors where every worker needs an HSE card in Norway besides building sites. Car care is not one: there the
 * card is needed only for manual car care, wheel changing and tyre storage (its own item, `carCareHseCard`).
 */
export const NORWAY_HSE_CARD_SECTORS = ["construction", "cleaning"] as const satisfies readonly Sector[];

/**
 * Sectors whose generally applicable agreement covers travel, board and lodging (for travel within Norway):
 * building sites, shipyards, electrical work and cleaning.
 */
export const NORWAY_TRAVEL_CLAUSE_SECTORS = ["construction", "shipbuilding", "electrical", "cleaning"] as const satisfies readonly Sector[];

/** Sectors where an employer needs Arbeidstilsynet's approval: cleaning, and car care (manual work only). */
export const NORWAY_APPROVAL_ITEMS: Partial<Record<Sector, ChecklistItemId>> = {
  cleaning: "cleaningApproval",
  automotive: "carCareApproval",
};

/** The construction rates by interpolation name (`details.rates.construction`). */
const CONSTRUCTION_RATE_FIGURES = {
  skilled: "no.min-pay.construction.skilled",
  unskilled: "no.min-pay.construction.unskilled",
  unskilledExperienced: "no.min-pay.construction.unskilled-experienced",
} as const;

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

/** The register keys each deadline is computed from. */
const DEADLINE_FIGURES: Partial<Record<DeadlineKey, string>> = {
  "deadlines.within14DaysAfterStart": "no.rf1199.deadline-days",
  "deadlines.within8DaysOfArrival": "no.id-check.deadline-days",
  "deadlines.oneWorkingDayBeforeStart": "lt.ldu.working-days-before",
  "deadlines.beforeTwelveMonths": "no.long-posting.months",
};

/** The figures each item's texts show, by interpolation name (Norway, then Lithuania). */
const ITEM_FIGURES: Record<RightsDirection, Partial<Record<ChecklistItemId, Record<string, string>>>> = {
  "to-norway": {
    noPostingDeclaration: { months: "no.long-posting.months" },
    a1Certificate: { months: "eu.a1.max-months" },
    rf1199: { threshold: "no.rf1199.contract-threshold", days: "no.rf1199.deadline-days", changeDays: "no.rf1199.change-deadline-days" },
    idCheck: { days: "no.id-check.deadline-days" },
    dNumber: { months: "no.d-number.stay-limit-months" },
    longStayNumber: { months: "no.d-number.stay-limit-months" },
    workingTime: {
      dailyHours: "no.working-time.daily-hours",
      weeklyHours: "no.working-time.weekly-hours",
      dailyRest: "no.rest.daily-hours",
      weeklyRest: "no.rest.weekly-hours",
      premium: "no.overtime.premium-percent",
      overtimeWeek: "no.overtime.max-hours-per-week",
      overtimeFourWeeks: "no.overtime.max-hours-per-4-weeks",
      overtimePeriod: "no.overtime.period-weeks",
      overtimeYear: "no.overtime.max-hours-per-year",
    },
    longPosting: { months: "no.long-posting.months", extendedMonths: "no.long-posting.extended-months" },
  },
  "to-lithuania": {
    a1Certificate: { months: "eu.a1.max-months" },
    vdiNotification: { days: "lt.vdi-notification.posting-days", changeDays: "lt.vdi-notification.change-working-days" },
    vdiNotificationNotRequired: { days: "lt.vdi-notification.posting-days" },
    sodraLdu: { days: "lt.ldu.working-days-before" },
    minimumWage: { monthly: "lt.minimum-monthly-wage", hourly: "lt.minimum-hourly-wage" },
    workingTime: {
      weeklyHours: "lt.working-time.weekly-hours",
      averageHours: "lt.working-time.max-average-weekly-hours",
      dailyMax: "lt.working-time.max-daily-hours",
      sevenDayMax: "lt.working-time.max-hours-per-7-days",
      weekPeriod: "lt.working-time.week-period-days",
      overtimeWeek: "lt.overtime.max-hours-per-7-days",
      overtimeWeekConsent: "lt.overtime.max-hours-per-7-days-with-consent",
      overtimeYear: "lt.overtime.max-hours-per-year",
      overtimePay: "lt.overtime.pay-percent",
      dailyRest: "lt.rest.daily-hours",
    },
    longPosting: { months: "lt.long-posting.months", extendedMonths: "lt.long-posting.extended-months", changeDays: "lt.vdi-notification.change-working-days" },
  },
};

/** Every register key the checker uses (for tests: each must be in the register). */
export function checkerFigureKeys(): string[] {
  const keys = [
    ...Object.values(DEADLINE_FIGURES),
    ...Object.values(CONSTRUCTION_RATE_FIGURES),
    ...Object.values(ITEM_FIGURES).flatMap((byItem) => Object.values(byItem).flatMap((names) => Object.values(names))),
  ];
  return [...new Set(keys)].sort();
}

/** Figures the checker reads: the register's records and the day whose values apply. */
interface FigureSource {
  figures: readonly LegalFigure[];
  /** The start date when given (the rules in force then), otherwise today. */
  onDate: string;
  today: string;
}

/** The record of `key` in force on the start date, else today's (a date before the recorded history). */
function figure(source: FigureSource, key: string): LegalFigure {
  const found = figureOn(source.figures, key, source.onDate) ?? figureOn(source.figures, key, source.today);
  if (!found) throw new Error(`The register of legal figures has no value of ${key} in force on ${source.today}`);
  return found;
}

function checklistFigure(record: LegalFigure): ChecklistFigure {
  const { key, value, unit, currency, validFrom, source } = record;
  return { key, value, unit, ...(currency ? { currency } : {}), validFrom, source };
}

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

function deadlineFor(key: DeadlineKey, direction: RightsDirection, source: FigureSource, startDate: string | undefined): string | undefined {
  if (startDate === undefined) return undefined;
  const amount = (): number => figure(source, DEADLINE_FIGURES[key]!).value;
  switch (key) {
    case "deadlines.within14DaysAfterStart":
    case "deadlines.within8DaysOfArrival":
      return addCalendarDays(startDate, amount());
    case "deadlines.beforeStart":
      return startDate;
    case "deadlines.oneWorkingDayBeforeStart":
      return subtractWorkingDays(direction === "to-lithuania" ? "LT" : "NO", startDate, amount());
    case "deadlines.beforeTwelveMonths":
      return addCalendarDays(addMonths(startDate, amount()), -1);
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

/** Norway: every worker needs an HSE card (building and construction sites, cleaning). */
export function norwayHseCardRequired(input: Pick<CheckerInput, "sector" | "construction">): boolean {
  return isConstructionWork(input) || (NORWAY_HSE_CARD_SECTORS as readonly Sector[]).includes(input.sector);
}

/** Norway: the generally applicable agreement covers travel, board and lodging (travel within Norway only). */
export function norwayTravelClauseApplies(input: Pick<CheckerInput, "sector" | "construction">): boolean {
  return isConstructionWork(input) || (NORWAY_TRAVEL_CLAUSE_SECTORS as readonly Sector[]).includes(input.sector);
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
  } else if (sector === "automotive" && !employer) {
    // Only manual car care, wheel changing and tyre storage need the card; the employer's item says so too.
    items.push({ id: "carCareHseCard", topicLinks: [no("automotive"), no("hse-card")] });
  }
  const approval = NORWAY_APPROVAL_ITEMS[sector];
  if (employer && approval) items.push({ id: approval, topicLinks: [...sectorLinks, no("hse-card")] });
  if (norwayMinimumPayApplies(input)) {
    // Only the construction rates are in the register; other sectors' texts send the reader to the regulation.
    const detailKeys = construction ? ["details.rates.construction"] : ["details.rates.lookUp"];
    const pages = [...sectorLinks];
    if (construction && sector !== "construction") pages.push(no("construction"));
    items.push({ id: "minimumPay", detailKeys, topicLinks: [no("pay"), ...pages] });
  } else {
    items.push({ id: "noMinimumPay", topicLinks: [no("pay")] });
  }
  if (norwayTravelClauseApplies(input)) {
    items.push({ id: "travelBoardLodging", topicLinks: construction ? [no("construction"), no("pay")] : [...sectorLinks, no("pay")] });
  }
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
      deadlineKey: "deadlines.beforeStart",
      topicLinks: employer ? [lt("posting-notification"), lt("employer-obligations-overview")] : [lt("posting-notification")],
    });
  } else if (employer) {
    items.push({ id: "vdiNotificationNotRequired", topicLinks: [lt("posting-notification")] });
  }
  if (employer) {
    items.push({ id: "sodraLdu", deadlineKey: "deadlines.oneWorkingDayBeforeStart", topicLinks: [lt("posting-notification")] });
  }
  if (isConstructionWork(input)) {
    items.push({ id: "transparentWorkerId", topicLinks: [lt("transparent-worker-id"), lt("documents-at-the-workplace")] });
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

/**
 * The personal checklist for the answers, in the order the reader deals with it. `figures` is the register of
 * legal figures; values in force on the start date are used, or today's (ISO `today`) without one.
 */
export function buildChecklist(input: CheckerInput, figures: readonly LegalFigure[], today: string): Checklist {
  if (input.startDate !== undefined && !isIsoDate(input.startDate)) {
    throw new RangeError(`Not an ISO date: ${String(input.startDate)}`);
  }
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date: ${String(today)}`);
  const source: FigureSource = { figures, onDate: input.startDate ?? today, today };
  const specs = input.direction === "to-norway" ? norwayItems(input) : lithuaniaItems(input);
  const prefix = input.direction === "to-norway" ? "items.toNorway" : "items.toLithuania";
  const items = specs.map(({ id, detailKeys, deadlineKey, topicLinks }): ChecklistItem => {
    const names: Record<string, string> = { ...ITEM_FIGURES[input.direction][id] };
    if (detailKeys?.includes("details.rates.construction")) Object.assign(names, CONSTRUCTION_RATE_FIGURES);
    const itemFigures = Object.fromEntries(Object.entries(names).map(([name, key]) => [name, checklistFigure(figure(source, key))]));
    const item: ChecklistItem = { id, key: `${prefix}.${id}.${input.role}`, detailKeys: detailKeys ?? [], figures: itemFigures, topicLinks };
    if (deadlineKey) {
      item.deadlineKey = deadlineKey;
      const deadline = deadlineFor(deadlineKey, input.direction, source, input.startDate);
      if (deadline !== undefined) item.deadline = deadline;
    }
    return item;
  });
  return { input, construction: isConstructionWork(input), items };
}

/** Every `items.*` base key `buildChecklist` can produce (for locale completeness tests). */
export function allItemKeys(figures: readonly LegalFigure[], today: string): string[] {
  return [...new Set(allInputs().flatMap((input) => buildChecklist(input, figures, today).items.map((item) => item.key)))].sort();
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
