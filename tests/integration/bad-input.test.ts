// Bad input (issue #8, hardening). Every form of the product, public and signed in, gets generated payloads:
// missing, extra and repeated fields, huge strings, wrong types, object-like names, control characters and NUL,
// invalid UTF-8, lone surrogates, right-to-left overrides, SQL and HTML/JS injection, wrong content types, empty
// bodies and one 10 MB body per form, in all three locales. Then the uploads get wrong types, files that lie about
// their type, oversized files and hostile names. The test runs its own production server and database.
//
// For every answer: never a 5xx. A refused submission (4xx, or the form again with its error summary) must say so
// in the request's language, show no untranslated message key, and leave the form's tables exactly as they were.
// Afterwards every stored value holding markup must render escaped on the pages that show it.
//
// Size: 35 forms, each with ~25 fixed payloads (sent as page requests) and FUZZ_PAYLOADS_PER_FORM random ones
// (default 40; three in four go to the cheaper `.data` endpoint), plus ~60 uploads: about 2,400 requests, well
// under a minute on a quiet 2-core machine. A deeper run (the same checks, more payloads):
//   FUZZ_PAYLOADS_PER_FORM=1000 FUZZ_SEED=other npx vitest run --project integration tests/integration/bad-input.test.ts
// FUZZ_SEED (default "issue-8") seeds the generator; a failure names its form, payload number and seed.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS, get, postForm, signInAs, type DemoUser } from "../support/http";
import { startServer, type RunningServer } from "../support/server";

const ROOT = resolve(import.meta.dirname, "../..");
const ROUTES_DIR = join(ROOT, "app/routes");
const PAYLOADS_PER_FORM = Math.max(0, Number(process.env.FUZZ_PAYLOADS_PER_FORM ?? 40) || 0);
const SEED = process.env.FUZZ_SEED ?? "issue-8";
const LOCALES = ["nb", "lt", "en"] as const;
type Locale = (typeof LOCALES)[number];
type Role = DemoUser | "anonymous";

// ---------------------------------------------------------------------------------------------------------------
// What the pages must say, per language (from the locale files, so a wording change does not break the test)

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, path), "utf8")) as Record<string, unknown>;
}

const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, { common: readJson(`locales/${locale}/common.json`), attachments: readJson(`locales/${locale}/attachments.json`) }]),
) as Record<Locale, Record<"common" | "attachments", Record<string, unknown>>>;

/** The text of `namespace:key` in `locale` (the test fails loudly on a key that does not exist). */
function text(locale: Locale, key: string): string {
  const [namespace, path] = key.includes(":") ? (key.split(":") as ["common" | "attachments", string]) : (["common", key] as const);
  const found = path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), MESSAGES[locale][namespace]);
  if (typeof found !== "string") throw new Error(`no message ${key} in ${locale}`);
  return found;
}

/** Titles of the error page by kind (notFound, forbidden, …), per locale. */
const ERROR_PAGE_TITLES = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    Object.entries(MESSAGES[locale].common.errors as Record<string, unknown>).flatMap(([kind, value]) =>
      value && typeof value === "object" && typeof (value as { title?: unknown }).title === "string" ? [[kind, (value as { title: string }).title] as const] : [],
    ),
  ]),
) as Record<Locale, (readonly [kind: string, title: string])[]>;

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
const decodeHtml = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness: the same seed gives the same payloads, so a failure reproduces

function seededRandom(seedText: string) {
  let hash = 2166136261;
  for (const char of seedText) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  let state = hash >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
type Random = ReturnType<typeof seededRandom>;

// ---------------------------------------------------------------------------------------------------------------
// Payloads

/** A value: text (sent as UTF-8), or `{ bytes }`, percent-encoded bytes sent as they are, valid UTF-8 or not. */
type Value = string | { bytes: string };
type Pair = [name: string, value: Value];
type Fields = Record<string, string | string[]>;
type Encoding = "urlencoded" | "multipart" | "json" | "text" | "multipart-no-boundary" | "multipart-broken" | "no-content-type" | "urlencoded-utf16";

interface Mutation {
  note: string;
  locale: Locale;
  encoding: Encoding;
  /**
   * `document`: the page answers (its messages are checked); `data`: the same action through Remix's `.data`
   * endpoint, as the browser's JavaScript posts it: no page is rendered, so it is several times cheaper.
   */
  via: "document" | "data";
  /** The submitted pairs, from the form's valid ones (which change as the data does: versions, ids). */
  apply: (valid: Pair[]) => Pair[];
}

const KB = 1024;
const MB = 1024 * KB;
const HUGE_100KB = "Ærlig talt <b>&amp;</b> ".repeat((100 * KB) / 24);
const HUGE_1MB = "x".repeat(MB);

/** Strings that break naive code: injection, markup, control and bidi characters, numbers of every shape. */
const NASTY_TEXT = [
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  "1; DELETE FROM exchanges WHERE 1=1",
  "' UNION SELECT password_hash, email FROM users --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[click](javascript:alert(1))",
  "</textarea><script>alert(1)</script>",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}",
  "\u202Egnp.exe",
  "\u200F\u202B\u2066text\u2069",
  "a\u0000b",
  "\u0000",
  "\u0007\u001B[31mred\u001B[0m",
  "line\r\n\r\nSet-Cookie: injected=1",
  "\t \n ",
  "",
  " ",
  "\uD800",
  "x\uDFFFy",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "-0",
  "0x1F",
  "99999999999999999999999",
  "1.5",
  "true",
  "null",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "2026-13-01",
  "../../etc/passwd",
  "%00",
  "😀👍🏽",
  "Z̴̡͍͖̜̐a̵l̶g̷o̸",
  "Ø Å Ž ą ė ū",
] as const;

/** Markup with a number of its own per form, so a page showing it can be told from one showing another form's. */
const markupOf = (formNumber: number) => ` <script>alert(${formNumber})</script><img src=x onerror=alert(${formNumber})>`;
/** A value with words in it (not a code, a number or a date). */
const FREE_TEXT = /\p{L}{2,}\s/u;

/** Raw bytes, percent-encoded: invalid UTF-8, overlong forms, encoded surrogates, broken escapes. */
const NASTY_BYTES = ["%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%E2%80%AE", "%", "%G1", "%%%", "a%00b", "%FE%FF%00a"] as const;

const NASTY_NAMES = ["__proto__[polluted]", "constructor[prototype][polluted]", "<script>", "name with spaces", "a".repeat(10 * KB), "", "\u0000", "x[]"] as const;

function pairsOf(fields: Fields): Pair[] {
  return Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v): Pair => [name, v]) : [[name, value] as Pair]));
}

const namesOf = (pairs: Pair[]) => [...new Set(pairs.map(([name]) => name))];
const mapValues = (pairs: Pair[], value: (name: string, index: number) => Value): Pair[] => pairs.map(([name], i) => [name, value(name, i)]);

