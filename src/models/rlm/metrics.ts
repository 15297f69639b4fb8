/** Accuracy figures for regression on held-out rows. */

/** Mean absolute percentage error (as a fraction); |y| below 1 counts as 1 so zeros stay finite. */
export function mape(predicted: readonly number[], actual: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < actual.length; i++) total += Math.abs((predicted[i] as number) - (actual[i] as number)) / Math.max(Math.abs(actual[i] as number), 1);
  return actual.length === 0 ? Number.NaN : total / actual.length;
}

/** Ranks with ties sharing their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]) j++;
    for (let k = i; k <= j; k++) out[(order[k] as readonly [number, number])[1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n < 2) return Number.NaN;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va === 0 || vb === 0 ? Number.NaN : cov / Math.sqrt(va * vb);
}

export function spearman(a: readonly number[], b: readonly number[]): number {
  return pearson(ranks(a), ranks(b));
}

/** Kendall's tau-b (ties in either list handled), O(n²): fine for held-out sets of thousands. */
export function kendall(a: readonly number[], b: readonly number[]): number {
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + 1; j < a.length; j++) {
      const da = Math.sign((a[i] as number) - (a[j] as number));
      const db = Math.sign((b[i] as number) - (b[j] as number));
      if (da === 0 && db === 0) continue;
      if (da === 0) tiesA++;
      else if (db === 0) tiesB++;
      else if (da === db) concordant++;
      else discordant++;
    }
  }
  const denominator = Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
  return denominator === 0 ? Number.NaN : (concordant - discordant) / denominator;
}

/** Share of actual values inside [low, high]. */
export function coverage(low: readonly number[], high: readonly number[], actual: readonly number[]): number {
  let inside = 0;
  for (let i = 0; i < actual.length; i++) if ((actual[i] as number) >= (low[i] as number) && (actual[i] as number) <= (high[i] as number)) inside++;
  return actual.length === 0 ? Number.NaN : inside / actual.length;
}

export interface RegressionScores {
  rows: number;
  mape: number;
  spearman: number;
  kendall: number;
  /** Share of true values inside the predicted 5%–95% interval. */
  coverage90: number;
}

export function scoreRegression(points: readonly { median: number; q05: number; q95: number; actual: number }[]): RegressionScores {
  const predicted = points.map((p) => p.median);
  const actual = points.map((p) => p.actual);
  return {
    rows: points.length,
    mape: mape(predicted, actual),
    spearman: spearman(predicted, actual),
    kendall: kendall(predicted, actual),
    coverage90: coverage(
      points.map((p) => p.q05),
      points.map((p) => p.q95),
      actual,
    ),
  };
}
