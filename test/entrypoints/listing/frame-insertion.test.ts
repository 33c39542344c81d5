import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  animationFrameClock,
  FRAME_BUDGET_MS,
  FRAME_CEILING_MS,
  type FrameClock,
  FramePacer,
  insertFrameByFrame,
  ONE_FRAME_MAX,
  viewportFirst,
} from '@/entrypoints/listing/frame-insertion';

/**
 * A clock whose frames cost `fixed + perItem × items inserted` (plus `drift` × items already in:
 * the page's part of a frame grows with them), and an `insert` that records the items, so every
 * frame's count and cost is known.
 */
function modelListing(fixed: number, perItem: number, drift = 0) {
  const frames: number[] = [];
  const costs: number[] = [];
  const inserted: number[] = [];
  let showTab: (() => void) | undefined;
  let hiddenUntilShown: Promise<void> | undefined;
  const clock: FrameClock = {
    async frame(work) {
      const before = inserted.length;
      work();
      frames.push(inserted.length - before);
      const cost = fixed + drift * before + perItem * (inserted.length - before);
      costs.push(cost);
      return cost;
    },
    rendersFrames: () => true,
    shown: () => hiddenUntilShown,
  };
  const hideTab = () => {
    hiddenUntilShown = new Promise((resolve) => {
      showTab = () => {
        hiddenUntilShown = undefined;
        resolve();
      };
    });
  };
  return {
    clock,
    frames,
    costs,
    inserted,
    insert: (item: number) => void inserted.push(item),
    hideTab,
    showTab: () => showTab?.(),
  };
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** A small deterministic generator (Park-Miller), for noise that fast-check can shrink by seed. */
function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

describe('FramePacer', () => {
  const signal = new AbortController().signal;

  it('keeps every frame within the budget once one was, and fills it, under a linear cost model', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: FRAME_BUDGET_MS * 0.8, noNaN: true }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (fixed, perItem, first) => {
          fc.pre(fixed + perItem * first <= FRAME_BUDGET_MS);
          const pacer = new FramePacer(first);
          const costs: number[] = [];
          for (let frame = 0; frame < 60; frame++) {
            const count = pacer.nextCount;
            const cost = fixed + perItem * count;
            costs.push(cost);
            pacer.measured(count, cost);
          }
          // The one extra item a frame within the budget always gets may cross it by one item.
          for (const cost of costs)
            expect(cost).toBeLessThanOrEqual(FRAME_BUDGET_MS + perItem + 1e-9);
          // After 60 frames, the frames fill the budget, but for one item's worth.
          const last = costs[costs.length - 1] as number;
          expect(last).toBeGreaterThanOrEqual(
            Math.min(FRAME_BUDGET_MS - 2 * perItem, FRAME_BUDGET_MS * 0.9),
          );
        },
      ),
    );
  });

  it('takes at most half as many items after a frame over the ceiling, and never none', () => {
    const pacer = new FramePacer(400);
    pacer.measured(400, FRAME_BUDGET_MS * 4);
    expect(pacer.nextCount).toBe(200);
    // Not below 10: where the page's part alone is a long task, fewer would only make more frames.
    const few = new FramePacer(12);
    few.measured(12, 10_000);
    expect(few.nextCount).toBe(10);
    const fewer = new FramePacer(3);
    fewer.measured(3, 10_000);
    expect(fewer.nextCount).toBe(3);
  });

  it('goes down to 10 a frame, no fewer, where every frame is a long task whatever it holds', () => {
    const pacer = new FramePacer(400);
    const counts: number[] = [];
    for (let frame = 0; frame < 8; frame++) {
      pacer.measured(pacer.nextCount, 10_000);
      counts.push(pacer.nextCount);
    }
    expect(counts).toEqual([200, 100, 50, 25, 13, 10, 10, 10]);
  });

  it('grows at most fourfold after a cheap frame', () => {
    const pacer = new FramePacer(10);
    pacer.measured(10, 0.01);
    expect(pacer.nextCount).toBe(40);
  });

  it('keeps frames large where the page makes every frame dearer as items go in (2026-12-03: 1 a frame)', async () => {
    // As measured on arXiv's 2,000 entries: ~25 ms for the page's part at first, ~40 at the end.
    const listing = modelListing(25, 0.1, 0.0075);
    await insertFrameByFrame(range(2000), listing.insert, signal, listing.clock);
    expect(listing.inserted).toEqual(range(2000));
    expect(listing.frames.length).toBeLessThan(40);
    expect(Math.min(...listing.frames)).toBeGreaterThanOrEqual(10);
    for (const cost of listing.costs) expect(cost).toBeLessThan(50);
  });

  it('grows back within a few frames after noise made it shrink to the fewest', () => {
    // arXiv's 2,000 entries on a slow hour: ~27 ms for the page's part, ~0.075 ms a widget, and
    // frames the page alone made dear (Chromium's page-text capture, a GC) shrinking the pacer.
    const costOf = (count: number) => 27 + 0.075 * count;
    const pacer = new FramePacer(25);
    for (let frame = 0; frame < 20; frame++)
      pacer.measured(pacer.nextCount, costOf(pacer.nextCount));
    expect(pacer.nextCount).toBeGreaterThanOrEqual(100);
    while (pacer.nextCount > 10) pacer.measured(pacer.nextCount, 90);
    const regrowth: number[] = [];
    while (pacer.nextCount < 100 && regrowth.length < 30) {
      regrowth.push(pacer.nextCount);
      pacer.measured(pacer.nextCount, costOf(pacer.nextCount));
    }
    // Bounded by the last frame's cost per widget alone, it took 8 frames: 10, 15, 23, 35, 43, ...
    expect(regrowth.length).toBeLessThanOrEqual(5);
    expect(costOf(pacer.nextCount)).toBeLessThanOrEqual(FRAME_CEILING_MS);
  });

  it('keeps frames under 50 ms and their number near the fewest possible, with noise and drift', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 28, noNaN: true }),
        fc.double({ min: 0, max: 0.006, noNaN: true }),
        // Widgets of up to 0.5 ms each (Paper Shelf's cost ~0.05-0.15): at the floor of 10 a
        // frame, dearer ones on the dearest page here make 50 ms frames whatever the pacer does.
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 1, max: 2 ** 30 }),
        (fixed, drift, perItem, noise, seed) => {
          const random = seededRandom(seed);
          const total = 2000;
          const pacer = new FramePacer(25);
          let inserted = 0;
          let frames = 0;
          while (inserted < total) {
            const count = Math.min(pacer.nextCount, total - inserted);
            const cost = fixed + drift * inserted + perItem * count + (random() * 2 - 1) * noise;
            // The first frame's count is the caller's, not the pacer's.
            if (frames > 0) expect(cost).toBeLessThan(50);
            pacer.measured(count, cost);
            inserted += count;
            frames++;
          }
          // The fewest frames within the ceiling, at the dearest the page's part gets.
          const perFrame = Math.max(
            1,
            Math.floor((FRAME_CEILING_MS - fixed - drift * total) / perItem),
          );
          expect(frames).toBeLessThanOrEqual(3 * Math.ceil(total / perFrame) + 10);
        },
      ),
    );
  });
});

