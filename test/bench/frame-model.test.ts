import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fewestFramesWithin, fitFrameCost } from '../../bench/lib/frame-model';

/** Runs that follow the model exactly: `fixed` ms a frame, `perHost` ms a host. */
const exactRuns = (fixed: number, perHost: number, hosts: number, frameCounts: number[]) =>
  frameCounts.map((frames) => ({ frames, totalMs: fixed * frames + perHost * hosts }));

describe('frame cost model', () => {
  it('finds the fixed part of a frame and the part of a host from runs that follow it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.integer({ min: 100, max: 5000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 6 }),
        (fixed, perHost, hosts, frameCounts) => {
          const model = fitFrameCost(exactRuns(fixed, perHost, hosts, frameCounts), hosts);
          expect(model.fixedPerFrameMs).toBeCloseTo(fixed, 6);
          expect(model.perHostMs).toBeCloseTo(perHost, 6);
        },
      ),
    );
  });

  it('fits the line through noisy runs by least squares', () => {
    // Near frames of 18 ms and hosts of 0.1 ms (2,000 hosts), 10 ms off either way.
    const runs = [
      { frames: 1, totalMs: 228 },
      { frames: 1, totalMs: 248 },
      { frames: 13, totalMs: 438 },
      { frames: 7, totalMs: 326 },
    ];
    const model = fitFrameCost(runs, 2000);
    expect(model.fixedPerFrameMs).toBeCloseTo(16.48, 2);
    expect(model.perHostMs).toBeCloseTo(0.1097, 4);
  });

  it('needs two frame counts to tell the parts apart', () => {
    expect(() => fitFrameCost(exactRuns(18, 0.1, 2000, [4, 4]), 2000)).toThrow(/two frame counts/);
  });

  it('plans the fewest frames within a budget, every frame within it', () => {
    const model = { fixedPerFrameMs: 18, perHostMs: 0.1, hosts: 2000 };
    // 32 ms of room a frame: 320 hosts, 7 frames, 7 × 18 + 200 ms.
    expect(fewestFramesWithin(model, 50)).toEqual({
      hostsPerFrame: 320,
      frames: 7,
      totalMs: 326,
    });
    fc.assert(
      fc.property(fc.double({ min: 19, max: 400, noNaN: true }), (budget) => {
        const plan = fewestFramesWithin(model, budget);
        expect(plan).toBeDefined();
        if (!plan) return;
        expect(model.fixedPerFrameMs + model.perHostMs * plan.hostsPerFrame).toBeLessThanOrEqual(
          budget + 1e-9,
        );
        // One host more a frame would not fit, unless one frame already holds them all.
        if (plan.frames > 1) {
          expect(
            model.fixedPerFrameMs + model.perHostMs * (plan.hostsPerFrame + 1),
          ).toBeGreaterThan(budget);
        }
        expect(plan.frames * plan.hostsPerFrame).toBeGreaterThanOrEqual(model.hosts);
      }),
    );
  });

  it('has no plan when the fixed part alone is over the budget', () => {
    expect(fewestFramesWithin({ fixedPerFrameMs: 55, perHostMs: 0.1, hosts: 10 }, 50)).toBe(
      undefined,
    );
  });
});
