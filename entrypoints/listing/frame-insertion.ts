/**
 * Puts built widgets in the page a frame's worth at a time, sized so that no frame blocks the
 * page for a long task (> 50 ms); and finds the cards in view, which go in first.
 *
 * Why frames, not one pass: on a 2,000-entry arXiv listing the frame after 2,000 insertions lays
 * out and pre-paints every entry (~200 ms on a 2-core machine; the floor of bench/ pays ~150).
 * Why not small slices: every frame that changes that listing costs a fixed ~15-20 ms (the
 * listing's layout and pre-paint walk), even for one widget, so the more frames, the later the
 * last card. Each frame is measured as it renders, and the next takes as many widgets as fit in
 * FRAME_BUDGET_MS at the pace measured: a fast machine needs a few frames, a slow one a dozen.
 */

/**
 * What one frame that inserts widgets may cost, insertion, style, layout and paint included:
 * under the 50 ms of a long task with room for noise (a frame costs a little more than the one
 * before it measured: every widget already in the page adds to it), and no lower, since every
 * frame more costs the listing's fixed part again.
 */
export const FRAME_BUDGET_MS = 36;
/**
 * This many widgets go in at once: their frame costs ~25 ms on a slow machine (a 100-card
 * Hugging Face page), and a second frame would only add the fixed part.
 */
export const ONE_FRAME_MAX = 200;
/**
 * The first frame of off-screen widgets, before any was measured. That frame costs ~15-20 ms
 * more than the next ones whatever it holds (39-49 ms on arXiv, 2-core machine: rendering the
 * page still owes after the cards in view went in); the cards in view are not in it: with
 * them, it made a long task.
 */
const FIRST_OFF_SCREEN_COUNT = 25;
/** Growth per frame is bounded: a cheap frame of few widgets says little about many. */
const MAX_GROWTH = 4;

/** When a frame renders, and what that frame cost; injectable for unit tests. */
export interface FrameClock {
  /**
   * Runs `work` just before the next frame renders; resolves with the frame's cost in ms, or
   * undefined when no frame came in time and the work was done without one.
   */
  frame(work: () => void): Promise<number | undefined>;
  /** False where no frame ever renders (no requestAnimationFrame): the work is done in one go. */
  rendersFrames(): boolean;
  /**
   * Undefined while frames render; else (a hidden tab) when they will again: the widgets off
   * screen wait for it, so that showing the tab is not one long frame of all of them.
   */
  shown(): Promise<void> | undefined;
}

/**
 * How long a frame may keep the widgets waiting: a window covered (or a tab hidden) while a
 * frame is awaited renders none; its widgets then go in without one.
 */
const FRAME_WAIT_MAX_MS = 500;

export const animationFrameClock: FrameClock = {
  frame(work) {
    return new Promise((resolve) => {
      const frame = requestAnimationFrame(() => {
        clearTimeout(fallback);
        const start = performance.now();
        try {
          work();
        } finally {
          // A message posted in a requestAnimationFrame callback runs after that frame's style,
          // layout and paint, which follow the callbacks in the same task.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve(performance.now() - start);
          };
          channel.port2.postMessage(null);
        }
      });
      const fallback = setTimeout(() => {
        cancelAnimationFrame(frame);
        try {
          work();
        } finally {
          // No frame came: no cost to pace the next frames by.
          resolve(undefined);
        }
      }, FRAME_WAIT_MAX_MS);
    });
  },
  rendersFrames() {
    return typeof requestAnimationFrame === 'function';
  },
  shown() {
    // A background tab runs no animation frames: nothing renders there until it is shown.
    if (document.visibilityState === 'visible') return undefined;
    return new Promise((resolve) => {
      const onChange = () => {
        if (document.visibilityState !== 'visible') return;
        document.removeEventListener('visibilitychange', onChange);
        resolve();
      };
      document.addEventListener('visibilitychange', onChange);
    });
  },
};