/** The fixed payloads every form gets (locales rotate), then `count` random ones from the seeded generator. */
function mutationsFor(formName: string, formNumber: number, validNames: string[], count: number): Mutation[] {
  const fixed: Omit<Mutation, "locale" | "via">[] = [
    { note: "the valid submission", encoding: "urlencoded", apply: (v) => v },
    // Accepted by most forms, so markup gets stored everywhere free text is (see "stored markup" below).
    { note: "markup appended to the free text", encoding: "urlencoded", apply: (v) => v.map(([n, value]): Pair => [n, typeof value === "string" && FREE_TEXT.test(value) ? `${value}${markupOf(formNumber)}` : value]) },
    ...validNames.map((name): Omit<Mutation, "locale" | "via"> => ({ note: `without ${name}`, encoding: "urlencoded", apply: (v) => v.filter(([n]) => n !== name) })),
    { note: "an empty body", encoding: "urlencoded", apply: () => [] },
    { note: "no Content-Type", encoding: "no-content-type", apply: (v) => v },
    { note: "a JSON body", encoding: "json", apply: (v) => v },
    { note: "a text/plain body", encoding: "text", apply: (v) => v },
    { note: "multipart", encoding: "multipart", apply: (v) => v },
    { note: "multipart without a boundary", encoding: "multipart-no-boundary", apply: (v) => v },
    { note: "multipart cut off before its end", encoding: "multipart-broken", apply: (v) => v },
    { note: "declared UTF-16", encoding: "urlencoded-utf16", apply: (v) => v },
    { note: "every value invalid UTF-8", encoding: "urlencoded", apply: (v) => mapValues(v, (_, i) => ({ bytes: NASTY_BYTES[i % 4]! })) },
    { note: "every value a lone surrogate (WTF-8 bytes)", encoding: "urlencoded", apply: (v) => mapValues(v, () => ({ bytes: "a%ED%A0%80b" })) },
    { note: "every value 100 KB", encoding: "urlencoded", apply: (v) => mapValues(v, () => HUGE_100KB) },
    { note: "the first value 1 MB", encoding: "urlencoded", apply: (v) => v.map(([n, value], i): Pair => [n, i === 0 ? HUGE_1MB : value]) },
    // The one 10 MB body of the form (bounded: these are slow).
    { note: "a 10 MB body", encoding: "urlencoded", apply: (v) => [...v, ["padding", "p".repeat(10 * MB)]] },
    { note: "every value HTML", encoding: "urlencoded", apply: (v) => mapValues(v, (_, i) => NASTY_TEXT[4 + (i % 6)]!) },
    { note: "every value SQL injection", encoding: "urlencoded", apply: (v) => mapValues(v, (_, i) => NASTY_TEXT[i % 4]!) },
    { note: "every value control and bidi characters", encoding: "urlencoded", apply: (v) => v.map(([n, value]): Pair => [n, typeof value === "string" ? `\u202E${value}\u0000\u0007` : value]) },
    { note: "every field twice", encoding: "urlencoded", apply: (v) => [...v, ...v] },
    { note: "object-like names (a[b]=c)", encoding: "urlencoded", apply: (v) => v.map(([n, value]): Pair => [`${n}[b]`, value]) },
    { note: "prototype pollution names", encoding: "urlencoded", apply: (v) => [...v, ["__proto__[polluted]", "1"], ["constructor[prototype][polluted]", "1"], ["__proto__", "x"]] },
  ];
  const random = seededRandom(`${SEED}:${formName}`);
  // Every fixed payload and one random payload in four get a page; the others go to the `.data` endpoint.
  const generated = Array.from({ length: count }, (_, i) => ({ ...randomMutation(random, validNames), via: i % 4 === 0 ? ("document" as const) : ("data" as const) }));
  return [...fixed.map((m) => ({ ...m, via: "document" as const })), ...generated].map((m, i) => ({ ...m, locale: LOCALES[i % LOCALES.length]! }));
}

/** One to three random changes to the valid submission, mostly form-encoded. */
function randomMutation(random: Random, validNames: string[]): Omit<Mutation, "locale" | "via"> {
  const steps: { note: string; apply: (pairs: Pair[]) => Pair[] }[] = [];
  for (let n = 1 + random.int(3); n > 0; n--) {
    const name = validNames.length ? random.pick(validNames) : "field";
    const choice = random.int(100);
    if (choice < 35) {
      const value = random.pick(NASTY_TEXT);
      steps.push({ note: `${name}=${JSON.stringify(value)}`, apply: (p) => setValue(p, name, value) });
    } else if (choice < 45) {
      const bytes = random.pick(NASTY_BYTES);
      steps.push({ note: `${name}=bytes(${bytes})`, apply: (p) => setValue(p, name, { bytes }) });
    } else if (choice < 55) {
      const value = String(random.pick([-1, 0, 1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 3.14, 1e21]));
      steps.push({ note: `${name}=${value} (number)`, apply: (p) => setValue(p, name, value) });
    } else if (choice < 63) {
      steps.push({ note: `without ${name}`, apply: (p) => p.filter(([n]) => n !== name) });
    } else if (choice < 72) {
      const value = random.pick(NASTY_TEXT);
      steps.push({ note: `${name} repeated with ${JSON.stringify(value)}`, apply: (p) => [...p, [name, value]] });
    } else if (choice < 79) {
      const suffix = random.pick(["[b]", "[]", ".x", "[0][1]"]);
      steps.push({ note: `${name} renamed ${name}${suffix}`, apply: (p) => p.map(([n, v]): Pair => [n === name ? `${n}${suffix}` : n, v]) });
    } else if (choice < 90) {
      const extra = random.pick(NASTY_NAMES);
      const value = random.pick(NASTY_TEXT);
      steps.push({ note: `extra field ${JSON.stringify(extra.slice(0, 30))}=${JSON.stringify(value)}`, apply: (p) => [...p, [extra, value]] });
    } else if (choice < 96) {
      const value = random.pick(NASTY_TEXT);
      steps.push({ note: `${name}=${JSON.stringify(value)} after 100 KB of text`, apply: (p) => setValue(p, name, `${HUGE_100KB}${value}`) });
    } else {
      steps.push({ note: `${name} 1 MB`, apply: (p) => setValue(p, name, HUGE_1MB) });
    }
  }
  const encodingChoice = random.int(20);
  const encoding: Encoding = encodingChoice < 17 ? "urlencoded" : encodingChoice < 19 ? "multipart" : "json";
  return { note: steps.map((s) => s.note).join("; ") + (encoding === "urlencoded" ? "" : ` (as ${encoding})`), encoding, apply: (p) => steps.reduce((acc, s) => s.apply(acc), p) };
}

function setValue(pairs: Pair[], name: string, value: Value): Pair[] {
  return pairs.some(([n]) => n === name) ? pairs.map(([n, v]): Pair => [n, n === name ? value : v]) : [...pairs, [name, value]];
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding a payload as a request body

function percentEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate: sent as the replacement character, as a lax client would (raw surrogate bytes are a `{ bytes }` value).
    return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
  }
}

/** The bytes of `%XX` escapes; anything else (a stray `%`, `%G1`) is taken literally. */
function bytesOf(value: Value): Buffer {
  if (typeof value === "string") return Buffer.from(value, "utf8");
  const out: number[] = [];
  const text = value.bytes;
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(out);
}

const urlencoded = (pairs: Pair[]) => pairs.map(([n, v]) => `${percentEncode(n)}=${typeof v === "string" ? percentEncode(v) : v.bytes}`).join("&");

function multipart(pairs: Pair[], boundary: string): Buffer {
  // Browsers escape quotes and line breaks in part names like this.
  const headerName = (name: string) => name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const parts = pairs.flatMap(([name, value]) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${headerName(name)}"\r\n\r\n`),
    bytesOf(value),
    Buffer.from("\r\n"),
  ]);
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

