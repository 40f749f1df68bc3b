import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown, slugify } from "~/.server/markdown";

describe("content Markdown", () => {
  it("renders headings with ids and lists them for the page contents", () => {
    const { html, headings } = renderMarkdown("## Hva er HMS-kort?\n\nTekst.\n\n## Slik får du det\n\n## Slik får du det");
    expect(html).toContain('<h2 id="hva-er-hms-kort">Hva er HMS-kort?</h2>');
    expect(headings).toEqual([
      { id: "hva-er-hms-kort", text: "Hva er HMS-kort?" },
      { id: "slik-far-du-det", text: "Slik får du det" },
      { id: "slik-far-du-det-2", text: "Slik får du det" },
    ]);
  });

  it("never lets content bring its own markup", () => {
    const { html } = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<iframe src="https://evil"></iframe>');
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain("&lt;script&gt;");
  });

  it("keeps only safe links", () => {
    const { html } = renderMarkdown("[a](javascript:alert(1)) [b](https://www.vdi.lt/) [c](/lt/report) [d](//evil.example) [f](/\\evil.example) [e](data:text/html,x) ![pic](https://x/y.png)");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("data:");
    expect(html).not.toContain('href="//evil');
    expect(html).not.toContain('href="/\\evil');
    expect(html).toContain('<a href="https://www.vdi.lt/" rel="noopener noreferrer">b</a>');
    expect(html).toContain('<a href="/lt/report">c</a>');
    expect(html).not.toContain("<img");
  });

  it("renders tables with header cells", () => {
    const { html } = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |");
    expect(html).toContain('<th scope="col">a</th>');
    expect(html).toContain("<td>2</td>");
  });

  it("gives plain text for the search index", () => {
    expect(markdownToPlainText("## Title\n\n- **HMS-kort** on [site](https://x)\n")).toBe("Title\n HMS-kort on site");
  });

  it("makes ids from Lithuanian and Norwegian letters", () => {
    expect(slugify("Kas privalo ją turėti")).toBe("kas-privalo-ja-tureti");
    expect(slugify("Lønn og arbeidstid")).toBe("lonn-og-arbeidstid");
  });
});