describe('insertFrameByFrame', () => {
  const signal = new AbortController().signal;

  it('puts a small listing in at once, without waiting for a frame', async () => {
    const listing = modelListing(20, 0.1);
    await insertFrameByFrame(range(ONE_FRAME_MAX), listing.insert, signal, listing.clock);
    expect(listing.inserted).toEqual(range(ONE_FRAME_MAX));
    expect(listing.frames).toEqual([]);
  });

  it('puts many in frame by frame, every item once, in order, each frame within the budget', async () => {
    const listing = modelListing(18, 0.09);
    await insertFrameByFrame(range(2000), listing.insert, signal, listing.clock);
    expect(listing.inserted).toEqual(range(2000));
    expect(listing.frames[0]).toBe(25);
    expect(listing.frames.length).toBeGreaterThan(5);
    for (const count of listing.frames) {
      expect(18 + 0.09 * count).toBeLessThanOrEqual(FRAME_BUDGET_MS + 0.09);
    }
  });

  it('waits for a hidden tab to be shown, then goes on frame by frame', async () => {
    const listing = modelListing(18, 0.09);
    const insert = (item: number) => {
      listing.insert(item);
      if (listing.inserted.length === 30) listing.hideTab();
    };
    const done = insertFrameByFrame(range(1000), insert, signal, listing.clock);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The frame during which the tab was hidden was the last one.
    expect(listing.frames).toHaveLength(2);
    const insertedWhileHidden = listing.inserted.length;
    expect(insertedWhileHidden).toBeLessThan(1000);
    listing.showTab();
    await done;
    expect(listing.inserted).toEqual(range(1000));
    expect(listing.frames.length).toBeGreaterThan(3);
  });

  it('skips an item whose insertion throws and goes on with the others', async () => {
    const listing = modelListing(18, 0.09);
    const insert = (item: number) => {
      if (item % 100 === 42) throw new Error('the card changed');
      listing.insert(item);
    };
    await insertFrameByFrame(range(500), insert, signal, listing.clock);
    expect(listing.inserted).toHaveLength(495);
    expect(listing.inserted).not.toContain(142);
  });

  it('stops when the page view ends, mid-frame included', async () => {
    const controller = new AbortController();
    const listing = modelListing(18, 0.09);
    const insert = (item: number) => {
      listing.insert(item);
      if (item === 12) controller.abort();
    };
    await insertFrameByFrame(range(1000), insert, controller.signal, listing.clock);
    expect(listing.inserted).toEqual(range(13));
  });
});