function encodeBody(encoding: Encoding, pairs: Pair[]): { contentType: string | null; body: Uint8Array } {
  const boundary = "----bad-input-8c1f0e";
  switch (encoding) {
    case "urlencoded":
      return { contentType: "application/x-www-form-urlencoded", body: Buffer.from(urlencoded(pairs)) };
    case "no-content-type":
      return { contentType: null, body: Buffer.from(urlencoded(pairs)) };
    case "urlencoded-utf16":
      return { contentType: "application/x-www-form-urlencoded; charset=utf-16", body: Buffer.from(urlencoded(pairs)) };
    case "multipart":
      return { contentType: `multipart/form-data; boundary=${boundary}`, body: multipart(pairs, boundary) };
    case "multipart-no-boundary":
      return { contentType: "multipart/form-data", body: multipart(pairs, boundary) };
    case "multipart-broken": {
      const whole = multipart(pairs, boundary);
      return { contentType: `multipart/form-data; boundary=${boundary}`, body: whole.subarray(0, Math.max(10, whole.length - 20)) };
    }
    case "json": {
      const object: Record<string, unknown> = {};
      for (const [name, value] of pairs) {
        const text = typeof value === "string" ? value : bytesOf(value).toString("latin1");
        object[name] = name in object ? [object[name], text].flat() : text;
      }
      return { contentType: "application/json", body: Buffer.from(JSON.stringify({ ...object, nested: { deep: [1, { a: null }] } })) };
    }
    case "text":
      return { contentType: "text/plain", body: Buffer.concat(pairs.flatMap(([n, v]) => [Buffer.from(`${n}=`), bytesOf(v), Buffer.from("\r\n")])) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The forms: one row per form (or per intent of a form), with a valid submission from the demo data

/** What a form's valid submission and address may depend on: the database (read-only) and set-up values. */
interface Context {
  value: <T = string | number>(sql: string, ...params: unknown[]) => T | undefined;
  column: <T = string | number>(sql: string, ...params: unknown[]) => T[];
  tipRef: string;
  targetUserId: number;
  setPasswordToken: string;
}

interface FormCase {
  /** The route file that handles the post. */
  file: string;
  name: string;
  role: Role;
  /** The path after the locale, e.g. `/report`. */
  path: (c: Context) => string;
  /** A submission the form accepts (with the demo data, at the time it is sent). */
  valid: (c: Context) => Fields;
  /** Tables a refused submission must leave exactly as they were. */
  guards: string[];
  /** Keys of messages that, besides the error summary and the error page, say a submission was refused. */
  refusalMessages?: string[];
}

const EXCHANGE = "EX-NO-LT-2026-0001"; // accepted; asked by vdi, so the Lithuanian contact point answers it
const SENT_EXCHANGE = "EX-NO-LT-2026-0002"; // sent to vdi, which may accept it
const OPEN_INSPECTION = "JI-NO-LT-2026-0001"; // requested of vdi
const CLOSED_INSPECTION = "JI-NO-LT-2018-0002"; // closed: report entries and follow-up actions may still be added
const RIGHTS_TOPIC_SLUG = "documents-at-the-workplace";

const CASE_SIDE_TABLES = ["case_events", "case_messages", "notifications"];
const INSPECTION_TABLES = [
  "inspections",
  "inspection_enterprises",
  "inspection_agencies",
  "inspection_risk_indicators",
  "inspection_date_proposals",
  "inspection_plans",
  "inspection_team_members",
  "inspection_reports",
  "inspection_findings",
  "inspection_worker_counts",
  "follow_up_actions",
  ...CASE_SIDE_TABLES,
];
const EXCHANGE_TABLES = ["exchanges", "exchange_questions", "penalty_instruments", "enterprises", "reference_counters", "violations", ...CASE_SIDE_TABLES];

const version = (c: Context, table: "exchanges" | "inspections" | "tips", ref: string) => String(c.value(`select version from ${table} where ref = ?`, ref) ?? 1);
const topicId = (c: Context) => String(c.value("select id from rights_topics where slug = ?", RIGHTS_TOPIC_SLUG));
const figureId = (c: Context) => String(c.value("select min(id) from legal_figures"));

const FORMS: FormCase[] = [
  // Public
  {
    file: "$lang.report.tsx",
    name: "report a concern",
    role: "anonymous",
    path: () => "/report",
    valid: () => ({ country: "NO", sector: "construction", place: "Oslo, Storgata 1", employerName: "Bygg AS", employerNumber: "304 120 014", description: "Wages have not been paid for two months.", anonymous: "no", reporterName: "Ola", reporterContact: "+47 22 00 00 00", website: "" }),
    guards: ["tips"],
  },
  {
    file: "$lang.set-password.$token.tsx",
    name: "set a password",
    role: "anonymous",
    path: (c) => `/set-password/${c.setPasswordToken}`,
    valid: () => ({ password: "a long enough passphrase", confirm: "a long enough passphrase" }),
    guards: ["users", "sessions"],
    // Once the link is used (by the valid submission), the page says so instead of showing the form.
    refusalMessages: ["account.setPassword.invalidLink"],
  },
  { file: "$lang.signout.tsx", name: "sign out", role: "anonymous", path: () => "/signout", valid: () => ({}), guards: ["sessions", "users"] },

  // Enterprise page: the successor link and a person from a case (LT 304120021 is in NO–LT cases, so Norway knows it).
  {
    file: "$lang.enterprises.$key.tsx",
    name: "enterprise successor link",
    role: "contactPointNorway",
    path: () => "/enterprises/LT-304120014",
    valid: () => ({ intent: "successor", successorCountry: "LT", successorNumber: "304120021", sinceOn: "2026-05-01" }),
    guards: ["enterprise_successions"],
  },
  {
    file: "$lang.enterprises.$key.tsx",
    name: "enterprise person",
    role: "contactPointNorway",
    path: () => "/enterprises/LT-304120014",
    valid: () => ({ intent: "person", caseRef: "EX-NO-LT-2026-0001", name: "Ona Onaitė", role: "owner", birthDate: "1970-01-31", personalCode: "", fromOn: "2015-01-01", toOn: "" }),
    guards: ["enterprise_people"],
  },
  // A contact detail of the case's enterprise, from the form reached from the case page.
  {
    file: "$lang.cases.enterprise-details.new.tsx",
    name: "enterprise contact detail",
    role: "contactPointNorway",
    path: () => `/cases/enterprise-details/new?exchange=${EXCHANGE}`,
    valid: () => ({ sourceKind: "exchange", sourceRef: EXCHANGE, enterprise: "LT-304120014", kind: "phone", value: "+47 455 10 300", seenOn: "2026-11-01" }),
    guards: ["enterprise_contacts"],
  },
  // Information exchanges
  {
    file: "$lang.cases.exchanges.new.tsx",
    name: "new exchange",
    role: "contactPointNorway",
    path: () => "/cases/exchanges/new",
    valid: () => ({ intent: "send", agreementId: "2", type: "information_request", urgency: "standard", urgencyReason: "", subject: "Posted workers at Modellgata 3", enterpriseCountry: "NO", enterpriseNumber: "923609016", enterpriseName: "Bygg AS", enterpriseAddress: "Storgata 1, Oslo", postedWorkersCount: "12", questions: ["Q001", "Q002"], freeQuestions: "Who pays the wages?", supplementaryText: "Background.", language: "en" }),
    guards: EXCHANGE_TABLES,
  },
  {
    file: "$lang.cases.exchanges.new.tsx",
    name: "new exchange (notification of a penalty)",
    role: "contactPointNorway",
    path: () => "/cases/exchanges/new",
    valid: () => ({
      intent: "draft", agreementId: "2", type: "notification_request", urgency: "urgent", urgencyReason: "Deadline for appeal", subject: "Notification of a fine", language: "nb",
      addresseeName: "UAB Statyba", addresseeAddress: "Gedimino pr. 1, Vilnius", addresseeIdentifier: "123456789", factsSummary: "Unpaid overtime.", infringementNature: "Pay",
      rulesConcerned: "Arbeidsmiljøloven § 10-6", enforceableInstrument: "Decision 2026/12", requestingBody: "Arbeidstilsynet", challengeBody: "Oslo tingrett", enforceableOn: "2026-10-01",
      penaltyNature: "Fine", penaltyAmount: "12500,50", penaltyCurrency: "NOK", questions: "Q001", notificationDates: "2026-10-02", noAppealRemains: "yes", underlyingClaim: "None",
    }),
    guards: EXCHANGE_TABLES,
  },
  {
    file: "$lang.cases.exchanges.$ref.tsx",
    name: "exchange: accept",
    role: "contactPointLithuania",
    path: () => `/cases/exchanges/${SENT_EXCHANGE}`,
    valid: (c) => ({ action: "accept", version: version(c, "exchanges", SENT_EXCHANGE), reason: "", message: "We will look into it.", forwardTo: "" }),
    guards: EXCHANGE_TABLES,
  },
  {
    file: "$lang.cases.exchanges.$ref.tsx",
    name: "exchange: answer",
    role: "contactPointLithuania",
    path: () => `/cases/exchanges/${EXCHANGE}`,
    valid: (c) => ({
      action: "answer",
      version: version(c, "exchanges", EXCHANGE),
      confirmed: "yes",
      message: "Answers enclosed.",
      ...Object.fromEntries(
        c.column<number>("select q.id from exchange_questions q join exchanges e on e.id = q.exchange_id where e.ref = ? order by q.id", EXCHANGE).map((id) => [`answer-${id}-text`, "See the payslips."]),
      ),
      // The typed answers each question of the demo request asks for (yes/no, a date, an amount with its currency).
      ...Object.fromEntries(
        c
          .column<string>("select q.id || ':' || coalesce(q.question_code, '') from exchange_questions q join exchanges e on e.id = q.exchange_id where e.ref = ? order by q.id", EXCHANGE)
          .flatMap((row) => {
            const [id, code] = row.split(":");
            const typed: Record<string, [string, string][]> = { Q001: [[`answer-${id}`, "yes"]], Q002: [[`answer-${id}`, "2015-04-14"]], Q011: [[`answer-${id}`, "yes"]], Q016: [[`answer-${id}`, "7.05"], [`answer-${id}-currency`, "EUR"]] };
            return typed[code ?? ""] ?? [];
          }),
      ),
    }),
    guards: EXCHANGE_TABLES,
  },
  {
    file: "$lang.cases.exchanges.$ref.tsx",
    name: "exchange: message",
    role: "contactPointNorway",
    path: () => `/cases/exchanges/${SENT_EXCHANGE}`,
    valid: () => ({ intent: "message", body: "Any news?", language: "nb" }),
    guards: EXCHANGE_TABLES,
  },
  {
    file: "$lang.cases.violations.new.tsx",
    name: "new violation",
    role: "contactPointNorway",
    path: () => `/cases/violations/new?exchange=${EXCHANGE}`,
    valid: () => ({ sourceKind: "exchange", sourceRef: EXCHANGE, category: "pay", legalReference: "Allmenngjøringsloven § 3", description: "Paid below the minimum wage.", descriptionLanguage: "en", foundOn: "2026-11-01", sanction: "fine", fineAmount: "1000", fineCurrency: "NOK" }),
    guards: ["violations", "exchanges", "inspections", "case_events"],
  },

  // Joint inspections
  {
    file: "$lang.cases.inspections.new.tsx",
    name: "new inspection",
    role: "contactPointNorway",
    path: () => "/cases/inspections/new",
    valid: () => ({
      intent: "request", agreementId: "2", mode: "joint", hostCountry: "NO", siteAddress: "Storgata 1", municipality: "Oslo", sector: "construction", riskIndicators: ["low_pay_suspected", "poor_housing"],
      reasons: "A tip about unpaid wages.", proposedFrom: "2027-03-01", proposedTo: "2027-03-10", agenciesOwn: "labour_inspection", agenciesPartner: "labour_inspection", languageNeeds: "Lithuanian", interpreterNeeded: "yes",
      rows: "2", "enterprise-0-country": "NO", "enterprise-0-number": "923609016", "enterprise-0-name": "Bygg AS", "enterprise-0-relation": "main_contractor",
    }),
    guards: [...INSPECTION_TABLES, "enterprises", "reference_counters"],
  },
  {
    file: "$lang.cases.inspections.new.tsx",
    name: "new inspection: another enterprise row",
    role: "contactPointNorway",
    path: () => "/cases/inspections/new",
    valid: () => ({ intent: "more", rows: "2", siteAddress: "Storgata 1" }),
    guards: [...INSPECTION_TABLES, "enterprises", "reference_counters"],
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: accept",
    role: "contactPointLithuania",
    path: () => `/cases/inspections/${OPEN_INSPECTION}`,
    valid: (c) => ({ intent: "transition", version: version(c, "inspections", OPEN_INSPECTION), action: "accept", "accept-date": "2027-01-15" }),
    guards: INSPECTION_TABLES,
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: plan",
    role: "contactPointNorway",
    path: () => `/cases/inspections/${OPEN_INSPECTION}`,
    valid: (c) => ({
      intent: "plan", version: version(c, "inspections", OPEN_INSPECTION), schedule: "save", inspectionOn: "2027-01-15", meetingPoint: "The site gate", visitingOfficialsRole: "Observers", documentsToRequest: "Time sheets",
      "team-0-authority": "1", "team-0-role": "lead_inspector", "team-0-name": "Kari Nordmann", "team-1-authority": "8", "team-1-role": "visiting_inspector", "team-1-name": "Jonas Jonaitis",
    }),
    guards: INSPECTION_TABLES,
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: report entry",
    role: "contactPointNorway",
    path: () => `/cases/inspections/${CLOSED_INSPECTION}`,
    valid: (c) => ({
      intent: "report", version: version(c, "inspections", CLOSED_INSPECTION),
      enterpriseId: String(c.value("select ie.enterprise_id from inspection_enterprises ie join inspections i on i.id = ie.inspection_id where i.ref = ? order by ie.id", CLOSED_INSPECTION)),
      findings: "Time sheets were missing.", documentsInspected: "Contracts", findingsLanguage: "en", "workers-0-country": "LT", "workers-0-count": "3",
    }),
    guards: INSPECTION_TABLES,
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: follow-up action",
    role: "contactPointNorway",
    path: () => `/cases/inspections/${CLOSED_INSPECTION}`,
    valid: (c) => ({ intent: "followUp", version: version(c, "inspections", CLOSED_INSPECTION), description: "Check the time sheets again.", owner: "1", dueOn: "2027-03-01" }),
    guards: INSPECTION_TABLES,
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: follow-up done",
    role: "contactPointNorway",
    path: () => `/cases/inspections/${CLOSED_INSPECTION}`,
    valid: (c) => ({
      intent: "followUpDone",
      version: version(c, "inspections", CLOSED_INSPECTION),
      followUpId: String(c.value("select f.id from follow_up_actions f join inspections i on i.id = f.inspection_id where i.ref = ? and f.done_at is null order by f.id", CLOSED_INSPECTION) ?? 1),
    }),
    guards: INSPECTION_TABLES,
  },
  {
    file: "$lang.cases.inspections.$ref.tsx",
    name: "inspection: message",
    role: "contactPointNorway",
    path: () => `/cases/inspections/${OPEN_INSPECTION}`,
    valid: () => ({ intent: "message", body: "Shall we meet at 8?", language: "en" }),
    guards: INSPECTION_TABLES,
  },

  // Tips from the public
  {
    file: "$lang.cases.tips.$ref.tsx",
    name: "tip status",
    role: "contactPointNorway",
    path: (c) => `/cases/tips/${c.tipRef}`,
    valid: (c) => ({ status: "triaged", version: version(c, "tips", c.tipRef) }),
    guards: ["tips"],
  },
  {
    file: "$lang.cases.tips.$ref.tsx",
    name: "tip: link to an enterprise",
    role: "contactPointNorway",
    path: (c) => `/cases/tips/${c.tipRef}`,
    valid: (c) => ({ intent: "link", enterpriseId: String(c.value("select id from enterprises where country = 'LT' and registration_number = '304120014'")) }),
    guards: ["tips", "notifications"],
  },

  // Rights content (published Markdown is rendered on public pages)
  {
    file: "$lang.content.$topicId.$contentLocale.tsx",
    name: "rights content: publish",
    role: "editor",
    path: (c) => `/content/${topicId(c)}/en`,
    valid: (c) => ({
      intent: "publish",
      baseVersion: String(c.value("select max(version) from rights_topic_versions where topic_id = ? and locale = 'en'", topicId(c)) ?? 0),
      title: "Documents at the workplace",
      summary: "What the employer must keep at the site.",
      bodyMarkdown: "## Documents\n\nThe employer must keep **time sheets** at the site. See [the rules](https://www.arbeidstilsynet.no/).",
      sourcesMarkdown: "- [Arbeidstilsynet](https://www.arbeidstilsynet.no/)",
      reviewedOn: "2026-11-01",
    }),
    guards: ["rights_topic_versions", "rights_topics"],
  },
  {
    file: "$lang.content.$topicId.$contentLocale.tsx",
    name: "rights content: preview",
    role: "editor",
    path: (c) => `/content/${topicId(c)}/lt`,
    valid: () => ({ intent: "preview", baseVersion: "1", title: "Dokumentai", summary: "", bodyMarkdown: "Tekstas <b>su</b> [nuoroda](https://vdi.lt)", sourcesMarkdown: "", reviewedOn: "2026-11-01" }),
    guards: ["rights_topic_versions", "rights_topics"],
  },
  {
    file: "$lang.content.$topicId.$contentLocale.tsx",
    name: "rights content: restore",
    role: "editor",
    path: (c) => `/content/${topicId(c)}/nb`,
    valid: () => ({ intent: "restore", version: "1" }),
    guards: ["rights_topic_versions", "rights_topics"],
  },
  {
    file: "$lang.content.$topicId.$contentLocale.tsx",
    name: "rights content: confirm reviewed",
    role: "editor",
    path: (c) => `/content/${topicId(c)}/lt`,
    valid: () => ({ intent: "confirm-reviewed" }),
    guards: ["rights_topic_versions", "rights_topics"],
  },
  {
    file: "$lang.content.figures.$figureId.tsx",
    name: "legal figure: new value",
    role: "editor",
    path: (c) => `/content/figures/${figureId(c)}`,
    // A day after the key's latest value, so every valid submission starts a new value.
    valid: (c) => ({
      intent: "add",
      value: "300",
      validFrom: String(c.value("select date(max(valid_from), '+1 day') from legal_figures where key = (select key from legal_figures where id = ?)", figureId(c))),
      source: "https://lovdata.no/dokument/SF/forskrift/2022-06-27-1190",
      note: "",
    }),
    guards: ["legal_figures"],
  },
  {
    file: "$lang.content.figures.$figureId.tsx",
    name: "legal figure: confirm checked",
    role: "editor",
    path: (c) => `/content/figures/${figureId(c)}`,
    valid: () => ({ intent: "confirm" }),
    guards: ["legal_figures"],
  },

  // Notifications
  {
    file: "$lang.notifications.tsx",
    name: "notifications: mark one read",
    role: "contactPointLithuania",
    path: () => "/notifications",
    valid: (c) => ({ intent: "read", id: String(c.value("select n.id from notifications n join users u on u.id = n.user_id where u.email = ? order by n.read_at is null desc, n.id", DEMO_USERS.contactPointLithuania) ?? 1) }),
    guards: ["notifications"],
  },
  {
    file: "$lang.notifications.tsx",
    name: "notifications: mark all read",
    role: "contactPointLithuania",
    path: () => "/notifications",
    valid: (c) => ({ intent: "read-all", upTo: String(c.value("select max(id) from notifications") ?? 0) }),
    guards: ["notifications"],
  },

  // Outcomes and agreements
  {
    file: "$lang.outcomes.$agreement.activities.new.tsx",
    name: "new activity",
    role: "coordinator",
    path: () => "/outcomes/no-lt/activities/new",
    valid: () => ({ kind: "joint_meeting", title: "Joint meeting in Vilnius", startsOn: "2020-05-01", endsOn: "2020-05-02", place: "Vilnius", country: "LT", summary: "Plans for 2021.", summaryLanguage: "en", organisation0: "Arbeidstilsynet", participants0: "4", organisation1: "VDI", participants1: "5", violations_pay: "2" }),
    guards: ["activities", "activity_participants"],
  },
  {
    file: "$lang.admin.agreements.$slug.tsx",
    name: "edit agreement",
    role: "admin",
    path: () => "/admin/agreements/no-lt",
    valid: (c) => {
      const text = (column: string) => String(c.value(`select ${column} from agreements where slug = 'no-lt'`) ?? "");
      return {
        titleNb: text("title_nb"), titleLt: text("title_lt"), titleEn: text("title_en"), signedOn: text("signed_on"), supersedesId: text("supersedes_id"), status: text("status"),
        scopeNb: text("scope_nb"), scopeLt: text("scope_lt"), scopeEn: text("scope_en"), inspectionResponseDays: text("inspection_response_days"),
        exchangeStandardDays: text("exchange_standard_days"), exchangeUrgentDays: text("exchange_urgent_days"),
      };
    },
    guards: ["agreements"],
  },
  {
    file: "$lang.admin.agreements.$slug_.periods.$period.tsx",
    name: "new project period",
    role: "coordinator",
    path: () => "/admin/agreements/no-lt/periods/new",
    valid: () => ({
      slug: "2030-31", nameNb: "Periode 2030–31", nameLt: "Laikotarpis 2030–31", nameEn: "Period 2030–31", startsOn: "2030-01-01", endsOn: "2031-12-31", budget: "100000",
      objectivesNb: "Mål", objectivesLt: "Tikslai", objectivesEn: "Objectives", fundingSource0: "nlia_budget", fundingShare0: "60", fundingAmount0: "60000", fundingSource1: "vdi_budget", fundingShare1: "40", fundingAmount1: "",
      targetMetric0: "joint_meetings", targetValue0: "3",
    }),
    guards: ["project_periods", "period_funding_sources", "period_targets"],
  },
  {
    file: "$lang.admin.agreements.$slug_.periods.$period.tsx",
    name: "edit project period",
    role: "admin",
    // By id: an accepted submission may give the period another slug.
    path: (c) => `/admin/agreements/no-lt/periods/${c.value("select slug from project_periods where id = (select min(p.id) from project_periods p join agreements a on a.id = p.agreement_id where a.slug = 'no-lt')")}`,
    valid: () => ({ slug: "2016-17", nameNb: "Oppstart", nameLt: "Pradžia", nameEn: "Start", startsOn: "2016-01-01", endsOn: "2017-12-31", budget: "", objectivesNb: "", objectivesLt: "", objectivesEn: "" }),
    guards: ["project_periods", "period_funding_sources", "period_targets"],
  },

  // User administration
  {
    file: "$lang.admin.users.new.tsx",
    name: "new user",
    role: "admin",
    path: () => "/admin/users/new",
    valid: () => ({ email: "new-inspector@arbeidstilsynet.demo", displayName: "Nina Inspektør", authorityId: "1", roles: ["contact_point", "coordinator"], agreementIds: "2" }),
    guards: ["users", "user_roles"],
  },
  {
    file: "$lang.admin.users.$userId.tsx",
    name: "user: roles",
    role: "admin",
    path: (c) => `/admin/users/${c.targetUserId}`,
    valid: () => ({ intent: "roles", authorityId: "8", roles: ["contact_point", "coordinator"], agreementIds: ["2"] }),
    guards: ["users", "user_roles", "sessions"],
  },
  { file: "$lang.admin.users.$userId.tsx", name: "user: disable", role: "admin", path: (c) => `/admin/users/${c.targetUserId}`, valid: () => ({ intent: "disable" }), guards: ["users", "user_roles", "sessions"] },
  { file: "$lang.admin.users.$userId.tsx", name: "user: enable", role: "admin", path: (c) => `/admin/users/${c.targetUserId}`, valid: () => ({ intent: "enable" }), guards: ["users", "user_roles", "sessions"] },
  { file: "$lang.admin.users.$userId.tsx", name: "user: set-password link", role: "admin", path: (c) => `/admin/users/${c.targetUserId}`, valid: () => ({ intent: "link" }), guards: ["user_roles", "sessions"] },

  // Last: its wrong passwords count against this address, and every session above is already open.
  {
    file: "$lang.signin.tsx",
    name: "sign in",
    role: "anonymous",
    path: () => "/signin",
    valid: () => ({ email: DEMO_USERS.editor, password: DEMO_PASSWORD, redirectTo: "/en/content" }),
    guards: ["users", "sessions", "user_roles"],
  },
];

/** Route files whose action takes uploads; they get the upload cases below instead of form payloads. */
const UPLOAD_ROUTES = {
  "$lang.cases.exchanges.$ref.attachments.tsx": `/cases/exchanges/${EXCHANGE}/attachments`,
  "$lang.cases.inspections.$ref.attachments.tsx": `/cases/inspections/${OPEN_INSPECTION}/attachments`,
} as const;

// Columns that change when a signed-in user merely reads a page (a session's last use).
const TABLE_SNAPSHOT_SQL: Record<string, string> = {
  sessions: "select id_hash, user_id, created_at, expires_at, revoked_at from sessions order by id_hash",
};

// ---------------------------------------------------------------------------------------------------------------
// The server, the sessions, the database

let server: RunningServer;
let database: Database.Database;
let context: Context;
const cookies = new Map<Role, string>();
let requestCount = 0;
const tally = { accepted: 0, refused: 0, acceptedAndStored: 0 };
const startedAt = Date.now();

function snapshot(tables: readonly string[]): string {
  const hash = createHash("sha256");
  for (const table of tables) {
    hash.update(`\n${table}\n`);
    for (const row of database.prepare(TABLE_SNAPSHOT_SQL[table] ?? `select * from "${table}" order by rowid`).raw().all()) hash.update(JSON.stringify(row, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString("base64") : v)));
  }
  return hash.digest("hex");
}

function attachmentFileCount(): number {
  const dir = join(dirname(server.databasePath), "attachments");
  const count = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, entry) => n + count(join(path, entry)), 0) : 1);
  return existsSync(dir) ? count(dir) : 0;
}

