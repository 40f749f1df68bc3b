import { describe, expect, it } from "vitest";
import { valueScale } from "~/domain/chart-scale";

describe("valueScale", () => {
  it("gives an axis of one step to a chart of zeros", () => {
    expect(valueScale(0, { integer: true })).toEqual({ step: 1, top: 1, ticks: [0, 1], decimals: 0 });
    expect(valueScale(0).ticks).toEqual([0, 1]);
  });

  it("counts in whole steps", () => {
    expect(valueScale(1, { integer: true }).ticks).toEqual([0, 1]);
    expect(valueScale(3, { integer: true }).ticks).toEqual([0, 1, 2, 3]);
    expect(valueScale(7, { integer: true }).ticks).toEqual([0, 2, 4, 6, 8]);
    expect(valueScale(10, { integer: true }).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueScale(99, { integer: true }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(valueScale(1234, { integer: true }).ticks).toEqual([0, 500, 1000, 1500]);
  });

  it("uses steps of 1, 2 or 5 × 10^n and never more steps than asked", () => {
    for (const max of [1, 2, 3, 7, 10, 11, 19, 42, 99, 100, 101, 999, 1234, 55_000, 0.37, 0.004, 2.5]) {
      const { step, ticks, top } = valueScale(max, { maxSteps: 5 });
      const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
      expect([1, 2, 5]).toContain(Number(mantissa.toFixed(6)));
      expect(ticks.length - 1).toBeLessThanOrEqual(5);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(top - step).toBeLessThan(max);
    }
  });

  it("keeps fractional steps free of floating-point noise", () => {
    expect(valueScale(0.37)).toEqual({ step: 0.1, top: 0.4, ticks: [0, 0.1, 0.2, 0.3, 0.4], decimals: 1 });
    expect(valueScale(2.5)).toEqual({ step: 0.5, top: 2.5, ticks: [0, 0.5, 1, 1.5, 2, 2.5], decimals: 1 });
    expect(valueScale(0.37, { integer: true }).ticks).toEqual([0, 1]);
  });

  it("takes fewer steps when asked", () => {
    expect(valueScale(99, { maxSteps: 2, integer: true }).ticks).toEqual([0, 50, 100]);
    expect(valueScale(7, { maxSteps: 10, integer: true }).ticks).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("refuses a value that is not a number", () => {
    expect(() => valueScale(Number.NaN)).toThrow(RangeError);
    expect(() => valueScale(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
