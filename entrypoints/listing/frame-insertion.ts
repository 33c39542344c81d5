/**
 * Puts built widgets in the page a frame's worth at a time, sized so that no frame blocks the
 * page for a long task (> 50 ms); and finds the cards in view, which go in first.
 *
 * Why frames, not one pass: on a 2,000-entry arXiv listing the frame after 2,000 insertions lays
 * out and pre-paints every entry (~200 ms on a 2-core machine; the floor of bench/ pays ~150).
 * Why not small slices: every frame that changes that listing costs a fixed ~15-40 ms (the
 * listing's layout and pre-paint walk), even for one widget, so the more frames, the later the
 * last card. Each frame is measured as it renders, and FramePacer sizes the next from those
 * measured: a fast machine needs a few frames, a slow one a few dozen.
 */
import { fitLine, type Point } from '@/lib/line-fit';

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
 * more than the next ones whatever it holds (39-69 ms on arXiv, 2-core machine: rendering the
 * page still owes after the cards in view went in); the cards in view are not in it: with them,
 * it made a long task.
 */
const FIRST_OFF_SCREEN_COUNT = 25;
/** Growth per frame is bounded: a cheap frame of few widgets says little about many. */
const MAX_GROWTH = 4;
/**
 * No frame grows past this, whatever the estimate of a widget's cost: a frame of more widgets
 * than the last costs at most the last one's cost per widget each, so growing by this over the
 * last frame's cost stays under it (a long task is 50 ms; the rest is room for noise).
 */
export const FRAME_CEILING_MS = 44;
/**
 * Frames over the ceiling shrink no further than this: where the page's own part of a frame is
 * a long task by itself, fewer widgets cannot help, and one a frame would take the rest of the
 * listing thousands of frames.
 */
