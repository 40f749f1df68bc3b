// The value axis of a chart: "nice" steps of 1, 2 or 5 × 10^n, from 0 up to the first step at or above the largest
// value, so that a reader can read a bar against the gridlines. Pure, so the steps are unit-tested.

export interface ValueScale {
  /** Distance between two ticks. */
  step: number;
  /** The axis's top: the last tick, at or above the largest value. */
  top: number;
  /** 0, step, 2 × step, … top. */
  ticks: number[];
  /** Decimals a tick label needs (0 for whole steps). */
  decimals: number;
}

const NICE_MULTIPLES = [1, 2, 5, 10];

/**
 * Ticks for values from 0 to `max`, at most `maxSteps` steps. Counts (`integer`) never get a step below 1.
 * A chart of zeros still gets an axis (0 and 1 step), so its empty bars read as zero, not as missing.
 */
export function valueScale(max: number, { maxSteps = 5, integer = false }: { maxSteps?: number; integer?: boolean } = {}): ValueScale {
  if (!Number.isFinite(max) || maxSteps < 1) throw new RangeError(`valueScale: max ${max}, maxSteps ${maxSteps}`);
  const largest = Math.max(0, max);
  let step: number;
  if (largest === 0) {
    step = 1;
  } else {
    const raw = largest / maxSteps;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    step = NICE_MULTIPLES.map((multiple) => multiple * magnitude).find((candidate) => candidate >= raw * (1 - 1e-9))!;
  }
  if (integer) step = Math.max(1, step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  // Rounded to the step's decimals: 3 × 0.1 is 0.30000000000000004 in floating point.
  const round = (value: number) => Number(value.toFixed(decimals));
  // The tolerance keeps 0.3 / 0.1 (2.9999999999999996 in floating point) at 3 steps.
  const count = Math.max(1, Math.ceil(largest / step - 1e-9));
  const ticks = Array.from({ length: count + 1 }, (_, index) => round(index * step));
  return { step: round(step), top: ticks.at(-1)!, ticks, decimals };
}