/**
 * Sizes the frames from the ones measured: the next frame takes as many items as fit the budget
 * at the last frame's cost per item. A frame costs a fixed part plus a part per item, so that
 * estimate errs high, and under that model, a frame within the budget is followed by one within
 * it too, the counts growing towards the count that fills it; a frame over it, by a smaller one.
 * (A line fitted through two frames to find both parts reached it a frame or two sooner in
 * simulations, and overshot with noisy frames: not kept.)
 */
export class FramePacer {
  constructor(private count: number) {}

  /** How many items the next frame takes. */
  get nextCount(): number {
    return this.count;
  }

  /** The frame that took `count` items cost `costMs`. */
  measured(count: number, costMs: number): void {
    const atLastPace = Math.floor((count * FRAME_BUDGET_MS) / Math.max(costMs, 0.1));
    // Within the budget, one more at least: a frame of one item whose fixed part is over half the
    // budget would otherwise stay at one.
    const next = costMs > FRAME_BUDGET_MS ? atLastPace : Math.max(count + 1, atLastPace);
    this.count = Math.max(1, Math.min(count * MAX_GROWTH, next));
  }
}

/**
 * Calls `insert` on every item: up to ONE_FRAME_MAX at once; more, FIRST_OFF_SCREEN_COUNT in the
 * next frame, then as many a frame as FramePacer says; in a hidden tab, once it is shown. Meant
 * for the widgets off screen: those in view go in before, on their own (see viewportFirst).
 * Stops when `signal` aborts. An item whose insert throws is skipped; the others go on.
 */
export async function insertFrameByFrame<T>(
  items: readonly T[],
  insert: (item: T) => void,
  signal: AbortSignal,
  clock: FrameClock = animationFrameClock,
): Promise<void> {
  const insertSafely = (item: T) => {
    try {
      insert(item);
    } catch {
      // One card that cannot take its widget does not stop the others.
    }
  };
  const insertRange = (from: number, to: number) => {
    for (let index = from; index < to && !signal.aborted; index++) insertSafely(items[index] as T);
  };
  if (items.length <= ONE_FRAME_MAX || !clock.rendersFrames()) {
    insertRange(0, items.length);
    return;
  }
  const pacer = new FramePacer(FIRST_OFF_SCREEN_COUNT);
  let next = 0;
  while (next < items.length && !signal.aborted) {
    const shown = clock.shown();
    if (shown) {
      // A listing opened in a background tab: in one go, its widgets would all be laid out in
      // the frame that shows the tab.
      await shown;
      continue;
    }
    const from = next;
    const to = Math.min(items.length, from + pacer.nextCount);
    next = to;
    const cost = await clock.frame(() => insertRange(from, to));
    if (cost !== undefined) pacer.measured(to - from, cost);
  }
}

/** Items in the order they go in the page; the first `inView` reach into the viewport. */
export interface InsertionOrder<T> {
  items: T[];
  inView: number;
}

/**
 * How far beyond the viewport a card counts as in view: Chromium draws a `content-visibility:
 * auto` element that comes within half a viewport of it, so those are drawn with the page too.
 */
const VIEWPORT_MARGIN = 0.5;

/**
 * `items` (in document order) starting with those whose element is in view (VIEWPORT_MARGIN
 * included), then those below it, then those above: a page restored scrolled halfway shows its
 * widgets where the user looks first. Two binary searches: a couple of dozen reads of layout,
 * before any widget changes it (on a page that has just changed, they bring forward the layout
 * its next frame would do).
 */
export function viewportFirst<T>(
  items: readonly T[],
  elementOf: (item: T) => Element,
  viewportHeight: number = window.innerHeight,
): InsertionOrder<T> {
  const firstWhere = (test: (rect: DOMRect) => boolean) => {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (test(elementOf(items[middle] as T).getBoundingClientRect())) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const margin = viewportHeight * VIEWPORT_MARGIN;
  const firstInView = firstWhere((rect) => rect.bottom >= -margin);
  const firstBelow = Math.max(
    firstInView,
    firstWhere((rect) => rect.top > viewportHeight + margin),
  );
  return {
    items: [...items.slice(firstInView), ...items.slice(0, firstInView)],
    inView: firstBelow - firstInView,
  };
}