const SHRUNK_COUNT_MIN = 10;
/** Over the budget and under the ceiling, frames grow by 1/this of their widgets. */
const HOLDING_GROWTH_DIVISOR = 8;
/** The frames a widget's cost is estimated from: the last few, since the page's part drifts. */
const FRAMES_FITTED = 8;

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
 * Sizes the frames from the ones measured. A frame costs the page's own part (its layout and
 * pre-paint walk: fixed whatever the frame holds, and growing with every widget already in)
 * plus a part per widget, estimated by a line fitted through the last frames (FRAMES_FITTED),
 * taken at the high end of its error, and never above the most it can be: the smallest whole
 * cost per widget of those frames (each frame's cost bounds its widgets', whatever the page's
 * part). Then:
 * - a frame within the budget is followed by one that fills it, by that estimate, growing by
 *   at most MAX_GROWTH and within FRAME_CEILING_MS;
 * - a frame over the budget but under the ceiling, by one as large where the line puts the
 *   page's part under the budget (the widgets made it dear) or no line was fitted yet; where
 *   the line cannot tell, by one a little larger (1/HOLDING_GROWTH_DIVISOR). Either way, no
 *   fewer: the frame was no long task, and where the page's part is what grew, fewer widgets
 *   would only make more frames (shrinking back to the budget where the line blamed the widgets
 *   was tried: with the page's part growing as they go in, the line blames them, and frames
 *   shrank to a few widgets again). Growing slowly, the pacer goes on learning what widgets
 *   cost, which frames of a few cannot tell through the noise;
 * - a frame over the ceiling, by one with fewer widgets: the fewest fewer that may bring it
 *   back under (were its whole cost the widgets'), at most halved, and not below
 *   SHRUNK_COUNT_MIN; the next frame tells whether that was enough.
 *
 * Why not the last frame's cost per widget alone (kept until 2026-12-03): it counts the page's
 * part as the widgets', so where that part passed the budget late in a 2,000-entry listing
 * (~38 ms a frame on a slow hour), it took one widget a frame: 54 frames in one load, 11 s to
 * the last card in another (bench/JOURNAL.md, tenth round).
 */
export class FramePacer {
  private readonly fitted: Point[] = [];
  /**
   * The whole cost per widget of each of the last frames (FRAMES_FITTED), the first one
   * included: each is the most a widget can cost, whatever the page's part of that frame, so the
   * smallest is the tightest bound the pacer has.
   */
  private readonly costsPerItem: number[] = [];
  /** The line's last estimate of a widget's cost, kept while the frames fitted are all of a size. */
  private lastEstimate: number | undefined;
  private measuredAny = false;

  constructor(private count: number) {}

  /** How many items the next frame takes. */
  get nextCount(): number {
    return this.count;
  }

  /**
   * The frame that took `count` items cost `costMs`. The first frame measured is not fitted:
   * it is the first off-screen one, dearer whatever it holds (FIRST_OFF_SCREEN_COUNT).
   */
  measured(count: number, costMs: number): void {
    if (!(count >= 1 && costMs >= 0)) return;
    this.costsPerItem.push(Math.max(costMs, 0.01) / count);
    if (this.costsPerItem.length > FRAMES_FITTED) this.costsPerItem.shift();
    if (this.measuredAny) {
      this.fitted.push({ x: count, y: costMs });
      if (this.fitted.length > FRAMES_FITTED) this.fitted.shift();
      const line = fitLine(this.fitted);
      // Frames all of one size say nothing new about a widget's cost: the last estimate stands.
      if (line) this.lastEstimate = line.slope + line.slopeStandardError;
    }
    this.measuredAny = true;
    this.count = Math.max(1, this.nextAfter(count, costMs));
  }

  private nextAfter(count: number, costMs: number): number {
    const { perItem, evidence } = this.perItemCost();
    const fixed = costMs - perItem * count;
    // The most widgets that keep the next frame under the ceiling, were each as dear as the
    // tightest bound of the last frames (the page's part as in this frame). After frames that
    // the page made dear (Chromium's text capture, a GC) shrank them to a few, a frame of a few
    // bounds a widget's cost loosely: by its own bound alone they grew back a third a frame, 9
    // frames from 10 to 120 on the 2,000-entry arXiv page (bench/JOURNAL.md, twelfth round).
    const ceiling =
      costMs < FRAME_CEILING_MS
        ? count + Math.floor((FRAME_CEILING_MS - costMs) / this.mostPerItem)
        : Math.floor((count * FRAME_CEILING_MS) / Math.max(costMs, 0.1));
    if (costMs <= FRAME_BUDGET_MS) {
      // One more at least: a frame whose fixed part is over half the budget would otherwise
      // stay where it is.
      const filling = count + Math.max(1, Math.floor((FRAME_BUDGET_MS - costMs) / perItem));
      return Math.min(filling, count * MAX_GROWTH, Math.max(count + 1, ceiling));
    }
    if (costMs <= FRAME_CEILING_MS) {
      if (evidence === 'none' || (evidence === 'line' && fixed < FRAME_BUDGET_MS)) return count;
      const holding = count + Math.ceil(count / HOLDING_GROWTH_DIVISOR);
      return Math.max(count, Math.min(holding, ceiling));
    }
    // Over the ceiling: the least that may bring it back (were the whole cost the widgets'),
    // not what the line says, which a page whose part grows fools into blaming the page.
    return Math.max(ceiling, Math.ceil(count / 2), Math.min(count, SHRUNK_COUNT_MIN));
  }

  /**
   * A widget's cost, and what says so: `line`, the fitted line, which tells the widgets' part
   * from the page's; `bound`, the tightest whole cost per widget of the last frames
   * (mostPerItem), the line being no tighter (frames too few or too alike to tell through the
   * noise); `none`, no line fitted yet.
   */
  private perItemCost(): { perItem: number; evidence: 'line' | 'bound' | 'none' } {
    const most = this.mostPerItem;
    const high = this.lastEstimate;
    if (high === undefined) return { perItem: most, evidence: 'none' };
    // (Where the page's part is nil, the line meets the bound; rounding may put it a hair above.)
    if (high > most * (1 + 1e-9)) return { perItem: most, evidence: 'bound' };
    // A flat or falling line (noise, or the page's part falling) says only that widgets are
    // cheap: the growth bounds then decide.
    return { perItem: Math.min(most, Math.max(high, most / 1_000)), evidence: 'line' };
  }

  /**
   * The most a widget can cost: the tightest of the last frames' whole costs per widget, the
   * frame just measured included (measured() records it before sizing the next).
   */
  private get mostPerItem(): number {
    return Math.min(...this.costsPerItem);
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
 * How far beyond the viewport a card counts as in view: the cards half a viewport below it go
 * in with those in view, so a first scroll finds them annotated.
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