describe('animationFrameClock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('does the work without a frame when none comes (the tab was hidden meanwhile)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const work = vi.fn();
    const cost = animationFrameClock.frame(work);
    await vi.advanceTimersByTimeAsync(400);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(work).toHaveBeenCalledOnce();
    // No cost to pace the next frames by.
    await expect(cost).resolves.toBeUndefined();
  });
});

describe('viewportFirst', () => {
  /** Cards 100 px tall, one under the other, the page scrolled by `scrollY`. */
  function cards(count: number, scrollY: number) {
    return range(count).map((index) => {
      const element = document.createElement('div');
      const top = index * 100 - scrollY;
      element.getBoundingClientRect = () => ({ top, bottom: top + 100 }) as DOMRect;
      return { index, element };
    });
  }

  it('starts at the top of a page that is not scrolled, the cards in view (and half a viewport more) counted', () => {
    const order = viewportFirst(cards(50, 0), (card) => card.element, 800);
    expect(order.items.map((card) => card.index)).toEqual(range(50));
    // Down to 1,200 px: the viewport and half of one below it (card 12 starts right there).
    expect(order.inView).toBe(13);
  });

  it('starts where a page restored halfway down is scrolled, and does the cards above last', () => {
    const order = viewportFirst(cards(50, 2000), (card) => card.element, 800);
    const indexes = order.items.map((card) => card.index);
    // In view with the margins: 1,600-3,200 px of the page, cards 15-32.
    expect(order.inView).toBe(18);
    expect(indexes.slice(0, 18)).toEqual(range(18).map((index) => index + 15));
    expect(indexes.slice(18)).toEqual([...range(17).map((index) => index + 33), ...range(15)]);
  });

  it('counts none in view when the page is scrolled past every card', () => {
    const order = viewportFirst(cards(5, 5000), (card) => card.element, 800);
    expect(order.inView).toBe(0);
    expect(order.items).toHaveLength(5);
  });
});
