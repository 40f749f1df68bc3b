// A large, deterministic synthetic data set for `npm run bench` (and anyone who wants a big database).
// Raw prepared statements with multi-row inserts, committed in chunks, cases made in date order, and the
// out-of-order indexes built once at the end: a million information exchanges with their questions and events
// (plus 100,000 inspections and 500,000 violations) load in about a minute on two cores. Everything it creates is recognisable: authority and agreement slugs
// start with `syn-`, e-mail addresses end in `@synthetic.example`, case references use `AG<n>`.
// Works on a freshly migrated database, with or without the demo data; it does not clean up after itself.
import type Database from "better-sqlite3";
import {
  ACTIVITY_KINDS,
  ENTERPRISE_RELATIONS,
  EXCHANGE_TYPES,
  LOCALES,
  PARTNER_COUNTRIES,
  RIGHTS_DIRECTIONS,
  SECTORS,
  VIOLATION_CATEGORIES,
  type ExchangeStatus,
  type ExchangeType,
  type InspectionStatus,
  type Locale,
} from "../../app/domain/vocabulary";
import { QUESTION_CATALOGUE } from "../../app/domain/question-catalogue";
import { contactMatchValue, personKey } from "../../app/domain/enterprise-links";

export interface SyntheticSizes {
  authorities: number;
  agreements: number;
  exchanges: number;
  inspections: number;
  violations: number;
  /** Rights topics; each gets a published version in every locale and a row per locale in `rights_search`. */
  topics: number;
  /** Enterprises with valid-looking 9-digit registration numbers, unique per country (default 20,000). */
  enterprises?: number;
}

export interface SyntheticOptions {
  /** Stored for every synthetic user; null (cannot sign in) when absent. Hash once with hashPassword. */
  passwordHash?: string | null;
  /** Seed of the pseudo-random generator: the same seed and sizes give the same data. */
  seed?: number;
  /** Rows per transaction for the big tables (default 50,000). */
  chunkSize?: number;
  /**
   * Drop the secondary indexes of the big case tables whose keys arrive out of order while loading and build
   * them again at the end (default true: faster than keeping those B-trees up to date row by row). They are
   * rebuilt from their own `create index` statements, also when loading fails, so the schema ends up unchanged.
   */
  rebuildIndexes?: boolean;
  /** Called after each phase with its name and duration, for progress output. */
  onPhase?: (phase: string, milliseconds: number) => void;
}

export const DEFAULT_SYNTHETIC_SIZES: Readonly<Required<SyntheticSizes>> = Object.freeze({
  authorities: 30,
  agreements: 50,
  exchanges: 200_000,
  inspections: 20_000,
  violations: 100_000,
  topics: 60,
  enterprises: 20_000,
});

/** The password the bench hashes for the synthetic users (it is not a secret: test data only). */
export const SYNTHETIC_PASSWORD = "synthetic-bench-password";
/** The coordinator of every synthetic agreement. */
export const SYNTHETIC_COORDINATOR_EMAIL = "coordinator@synthetic.example";

/** Slug of the n-th synthetic authority (0-based); labour inspections are those with an even index. */
export function syntheticAuthoritySlug(index: number): string {
  const country = PARTNER_COUNTRIES[index % PARTNER_COUNTRIES.length]!.toLowerCase();
  return `syn-${country}-${index % 2 === 0 ? "li" : "ag"}-${String(index + 1).padStart(2, "0")}`;
}

/** Slug of the n-th synthetic agreement (0-based). */
export function syntheticAgreementSlug(index: number): string {
  return `syn-ag${index + 1}`;
}
const agreementSlug = syntheticAgreementSlug;

/** E-mail of the contact point of the n-th synthetic authority (only labour inspections have one). */
export function syntheticContactPointEmail(index: number): string {
  return `contact.${syntheticAuthoritySlug(index)}@synthetic.example`;
}

// ---------------------------------------------------------------------------------------------------------
// Fixed calendar: every date is an index into DAYS (2016-01-01 … 2026-12-31).

const FIRST_YEAR = 2016;
const LAST_YEAR = 2026;
/** Cases are dated up to here (a fixed day keeps the data deterministic). */
const LAST_CASE_DAY = "2026-11-15";
/** Cases sent before this day are mostly finished. */
const RECENT_FROM_DAY = "2025-11-15";

const DAYS: string[] = [];
const DAY_YEAR_INDEX: number[] = [];
{
  const d = new Date(Date.UTC(FIRST_YEAR, 0, 1));
  while (d.getUTCFullYear() <= LAST_YEAR) {
    DAYS.push(d.toISOString().slice(0, 10));
    DAY_YEAR_INDEX.push(d.getUTCFullYear() - FIRST_YEAR);
    d.setUTCDate(d.getUTCDate() + 1);
  }
}
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => String(FIRST_YEAR + i));
const LAST_DAY_INDEX = DAYS.length - 1;
const LAST_CASE_INDEX = DAYS.indexOf(LAST_CASE_DAY);
const RECENT_INDEX = DAYS.indexOf(RECENT_FROM_DAY);
/** Times of day in UTC, every five minutes in office hours. */
const TIMES: string[] = [];
for (let h = 6; h < 16; h++) {
  for (let m = 0; m < 60; m += 5) {
    TIMES.push(`T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00.000Z`);
  }
}

function day(index: number): string {
  return DAYS[index < 0 ? 0 : index > LAST_DAY_INDEX ? LAST_DAY_INDEX : index]!;
}

// ---------------------------------------------------------------------------------------------------------
// Deterministic pseudo-random numbers (mulberry32).

interface Random {
  /** Uniform in [0, 1). */
  (): number;
}

function makeRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights for weighted picks. */
function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]!;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / sum;
    out[i] = acc;
  }
  out[weights.length - 1] = 1;
  return out;
}

function pickIndex(cum: Float64Array, r: number): number {
  let i = 0;
  while (i < cum.length - 1 && r >= cum[i]!) i++;
  return i;
}

// ---------------------------------------------------------------------------------------------------------
// Registration numbers (docs/domain-facts.md §3), digits only.

function norwegianCheckDigit(prefix8: number): number {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 7, n = prefix8; i >= 0; i--, n = Math.floor(n / 10)) sum += (n % 10) * weights[i]!;
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check; // 10 means "no valid number with this prefix"
}

function lithuanianCheckDigit(prefix8: number): number {
  const digits: number[] = [];
  for (let i = 0, n = prefix8; i < 8; i++, n = Math.floor(n / 10)) digits.unshift(n % 10);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digits[i]! * (i + 1);
  let check = sum % 11;
  if (check === 10) {
    sum = 0;
    for (let i = 0; i < 8; i++) sum += digits[i]! * (((i + 2) % 9) + 1);
    check = sum % 11;
    if (check === 10) check = 0;
  }
  return check;
}

/** The j-th registration number of a country; distinct j give distinct numbers (a permutation of the range). */
function registrationNumber(country: string, j: number): string | null {
  if (country === "NO") {
    const prefix = 90_000_000 + ((j * 7919) % 10_000_000);
    const check = norwegianCheckDigit(prefix);
    return check === 10 ? null : String(prefix * 10 + check);
  }
  if (country === "LT") {
    const prefix = 30_000_000 + ((j * 7919) % 10_000_000);
    return String(prefix * 10 + lithuanianCheckDigit(prefix));
  }
  return String(100_000_000 + ((j * 7919) % 900_000_000));
}

// ---------------------------------------------------------------------------------------------------------
// Word lists for names and free text.

