import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLine } from '@/lib/line-fit';

describe('fitLine', () => {
  it('finds the line through points that lie on one, with no error', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 2, maxLength: 12 }),
        (slope, intercept, xs) => {
          const line = fitLine(xs.map((x) => ({ x, y: intercept + slope * x })));
          expect(line?.slope).toBeCloseTo(slope, 6);
          expect(line?.intercept).toBeCloseTo(intercept, 3);
          expect(line?.slopeStandardError).toBeCloseTo(0, 3);
        },
      ),
    );
  });

  it('gives the slope its standard error from the scatter about the line', () => {
    // By hand: slope 0.9, intercept -0.1, residuals 0.1, 0.2, -0.7, 0.4; SE = √(0.7 / 2 / 5).
    const line = fitLine([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 1 },
      { x: 3, y: 3 },
    ]);
    expect(line?.slope).toBeCloseTo(0.9, 10);
    expect(line?.intercept).toBeCloseTo(-0.1, 10);
    expect(line?.slopeStandardError).toBeCloseTo(Math.sqrt(0.07), 10);
  });

  it('has no line through fewer than two points, or points all at one x', () => {
    expect(fitLine([])).toBeUndefined();
    expect(fitLine([{ x: 1, y: 2 }])).toBeUndefined();
    expect(
      fitLine([
        { x: 4, y: 1 },
        { x: 4, y: 9 },
      ]),
    ).toBeUndefined();
  });
});
