// The one generation every cache of derived data compares before answering: the `data_generation` row, bumped by
// triggers on every write from any process (see db/data-generation.ts). Reading it is one indexed row.
import { sqlite } from "./db";

const readGeneration = sqlite.prepare("select value from data_generation where id = 1").pluck();

export function dataGeneration(): number {
  return readGeneration.get() as number;
}

/** How long a cached derived value may be kept even when the generation has not moved (a backstop). */
export const DERIVED_CACHE_MAX_AGE_MS = 5 * 60_000;

/** Whether a value cached at `storedAt` under `generation` may still be served. */
export function isCachedValueFresh(entry: { generation: number; storedAt: number }, now = Date.now()): boolean {
  return entry.generation === dataGeneration() && now - entry.storedAt < DERIVED_CACHE_MAX_AGE_MS;
}
