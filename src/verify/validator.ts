/** What `tune` asks of the correctness checks (PassListEval, differential testing, csmith). */
export interface PipelineValidator {
  /** Names of the checks this validator runs, e.g. ["passlisteval"]. */
  readonly checks: readonly string[];
  validate(pipeline: string): Promise<ValidationOutcome>;
  /**
   * A cheaper check for use during a search (e.g. a part of the suite): a rejection is final, a
   * pass is not proof, so the final result still goes through `validate`.
   */
  screen?(pipeline: string): Promise<ValidationOutcome>;
}

export interface ValidationOutcome {
  valid: boolean;
  /** Per check: passed or not. */
  checks: Record<string, boolean>;
  /** One line per failure, e.g. "passlisteval: 042-kmp-search: test failed: CHECK FAILED …". */
  reasons: string[];
  /** A check was refused because opt ran into its time limit on a suite program (a hang). */
  timedOut?: true;
}
