import type { CatalogEntry } from "../passes/catalog.js";
import { PAPER_MAX_LENGTH, type PassList } from "./pass-lists.js";
import type { Rng } from "./rng.js";

/**
 * A categorical distribution over catalog passes that learns from good lists (the cross-entropy
 * method over the paper's random lists). It starts uniform — sampling from it is then exactly the
 * paper's random search — and moves towards the passes that appear in the best lists so far.
 * Most catalog passes do nothing to a given module; the few that matter (an inliner, attributor,
 * a GVN) show up in every elite list, so their weight grows and later lists contain them more often.
 */
export class PassDistribution {
  private readonly index = new Map<string, number>();
  private weights: Float64Array;
  private cumulative: Float64Array;

  constructor(private readonly catalog: readonly CatalogEntry[]) {
    catalog.forEach((entry, i) => this.index.set(entry.pipeline, i));
    this.weights = new Float64Array(catalog.length).fill(1 / catalog.length);
    this.cumulative = cumulativeOf(this.weights);
  }

  /**
   * Refits to the elite lists (best first): each list votes once for every distinct pass it holds,
   * better lists vote more, and `uniformShare` of the mass stays uniform so no pass is ever lost.
   */
  fit(elite: readonly PassList[], uniformShare: number): void {
    const votes = new Float64Array(this.catalog.length);
    let total = 0;
    elite.forEach((passes, rank) => {
      const weight = 1 / (1 + rank);
      for (const pass of new Set(passes)) {
        const i = this.index.get(pass);
        if (i === undefined) continue;
        votes[i] = (votes[i] ?? 0) + weight;
        total += weight;
      }
    });
    if (total === 0) return;
    const uniform = 1 / this.catalog.length;
    this.weights = votes.map((v) => uniformShare * uniform + (1 - uniformShare) * (v / total));
    this.cumulative = cumulativeOf(this.weights);
  }

  /** A list of length uniform in 1..maxLength with passes drawn from the distribution. */
  sample(rng: Rng, maxLength = PAPER_MAX_LENGTH): string[] {
    const length = rng.int(1, maxLength);
    return Array.from({ length }, () => this.draw(rng));
  }

  /** The passes in order of weight, heaviest first (for reports and tests). */
  ranking(): { pass: string; weight: number }[] {
    return this.catalog.map((entry, i) => ({ pass: entry.pipeline, weight: this.weights[i] ?? 0 })).sort((a, b) => b.weight - a.weight);
  }

  /** One pass drawn from the distribution. */
  draw(rng: Rng): string {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = rng.float() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return (this.catalog[lo] as CatalogEntry).pipeline;
  }
}

function cumulativeOf(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}