const COMPANY_SUFFIX: Record<string, string> = {
  NO: "AS",
  LT: "UAB",
  BG: "EOOD",
  EE: "OÜ",
  LV: "SIA",
  PL: "Sp. z o.o.",
  RO: "SRL",
};
const COMPANY_WORDS = [
  ..."Nord Baltic Fjord Amber Vilnius Bergen Kaunas Trondheim Klaipėda Stavanger".split(" "),
  ..."Polar Granite Oak Harbour Coastal Eastern Western Summit River Forest".split(" "),
];
const COMPANY_TRADES = [
  ..."Bygg Statyba Montasje Renhold Elektro Transport Logistika Verft".split(" "),
  ..."Agro Fisk Service Partner Group Works Technika Industri".split(" "),
];
const STREETS = "Storgata|Gedimino pr.|Kongens gate|Laisvės al.|Industriveien|Pramonės g.|Havnegata".split("|");
const PERSON_FIRST_NAMES = "Jonas|Ona|Tomas|Rūta|Ola|Kari|Mindaugas|Ingrid|Darius|Lars|Eglė|Nina|Andrius|Per|Asta".split("|");
const PERSON_LAST_NAMES = "Petraitis|Nordmann|Kazlauskas|Hansen|Jankauskas|Johansen|Stankevičius|Olsen|Vasiliauskas|Larsen|Žukauskas|Berg|Butkus|Dahl|Paulauskas|Lie|Urbonas|Moen|Kavaliauskas|Bakken".split("|");
const CITIES = ["Oslo", "Bergen", "Stavanger", "Trondheim", "Vilnius", "Kaunas", "Klaipėda", "Drammen", "Šiauliai"];
const SUBJECTS = [
  "Posted workers at a construction site",
  "Pay and working time of posted cleaners",
  "Registration of a service provider",
  "Subcontractor chain on a shipyard",
  "A1 certificates for drivers",
  "Housing conditions of seasonal workers",
  "Notification of a penalty decision",
  "Recovery of an administrative fine",
  "Letterbox company suspected",
  "Working hours in fish processing",
];
const DECLINE_REASONS = [
  "The enterprise is not established in our country.",
  "The request is outside the scope of the agreement.",
  "The same matter is already handled in another case.",
];
const ANSWER_TEXTS = [
  "The enterprise is registered and active.",
  "Payslips for the period were received and checked.",
  "No posting declaration was found in the register.",
  "The workers hold valid A1 certificates.",
  "The company has no employees registered in our country.",
];
const LEGAL_REFERENCES = [
  "Working Environment Act § 10-4",
  "Darbo kodekso 112 str.",
  "General Application Act § 8",
  "Regulation on posted workers § 5",
  "Directive 2014/67/EU Art. 9",
];
const VIOLATION_TEXTS = [
  "Hourly pay below the generally applicable minimum.",
  "Daily rest periods not respected.",
  "No HSE card for workers on site.",
  "Accommodation below the required standard.",
  "Posting not notified to the authorities.",
  "Workers without valid identification.",
];
const SITE_WORDS = ["Construction site", "Shipyard", "Hotel", "Farm", "Fish plant", "Warehouse", "Office block"];
const INSPECTION_REASONS = [
  "Tip from the public about long working hours.",
  "Chain of subcontractors with unclear employers.",
  "Earlier violations at the same enterprise.",
  "Seasonal peak with many posted workers.",
];

/** Titles and vocabulary of the synthetic rights topics, per locale (`|` separates the entries). */
const TOPIC_WORDS: Record<Locale, { title: string[]; text: string[] }> = {
  nb: {
    title: "Lønn|Arbeidstid|HMS-kort|Bolig|Registrering|Skatt og D-nummer|Trygd (A1)|Dokumenter".split("|"),
    text: [
      ..."minstelønn|arbeidstid|overtid|hviletid|allmenngjort|tariffavtale|utsendt|arbeidstaker|arbeidsgiver".split(
        "|",
      ),
      ..."HMS-kort|bolig|lønnsslipp|kontrakt|Arbeidstilsynet|D-nummer|skattekort|byggeplass|renhold".split("|"),
      ..."verneombud|feriepenger".split("|"),
    ],
  },
  lt: {
    title: [
      ..."Darbo užmokestis|Darbo laikas|Saugus darbas|Būstas|Registracija|Mokesčiai".split("|"),
      ..."Socialinis draudimas (A1)|Dokumentai".split("|"),
    ],
    text: [
      ..."minimalus|darbo|laikas|viršvalandžiai|poilsis|komandiruotas|darbuotojas|darbdavys|sutartis".split("|"),
      ..."inspekcija|būstas|atlyginimas|sauga|statybvietė|valymas|kolektyvinė|deklaracija|draudimas".split("|"),
      ..."atostogos|žemės ūkis".split("|"),
    ],
  },
  en: {
    title: "Pay|Working time|HSE card|Housing|Registration|Tax and ID|Social security (A1)|Documents".split("|"),
    text: [
      ..."minimum|wage|working|hours|overtime|rest|posted|worker|employer|contract|inspection|housing".split("|"),
      ..."payslip|safety|construction|cleaning|collective|agreement|declaration|holiday".split("|"),
    ],
  },
};

/** The questions an exchange may ask (retired ones are not asked any more), and their answer types. */
const ASKABLE = QUESTION_CATALOGUE.filter((question) => !question.retired);
const CATALOGUE_CODES = ASKABLE.map((question) => question.code);
const CATALOGUE_TYPES = ASKABLE.map((question) => question.answerType);
const YES_NO_UNKNOWN = ["yes", "yes", "no", "unknown"];

// ---------------------------------------------------------------------------------------------------------
// Status spreads and the event trails (the case timeline) that lead to each status.

/**
 * One logged transition, as the workflows in app/domain log them: from, to, action, whether the requester took
 * it (else the other side), and when (an index into the per-case table of days, see the W_ constants).
 */
type Step = readonly [from: string | null, to: string, action: string, byRequester: boolean, when: number];
const W_SENT = 0;
const W_ACCEPTED = 1;
const W_ANSWERED = 2;
const W_SCHEDULED = 3;
const W_CONDUCTED = 4;
const W_REPORTED = 5;
const W_LAST = 6;

// Exchanges (app/domain/exchange-workflow.ts). `forwarded` is never a status: a forward keeps `sent`.
const EXCHANGE_STATUS_LIST: readonly ExchangeStatus[] = [
  "draft",
  "sent",
  "accepted",
  "clarification_requested",
  "answered",
  "partially_answered",
  "closed",
  "declined",
  "withdrawn",
];
const EXCHANGE_STATUS_RECENT_CUM = cumulative([4, 16, 18, 6, 12, 6, 30, 4, 3]);
const EXCHANGE_STATUS_OLD_CUM = cumulative([0.5, 1, 1, 0.5, 4, 2, 83, 4, 4]);
const ALERT_STATUSES: readonly ExchangeStatus[] = ["draft", "sent", "closed"];
const ALERT_STATUS_CUM = cumulative([2, 18, 80]);
const EXCHANGE_TYPE_CUM = cumulative([60, 15, 8, 7, 10]);
/** Share of the exchanges still `sent` that were forwarded to another authority of the partner's country. */
const FORWARDED_SHARE = 0.15;

const SEND: Step = [null, "sent", "send", true, W_SENT];
const ACCEPT: Step = ["sent", "accepted", "accept", false, W_ACCEPTED];
const ANSWER: Step = ["accepted", "answered", "answer", false, W_ANSWERED];
const EXCHANGE_TRAILS: Record<ExchangeStatus, readonly Step[]> = {
  draft: [[null, "draft", "create", true, W_SENT]],
  sent: [SEND],
  accepted: [SEND, ACCEPT],
  answered: [SEND, ACCEPT, ANSWER],
  partially_answered: [SEND, ACCEPT, ["accepted", "partially_answered", "answer_partially", false, W_ANSWERED]],
  clarification_requested: [
    SEND,
    ACCEPT,
    ANSWER,
    ["answered", "clarification_requested", "request_clarification", true, W_LAST],
  ],
  closed: [SEND, ACCEPT, ANSWER, ["answered", "closed", "close", true, W_LAST]],
  declined: [SEND, ["sent", "declined", "decline", false, W_LAST]],
  withdrawn: [SEND, ["sent", "withdrawn", "withdraw", true, W_LAST]],
  forwarded: [SEND], // never generated
};
const FORWARDED_TRAIL: readonly Step[] = [SEND, ["sent", "sent", "forward", false, W_LAST]];
const ALERT_CLOSED_TRAIL: readonly Step[] = [SEND, ["sent", "closed", "close", true, W_LAST]];

