/**
 * A least-squares line through a few points, with the standard error of its slope: what the
 * listing's frame pacer estimates a widget's cost by, and the benchmarks' frame-cost model.
 * Twenty lines, not a statistics library: the content script must stay small (bench/README.md),
 * and nothing else in it needs one.
 */

export interface Point {
  x: number;
  y: number;
}

export interface LineFit {
  slope: number;
  intercept: number;
  /**
   * How far the slope may be off, from the points' scatter about the line (one standard error);
   * 0 through two points, which the line always meets.
   */
  slopeStandardError: number;
}

/** Undefined unless the points have at least two different x. */
export function fitLine(points: readonly Point[]): LineFit | undefined {
  const count = points.length;
  if (count < 2) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (const { x, y } of points) {
    sumX += x;
    sumY += y;
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  let covariance = 0;
  let spreadX = 0;
  for (const { x, y } of points) {
    covariance += (x - meanX) * (y - meanY);
    spreadX += (x - meanX) ** 2;
  }
  if (!(spreadX > 0)) return undefined;
  const slope = covariance / spreadX;
  const intercept = meanY - slope * meanX;
  let squaredResiduals = 0;
  for (const { x, y } of points) squaredResiduals += (y - intercept - slope * x) ** 2;
  const slopeStandardError = count > 2 ? Math.sqrt(squaredResiduals / (count - 2) / spreadX) : 0;
  return { slope, intercept, slopeStandardError };
}
