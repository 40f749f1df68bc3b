// The text the search index holds: headings end before the text below them, and figures as the page states them
// (never the marker of a missing one).
import { describe, expect, it } from "vitest";
import { markdownToSearchText } from "~/.server/markdown";
import { formatFigureValue, renderFigurePlaceholders, renderFigurePlaceholdersForSearch, type LegalFigure } from "~/domain/legal-figures";

describe("search index text", () => {
  it("ends a heading with a full stop unless it has its own punctuation", () => {
    expect(markdownToSearchText("## Holiday pay\n\nYou get it.\n\n## Who pays?\n\nThe employer.")).toBe("Holiday pay.\nYou get it.\nWho pays?\nThe employer.");
    expect(markdownToSearchText("### Note: ##\nText")).toBe("Note:\nText");
  });

  it("leaves text without headings as plain text", () => {
    expect(markdownToSearchText("- one\n- **two**")).toBe("one\n two");
  });
});

describe("figures in the search index text", () => {
  const deadline: LegalFigure = {
    key: "lt.notification.deadline",
    country: "LT",
    topic: "notification",
    unit: "days",
    value: 14,
    validFrom: "2020-01-01",
    checkedOn: "2026-11-01",
    source: "https://www.e-tar.lt/",
    checkedBy: "test",
    note: "",
  };
  const text = "Notify within {{fig lt.notification.deadline}}; after {{fig no.long-posting.months}} more rules apply.";

  it("states a figure as the page does", () => {
    const indexed = renderFigurePlaceholdersForSearch(text, "en", [deadline], "2026-12-02");
    expect(indexed).toBe(renderFigurePlaceholders("Notify within {{fig lt.notification.deadline}}; after  more rules apply.", "en", [deadline], "2026-12-02"));
    expect(indexed).toContain(formatFigureValue(deadline, "en"));
  });

  it("leaves out the marker of a figure without a value, so its register key is not searchable", () => {
    expect(renderFigurePlaceholders(text, "en", [deadline], "2026-12-02")).toContain("no.long-posting.months");
    const indexed = renderFigurePlaceholdersForSearch(text, "en", [deadline], "2026-12-02");
    expect(indexed).not.toMatch(/long-posting|missing/);
    expect(renderFigurePlaceholdersForSearch(text, "en", [], "2026-12-02")).toBe("Notify within ; after  more rules apply.");
  });
});
