/**
 * A model of what putting widgets in a long listing costs, frame by frame, fitted to measured
 * runs (bench/chunking.ts). Every frame that changes the listing pays a fixed part (its layout,
 * pre-paint and paint walk over the whole listing, even for one widget), and every widget its
 * own part (its box in its entry's line). So `hosts` widgets in `frames` frames cost
 *
 *   total = fixedPerFrame × frames + perHost × hosts
 *
 * and the fewer the frames, the less in all: one frame is cheapest, and a long task.
 */
import { fitLine } from '../../lib/line-fit';

export interface ChunkedRun {
  /** Frames the widgets went in over. */
  frames: number;
  /** From the first insertion to the end of the frame that showed the last widget. */
  totalMs: number;
}

export interface FrameCostModel {
  fixedPerFrameMs: number;
  perHostMs: number;
  hosts: number;
}

/**
 * Least squares through (frames, totalMs). The runs all put in the same `hosts`, so the
 * intercept is the part every widget pays once and the slope the part every frame pays.
 */
export function fitFrameCost(runs: readonly ChunkedRun[], hosts: number): FrameCostModel {
  const line = fitLine(runs.map((run) => ({ x: run.frames, y: run.totalMs })));
  if (!line) throw new Error('fitFrameCost needs runs over at least two frame counts');
  if (!(hosts > 0)) throw new Error('fitFrameCost needs a positive number of hosts');
  return { fixedPerFrameMs: line.slope, perHostMs: line.intercept / hosts, hosts };
}

export interface FramePlan {
  /** Widgets in each frame (the last one may hold fewer). */
  hostsPerFrame: number;
  frames: number;
  totalMs: number;
}

/**
 * The fewest frames that put every widget in with no frame over `frameBudgetMs`, by the model;
 * undefined when not even one widget fits a frame (its fixed part alone is over the budget).
 */
export function fewestFramesWithin(
  model: FrameCostModel,
  frameBudgetMs: number,
): FramePlan | undefined {
  const room = frameBudgetMs - model.fixedPerFrameMs;
  const fitting = model.perHostMs > 0 ? Math.floor(room / model.perHostMs) : model.hosts;
  if (fitting < 1) return undefined;
  const hostsPerFrame = Math.min(model.hosts, fitting);
  const frames = Math.ceil(model.hosts / hostsPerFrame);
  return {
    hostsPerFrame,
    frames,
    totalMs: model.fixedPerFrameMs * frames + model.perHostMs * model.hosts,
  };
}