// Inspections (app/domain/inspection-workflow.ts). Steps either side may take are logged for the requester.
const INSPECTION_STATUS_LIST: readonly InspectionStatus[] = [
  "draft",
  "requested",
  "accepted",
  "declined",
  "counter_proposed",
  "scheduled",
  "conducted",
  "reported",
  "closed",
  "withdrawn",
];
const INSPECTION_STATUS_RECENT_CUM = cumulative([4, 12, 10, 4, 4, 14, 10, 10, 28, 4]);
const INSPECTION_STATUS_OLD_CUM = cumulative([0.5, 1, 1, 5, 0.5, 1, 1, 4, 82, 4]);

const REQUEST: Step = [null, "requested", "request", true, W_SENT];
const INSPECTION_ACCEPT: Step = ["requested", "accepted", "accept", false, W_ACCEPTED];
const SCHEDULE: Step = ["accepted", "scheduled", "schedule", true, W_SCHEDULED];
const MARK_CONDUCTED: Step = ["scheduled", "conducted", "mark_conducted", true, W_CONDUCTED];
const REPORT: Step = ["conducted", "reported", "report", true, W_REPORTED];
const INSPECTION_TRAILS: Record<InspectionStatus, readonly Step[]> = {
  draft: [[null, "draft", "create", true, W_SENT]],
  requested: [REQUEST],
  accepted: [REQUEST, INSPECTION_ACCEPT],
  declined: [REQUEST, ["requested", "declined", "decline", false, W_LAST]],
  counter_proposed: [REQUEST, ["requested", "counter_proposed", "counter_propose", false, W_LAST]],
  scheduled: [REQUEST, INSPECTION_ACCEPT, SCHEDULE],
  conducted: [REQUEST, INSPECTION_ACCEPT, SCHEDULE, MARK_CONDUCTED],
  reported: [REQUEST, INSPECTION_ACCEPT, SCHEDULE, MARK_CONDUCTED, REPORT],
  closed: [REQUEST, INSPECTION_ACCEPT, SCHEDULE, MARK_CONDUCTED, REPORT, ["reported", "closed", "close", true, W_LAST]],
  withdrawn: [REQUEST, ["requested", "withdrawn", "withdraw", true, W_LAST]],
};

const VIOLATION_SOURCE_CUM = cumulative([30, 50, 5, 15]); // joint_inspection, information_exchange, joint_meeting, other
const SANCTION_LIST = ["order", "fine", "suspension", "police_report", "none"] as const;
const SANCTION_CUM = cumulative([35, 30, 5, 5, 25]);
const VIOLATION_STATUS_LIST = ["open", "remedied", "appealed", "closed"] as const;
const VIOLATION_STATUS_CUM = cumulative([15, 25, 5, 55]);

/** Tables loaded in bulk, whose secondary indexes are rebuilt after loading. */
const BULK_TABLES = [
  "exchanges",
  "exchange_questions",
  "penalty_instruments",
  "case_events",
  "inspections",
  "inspection_enterprises",
  "violations",
] as const;

/** Indexes of the bulk tables that are cheap to keep up to date while loading (see BULK_TABLES). */
const KEPT_INDEXES: readonly string[] = [
  "exchange_questions_position_unique",
  "exchange_questions_answered_by_idx",
  "exchanges_created_by_idx",
  "exchanges_forwarded_from_idx",
  "case_events_exchange_idx",
  "case_events_actor_user_idx",
  "case_events_actor_authority_idx",
  "inspection_enterprises_unique",
  "violations_activity_idx",
  "violations_created_by_idx",
  "violations_recorded_by_idx",
];

/**
 * Rows of one table inserted many at a time (`insert … values (…), (…), …`): fewer statement calls than one
 * insert per row. Call flush() before the transaction ends.
 */
class RowBuffer {
  private readonly values: unknown[] = [];
  private rows = 0;
  private readonly statements = new Map<number, Database.Statement>();

  constructor(
    private readonly sqlite: Database.Database,
    /** `insert into t (a, b, c)` */
    private readonly head: string,
    private readonly columns: number,
    /** Rows this table's foreign keys point to: flushed first. */
    private readonly parent?: RowBuffer,
    private readonly batch = 64,
  ) {}

  add(...row: unknown[]): void {
    for (let i = 0; i < row.length; i++) this.values.push(row[i]);
    if (++this.rows === this.batch) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.parent?.flush();
    let statement = this.statements.get(this.rows);
    if (!statement) {
      const tuple = `(${new Array(this.columns).fill("?").join(", ")})`;
      statement = this.sqlite.prepare(`${this.head} values ${new Array(this.rows).fill(tuple).join(", ")}`);
      this.statements.set(this.rows, statement);
    }
    statement.run(this.values);
    this.values.length = 0;
    this.rows = 0;
  }
}

/** The highest id a table has used (AUTOINCREMENT never reuses one): new rows take the next ones. */
function lastId(sqlite: Database.Database, table: string): number {
  const row = sqlite
    .prepare(
      `select max(coalesce((select seq from sqlite_sequence where name = ?), 0), coalesce((select max(id) from "${table}"), 0)) as id`,
    )
    .get(table) as { id: number };
  return row.id;
}