interface Answer {
  status: number;
  location: string | null;
  contentType: string;
  body: string;
  requestId: string | null;
}

async function send(path: string, encoding: Encoding, pairs: Pair[], cookie: string | undefined): Promise<Answer> {
  const { contentType, body } = encodeBody(encoding, pairs);
  const headers: Record<string, string> = { Origin: server.baseUrl };
  if (contentType) headers["Content-Type"] = contentType;
  if (cookie) headers.Cookie = cookie;
  return post(path, headers, body);
}

/** A POST; a connection that fails (reset, timeout) is an answer with status 0, so the run goes on and reports it. */
async function post(path: string, headers: Record<string, string>, body: Uint8Array): Promise<Answer> {
  try {
    return await answerOf(await fetch(`${server.baseUrl}${path}`, { method: "POST", headers, body: new Uint8Array(body), redirect: "manual", signal: AbortSignal.timeout(60_000) }));
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
    return { status: 0, location: null, contentType: "", body: `no answer: ${cause}`, requestId: null };
  }
}

async function answerOf(res: Response): Promise<Answer> {
  requestCount++;
  return { status: res.status, location: res.headers.get("location"), contentType: res.headers.get("content-type") ?? "", body: await res.text(), requestId: res.headers.get("x-request-id") };
}

/** The server's log lines for one request (the stack of a 500). */
function serverLog(requestId: string | null): string {
  if (!requestId) return "";
  return server
    .output()
    .split("\n")
    .filter((line) => line.includes(requestId))
    .map((line) => line.slice(0, 600))
    .join("\n");
}

