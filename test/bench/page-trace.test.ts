import { describe, expect, it } from 'vitest';
import { paintedAfter, type Task } from '../../bench/lib/page-trace';

const task = (start: number, duration: number, paint = 0): Task => ({
  start,
  duration,
  styleLayout: 0,
  paint,
  pageTextCapture: 0,
  inside: {},
});

describe('paintedAfter', () => {
  it('is the end of the rendering task after a script task that changed the page', () => {
    // The floor: its 2,000 insertions in one script task, then the frame that lays them out.
    const tasks = [task(100, 30), task(130, 2), task(132, 103, 40)];
    expect(paintedAfter(tasks, 128)).toBe(235);
  });

  it('is the end of the same frame for a change made in its animation-frame callback', () => {
    const tasks = [task(400, 25, 9), task(430, 30, 11)];
    expect(paintedAfter(tasks, 431)).toBe(460);
  });

  it('is undefined when no frame painted after the moment', () => {
    expect(paintedAfter([task(0, 20, 5), task(30, 10)], 25)).toBeUndefined();
  });
});
