// The text of each page of a PDF, line by line, as Debian's `pdftotext -layout` (package poppler-utils) reads it.
// Chosen over an npm extractor in docs/decisions/0084-pdf-text-per-page-with-pdftotext.md.
import { execFileSync } from "node:child_process";

export const PDFTOTEXT_PATH = process.env.PDFTOTEXT_PATH ?? "pdftotext";

/** Throws a clear error when the tool is missing, so a test fails for that reason and not with an empty PDF. */
export function requirePdftotext(): void {
  try {
    execFileSync(PDFTOTEXT_PATH, ["-v"], { stdio: "pipe" });
  } catch (error) {
    throw new Error(`pdftotext is missing (${(error as Error).message}): install the Debian package poppler-utils (apt-get install -y poppler-utils) or set PDFTOTEXT_PATH`);
  }
}

/** One array of non-empty, whitespace-collapsed lines per page, in page order. */
export function pdfPageLines(pdf: Uint8Array): string[][] {
  const text = execFileSync(PDFTOTEXT_PATH, ["-layout", "-enc", "UTF-8", "-", "-"], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString("utf8");
  // pdftotext ends every page with a form feed, so the piece after the last one is not a page.
  const pages = text.split("\f").slice(0, -1);
  return pages.map((page) =>
    page
      .split("\n")
      // Word joiners (which keep "2017–18" on one line) are not part of the words.
      .map((line) => line.replace(/\u2060/g, "").replace(/\s+/g, " ").trim())
      .filter((line) => line !== ""),
  );
}
