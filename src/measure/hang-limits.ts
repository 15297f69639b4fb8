/**
 * opt's time limit per input (a suite program, a tuned module), shortened once opt has hung on that
 * input: pass orders that hang opt come in families, and a search that met one meets its relatives
 * next, each costing the whole limit.
 *
 * After a hang the limit is FACTOR times the slowest successful opt run on the input so far (or a
 * reference compile's time, where nothing compiled it yet), at least MIN_MS: the heaviest list tried
 * on the largest suite programs took 5.7 s (20 passes, six default<O3>, five attributor; 2 cores,
 * load 3.8), under 5 times a three-pass list there (1.2 s), and 064-bst-insert-delete compiles in
 * 0.2–0.5 s.
 */
export const HUNG_INPUT_FACTOR = 30;
export const HUNG_INPUT_MIN_LIMIT_MS = 5_000;

export class HangAwareLimits {
  private readonly slowestMs = new Map<string, number>();
  private readonly hung = new Set<string>();
  private readonly references = new Map<string, Promise<number | undefined>>();

  /** The limit for the next opt run on `input`: `fullMs`, or less where opt has hung on it. */
  limit(input: string, fullMs: number): number {
    const slowest = this.slowestMs.get(input);
    if (!this.hung.has(input) || slowest === undefined) return fullMs;
    return Math.min(fullMs, Math.max(HUNG_INPUT_MIN_LIMIT_MS, Math.ceil(HUNG_INPUT_FACTOR * slowest)));
  }

  succeeded(input: string, ms: number): void {
    this.slowestMs.set(input, Math.max(ms, this.slowestMs.get(input) ?? 0));
  }

  /**
   * Records a hang. Where no opt run on the input has succeeded yet (a search may meet a hang family
   * first), `timeReference` — e.g. a timed default<Oz> compile, undefined if it fails — stands in for
   * one; it runs at most once per input.
   */
  async hungOn(input: string, timeReference: () => Promise<number | undefined>): Promise<void> {
    this.hung.add(input);
    if (this.slowestMs.has(input)) return;
    let reference = this.references.get(input);
    if (reference === undefined) {
      reference = timeReference();
      this.references.set(input, reference);
    }
    const ms = await reference;
    if (ms !== undefined) this.succeeded(input, ms);
  }
}
