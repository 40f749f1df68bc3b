// The text the search index holds: headings end before the text below them, as the index holds it.
import { describe, expect, it } from "vitest";
import { markdownToSearchText } from "~/.server/markdown";

describe("search index text", () => {
  it("ends a heading with a full stop unless it has its own punctuation", () => {
    expect(markdownToSearchText("## Holiday pay\n\nYou get it.\n\n## Who pays?\n\nThe employer.")).toBe("Holiday pay.\nYou get it.\nWho pays?\nThe employer.");
    expect(markdownToSearchText("### Note: ##\nText")).toBe("Note:\nText");
  });

  it("leaves text without headings as plain text", () => {
    expect(markdownToSearchText("- one\n- **two**")).toBe("one\n two");
  });
});