function localeOfCountry(country: string): Locale {
  return country === "NO" ? "nb" : country === "LT" ? "lt" : "en";
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Fills the database with the synthetic data set. Synchronous; runs in transactions of `chunkSize` rows.
 * The connection should have foreign keys on (as openDatabase sets them); every constraint is respected.
 */
export function seedSyntheticData(
  sqlite: Database.Database,
  sizes: SyntheticSizes = DEFAULT_SYNTHETIC_SIZES,
  options: SyntheticOptions = {},
): void {
  const nAuthorities = Math.max(2, Math.floor(sizes.authorities));
  const nAgreements = Math.max(1, Math.floor(sizes.agreements));
  const nExchanges = Math.max(0, Math.floor(sizes.exchanges));
  const nInspections = Math.max(0, Math.floor(sizes.inspections));
  const nViolations = Math.max(0, Math.floor(sizes.violations));
  const nTopics = Math.max(0, Math.floor(sizes.topics));
  const nEnterprises = Math.max(1, Math.floor(sizes.enterprises ?? DEFAULT_SYNTHETIC_SIZES.enterprises));
  const passwordHash = options.passwordHash ?? null;
  const chunkSize = Math.max(1000, Math.floor(options.chunkSize ?? 50_000));
  const rnd = makeRandom(options.seed ?? 20_170_601);
  const int = (n: number) => Math.floor(rnd() * n);

  /**
   * The day of the i-th of n cases: cases are made in date order (ids and reference numbers grow with time, as
   * in real use), spread evenly over the years with a little jitter. Loading in date order keeps most index
   * insertions at a few growing ends instead of all over the B-trees.
   */
  const spreadDay = (i: number, n: number) =>
    Math.min(LAST_CASE_INDEX, Math.floor(((i + rnd()) * (LAST_CASE_INDEX + 1)) / n));
  /** Runs body(start, end) for consecutive ranges of `total`, each in its own transaction with its buffered rows. */
  const inChunks = (
    total: number,
    size: number,
    body: (start: number, end: number) => void,
    buffers: readonly RowBuffer[] = [],
  ) => {
    for (let start = 0; start < total; start += size) {
      const end = Math.min(total, start + size);
      sqlite.transaction(() => {
        body(start, end);
        for (const buffer of buffers) buffer.flush();
      })();
    }
  };
  const insertedId = (info: Database.RunResult) => Number(info.lastInsertRowid);
  let phaseStarted = performance.now();
  const phaseDone = (phase: string) => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStarted);
    phaseStarted = now;
  };

  // --- Authorities, users, agreements, periods, activities, enterprises (small tables, one transaction) ---
  const authorityIds = new Int32Array(nAuthorities);
  const authorityCountry: string[] = [];
  const authorityIsLabour: boolean[] = [];
  /** Contact-point user of each authority id (labour inspections only). */
  const userOfAuthority = new Map<number, number>();
  const countryOfAuthority = new Map<number, string>();
  /** Other synthetic authorities of each authority's country (forwarding targets). */
  const sameCountryOthers = new Map<number, number[]>();
  const agreementIds = new Int32Array(nAgreements);
  const partyA = new Int32Array(nAgreements);
  const partyB = new Int32Array(nAgreements);
  /** Joint meetings of each agreement (for violations found at a joint meeting). */
  const meetingsOf: number[][] = [];
  const enterpriseIds = new Int32Array(nEnterprises);
  let coordinatorId = 0;

  sqlite.transaction(() => {
    const insertAuthority = sqlite.prepare(
      `insert into authorities (slug, country, kind, name_nb, name_lt, name_en, short_name, email, phone, website,
         created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2016-01-01T08:00:00.000Z', '2016-01-01T08:00:00.000Z')`,
    );
    const otherKinds = ["police", "tax", "immigration", "welfare", "customs", "road_authority", "social_insurance"];
    for (let i = 0; i < nAuthorities; i++) {
      const country = PARTNER_COUNTRIES[i % PARTNER_COUNTRIES.length]!;
      const labour = i % 2 === 0;
      const kind = labour ? "labour_inspection" : otherKinds[(i >> 1) % otherKinds.length]!;
      const slug = syntheticAuthoritySlug(i);
      const n = i + 1;
      const id = insertedId(
        insertAuthority.run(
          slug,
          country,
          kind,
          labour ? `Syntetisk arbeidstilsyn ${n} (${country})` : `Syntetisk etat ${n} (${country})`,
          labour ? `Sintetinė darbo inspekcija ${n} (${country})` : `Sintetinė institucija ${n} (${country})`,
          labour ? `Synthetic labour inspectorate ${n} (${country})` : `Synthetic agency ${n} (${country})`,
          `SYN-${country}-${n}`,
          `post@${slug}.example`,
          `+00 ${String(10_000_000 + n * 7919).slice(0, 8)}`,
          `https://${slug}.example`,
        ),
      );
      authorityIds[i] = id;
      authorityCountry.push(country);
      authorityIsLabour.push(labour);
      countryOfAuthority.set(id, country);
    }

    for (let i = 0; i < nAuthorities; i++) {
      const others: number[] = [];
      for (let j = 0; j < nAuthorities; j++) {
        if (j !== i && authorityCountry[j] === authorityCountry[i]) others.push(authorityIds[j]!);
      }
      sameCountryOthers.set(authorityIds[i]!, others);
    }

    const insertUser = sqlite.prepare(
      `insert into users (email, display_name, authority_id, password_hash, status, preferred_locale, created_at, updated_at)
       values (?, ?, ?, ?, 'active', ?, ?, ?)`,
    );
    const insertRole = sqlite.prepare(
      `insert into user_roles (user_id, role, agreement_id, created_at) values (?, ?, ?, ?)`,
    );
    const created = `${DAYS[0]}T08:00:00.000Z`;
    for (let i = 0; i < nAuthorities; i++) {
      if (!authorityIsLabour[i]) continue;
      const userId = insertedId(
        insertUser.run(
          syntheticContactPointEmail(i),
          `Contact point SYN-${authorityCountry[i]}-${i + 1}`,
          authorityIds[i],
          passwordHash,
          localeOfCountry(authorityCountry[i]!),
          created,
          created,
        ),
      );
      insertRole.run(userId, "contact_point", null, created);
      userOfAuthority.set(authorityIds[i]!, userId);
    }
    coordinatorId = insertedId(
      insertUser.run(
        SYNTHETIC_COORDINATOR_EMAIL,
        "Synthetic coordinator",
        authorityIds[0],
        passwordHash,
        "en",
        created,
        created,
      ),
    );

    // Agreements between labour inspections of two different countries (pairs repeat if there are too few).
    const labour: number[] = [];
    for (let i = 0; i < nAuthorities; i++) if (authorityIsLabour[i]) labour.push(i);
    const pairs: Array<[number, number]> = [];
    for (let a = 0; a < labour.length; a++) {
      for (let b = a + 1; b < labour.length; b++) {
        if (authorityCountry[labour[a]!] !== authorityCountry[labour[b]!]) pairs.push([labour[a]!, labour[b]!]);
      }
    }
    if (pairs.length === 0) pairs.push([0, 1]); // two authorities only: still a valid agreement
    const insertAgreement = sqlite.prepare(
      `insert into agreements (slug, party_a_id, party_b_id, signed_on, status, title_nb, title_lt, title_en,
         scope_nb, scope_lt, scope_en, inspection_response_days, exchange_standard_days, exchange_urgent_days,
         created_at, updated_at)
       values (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, 10, null, null, '2016-01-01T08:00:00.000Z', '2016-01-01T08:00:00.000Z')`,
    );
    const insertPeriod = sqlite.prepare(
      `insert into project_periods (agreement_id, slug, name_nb, name_lt, name_en, starts_on, ends_on, budget_cents,
         budget_currency, objectives_nb, objectives_lt, objectives_en, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, '2016-01-01T08:00:00.000Z', '2016-01-01T08:00:00.000Z')`,
    );
    const insertFunding = sqlite.prepare(
      `insert into period_funding_sources (period_id, source, share_basis_points, amount_cents) values (?, ?, ?, ?)`,
    );
    const insertActivity = sqlite.prepare(
      `insert into activities (agreement_id, kind, status, title, starts_on, ends_on, place, country, summary,
         summary_language, created_by_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?)`,
    );
    const insertParticipants = sqlite.prepare(
      `insert into activity_participants (activity_id, authority_id, organisation, count) values (?, ?, null, ?)`,
    );
    const periods: Array<[slug: string, from: string, to: string]> = [
      ["2016-18", "2016-01-01", "2018-12-31"],
      ["2019-22", "2019-01-01", "2022-12-31"],
      ["2023-26", "2023-01-01", "2026-12-31"],
    ];
    for (let k = 0; k < nAgreements; k++) {
      const [a, b] = pairs[k % pairs.length]!;
      const ca = authorityCountry[a]!;
      const cb = authorityCountry[b]!;
      const n = k + 1;
      const id = insertedId(
        insertAgreement.run(
          agreementSlug(k),
          authorityIds[a],
          authorityIds[b],
          day(int(365)),
          `Syntetisk avtale ${n} (${ca}–${cb})`,
          `Sintetinis susitarimas ${n} (${ca}–${cb})`,
          `Synthetic agreement ${n} (${ca}–${cb})`,
          "Samarbeid mot svart arbeid og sosial dumping.",
          "Bendradarbiavimas kovojant su nedeklaruotu darbu.",
          "Cooperation against undeclared work and social dumping.",
        ),
      );
      agreementIds[k] = id;
      partyA[k] = authorityIds[a]!;
      partyB[k] = authorityIds[b]!;
      insertRole.run(coordinatorId, "coordinator", id, created);

      for (const [slug, from, to] of periods) {
        const budget = (10 + int(90)) * 100_000_00;
        const periodId = insertedId(
          insertPeriod.run(
            id,
            slug,
            `Periode ${slug}`,
            `Laikotarpis ${slug}`,
            `Period ${slug}`,
            from,
            to,
            budget,
            "Felles tilsyn og informasjon.",
            "Bendri patikrinimai ir informavimas.",
            "Joint inspections and information.",
          ),
        );
        insertFunding.run(periodId, "eea_norway_grants", 5000, budget / 2);
        insertFunding.run(periodId, "nlia_budget", 5000, budget / 2);
      }

      const meetings: number[] = [];
      for (let y = 0; y < YEARS.length; y++) {
        for (let j = 0; j < 2; j++) {
          const kind = j === 0 ? "joint_meeting" : ACTIVITY_KINDS[1 + int(ACTIVITY_KINDS.length - 1)]!;
          const startIndex = DAYS.indexOf(`${YEARS[y]}-01-01`) + int(360);
          const past = startIndex <= LAST_CASE_INDEX;
          const activityId = insertedId(
            insertActivity.run(
              id,
              kind,
              past ? "held" : "planned",
              `${kind === "joint_meeting" ? "Joint meeting" : "Activity"} ${YEARS[y]}/${j + 1} (${agreementSlug(k)})`,
              day(startIndex),
              day(startIndex + int(3)),
              CITIES[int(CITIES.length)]!,
              j === 0 ? ca : cb,
              "Synthetic activity.",
              userOfAuthority.get(authorityIds[a]!) ?? null,
              `${day(startIndex)}T09:00:00.000Z`,
              `${day(startIndex)}T09:00:00.000Z`,
            ),
          );
          insertParticipants.run(activityId, authorityIds[a], 2 + int(10));
          insertParticipants.run(activityId, authorityIds[b], 2 + int(10));
          if (kind === "joint_meeting") meetings.push(activityId);
        }
      }
      meetingsOf.push(meetings);
    }

    // Enterprises: most from Norway and Lithuania; numbers valid by the country's check-digit rule.
    const insertEnterprise = sqlite.prepare(
      `insert into enterprises (country, registration_number, name, address, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`,
    );
    const countryCum = cumulative([40, 35, 5, 5, 5, 5, 5]); // NO, LT, BG, EE, LV, PL, RO
    const counters = new Map<string, number>();
    // Numbers already taken (the demo data's enterprises) are skipped.
    const taken = new Set(
      (
        sqlite.prepare(`select country || ':' || registration_number as key from enterprises`).all() as Array<{
          key: string;
        }>
      ).map((row) => row.key),
    );
    for (let e = 0; e < nEnterprises; e++) {
      const country = PARTNER_COUNTRIES[pickIndex(countryCum, rnd())]!;
      let j = counters.get(country) ?? 0;
      let number = registrationNumber(country, j++);
      while (number === null || (taken.size > 0 && taken.has(`${country}:${number}`))) {
        number = registrationNumber(country, j++);
      }
      counters.set(country, j);
      const at = `${day(int(LAST_CASE_INDEX))}T10:00:00.000Z`;
      enterpriseIds[e] = insertedId(
        insertEnterprise.run(
          country,
          number,
          `${COMPANY_WORDS[int(COMPANY_WORDS.length)]} ${COMPANY_TRADES[int(COMPANY_TRADES.length)]} ${e + 1} ${
            COMPANY_SUFFIX[country]
          }`,
          `${STREETS[int(STREETS.length)]} ${1 + int(120)}, ${CITIES[int(CITIES.length)]}`,
          at,
          at,
        ),
      );
    }
  })();

  phaseDone("organisations, users and enterprises");

  const userOf = (authorityId: number): number | null => userOfAuthority.get(authorityId) ?? null;
  const nYears = YEARS.length;
  const exchangeCounters = new Int32Array(nAgreements * nYears);
  const inspectionCounters = new Int32Array(nAgreements * nYears);

  // Secondary indexes of the big tables whose keys arrive out of order: dropped while loading, rebuilt from
  // their own SQL afterwards. Indexes that only grow at a few places (ids in insert order, a handful of users
  // or authorities) stay: keeping them costs less than rebuilding them.
  const keep = new Set(KEPT_INDEXES);
  const bulkIndexes =
    options.rebuildIndexes === false
      ? []
      : (
          sqlite
            .prepare(
              `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${BULK_TABLES.map(
                (t) => `'${t}'`,
              ).join(", ")}) order by tbl_name, name`,
            )
            .all() as Array<{ name: string; sql: string }>
        ).filter((index) => !keep.has(index.name));
  sqlite.transaction(() => {
    for (const index of bulkIndexes) sqlite.exec(`drop index "${index.name}"`);
  })();
  let failure: unknown = null;
  try {
    loadCases();
  } catch (error) {
    failure = error;
  }
  // One by one, also after a failure: should one fail (a duplicate in a unique index), the others still come back.
  for (const index of bulkIndexes) {
    try {
      sqlite.exec(index.sql);
    } catch (error) {
      failure ??= error;
    }
  }
  if (bulkIndexes.length > 0) phaseDone("indexes rebuilt");
  if (failure) throw failure;

  // The cases: information exchanges, joint inspections, violations.
  function loadCases() {
    // References as the app makes them (`EX-SYN-AG17-2024-0042`), numbered per agreement and year in date order.
    const exPrefix = Array.from({ length: nAgreements }, (_, k) => `EX-${agreementSlug(k).toUpperCase()}-`);
    const jiPrefix = Array.from({ length: nAgreements }, (_, k) => `JI-${agreementSlug(k).toUpperCase()}-`);
    /** Days of the steps of the current case's timeline, by W_ index. */
    const whenDay = new Int32Array(W_LAST + 1);

    // --- Information exchanges with their questions and events ---
    // Kept per exchange for the violations: agreement index, day index, enterprise index (-1: none).
    const exId = new Int32Array(nExchanges);
    const exAgreement = new Int32Array(nExchanges);
    const exDay = new Int32Array(nExchanges);
    const exEnterprise = new Int32Array(nExchanges);
    const exRequesting = new Int32Array(nExchanges);
    {
      const exchangeRows = new RowBuffer(
        sqlite,
        `insert into exchanges (id, ref, agreement_id, requesting_authority_id, requested_authority_id,
         forwarded_from_authority_id, type, urgency, urgency_reason, status, subject, enterprise_id,
         posted_workers_count, sent_on, sent_at, due_on, accepted_at, answered_at, closed_at, decline_reason,
         created_by_id, created_at, updated_at)`,
        23,
      );
      let exchangeId = lastId(sqlite, "exchanges");
      const questions = new RowBuffer(
        sqlite,
        `insert into exchange_questions (exchange_id, question_code, position, supplementary_text,
           supplementary_language, answer_value, answer_text, answer_language, answered_at, answered_by_id)`,
        10,
        exchangeRows,
      );
      const exchangeEvents = new RowBuffer(
        sqlite,
        `insert into case_events (exchange_id, inspection_id, from_status, to_status, action, actor_user_id,
           actor_authority_id, created_at)`,
        8,
        exchangeRows,
      );
      const instruments = new RowBuffer(
        sqlite,
        `insert into penalty_instruments (exchange_id, addressee_name, addressee_address, addressee_identifier,
         facts_summary, infringement_nature, rules_concerned, enforceable_instrument, requesting_body, challenge_body,
         enforceable_on, penalty_nature, amount_cents, currency, notification_dates, no_appeal_remains, underlying_claim)`,
        17,
        exchangeRows,
      );

      inChunks(
        nExchanges,
        chunkSize,
        (start, end) => {
          for (let i = start; i < end; i++) {
            const k = int(nAgreements);
            const aFirst = rnd() < 0.5;
            const requesting = aFirst ? partyA[k]! : partyB[k]!;
            const partner = aFirst ? partyB[k]! : partyA[k]!;
            const type: ExchangeType = EXCHANGE_TYPES[pickIndex(EXCHANGE_TYPE_CUM, rnd())]!;
            const d = spreadDay(i, nExchanges);
            const status: ExchangeStatus =
              type === "alert"
                ? ALERT_STATUSES[pickIndex(ALERT_STATUS_CUM, rnd())]!
                : EXCHANGE_STATUS_LIST[
                    pickIndex(d < RECENT_INDEX ? EXCHANGE_STATUS_OLD_CUM : EXCHANGE_STATUS_RECENT_CUM, rnd())
                  ]!;
            const urgent = type !== "alert" && rnd() < 0.12;
            // A forward hands the case to another authority of the partner's country; it stays `sent`.
            let requested = partner;
            let forwardedFrom: number | null = null;
            if (status === "sent" && rnd() < FORWARDED_SHARE) {
              const others = sameCountryOthers.get(partner) ?? [];
              if (others.length > 0) {
                forwardedFrom = partner;
                requested = others[int(others.length)]!;
              }
            }
            const e = rnd() < 0.9 ? int(nEnterprises) : -1;
            const sent = status !== "draft";
            const isRequest = type !== "alert";
            const hasAccepted =
              isRequest &&
              (status === "accepted" ||
                status === "clarification_requested" ||
                status === "answered" ||
                status === "partially_answered" ||
                status === "closed");
            const hasAnswered = hasAccepted && status !== "accepted";
            const hasClosed = status === "closed" || status === "declined" || status === "withdrawn";
            const acceptedDay = d + 1 + int(7);
            const answeredDay = acceptedDay + 2 + int(40);
            const lastDay =
              forwardedFrom !== null
                ? d + 1 + int(10)
                : hasAnswered && (status === "closed" || status === "clarification_requested")
                ? answeredDay + 1 + int(20)
                : hasAnswered
                ? answeredDay
                : hasAccepted
                ? acceptedDay
                : hasClosed
                ? d + 1 + int(30)
                : d;
            // The reply is due from the day the (current) requested authority received the request.
            const dueDay = (forwardedFrom !== null ? lastDay : d) + (urgent ? 3 : 35);
            const t = TIMES[int(TIMES.length)]!;
            whenDay[W_SENT] = d;
            whenDay[W_ACCEPTED] = acceptedDay;
            whenDay[W_ANSWERED] = answeredDay;
            whenDay[W_LAST] = lastDay;

            const yearIndex = DAY_YEAR_INDEX[d]!;
            const counter = ++exchangeCounters[k * nYears + yearIndex]!;
            const id = ++exchangeId;
            exchangeRows.add(
              id,
              exPrefix[k]! + YEARS[yearIndex]! + "-" + String(counter).padStart(4, "0"),
              agreementIds[k],
              requesting,
              requested,
              forwardedFrom,
              type,
              urgent ? "urgent" : "standard",
              urgent ? "Workers leave the site within days." : null,
              status,
              SUBJECTS[int(SUBJECTS.length)]!,
              e < 0 ? null : enterpriseIds[e],
              rnd() < 0.8 ? int(120) : null,
              sent ? day(forwardedFrom !== null ? lastDay : d) : null,
              sent ? day(d) + t : null,
              sent && isRequest ? day(dueDay) : null,
              hasAccepted ? day(acceptedDay) + t : null,
              hasAnswered ? day(answeredDay) + t : null,
              hasClosed ? day(lastDay) + t : null,
              status === "declined" ? DECLINE_REASONS[int(DECLINE_REASONS.length)]! : null,
              userOf(requesting),
              day(d) + t,
              day(lastDay) + t,
            );
            exId[i] = id;
            exAgreement[i] = k;
            exDay[i] = d;
            exEnterprise[i] = e;
            exRequesting[i] = requesting;

            if (type !== "alert") {
              const questionCount = 2 + int(3);
              const answerer = userOf(requested);
              const answeredAt = hasAnswered ? day(answeredDay) + t : null;
              const answeredLang = localeOfCountry(countryOfAuthority.get(requested) ?? "EE");
              for (let q = 1; q <= questionCount; q++) {
                const answered = answeredAt !== null && (status !== "partially_answered" || q < questionCount);
                // Mostly catalogue questions; answers shaped by the question's answer type.
                const c = rnd() < 0.15 ? -1 : int(CATALOGUE_CODES.length);
                const answerType = c < 0 ? "text" : CATALOGUE_TYPES[c]!;
                const value = !answered
                  ? null
                  : answerType === "yes_no"
                  ? YES_NO_UNKNOWN[int(YES_NO_UNKNOWN.length)]!
                  : answerType === "date"
                  ? day(d - 30 - int(700))
                  : answerType === "amount"
                  ? String(1 + int(50_000))
                  : null;
                const text =
                  answered && (value === null || rnd() < 0.25) ? ANSWER_TEXTS[int(ANSWER_TEXTS.length)]! : null;
                questions.add(
                  id,
                  c < 0 ? null : CATALOGUE_CODES[c]!,
                  q,
                  c < 0 ? "Please describe the working hours of the posted workers." : null,
                  c < 0 ? "en" : null,
                  value,
                  text,
                  text === null ? null : answeredLang,
                  answered ? answeredAt : null,
                  answered ? answerer : null,
                );
              }
            }

            if ((type === "notification_request" || type === "recovery_request") && rnd() < 0.5) {
              instruments.add(
                id,
                `Addressee ${i + 1}`,
                `${STREETS[int(STREETS.length)]} ${1 + int(120)}, ${CITIES[int(CITIES.length)]}`,
                null,
                "Posted workers were paid below the minimum wage.",
                "Breach of the rules on pay of posted workers.",
                LEGAL_REFERENCES[int(LEGAL_REFERENCES.length)]!,
                "Decision imposing an administrative fine",
                `SYN-${countryOfAuthority.get(requesting) ?? "NO"}`,
                "The district court",
                day(d - 30 - int(60)),
                "administrative fine",
                (400 + int(20_000)) * 100,
                "EUR",
                null,
                rnd() < 0.5 ? 1 : 0,
                null,
              );
            }

            // The whole timeline that led to the status.
            const trail =
              forwardedFrom !== null
                ? FORWARDED_TRAIL
                : type === "alert" && status === "closed"
                ? ALERT_CLOSED_TRAIL
                : EXCHANGE_TRAILS[status];
            for (let s = 0; s < trail.length; s++) {
              const [from, to, action, byRequester, when] = trail[s]!;
              // The forward is made by the authority the request was sent to first.
              const actor = byRequester ? requesting : action === "forward" ? partner : requested;
              exchangeEvents.add(id, null, from, to, action, userOf(actor), actor, day(whenDay[when]!) + t);
            }
          }
        },
        [exchangeRows, questions, instruments, exchangeEvents],
      );
    }

    phaseDone("information exchanges");

    // --- Joint inspections with their enterprises and events ---
    const inId = new Int32Array(nInspections);
    const inAgreement = new Int32Array(nInspections);
    const inDay = new Int32Array(nInspections);
    const inEnterprise = new Int32Array(nInspections);
    {
      const inspectionRows = new RowBuffer(
        sqlite,
        `insert into inspections (id, ref, agreement_id, requesting_authority_id, partner_authority_id, host_country, mode,
         status, sector, site_address, municipality, reasons, proposed_from, proposed_to, language_needs,
         interpreter_needed, requested_on, response_due_on, scheduled_on, conducted_on, report_due_on, reported_on,
         closed_at, decline_reason, created_by_id, created_at, updated_at)`,
        27,
      );
      let inspectionId = lastId(sqlite, "inspections");
      const inspectionEnterprises = new RowBuffer(
        sqlite,
        "insert into inspection_enterprises (inspection_id, enterprise_id, relation)",
        3,
        inspectionRows,
      );
      const inspectionEvents = new RowBuffer(
        sqlite,
        `insert into case_events (exchange_id, inspection_id, from_status, to_status, action, actor_user_id,
           actor_authority_id, created_at)`,
        8,
        inspectionRows,
      );
      const statusRank: Record<InspectionStatus, number> = {
        draft: 0,
        requested: 1,
        declined: 1,
        withdrawn: 1,
        accepted: 2,
        counter_proposed: 1,
        scheduled: 3,
        conducted: 4,
        reported: 5,
        closed: 6,
      };
      inChunks(
        nInspections,
        chunkSize,
        (start, end) => {
          for (let i = start; i < end; i++) {
            const k = int(nAgreements);
            const aFirst = rnd() < 0.5;
            const requesting = aFirst ? partyA[k]! : partyB[k]!;
            const partner = aFirst ? partyB[k]! : partyA[k]!;
            const d = spreadDay(i, nInspections);
            const status =
              INSPECTION_STATUS_LIST[
                pickIndex(d < RECENT_INDEX ? INSPECTION_STATUS_OLD_CUM : INSPECTION_STATUS_RECENT_CUM, rnd())
              ]!;
            const rank = statusRank[status];
            const requested = status !== "draft";
            const proposedFrom = d + 20 + int(20);
            const scheduledDay = proposedFrom + int(10);
            const conductedDay = scheduledDay;
            const reportedDay = conductedDay + 3 + int(14);
            const closedDay = reportedDay + 1 + int(20);
            const endedDay = d + 2 + int(10);
            const lastDay =
              status === "closed"
                ? closedDay
                : rank >= 5
                ? reportedDay
                : rank >= 4
                ? conductedDay
                : rank >= 3
                ? d + 6
                : rank >= 2
                ? d + 5
                : requested
                ? endedDay
                : d;
            const e = int(nEnterprises);
            const t = TIMES[int(TIMES.length)]!;
            const yearIndex = DAY_YEAR_INDEX[d]!;
            const counter = ++inspectionCounters[k * nYears + yearIndex]!;
            const host = countryOfAuthority.get(rnd() < 0.6 ? partner : requesting) ?? "NO";
            const id = ++inspectionId;
            inspectionRows.add(
              id,
              jiPrefix[k]! + YEARS[yearIndex]! + "-" + String(counter).padStart(4, "0"),
              agreementIds[k],
              requesting,
              partner,
              host,
              rnd() < 0.85 ? "joint" : "concerted",
              status,
              SECTORS[int(SECTORS.length)]!,
              `${SITE_WORDS[int(SITE_WORDS.length)]}, ${STREETS[int(STREETS.length)]} ${1 + int(120)}`,
              CITIES[int(CITIES.length)]!,
              INSPECTION_REASONS[int(INSPECTION_REASONS.length)]!,
              day(proposedFrom),
              day(proposedFrom + 14),
              rnd() < 0.5 ? "Lithuanian–Norwegian" : "",
              rnd() < 0.4 ? 1 : 0,
              requested ? day(d) : null,
              requested ? day(d + 14) : null,
              rank >= 3 ? day(scheduledDay) : null,
              rank >= 4 ? day(conductedDay) : null,
              rank >= 4 ? day(conductedDay + 14) : null,
              rank >= 5 ? day(reportedDay) : null,
              status === "closed"
                ? day(closedDay) + t
                : status === "declined" || status === "withdrawn"
                ? day(endedDay) + t
                : null,
              status === "declined" ? DECLINE_REASONS[int(DECLINE_REASONS.length)]! : null,
              userOf(requesting),
              day(d) + t,
              day(lastDay) + t,
            );
            inId[i] = id;
            inAgreement[i] = k;
            inDay[i] = rank >= 4 ? conductedDay : d;
            inEnterprise[i] = e;
            inspectionEnterprises.add(id, enterpriseIds[e], "main_contractor");
            if (nEnterprises > 1 && rnd() < 0.5) {
              const e2 = (e + 1 + int(nEnterprises - 1)) % nEnterprises;
              inspectionEnterprises.add(id, enterpriseIds[e2], ENTERPRISE_RELATIONS[1 + int(2)]!);
            }
            whenDay[W_SENT] = d;
            whenDay[W_ACCEPTED] = d + 5;
            whenDay[W_SCHEDULED] = d + 6;
            whenDay[W_CONDUCTED] = conductedDay;
            whenDay[W_REPORTED] = reportedDay;
            whenDay[W_LAST] = lastDay;
            const trail = INSPECTION_TRAILS[status];
            for (let s = 0; s < trail.length; s++) {
              const [from, to, action, byRequester, when] = trail[s]!;
              const actor = byRequester ? requesting : partner;
              inspectionEvents.add(null, id, from, to, action, userOf(actor), actor, day(whenDay[when]!) + t);
            }
          }
        },
        [inspectionRows, inspectionEnterprises, inspectionEvents],
      );
    }

    phaseDone("joint inspections");

    // --- Violations, each linked to its source ---
    {
      const violationRows = new RowBuffer(
        sqlite,
        `insert into violations (agreement_id, source, exchange_id, inspection_id, activity_id, enterprise_id,
           recorded_by_authority_id, category, legal_reference, description, found_on, sanction, fine_amount_cents,
           fine_currency, status, created_by_id, created_at, updated_at)`,
        18,
      );
      inChunks(
        nViolations,
        chunkSize,
        (start, end) => {
          for (let v = start; v < end; v++) {
            let source = pickIndex(VIOLATION_SOURCE_CUM, rnd());
            if (source === 0 && nInspections === 0) source = 3;
            if (source === 1 && nExchanges === 0) source = 3;
            let k: number;
            let d: number;
            let e: number;
            let exchangeId: number | null = null;
            let inspectionId: number | null = null;
            let activityId: number | null = null;
            if (source === 0) {
              const i = Math.min(nInspections - 1, Math.floor(((v + rnd()) * nInspections) / nViolations));
              k = inAgreement[i]!;
              d = inDay[i]!;
              e = inEnterprise[i]!;
              inspectionId = inId[i]!;
            } else if (source === 1) {
              const i = Math.min(nExchanges - 1, Math.floor(((v + rnd()) * nExchanges) / nViolations));
              k = exAgreement[i]!;
              d = exDay[i]! + 10 + int(30);
              e = exEnterprise[i]!;
              exchangeId = exId[i]!;
            } else {
              k = int(nAgreements);
              d = spreadDay(v, nViolations);
              e = int(nEnterprises);
              if (source === 2) {
                const meetings = meetingsOf[k]!;
                activityId = meetings.length > 0 ? meetings[int(meetings.length)]! : null;
                if (activityId === null) source = 3;
              }
            }
            if (d > LAST_CASE_INDEX) d = LAST_CASE_INDEX;
            const recordedBy = rnd() < 0.5 ? partyA[k]! : partyB[k]!;
            const sanction = SANCTION_LIST[pickIndex(SANCTION_CUM, rnd())]!;
            const fine = sanction === "fine";
            const t = TIMES[int(TIMES.length)]!;
            violationRows.add(
              agreementIds[k],
              source === 0
                ? "joint_inspection"
                : source === 1
                ? "information_exchange"
                : source === 2
                ? "joint_meeting"
                : "other",
              exchangeId,
              inspectionId,
              activityId,
              e < 0 ? null : enterpriseIds[e],
              recordedBy,
              VIOLATION_CATEGORIES[int(VIOLATION_CATEGORIES.length)]!,
              LEGAL_REFERENCES[int(LEGAL_REFERENCES.length)]!,
              VIOLATION_TEXTS[int(VIOLATION_TEXTS.length)]!,
              day(d),
              sanction,
              fine ? (500 + int(50_000)) * 100 : null,
              fine ? (countryOfAuthority.get(recordedBy) === "NO" ? "NOK" : "EUR") : null,
              VIOLATION_STATUS_LIST[pickIndex(VIOLATION_STATUS_CUM, rnd())]!,
              userOf(recordedBy),
              day(d) + t,
              day(d + int(30)) + t,
            );
          }
        },
        [violationRows],
      );
    }

    phaseDone("violations");

    // --- The people and contact details behind the enterprises, as their first exchange brought them in ---
    // Drawn from pools so that enterprises share managers, addresses, phones and e-mail domains about as often
    // as the threat-actor pattern needs (a person in one to a few enterprises, a few shared agencies' phones
    // and domains), plus predecessor/successor links: the enterprise page's related enterprises and the
    // related-violations signal get realistic work at every size.
    {
      const people = new RowBuffer(
        sqlite,
        `insert into enterprise_people (enterprise_id, name, birth_date, person_key, role, from_on, to_on, exchange_id,
           recorded_by_authority_id, created_at)`,
        10,
      );
      const contacts = new RowBuffer(
        sqlite,
        `insert into enterprise_contacts (enterprise_id, kind, value, match_value, seen_on, exchange_id,
           recorded_by_authority_id, created_at)`,
        8,
      );
      const successions = sqlite.prepare(
        `insert or ignore into enterprise_successions (predecessor_id, successor_id, since_on, set_by_authority_id, created_at)
         values (?, ?, ?, ?, ?)`,
      );
      const personPool = Math.max(1, Math.floor(nEnterprises * 0.8));
      const seen = new Uint8Array(nEnterprises);
      const person = (p: number) => {
        const name = `${PERSON_FIRST_NAMES[p % PERSON_FIRST_NAMES.length]} ${
          PERSON_LAST_NAMES[Math.floor(p / PERSON_FIRST_NAMES.length) % PERSON_LAST_NAMES.length]
        }`;
        // Born 1950–1999, fixed per person (name and date repeat together only after 109,500 people).
        const birthDate = new Date(Date.UTC(1950, 0, 1 + (p % 18_250))).toISOString().slice(0, 10);
        return { name, birthDate, key: personKey({ name, birthDate }) };
      };
      const contact = (kind: "address" | "phone" | "email_domain", value: string, e: number, exchange: number, authority: number, on: string) =>
        contacts.add(enterpriseIds[e], kind, value, contactMatchValue(kind, value) ?? value, on, exchange, authority, `${on}T10:00:00.000Z`);
      inChunks(
        nExchanges,
        chunkSize,
        (start, end) => {
          for (let i = start; i < end; i++) {
            const e = exEnterprise[i]!;
            if (e < 0 || seen[e]) continue;
            seen[e] = 1;
            const on = day(exDay[i]!);
            const exchange = exId[i]!;
            const authority = exRequesting[i]!;
            const roles = rnd() < 0.4 ? (["manager", "board_member"] as const) : (["manager"] as const);
            for (const role of roles) {
              const p = person(int(personPool));
              people.add(enterpriseIds[e], p.name, p.birthDate, p.key, role, day(exDay[i]! - 200 - int(1500)), null, exchange, authority, `${on}T10:00:00.000Z`);
            }
            contact("address", `${STREETS[int(STREETS.length)]} ${1 + int(1200)}, ${CITIES[int(CITIES.length)]}`, e, exchange, authority, on);
            const phone = rnd() < 0.1 ? 4_000_000 + int(500) : 10_000_000 + int(89_999_999);
            contact("phone", `+${countryOfAuthority.get(authority) === "LT" ? "370" : "47"} ${phone}`, e, exchange, authority, on);
            contact("email_domain", rnd() < 0.2 ? `agency${int(1000)}.example` : `firm${e + 1}.example`, e, exchange, authority, on);
            // One in a hundred continues the business of another enterprise.
            if (nEnterprises > 1 && rnd() < 0.01) {
              const successor = (e + 1 + int(nEnterprises - 1)) % nEnterprises;
              successions.run(enterpriseIds[e], enterpriseIds[successor], on, authority, `${on}T10:00:00.000Z`);
            }
          }
        },
        [people, contacts],
      );
    }
    phaseDone("enterprise people, contact details and successions");
  }

  // --- Reference counters, so references made by the app continue after the synthetic ones ---
  sqlite.transaction(() => {
    const upsertCounter = sqlite.prepare(
      `insert into reference_counters (agreement_id, prefix, year, last_number) values (?, ?, ?, ?)
       on conflict (agreement_id, prefix, year) do update set last_number = max(last_number, excluded.last_number)`,
    );
    for (let k = 0; k < nAgreements; k++) {
      for (let y = 0; y < nYears; y++) {
        const ex = exchangeCounters[k * nYears + y]!;
        const ji = inspectionCounters[k * nYears + y]!;
        if (ex > 0) upsertCounter.run(agreementIds[k], "EX", FIRST_YEAR + y, ex);
        if (ji > 0) upsertCounter.run(agreementIds[k], "JI", FIRST_YEAR + y, ji);
      }
    }
  })();

  // --- Rights topics: a published version per locale, indexed for search ---
  sqlite.transaction(() => {
    const insertTopic = sqlite.prepare(
      `insert into rights_topics (direction, slug, audience, kind, sector, position, related, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertVersion = sqlite.prepare(
      `insert into rights_topic_versions (topic_id, locale, version, status, title, summary, body_markdown,
         sources_markdown, reviewed_on, created_by_id, created_at, published_at)
       values (?, ?, 1, 'published', ?, ?, ?, ?, ?, null, ?, ?)`,
    );
    const insertSearch = sqlite.prepare(
      `insert into rights_search (title, summary, body, topic_id, locale, direction, slug) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    const audiences = ["worker", "employer", "both"] as const;
    const slugOf = (i: number) => `syn-topic-${String(i + 1).padStart(3, "0")}`;
    const sentence = (words: readonly string[], length: number) => {
      const parts: string[] = [];
      for (let w = 0; w < length; w++) parts.push(words[int(words.length)]!);
      const text = parts.join(" ");
      return text.charAt(0).toUpperCase() + text.slice(1) + ".";
    };
    for (let i = 0; i < nTopics; i++) {
      const direction = RIGHTS_DIRECTIONS[i % RIGHTS_DIRECTIONS.length]!;
      const slug = slugOf(i);
      const sectorPage = i % 5 === 4;
      const sector = sectorPage ? SECTORS[(i / 5) % SECTORS.length | 0]! : null;
      // Related: neighbours in the same direction.
      const related = [i - 2, i + 2]
        .filter((j) => j >= 0 && j < nTopics)
        .map(slugOf)
        .join(",");
      const created = `${day(int(LAST_CASE_INDEX))}T08:00:00.000Z`;
      const topicId = insertedId(
        insertTopic.run(
          direction,
          slug,
          audiences[i % 3]!,
          sectorPage ? "sector" : "topic",
          sector,
          i,
          related,
          created,
        ),
      );
      const reviewedDay = LAST_CASE_INDEX - int(365);
      for (const locale of LOCALES) {
        const words = TOPIC_WORDS[locale];
        const title = `${words.title[i % words.title.length]} ${i + 1}${sector ? ` (${sector})` : ""}`;
        const summary = sentence(words.text, 14);
        const paragraphs: string[] = [];
        for (let p = 0; p < 6; p++) {
          paragraphs.push(p % 3 === 0 ? `## ${sentence(words.text, 3)}` : sentence(words.text, 40));
        }
        paragraphs.push(`- ${sentence(words.text, 6)}\n- ${sentence(words.text, 6)}\n- ${sentence(words.text, 6)}`);
        const body = paragraphs.join("\n\n");
        insertVersion.run(
          topicId,
          locale,
          title,
          summary,
          body,
          "[Arbeidstilsynet](https://www.arbeidstilsynet.no/)\n[VDI](https://www.vdi.lt/)",
          day(reviewedDay),
          created,
          `${day(reviewedDay)}T12:00:00.000Z`,
        );
        insertSearch.run(title, summary, body, topicId, locale, direction, slug);
      }
    }
  })();
  phaseDone("reference counters and rights topics");
}
