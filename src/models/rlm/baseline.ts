import { FEATURE_NAMES, irFeatures } from "../features.js";
import { quantile } from "./sample.js";

const LOG_INSTRUCTIONS = FEATURE_NAMES.indexOf("log_instructions");

/** Instructions in the function bodies of an IR text (the baseline's only input). */
export function instructionCount(ir: string): number {
  return Math.round(Math.expm1(irFeatures(ir)[LOG_INSTRUCTIONS] as number));
}

interface Fit {
  a: number;
  b: number;
  low: number;
  high: number;
}

/**
 * The baseline the RLM has to beat: per metric and per task (with or without a pipeline),
 * least squares of log(1+y) on log(1+instruction count), with the 5%/95% quantiles of the
 * training residuals as its interval.
 */
export class InstructionCountBaseline {
  private constructor(private readonly fits: Map<string, Fit>) {}

  static fit(rows: readonly { instructions: number; hasPipeline: boolean; y: readonly (number | null)[] }[], metrics: number): InstructionCountBaseline {
    const fits = new Map<string, Fit>();
    for (let m = 0; m < metrics; m++) {
      for (const hasPipeline of [false, true]) {
        const points = rows.filter((r) => r.hasPipeline === hasPipeline && r.y[m] !== null && r.y[m] !== undefined).map((r) => [Math.log1p(r.instructions), Math.log1p(Math.max(r.y[m] as number, 0))] as const);
        if (points.length === 0) continue;
        const n = points.length;
        const mx = points.reduce((s, p) => s + p[0], 0) / n;
        const my = points.reduce((s, p) => s + p[1], 0) / n;
        let sxy = 0;
        let sxx = 0;
        for (const [x, y] of points) {
          sxy += (x - mx) * (y - my);
          sxx += (x - mx) ** 2;
        }
        const b = sxx === 0 ? 0 : sxy / sxx;
        const a = my - b * mx;
        const residuals = points.map(([x, y]) => y - (a + b * x));
        fits.set(`${m}:${hasPipeline}`, { a, b, low: quantile(residuals, 0.05), high: quantile(residuals, 0.95) });
      }
    }
    return new InstructionCountBaseline(fits);
  }

  predict(instructions: number, hasPipeline: boolean, metric: number): { median: number; q05: number; q95: number } {
    const fit = this.fits.get(`${metric}:${hasPipeline}`) ?? this.fits.get(`${metric}:${!hasPipeline}`);
    if (fit === undefined) return { median: Number.NaN, q05: Number.NaN, q95: Number.NaN };
    const center = fit.a + fit.b * Math.log1p(instructions);
    return { median: Math.expm1(center), q05: Math.expm1(center + fit.low), q95: Math.expm1(center + fit.high) };
  }
}