const RAW_KEY = /^[a-z][A-Za-z0-9_]*(:[A-Za-z0-9_]+)?(\.[A-Za-z0-9_]+)+$/;

/** Messages shown to the user: the error summary's items and the field errors. */
function shownErrors(html: string): string[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? "";
  const items = [...summary.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => decodeHtml(m[1]!));
  const fieldErrors = [...html.matchAll(/<p class="field__error"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decodeHtml(m[1]!.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/, "")));
  return [...items, ...fieldErrors];
}

/** What is wrong with a page that refuses a submission in `locale` (null: nothing). */
function refusalProblem(answer: Answer, locale: Locale, otherMessages: readonly string[] = []): string | null {
  if (!answer.contentType.includes("text/html")) return `a refusal as ${answer.contentType || "no content type"}, not a page`;
  const html = answer.body;
  if (!html.includes(`<html lang="${locale}"`)) return `the page is not in ${locale}`;
  const hasSummary = html.includes(`>${escapeHtml(text(locale, "forms.errorSummary"))}<`) || otherMessages.some((key) => html.includes(escapeHtml(text(locale, key))));
  const errorPage = ERROR_PAGE_TITLES[locale].find(([, title]) => html.includes(`<h1>${escapeHtml(title)}</h1>`));
  if (!hasSummary && !errorPage) return `neither the error summary nor an error page in ${locale}`;
  // A refusal of the request is not a fault of the server, and must not say it is.
  if (!hasSummary && errorPage?.[0] === "server" && answer.status < 500) return `a ${answer.status} shown as "${errorPage[1]}"`;
  const untranslated = shownErrors(html).filter((text) => RAW_KEY.test(text));
  if (untranslated.length) return `untranslated messages: ${untranslated.join(", ")}`;
  return null;
}

