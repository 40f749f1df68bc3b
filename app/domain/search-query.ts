// How a reader's question becomes a full-text query: words folded like the index folds them (lower case, no
// diacritics), filler words dropped, each word cut to a light stem and matched as a prefix (so "atlyginimas"
// also finds "atlyginimo" and "lønn" finds "lønnen"), and widened by the synonyms people use for the same thing.
// Each word becomes one group of alternatives; a page ranks by how many groups it matches (see app/.server/search.ts).
// Why stems and not a full morphological analyser: docs/decisions/0040-search-word-forms-synonyms-ranking.md.
import type { Locale } from "~/lib/i18n";

const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 64;

/** Lower case without diacritics, as the index's `unicode61 remove_diacritics 2` tokenizer stores words. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The reader's words, split like the index splits text ('-' stays inside a word, as in "HMS-kort"). */
export function splitWords(input: string): string[] {
  return input
    .normalize("NFC")
    .split(/[^\p{L}\p{N}-]+/u)
    .map((word) => word.replace(/^-+|-+$/g, ""))
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

const STOPWORDS: Record<Locale, ReadonlySet<string>> = {
  lt: new Set(
    ("kas ka kur kada kaip ar uz ir bei su be i is per prie apie po nuo iki del mano man mane as jus jums jusu tai yra " +
      "kuris kuri kurie kokia koks kokie kiek ne o bet jei jeigu ko kam kodel turiu turi gali galiu galima reikia mes " +
      "jis ji jie jos savo tik dar jau kai ant pas tas ta sis si mus mums mano")
      .split(" "),
  ),
  nb: new Set(
    ("jeg du vi han hun de det den en et ei og i pa til for av med om er har hva hvem hvor hvordan nar hvilken hvilke " +
      "kan ma skal far meg min mitt mine seg sin sitt sine som at ikke fra ved etter over under hvis eller men sa da " +
      "ogsa blir bli vaere noe noen mye mange mer meg deg dere oss jo")
      .split(" "),
  ),
  en: new Set(
    ("the a an and or of to in on at for by with from about is are was were be been do does did i my me we you your " +
      "who what when where which how why can must should will would it its this that these those there not no if " +
      "have has had get gets as so than then any some")
      .split(" "),
  ),
};

// Filler words that tell pages apart no better than noise; compared with the folded word and with its stem.
// Country names are kept: "ferie i Litauen" should find the Lithuanian page.
// Endings cut from a word, longest first. Lithuanian: case endings of nouns and adjectives (incl. the definite
// "-asis/-oji" forms), the "-imas" verbal noun and common verb endings. Norwegian: definite and plural endings.
// English: plural and verb endings. All in folded form.
const ENDINGS: Record<Locale, readonly string[]> = {
  lt: [
    "iuosius", "uosius", "iosios", "iesiems", "iuose", "iams", "iems", "ioms", "uose", "imas", "imai", "imui", "imus",
    "ioje", "ysis", "usis", "asis", "iuoj", "uoja", "auja", "ojo", "ejo", "avo", "oja", "iai", "iui", "ims", "ams",
    "oms", "ems", "ums", "ais", "yse", "ose", "ese", "oje", "eje", "yje", "imo", "ima", "imu", "ias", "ius", "ies",
    "oji", "tis", "ti", "si", "iu", "io", "ia", "ie", "as", "is", "ys", "us", "os", "es", "ai", "ui", "ei", "a",
    "e", "i", "o", "u", "y",
  ],
  nb: ["hetene", "hetens", "heten", "heter", "endes", "ende", "ene", "ane", "ens", "ers", "ets", "ert", "er", "en", "et", "ar", "es", "e", "a", "s"],
  en: ["ings", "ing", "ies", "ied", "ed", "es", "s"],
};
const MIN_STEM: Record<Locale, number> = { lt: 4, nb: 3, en: 3 };

/** A light stem: the word without its inflectional ending, long enough to stay specific. */
export function stemWord(folded: string, locale: Locale): string {
  const min = MIN_STEM[locale];
  if (/\d/.test(folded) || folded.includes("-")) return folded;
  let stem = folded;
  for (const ending of ENDINGS[locale]) {
    if (folded.endsWith(ending) && folded.length - ending.length >= min) {
      stem = folded.slice(0, -ending.length);
      break;
    }
  }
  if (locale === "en" && (folded.endsWith("ies") || folded.endsWith("ied")) && stem !== folded) stem += "y";
  if (locale === "lt") {
    // t/d soften to č/dž before -io/-ių ("mokestis" → "mokesčio"): cut them so both forms share the prefix.
    const softened = stem.replace(/(dz|t|c|d)$/, "");
    if (softened.length >= min) stem = softened;
  }
  return stem;
}

/** One alternative of a group: a word prefix, or a phrase of word prefixes that must follow each other. */
export type Alternative = readonly string[];
export interface QueryGroup {
  /** The reader's word (as typed), for showing what was searched. */
  word: string;
  /** The reader's own word (and its forms) first, then its synonyms. */
  alternatives: Alternative[];
  /** How many of `alternatives` are the reader's own word rather than synonyms. */
  ownCount: number;
  /** A hyphenated word's parts, found near each other in any order ("A1-attest" finds "attest A1"). */
  parts?: readonly string[];
}

// Words people use for the same thing, per language. A word of the reader's that stems like one member brings in
// all the others. Members are written as people write them; they are folded and stemmed like the reader's words.
const SYNONYMS: Record<Locale, readonly (readonly string[])[]> = {
  lt: [
    ["atlyginimas", "darbo užmokestis", "užmokestis", "alga", "uždarbis", "uždirbti", "minimalusis darbo užmokestis"],
    ["mokėti", "sumokėti", "išmokėti", "išmokėjimas"],
    ["skundas", "skųstis", "kreiptis", "pagalba", "pažeidimas"],
    ["būstas", "apgyvendinimas", "gyvenamoji vieta", "nakvynė"],
    ["mokestis", "mokesčiai", "pajamų mokestis"],
    ["atostogos", "atostoginiai", "kasmetinės atostogos"],
    ["viršvalandžiai", "viršvalandinis darbas"],
    ["komandiruotė", "komandiravimas", "komandiruotas"],
    ["draudimas", "socialinis draudimas", "A1", "Sodra"],
    ["inspekcija", "VDI", "inspektorius", "Arbeidstilsynet"],
    ["HMS", "HMS kortelė", "darbuotojo kortelė"],
    ["darbo laikas", "poilsis", "darbo valandos"],
    ["sauga", "saugumas", "darbuotojų sauga"],
    ["statyba", "statybininkas", "statybos darbai", "statybvietė"],
    ["naktis", "darbas naktį", "naktinis darbas", "naktinė pamaina"],
    ["nuoma", "laikinojo įdarbinimo įmonė", "išnuomotas", "agentūra"],
  ],
  nb: [
    ["lønn", "minstelønn", "minstesats", "timelønn", "lønnssats", "tariff", "allmenngjort", "betaling"],
    ["betale", "utbetaling", "betalt", "lønn"],
    ["klage", "klager", "varsle", "varsling", "melde", "tips", "hjelp"],
    ["bolig", "innkvartering", "bosted", "overnatting", "brakke"],
    ["skatt", "skattekort", "skattetrekk"],
    ["ferie", "feriepenger", "ferietid"],
    ["overtid", "overtidstillegg", "overtidsbetaling"],
    ["HMS-kort", "byggekort", "ID-kort"],
    ["trygd", "A1", "trygdeavgift"],
    ["arbeidstid", "hvile", "hviletid", "arbeidstimer"],
    ["lastebilsjåfør", "lastebil", "sjåfør", "godstransport", "vogntog"],
    ["utsendt", "utsending", "utstasjonert"],
    ["tilsyn", "Arbeidstilsynet", "kontroll"],
    ["bemanningsbyrå", "vikarbyrå", "bemanningsforetak", "innleie", "innleid"],
    ["natt", "nattarbeid", "nattskift"],
  ],
  en: [
    ["pay", "wage", "wages", "salary", "minimum pay", "minimum wage", "rate"],
    ["paid", "pay", "payment", "unpaid"],
    ["complaint", "complain", "report", "concern", "help", "whistleblowing"],
    ["housing", "accommodation", "lodging", "flat", "room"],
    ["tax", "taxes", "taxation"],
    ["holiday", "vacation", "annual leave", "holiday pay"],
    ["overtime", "extra hours"],
    ["HSE card", "ID card", "construction card"],
    ["social security", "A1", "insurance"],
    ["working time", "working hours", "rest", "hours"],
    ["posted", "posting", "secondment", "seconded"],
    ["inspectorate", "inspection", "labour inspection", "inspector"],
    ["temp agency", "staffing agency", "agency worker", "hired out", "temping"],
    ["night", "night work", "night shift"],
  ],
};

function toAlternative(phrase: string, locale: Locale): Alternative {
  return splitWords(phrase).map((word) => stemWord(foldWord(word), locale));
}

const SYNONYM_ALTERNATIVES: Record<Locale, Alternative[][]> = {
  lt: SYNONYMS.lt.map((group) => group.map((phrase) => toAlternative(phrase, "lt"))),
  nb: SYNONYMS.nb.map((group) => group.map((phrase) => toAlternative(phrase, "nb"))),
  en: SYNONYMS.en.map((group) => group.map((phrase) => toAlternative(phrase, "en"))),
};

/** The reader's question as groups of alternatives, one group per meaningful word (at most 12). */
export function queryGroups(input: string, locale: Locale): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const word of splitWords(input)) {
    const folded = foldWord(word);
    const stem = stemWord(folded, locale);
    if ((STOPWORDS[locale].has(folded) || STOPWORDS[locale].has(stem)) && splitWords(input).length > 1) continue;
    if (seen.has(stem)) continue;
    seen.add(stem);
    const own = [stem];
    // A negated Lithuanian verb ("nesumokėjo") is found by the positive form as well.
    if (locale === "lt" && stem.startsWith("ne") && stem.length >= 7) own.push(stem.slice(2));
    const alternatives: Alternative[] = own.map((s) => [s]);
    for (const synonymGroup of SYNONYM_ALTERNATIVES[locale]) {
      if (!synonymGroup.some((alt) => alt.length === 1 && own.includes(alt[0]!))) continue;
      for (const alt of synonymGroup) if (!alternatives.some((a) => a.join(" ") === alt.join(" "))) alternatives.push(alt);
    }
    const parts = folded.includes("-") ? folded.split("-").filter((part) => part.length > 0) : [];
    groups.push({ word, alternatives, ownCount: own.length, ...(parts.length > 1 ? { parts: parts.map((part) => stemWord(part, locale)) } : {}) });
    if (groups.length === MAX_WORDS) break;
  }
  return groups;
}

const quoted = (word: string) => `"${word.replace(/"/g, "")}"*`;

/**
 * One group as FTS5 syntax: every word quoted (no operator of the reader's gets through) and matched as a prefix.
 * With `ownOnly`, just the reader's own word, without synonyms.
 */
export function groupToFts(group: QueryGroup, ownOnly = false): string {
  const alternatives = (ownOnly ? group.alternatives.slice(0, group.ownCount) : group.alternatives).map((alt) => alt.map(quoted).join(" + "));
  if (group.parts) alternatives.push(`NEAR(${group.parts.map(quoted).join(" ")}, 3)`);
  return `(${alternatives.join(" OR ")})`;
}

/** Damerau–Levenshtein distance (adjacent swaps count once), for correcting a mistyped word like "HSM". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The edits a mistyped word of this length may contain and still be corrected. */
export const allowedTypos = (length: number): number => (length < 3 ? 0 : length <= 5 ? 1 : 2);
