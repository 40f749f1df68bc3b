// Code never cites files outside the repository: every `docs/…` that source or tests name exists, every section
// (`§N`, `§N.M`) it points to is a heading there, and nothing cites the team's notes outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const FOLDERS = ["app", "server", "db", "tests"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const SELF = "tests/unit/doc-references.test.ts";
const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, "utf8") }))
  .filter((file) => file.path !== SELF);

/** A document's section numbers, from headings such as `## 2. Working days` or `### 2.2 Joint…`. */
function sectionsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{2,4} +(\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]!));
}

describe("references to docs/", () => {
  const citations = files.flatMap(({ path, text }) =>
    [...text.matchAll(/docs\/([a-z0-9-]+(?:\/[0-9]{4})?[a-z0-9-]*)(\.md)?((?: §\d+(?:\.\d+)*(?: and §\d+(?:\.\d+)*)*)?)/g)].map((m) => ({
      from: path,
      target: m[1]!,
      sections: [...(m[3] ?? "").matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => s[1]!),
    })),
  );

  it("finds citations to check", () => {
    expect(citations.filter((c) => c.target === "domain-facts").length).toBeGreaterThan(5);
  });

  it("point to documents that exist, and to sections they have", () => {
    const problems: string[] = [];
    for (const { from, target, sections } of citations) {
      const decision = /^decisions\/(\d{4})/.exec(target);
      const path = decision
        ? readdirSync(join(ROOT, "docs/decisions"))
            .filter((name) => name.startsWith(decision[1]!))
            .map((name) => join(ROOT, "docs/decisions", name))[0]
        : join(ROOT, "docs", `${target}.md`);
      if (!path || !existsSync(path)) {
        problems.push(`${from}: docs/${target} does not exist`);
        continue;
      }
      const known = sectionsOf(readFileSync(path, "utf8"));
      for (const section of sections) if (!known.has(section)) problems.push(`${from}: docs/${target} has no §${section}`);
    }
    expect(problems).toEqual([]);
  });

  it("never cite the team's notes outside the repository", () => {
    const outside = files.filter(({ text }) => /\b(DOMAIN|DESIGN|GLOSSARY)\.md\b|\.\.\/shared\//.test(text));
    expect(outside.map((f) => f.path)).toEqual([]);
  });
});