const isRefusal = (answer: Answer) => answer.status >= 400 || (answer.status === 200 && answer.body.includes('class="error-summary"'));

/**
 * Runs `start` while holding the build lock others build under (flock), so the server never loads a half-written
 * build; builds first if there is no build (`npm test` builds before the tests).
 */
async function withBuildLock<T>(start: () => Promise<T>): Promise<T> {
  // The build runs outside Vitest's environment: vite.config.ts leaves the Remix plugin out when VITEST is set.
  const { VITEST: _vitest, ...buildEnv } = process.env;
  const holder = spawn("flock", ["/tmp/portal-build.lock", "sh", "-c", "{ test -f build/server/server.js || npm run build >&2; } && echo locked && exec cat"], {
    cwd: ROOT,
    env: buildEnv,
    stdio: ["pipe", "pipe", "inherit"],
  });
  try {
    await new Promise<void>((resolveLocked, reject) => {
      holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolveLocked());
      holder.once("exit", (code) => reject(new Error(`could not take the build lock or build (exit ${code})`)));
    });
    return await start();
  } finally {
    holder.stdin.end(); // `cat` ends, and the lock is released
  }
}

beforeAll(async () => {
  server = await withBuildLock(() => startServer({ demoData: true }));
  database = new Database(server.databasePath, { readonly: true, fileMustExist: true });
  try {
    for (const role of Object.keys(DEMO_USERS) as DemoUser[]) cookies.set(role, await signInAs(server.baseUrl, DEMO_USERS[role]));
  } catch (error) {
    throw new Error(`could not sign in: ${String(error)}\n${server.output().slice(-3000)}`);
  }

  // A tip of our own to change the status of and link (the demo tip is already triaged and linked).
  const tip = await postForm(server.baseUrl, "/en/report", { country: "NO", sector: "cleaning", place: "Bergen", description: "No contract.", anonymous: "yes" });
  expect(tip.status).toBe(303); // after sending, the page with the reference (POST → 303 → GET)
  // Two accounts of our own: one whose set-password link is fuzzed, one the administrator's forms work on.
  const newUser = async (email: string) => {
    const res = await postForm(server.baseUrl, "/en/admin/users/new", { email, displayName: "Fuzz Target", authorityId: "1", roles: "contact_point" }, cookies.get("admin"));
    const token = /\/set-password\/([A-Za-z0-9_-]+)/.exec(await res.text())?.[1];
    const id = Number(database.prepare("select id from users where email = ?").pluck().get(email));
    if (!token || !id) throw new Error(`could not create ${email} (${res.status})`);
    return { id, token };
  };
  const forPassword = await newUser("password-target@example.no");
  const forAdmin = await newUser("admin-target@example.no");
  context = {
    value: <T,>(sql: string, ...params: unknown[]) => (database.prepare(sql).raw().get(...params) as unknown[] | undefined)?.[0] as T | undefined,
    column: <T,>(sql: string, ...params: unknown[]) => database.prepare(sql).pluck().all(...params) as T[],
    tipRef: String(database.prepare("select ref from tips order by id desc limit 1").pluck().get()),
    targetUserId: forAdmin.id,
    setPasswordToken: forPassword.token,
  };
}, 180_000);

afterAll(async () => {
  database?.close();
  await server?.stop();
  console.log(
    `bad input: ${requestCount} requests in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (FUZZ_PAYLOADS_PER_FORM=${PAYLOADS_PER_FORM}, FUZZ_SEED=${SEED}); ` +
      `form payloads refused ${tally.refused}, accepted ${tally.accepted} (${tally.acceptedAndStored} of them changed data)`,
  );
});

// ---------------------------------------------------------------------------------------------------------------

