// The topics added for holiday, staffing agencies, the a-melding, the 183-day rule, annual leave, pay premiums
// and the transparent-worker ID: in three languages, every figure from the register, the same figures in each.
import { describe, expect, it } from "vitest";
import { FIGURE_PLACEHOLDER, figureOn } from "~/domain/legal-figures";
import { TOPIC_SLUGS } from "~/domain/posting-checker";
import { LEGAL_FIGURES } from "../../db/seed/legal-figures";
import { NEW_TOPIC_FIGURES } from "../../db/seed/legal-figures/new-topics";
import { readContentTree } from "../../db/seed/content";

const NEW_TOPICS = {
  "to-norway": ["holiday-and-holiday-pay", "staffing-agencies", "a-melding", "tax-treaty-183-days"],
  "to-lithuania": ["annual-leave", "night-rest-day-and-holiday-pay", "transparent-worker-id", "tax-treaty-183-days"],
} as const;
const TODAY = "2026-12-02";

const tree = readContentTree();
const cases = (Object.keys(NEW_TOPICS) as (keyof typeof NEW_TOPICS)[]).flatMap((direction) => NEW_TOPICS[direction].map((slug) => [direction, slug] as const));
const placeholders = (text: string) => [...text.matchAll(FIGURE_PLACEHOLDER)].map((m) => m[1]!);

describe.each(cases)("%s/%s", (direction, slug) => {
  const topic = tree.find((t) => t.direction === direction && t.slug === slug);

  it("exists in nb, lt and en and is listed with the topics", () => {
    expect(Object.keys(topic?.files ?? {}).sort()).toEqual(["en", "lt", "nb"]);
    expect(TOPIC_SLUGS[direction] as readonly string[]).toContain(slug);
  });

  it("draws every figure from the register, the same figures in every language", () => {
    const keysPerLocale = Object.values(topic!.files).map((file) => placeholders(`${file.summary}\n${file.body}`).sort());
    for (const keys of keysPerLocale) expect(keys).toEqual(keysPerLocale[0]);
    for (const key of keysPerLocale[0]!) expect(figureOn(LEGAL_FIGURES, key, TODAY), key).toBeDefined();
  });

  it("cites deep links, not home pages", () => {
    for (const file of Object.values(topic!.files)) {
      const links = [...file.sourcesMarkdown.matchAll(/\]\((https:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]!));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.pathname.length + link.search.length, link.href).toBeGreaterThan(5);
    }
  });
});

describe("the new figures", () => {
  it("are in the register once each, dated, checked and deep-linked", () => {
    for (const figure of NEW_TOPIC_FIGURES) {
      expect(LEGAL_FIGURES.filter((f) => f.key === figure.key && f.validFrom === figure.validFrom)).toHaveLength(1);
      expect(figure.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(figure.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new URL(figure.source).pathname.length).toBeGreaterThan(5);
      if (figure.unit.startsWith("money")) expect(figure.currency, figure.key).toMatch(/^(NOK|EUR)$/);
    }
  });

  it("are all used by a page", () => {
    const used = new Set(tree.flatMap((t) => Object.values(t.files).flatMap((f) => placeholders(`${f.summary}\n${f.body}`))));
    for (const figure of NEW_TOPIC_FIGURES) expect(used.has(figure.key), figure.key).toBe(true);
  });
});
