// An enterprise's names over time, as cases named it: the same name typed with other quotes, case or spacing is one
// name; the current name is the one seen most recently, the earlier ones keep the dates they were seen between.
import type { EvidenceCase } from "./enterprise-signals";

export interface NameSighting {
  name: string;
  seenOn: string;
  case: EvidenceCase | null;
}

export interface NameOverTime {
  /** As most recently typed. */
  name: string;
  firstSeenOn: string | null;
  lastSeenOn: string | null;
  /** The cases that named it, most recent first, without repeats. */
  cases: EvidenceCase[];
}

/** How many cases each name links to: the page names the evidence, it does not list every case. */
export const NAME_CASES_SHOWN = 5;

/** The key two spellings of one name share: Lithuanian „…“, English "…" and typographic quotes are one quote. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[„“”"«»'’‘]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** A typed name as it is stored: trimmed, inner runs of spaces as one; null when nothing is left. */
export function cleanName(name: string | null | undefined): string | null {
  const cleaned = (name ?? "").replace(/\s+/g, " ").trim();
  return cleaned || null;
}

/**
 * The current name and the earlier ones. Without any sighting the stored name is the current one, with no dates
 * (cases from before names were kept, or none the viewer may open).
 */
export function namesOverTime(
  sightings: readonly NameSighting[],
  storedName: string
): { current: NameOverTime; earlier: NameOverTime[] } {
  const groups = new Map<string, NameOverTime>();
  // Most recent first, so the first spelling met is the latest one and cases come out newest first.
  const ordered = [...sightings].sort((a, b) =>
    b.seenOn.localeCompare(a.seenOn)
  );
  for (const sighting of ordered) {
    const key = nameKey(sighting.name);
    if (!key) continue;
    let group = groups.get(key);
    if (!group) {
      group = {
        name: sighting.name,
        firstSeenOn: sighting.seenOn,
        lastSeenOn: sighting.seenOn,
        cases: [],
      };
      groups.set(key, group);
    }
    group.firstSeenOn = sighting.seenOn;
    const source = sighting.case;
    if (
      source &&
      group.cases.length < NAME_CASES_SHOWN &&
      !group.cases.some((c) => c.kind === source.kind && c.ref === source.ref)
    )
      group.cases.push(source);
  }
  const names = [...groups.values()].sort(
    (a, b) =>
      (b.lastSeenOn ?? "").localeCompare(a.lastSeenOn ?? "") ||
      (b.firstSeenOn ?? "").localeCompare(a.firstSeenOn ?? "")
  );
  const [current, ...earlier] = names;
  return {
    current: current ?? {
      name: storedName,
      firstSeenOn: null,
      lastSeenOn: null,
      cases: [],
    },
    earlier,
  };
}