describe("every form survives bad input", () => {
  it("covers every route that has an action", () => {
    const withAction = readdirSync(ROUTES_DIR).filter((file) => /export\s+(async\s+)?function\s+action\b|export\s+(const|let)\s+action\b|export\s*\{[^}]*\baction\b/.test(readFileSync(join(ROUTES_DIR, file), "utf8")));
    const covered = new Set([...FORMS.map((f) => f.file), ...Object.keys(UPLOAD_ROUTES)]);
    expect(withAction.length).toBeGreaterThan(0);
    expect(withAction.filter((file) => !covered.has(file)), "route files with an action but no row in FORMS").toEqual([]);
    expect([...covered].filter((file) => !withAction.includes(file)), "rows for route files without an action").toEqual([]);
  });

  it.each(FORMS.map((form) => [form.name, form] as const))("%s", async (_, form) => {
    const cookie = form.role === "anonymous" ? undefined : cookies.get(form.role);
    const mutations = mutationsFor(form.name, 100 + FORMS.indexOf(form), namesOf(pairsOf(form.valid(context))), PAYLOADS_PER_FORM);
    const failures: string[] = [];
    let before = snapshot(form.guards);
    for (const [index, mutation] of mutations.entries()) {
      const [pathname, query] = `/${mutation.locale}${form.path(context)}`.split("?") as [string, string | undefined];
      const path = `${pathname}${mutation.via === "data" ? ".data" : ""}${query ? `?${query}` : ""}`;
      const pairs = mutation.apply(pairsOf(form.valid(context)));
      const answer = await send(path, mutation.encoding, pairs, cookie);
      const after = snapshot(form.guards);
      const label = `#${index} ${mutation.note.slice(0, 160)} → ${answer.status} at ${path}`;
      if (answer.status >= 500 || answer.status === 0) failures.push(`${label}\n${answer.status ? serverLog(answer.requestId) : answer.body}`);
      else if (isRefusal(answer)) {
        const problem = mutation.via === "document" ? refusalProblem(answer, mutation.locale, form.refusalMessages) : null;
        if (problem) failures.push(`${label}: ${problem}`);
        if (after !== before) failures.push(`${label}: refused, but ${form.guards.join(", ")} changed`);
        if (index === 0) failures.push(`${label}: the valid submission was refused (${shownErrors(answer.body).join("; ")})`);
        tally.refused++;
      } else {
        tally.accepted++;
        if (after !== before) tally.acceptedAndStored++;
      }
      before = after;
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
  }, 120_000 + PAYLOADS_PER_FORM * 1_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Uploads

const PDF = (tag: string) => Buffer.from(`%PDF-1.4\n% ${tag}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
const PNG = Buffer.concat([Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"), Buffer.alloc(64)]);
const EXE = Buffer.concat([Buffer.from("MZ"), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.from("This program cannot be run in DOS mode.")]);
const ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(64, 0x41)]);

interface Part {
  name: string;
  fileName?: string;
  type?: string;
  bytes: Buffer;
}

/** A multipart body with file names written as raw UTF-8 bytes (NUL and bidi characters included). */
function multipartOf(parts: Part[], boundary = "----upload-3d9a"): Buffer {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`),
      part.fileName === undefined ? Buffer.alloc(0) : Buffer.concat([Buffer.from('; filename="'), Buffer.from(part.fileName.replace(/"/g, "%22"), "utf8"), Buffer.from('"')]),
      Buffer.from(part.type ? `\r\nContent-Type: ${part.type}` : ""),
      Buffer.from("\r\n\r\n"),
      part.bytes,
      Buffer.from("\r\n"),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

interface UploadCase {
  note: string;
  /** The error codes this upload may be refused with; empty: it may also be accepted (its stored name is checked). */
  refusedWith: string[];
  contentType: string | null;
  body: Buffer;
}

const MULTIPART = "multipart/form-data; boundary=----upload-3d9a";
const upload = (note: string, refusedWith: string[], parts: Part[]): UploadCase => ({ note, refusedWith, contentType: MULTIPART, body: multipartOf(parts) });
const file = (fileName: string, type: string, bytes: Buffer): Part => ({ name: "file", fileName, type, bytes });
const ZIP_NAMES = ["../../etc/passwd.zip", "..\\..\\windows\\win.ini.zip", "42.zip", `${"a".repeat(5000)}.zip`, "bomb\u0000.pdf.zip", "invoice\u202Efdp.zip", "x;y=z.zip"];
// Names that are fine once cleaned; with real PDF bytes such an upload may be accepted.
const HOSTILE_PDF_NAMES = ["../../etc/passwd.pdf", "\u202Eevil\u202Cfdp.pdf", "a\u0000b.pdf", "<script>alert(1)</script>.pdf", `${"ø".repeat(400)}.pdf`, "CON.pdf", " ..pdf"];

const UPLOAD_CASES: UploadCase[] = [
  upload("a text file", ["typeNotAllowed"], [file("notes.txt", "text/plain", Buffer.from("hello"))]),
  upload("PNG bytes named .pdf", ["typeMismatch"], [file("report.pdf", "application/pdf", PNG)]),
  upload("EXE bytes named .pdf", ["contentNotRecognised"], [file("report.pdf", "application/pdf", EXE)]),
  upload("EXE bytes declared as PNG", ["contentNotRecognised"], [file("photo.png", "image/png", EXE)]),
  upload("HTML named .pdf", ["contentNotRecognised"], [file("page.pdf", "application/pdf", Buffer.from("<html><script>alert(1)</script></html>"))]),
  upload("an SVG with a script", ["typeNotAllowed", "contentNotRecognised"], [file("image.svg", "image/svg+xml", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))]),
  upload("a PNG declared as octet-stream", ["typeNotAllowed", "typeMismatch"], [file("photo.png", "application/octet-stream", PNG)]),
  upload("a PDF of 10 MB and one byte", ["tooLarge"], [file("big.pdf", "application/pdf", Buffer.concat([PDF("big"), Buffer.alloc(10 * MB + 1 - PDF("big").length, 0x20)]))]),
  upload("a 30 MB request", ["tooLarge"], [file("huge.pdf", "application/pdf", Buffer.concat([PDF("huge"), Buffer.alloc(30 * MB, 0x20)]))]),
  ...ZIP_NAMES.map((name) => upload(`a zip named ${JSON.stringify(name.slice(0, 40))}`, ["typeNotAllowed", "contentNotRecognised", "nameUnreadable"], [file(name, "application/zip", ZIP)])),
  upload("an empty file", ["empty"], [file("empty.pdf", "application/pdf", Buffer.alloc(0))]),
  upload("no file part", ["missing"], [{ name: "note", bytes: Buffer.from("no file") }]),
  upload("the file in another field", ["missing"], [{ name: "document", fileName: "report.pdf", type: "application/pdf", bytes: PDF("other field") }]),
  upload("fifty parts", ["tooLarge", "invalid"], Array.from({ length: 50 }, (_, i) => ({ name: `f${i}`, bytes: Buffer.from("x") }))),
  { note: "multipart without a boundary", refusedWith: ["invalid"], contentType: "multipart/form-data", body: multipartOf([file("report.pdf", "application/pdf", PDF("no boundary"))]) },
  { note: "multipart cut off", refusedWith: ["invalid"], contentType: MULTIPART, body: multipartOf([file("report.pdf", "application/pdf", PDF("cut"))]).subarray(0, 120) },
  { note: "a form-encoded body", refusedWith: ["invalid"], contentType: "application/x-www-form-urlencoded", body: Buffer.from("file=report.pdf") },
  { note: "a JSON body", refusedWith: ["invalid"], contentType: "application/json", body: Buffer.from('{"file":"report.pdf"}') },
  { note: "an empty body", refusedWith: ["invalid", "missing"], contentType: null, body: Buffer.alloc(0) },
  ...HOSTILE_PDF_NAMES.map((name, i) => upload(`a PDF named ${JSON.stringify(name.slice(0, 40))}`, [], [file(name, "application/pdf", PDF(`hostile ${i}`))])),
];

/** What is wrong with a stored file name: anything that could act as a path, markup, or disguise. */
function unsafeFileName(name: string): string | null {
  if (/[/\\]/.test(name)) return "a path separator";
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return "control or formatting characters";
  if (/[<>"]/.test(name)) return "markup characters";
  if (Array.from(name).length > 150) return "more than 150 characters";
  if (!/\.(pdf|png|jpe?g|jpe|jfif|gif|webp)$/i.test(name)) return "no extension of an accepted type";
  return null;
}

describe("uploads survive bad input", () => {
  it.each(Object.entries(UPLOAD_ROUTES))("%s", async (_, routePath) => {
    const cookie = cookies.get("contactPointNorway");
    const failures: string[] = [];
    for (const [index, upload] of UPLOAD_CASES.entries()) {
      const locale = LOCALES[index % LOCALES.length]!;
      const path = `/${locale}${routePath}`;
      const tablesBefore = snapshot(["attachments"]);
      const filesBefore = attachmentFileCount();
      const newestBefore = Number(database.prepare("select coalesce(max(id), 0) from attachments").pluck().get());
      const headers: Record<string, string> = { Origin: server.baseUrl, Cookie: cookie! };
      if (upload.contentType) headers["Content-Type"] = upload.contentType;
      const answer = await post(path, headers, upload.body);
      const label = `#${index} ${upload.note} → ${answer.status}${answer.location ? ` ${answer.location.slice(0, 80)}` : ""} at ${path}`;
      const outcome = answer.location ? new URL(answer.location, server.baseUrl).searchParams : new URLSearchParams();
      const error = outcome.get("attachmentError");
      if (answer.status >= 500 || answer.status === 0) {
        failures.push(`${label}\n${answer.status ? serverLog(answer.requestId) : answer.body}`);
        continue;
      }
      const refused = error !== null || answer.status >= 400;
      if (refused) {
        if (snapshot(["attachments"]) !== tablesBefore || attachmentFileCount() !== filesBefore) failures.push(`${label}: refused, but a file was stored`);
        if (error !== null) {
          if (upload.refusedWith.length && !upload.refusedWith.includes(error)) failures.push(`${label}: refused with ${error}, expected ${upload.refusedWith.join(" or ")}`);
          // The case page says why, in the language of the request.
          const page = await answerOf(await get(server.baseUrl, answer.location!, cookie));
          const message = escapeHtml(text(locale, `attachments:errors.${error}`));
          if (page.status !== 200 || !page.body.includes(message)) failures.push(`${label}: the case page (${page.status}) does not say "${message}"`);
        } else {
          const problem = refusalProblem(answer, locale);
          if (problem) failures.push(`${label}: ${problem}`);
        }
      } else if (upload.refusedWith.length) {
        failures.push(`${label}: accepted, expected ${upload.refusedWith.join(" or ")}`);
      } else {
        const stored = database.prepare("select file_name from attachments where id > ? order by id").pluck().all(newestBefore) as string[];
        for (const name of stored) {
          const unsafe = unsafeFileName(name);
          if (unsafe) failures.push(`${label}: stored as ${JSON.stringify(name)}, which has ${unsafe}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Stored markup

/** Markup that would run if a page wrote it unescaped (some of the injection strings above, and their parts). */
const LIVE_MARKUP = [/<script>alert\(/i, /<img src=x onerror=/i, /<svg onload=/i, /<\/textarea><script>/i, /href=["']?javascript:/i, /<a href="javascript:/i, /<div onclick=/i];
/** Tables whose stored markup must be found, as text, on the pages mapped to them (others may show it nowhere). */
const SHOWN_TABLES = ["exchanges", "exchange_questions", "penalty_instruments", "case_messages", "violations", "inspections", "inspection_plans", "inspection_team_members", "tips", "rights_topic_versions"];
const STORED_MARKUP = /<script|onerror\s*=|<svg|javascript:/i;
// Tables whose text nobody reads on a page (credentials, counters, the search indexes' own copies: the enterprise name
// indexes read back their content tables' rows, which are checked as themselves).
const UNSHOWN_TABLES = /^(sqlite_|__drizzle|rights_search|enterprise_(stored_)?name_search|sessions$|sign_in_attempts$|rate_limit_hits$)/;

interface Page {
  role: Role;
  path: string;
}

/**
 * The pages that show a stored row; null for a row no page shows by design (an earlier revision of a plan). An
 * empty list fails the test: a table nobody has mapped to its pages yet.
 */
function pagesShowing(table: string, row: Record<string, unknown>): Page[] | null {
  const cp: Role = "contactPointNorway"; // nlia is a party to every NO–LT case
  const one = (sql: string, ...params: unknown[]) => database.prepare(sql).pluck().get(...params) as string | number | undefined;
  const exchangePages = (id: unknown): Page[] => {
    const ref = one("select ref from exchanges where id = ?", id);
    return ref ? [{ role: cp, path: `/en/cases/exchanges/${ref}` }] : [];
  };
  const inspectionPages = (id: unknown): Page[] => {
    const ref = one("select ref from inspections where id = ?", id);
    return ref ? [{ role: cp, path: `/en/cases/inspections/${ref}` }, { role: cp, path: `/en/cases/inspections/${ref}/print` }] : [];
  };
  const casePages = (): Page[] => {
    if (row.exchange_id) return exchangePages(row.exchange_id);
    if (row.inspection_id) return inspectionPages(row.inspection_id);
    if (row.plan_id) return inspectionPages(one("select inspection_id from inspection_plans where id = ?", row.plan_id));
    if (row.report_id) return inspectionPages(one("select inspection_id from inspection_reports where id = ?", row.report_id));
    return [];
  };
  const activityPages = (activity: Record<string, unknown>): Page[] => {
    const periods = database
      .prepare("select a.slug as agreement, p.slug from project_periods p join agreements a on a.id = p.agreement_id where p.agreement_id = ? and p.starts_on <= ? and ? <= p.ends_on")
      .all(activity.agreement_id, activity.starts_on, activity.starts_on) as { agreement: string; slug: string }[];
    return periods.map((p) => ({ role: "coordinator", path: `/en/outcomes/${p.agreement}/${p.slug}` }));
  };
  const activity = (id: unknown) => database.prepare("select * from activities where id = ?").get(id) as Record<string, unknown>;
  const latestPlan = (planId: unknown) =>
    one("select id from inspection_plans where inspection_id = (select inspection_id from inspection_plans where id = ?) order by revision desc", planId) === planId;
  switch (table) {
    case "inspection_plans":
      return latestPlan(row.id) ? casePages() : null;
    case "inspection_team_members":
      return latestPlan(row.plan_id) ? casePages() : null;
    case "exchanges":
      return exchangePages(row.id);
    case "inspections":
      return inspectionPages(row.id);
    case "violations":
      // One recorded at a joint meeting carries the meeting's title, shown with the activity.
      return row.activity_id ? activityPages(activity(row.activity_id)) : [...casePages(), { role: cp, path: "/en/cases/violations" }];
    case "enterprises":
      return [
        ...(database.prepare("select id from exchanges where enterprise_id = ?").pluck().all(row.id) as number[]).flatMap(exchangePages),
        ...(database.prepare("select inspection_id from inspection_enterprises where enterprise_id = ?").pluck().all(row.id) as number[]).flatMap(inspectionPages),
      ];
    case "tips": {
      const role: Role = one("select slug from authorities where id = ?", row.authority_id) === "vdi" ? "contactPointLithuania" : cp;
      return [{ role, path: `/en/cases/tips/${String(row.ref)}` }];
    }
    case "rights_topic_versions": {
      const topic = database.prepare("select slug, direction from rights_topics where id = ?").get(row.topic_id) as { slug: string; direction: string };
      return [
        { role: "editor", path: `/en/content/${String(row.topic_id)}/${String(row.locale)}` },
        { role: "anonymous", path: `/${String(row.locale)}/rights/${topic.direction}/${topic.slug}` },
      ];
    }
    case "users":
      return [{ role: "admin", path: `/en/admin/users/${String(row.id)}` }, { role: "admin", path: "/en/admin/users" }];
    case "agreements":
      return [{ role: "admin", path: `/en/admin/agreements/${String(row.slug)}` }, { role: "admin", path: "/en/admin/agreements" }, { role: "coordinator", path: "/en/outcomes" }];
    case "project_periods": {
      const agreement = one("select slug from agreements where id = ?", row.agreement_id);
      return [{ role: "coordinator", path: `/en/outcomes/${agreement}/${String(row.slug)}` }, { role: "admin", path: `/en/admin/agreements/${agreement}` }];
    }
    case "activities":
      return activityPages(row);
    case "activity_participants":
      return activityPages(activity(row.activity_id));
    case "audit_log":
      return [{ role: "admin", path: "/en/admin/audit" }];
    default:
      return casePages();
  }
}

describe("stored markup", () => {
  it("is shown escaped on every page that shows it, the editor's Markdown included", async () => {
    // Raw HTML and script links in every field of a published rights page, whatever the random payloads stored.
    const topic = context.value<number>("select id from rights_topics where slug = ?", RIGHTS_TOPIC_SLUG);
    const published = await postForm(
      server.baseUrl,
      `/en/content/${topic}/nb`,
      {
        intent: "publish",
        baseVersion: String(context.value("select max(version) from rights_topic_versions where topic_id = ? and locale = 'nb'", topic) ?? 0),
        title: "Tittel <script>alert(1)</script>",
        summary: "Sammendrag <img src=x onerror=alert(1)>",
        bodyMarkdown: "## Del <svg onload=alert(1)>\n\n<script>alert(1)</script>\n\n<div onclick=\"x\"><img src=x onerror=alert(1)></div>\n\n[lenke](javascript:alert(1)) <javascript:alert(1)> [b](JaVaScRiPt:alert(1))\n\n| a | b |\n|---|---|\n| <script>alert(1)</script> | `<img src=x onerror=alert(1)>` |",
        sourcesMarkdown: "- [kilde](javascript:alert(1))\n- <a href=\"javascript:alert(1)\">kilde</a>",
        reviewedOn: "2026-11-01",
      },
      cookies.get("editor"),
    );
    expect(published.status).toBe(200);

    const hits: { table: string; value: string; pages: Page[] | null }[] = [];
    const tables = database.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    for (const table of tables.filter((name) => !UNSHOWN_TABLES.test(name))) {
      for (const row of database.prepare(`select * from "${table}"`).all() as Record<string, unknown>[]) {
        const marked = Object.values(row).filter((v): v is string => typeof v === "string" && STORED_MARKUP.test(v));
        if (marked.length) hits.push(...marked.map((value) => ({ table, value, pages: pagesShowing(table, row) })));
      }
    }
    expect(hits.some((hit) => hit.table === "rights_topic_versions")).toBe(true);

    const failures: string[] = [];
    const fetched = new Map<string, string>();
    const pageHtml = async (page: Page) => {
      const key = `${page.role} ${page.path}`;
      if (!fetched.has(key)) {
        const answer = await answerOf(await get(server.baseUrl, page.path, page.role === "anonymous" ? undefined : cookies.get(page.role)));
        if (answer.status !== 200) failures.push(`${key} → ${answer.status}`);
        for (const markup of LIVE_MARKUP) if (markup.test(answer.body)) failures.push(`${key} shows ${markup.source} unescaped`);
        fetched.set(key, answer.body);
      }
      return fetched.get(key)!;
    };
    const verified = new Set<string>();
    for (const hit of hits) {
      if (hit.pages === null) continue;
      if (!hit.pages.length) {
        failures.push(`${hit.table} stores ${JSON.stringify(hit.value.slice(0, 80))}, but no page is known to show it`);
        continue;
      }
      const pages = await Promise.all(hit.pages.map(pageHtml));
      // The raw markup is on none of them (checked in pageHtml); its script tag is there as text.
      const tags = [...hit.value.matchAll(/<script>alert\((\d+)\)<\/script>/g)].map((m) => `&lt;script&gt;alert(${m[1]})&lt;/script&gt;`);
      if (tags.some((tag) => pages.some((html) => html.includes(tag)))) verified.add(hit.table);
    }
    expect(failures).toEqual([]);
    // Where markup is stored in a table that is shown, it must be found as text: the mapping to pages is right.
    const stored = new Set(hits.filter((hit) => hit.pages !== null && /<script>alert\(\d+\)<\/script>/.test(hit.value)).map((hit) => hit.table));
    expect(SHOWN_TABLES.filter((table) => stored.has(table) && !verified.has(table)), "tables whose markup is not shown as text").toEqual([]);
    expect(verified.has("rights_topic_versions")).toBe(true);
  }, 120_000);
});
