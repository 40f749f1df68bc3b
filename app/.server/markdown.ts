// Markdown of public content → safe HTML. Content never brings markup of its own: raw HTML is shown as text,
// images are reduced to their description, and links may only be http(s), mailto, tel or site-relative.
import { Marked, type Tokens } from "marked";

export interface RenderedMarkdown {
  html: string;
  /** The `##` headings, for the "on this page" list. */
  headings: { id: string; text: string }[];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

// A path on this site, never `//host` or `/\host` (browsers read a backslash as a slash: both leave the site).
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?![\/\\])|#)/i;

export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[æ]/g, "ae")
      .replace(/[ø]/g, "o")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "section"
  );
}

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const headings: RenderedMarkdown["headings"] = [];
  const used = new Map<string, number>();
  const marked = new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth, text }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        // Page titles are rendered by the page itself; content headings start at h2.
        const level = Math.min(Math.max(depth, 2), 4);
        const plain = text.replace(/[*_`]/g, "");
        const base = slugify(plain);
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        const id = count ? `${base}-${count + 1}` : base;
        if (level === 2) headings.push({ id, text: plain });
        return `<h${level} id="${id}">${inner}</h${level}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        if (!SAFE_LINK.test(href)) return inner;
        const external = /^https?:\/\//i.test(href);
        return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ""}${external ? ' rel="noopener noreferrer"' : ""}>${inner}</a>`;
      },
      image({ text }: Tokens.Image) {
        return escapeHtml(text);
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell, tag: "th" | "td") =>
          `<${tag}${tag === "th" ? ' scope="col"' : ""}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        const head = `<tr>${token.header.map((c) => cell(c, "th")).join("")}</tr>`;
        const body = token.rows.map((row) => `<tr>${row.map((c) => cell(c, "td")).join("")}</tr>`).join("");
        return `<div class="table-wrap"><table class="table"><thead>${head}</thead><tbody>${body}</tbody></table></div>\n`;
      },
    },
  });
  const html = marked.parse(markdown) as string;
  return { html, headings };
}

/** The text of Markdown without its syntax, for the search index and summaries. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}#{1,6}\s*/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/^\s*\d+\.\s+/gm, "")
    .replace(/^\s*\|?[-:| ]+\|?\s*$/gm, "")
    .replace(/[|*_`>~]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Plain text for the search index: as markdownToPlainText, but a heading ends with a full stop when it has no
 * punctuation of its own, so a search snippet never runs the heading into the text below it. */
export function markdownToSearchText(markdown: string): string {
  return markdownToPlainText(
    markdown.replace(/^(\s{0,3}#{1,6}\s+)(.*?)[ \t#]*$/gm, (_line, marker: string, text: string) => (/[.!?:…]$/.test(text) ? `${marker}${text}` : `${marker}${text}.`)),
  );
}
