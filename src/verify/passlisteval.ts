import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { frontendArgs, sha256 } from "../llvm/ir-module.js";
import { runTool, firstDiagnosticLine } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { canonicalPipeline, OZ_PIPELINE } from "../passes/pipeline.js";
import { HangAwareLimits } from "../measure/hang-limits.js";
import { mapWithConcurrency } from "../search/concurrency.js";
import type { ResultsStore } from "../store/results-store.js";
import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_RUN_TIMEOUT_MS, linkExecutable, lower, optimize, runFailure, runProgram, type ProgramStage, type StageFailure } from "./build-and-run.js";
import { languageStd, loadSuite, type Suite, type SuiteProgram } from "./suite.js";

export interface ProgramFailure {
  program: string;
  stage: ProgramStage;
  reason: string;
  /** opt was killed at its time limit (a hang). */
  timedOut?: true;
  /** ...at a limit shortened after an earlier hang, short enough that load alone could reach it. */
  atShortenedLimit?: true;
}

export interface PassListEvalResult {
  valid: boolean;
  pipeline: string;
  llvmVersion: string;
  suiteVersion: string;
  programs: number;
  failures: ProgramFailure[];
  seconds: number;
  fromCache: boolean;
}

export interface PassListEvalOptions {
  /** Suite directory (default: the bundled suite). */
  suiteDir?: string;
  /** Where prepared solution IR and test objects are kept between runs. */
  cacheDir: string;
  jobs?: number;
  runTimeoutMs?: number;
  memoryLimitMb?: number;
  /** Limit for each of opt, llc and the link on one suite program (default SUITE_TOOL_TIMEOUT_MS). */
  toolTimeoutMs?: number;
  store?: ResultsStore;
}

const PREPARE_TIMEOUT_MS = 120_000;

/**
 * Suite programs are small: six default<O3> runs in a row take at most 1.7 s on the largest (2 cores,
 * load 3.8), so 30 s is no verdict on a busy machine but a hang in opt. Pass orders that hang opt
 * are real and searches meet them in families: `inliner-wrapper,function(mem2reg),
 * function(jump-threading),function(loop(loop-rotate)),function(newgvn)` never finishes on
 * 064-bst-insert-delete, and hybrid's climb on examples/graph.c met its relatives at every new best;
 * each cost the 120 s that bounds a tuned module's own compiles.
 */
export const SUITE_TOOL_TIMEOUT_MS = 30_000;

/**
 * LLM Compiler's PassListEval: apply a candidate pipeline to each suite program's solution IR,
 * lower it, link it with the test part (built without the candidate), run it under time and
 * memory limits; any compile failure, crash, failed test or timeout rejects the pipeline.
 */
const TIMEOUT_RETRY_FACTOR = 4;

export class PassListEval {
  private readonly verdicts = new Map<string, PassListEvalResult>();
  private readonly prepared = new Map<string, Promise<string | undefined>>();
  private outcomes: Promise<Map<string, StageFailure | null>> | undefined;
  /** Programs that failed in this process, the most recent first. */
  private recentFailures: string[] = [];
  /** opt's limit per program, shorter on one where opt has hung in this process. */
  private readonly optLimits = new HangAwareLimits();

  private constructor(
    private readonly toolchain: Toolchain,
    readonly suite: Suite,
    private readonly options: PassListEvalOptions,
  ) {}

  static async create(toolchain: Toolchain, options: PassListEvalOptions): Promise<PassListEval> {
    return new PassListEval(toolchain, await loadSuite(options.suiteDir), options);
  }

  get checkName(): string {
    return `passlisteval@${this.suite.version}`;
  }

  /**
   * Runs the suite with a pipeline. With `failFast`, programs still queued after the first failure
   * are skipped (the verdict is the same; the failure list is then not complete).
   */
  async evaluate(pipelineText: string, options: { failFast?: boolean; programs?: readonly SuiteProgram[] } = {}): Promise<PassListEvalResult> {
    const pipeline = canonicalPipeline(pipelineText);
    const llvmVersion = this.toolchain.version.full;
    const remembered = this.verdicts.get(pipeline) ?? this.fromStore(pipeline);
    if (remembered !== undefined) return { ...remembered, fromCache: true };

    const programs = options.programs ?? this.suite.programs;
    const wholeSuite = programs.length === this.suite.programs.length;
    const started = performance.now();
    const work = await mkdtemp(path.join(tmpdir(), "passwise-ple-"));
    try {
      let failed = false;
      const failures = (
        await mapWithConcurrency(programs, this.options.jobs ?? 2, async (program) => {
          if (failed && options.failFast) return undefined;
          const failure = await this.check(program, pipeline, work);
          if (failure !== undefined) failed = true;
          return failure;
        })
      ).filter((f): f is ProgramFailure => f !== undefined);
      // Which programs a fail-fast run reached after its first failure depends on timing; its first
      // failure in the programs' order does not (every program before it was checked and passed).
      this.noteFailures(options.failFast ? failures.slice(0, 1) : failures);
      const result: PassListEvalResult = {
        valid: failures.length === 0,
        pipeline,
        llvmVersion,
        suiteVersion: this.suite.version,
        programs: programs.length,
        failures,
        seconds: (performance.now() - started) / 1000,
        fromCache: false,
      };
      // A failure on part of the suite is a failure of the whole; a pass on part of it proves nothing.
      if (wholeSuite || !result.valid) {
        this.verdicts.set(pipeline, result);
        // A refusal resting only on hangs at a shortened limit holds for this process, not for the
        // store: a rerun on a quieter machine checks the list again.
        const provisional = !result.valid && failures.every((failure) => failure.atShortenedLimit);
        if (!provisional) this.options.store?.recordValidation({ pipeline, llvmVersion, check: this.checkName, valid: result.valid, details: result });
      }
      return result;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private fromStore(pipeline: string): PassListEvalResult | undefined {
    const stored = this.options.store?.findValidation(pipeline, this.toolchain.version.full, this.checkName);
    return stored === undefined ? undefined : (stored.details as PassListEvalResult);
  }

  /**
   * A few programs for a quick verdict during a search: first those that have caught broken
   * pipelines in this process, the most recent failures first, then an even spread over the rest.
   * Recent failures lead because a search's candidates are relatives: a family of lists that passed
   * the screen and failed the whole suite tends to fail on the same program again. Only this
   * process's failures count, noted in an order that does not depend on timing, so a search with a
   * fixed seed screens the same way on every machine and every run.
   */
  sentinels(count: number): SuiteProgram[] {
    const programs = this.suite.programs;
    if (count >= programs.length) return [...programs];
    const byName = new Map(programs.map((p) => [p.name, p]));
    const recent = this.recentFailures.flatMap((name) => byName.get(name) ?? []);
    const chosen = new Set(recent.slice(0, Math.ceil(count / 2)));
    const rest = programs.filter((p) => !chosen.has(p));
    const spread = count - chosen.size;
    for (let i = 0; i < spread; i++) chosen.add(rest[Math.floor((i * rest.length) / spread)] as SuiteProgram);
    return [...chosen];
  }

  private async check(program: SuiteProgram, pipeline: string, work: string): Promise<ProgramFailure | undefined> {
    const prepareError = await this.prepare(program);
    if (prepareError !== undefined) return { program: program.name, stage: "prepare", reason: prepareError };
    const toolTimeout = this.options.toolTimeoutMs ?? SUITE_TOOL_TIMEOUT_MS;
    const runTimeout = this.options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
    const base = path.join(work, program.name);
    const prepared = this.preparedDir(program);
    const optStarted = performance.now();
    const optLimit = this.optLimits.limit(program.name, toolTimeout);
    const optFailed = await optimize(this.toolchain, pipeline, path.join(prepared, "solution.ll"), `${base}.bc`, optLimit);
    if (optFailed?.timedOut) await this.optLimits.hungOn(program.name, () => this.timeReferenceCompile(program, toolTimeout));
    if (optFailed !== undefined) return { program: program.name, ...optFailed, ...(optFailed.timedOut && optLimit < toolTimeout ? { atShortenedLimit: true as const } : {}) };
    const optMs = performance.now() - optStarted;
    this.optLimits.succeeded(program.name, optMs);
    // Many pipelines give a program the same optimized IR: its verdict is known already.
    const irKey = outcomeKey(program.name, sha256(await readFile(`${base}.bc`)));
    const outcomes = await this.loadOutcomes();
    if (outcomes.has(irKey)) {
      const known = outcomes.get(irKey);
      return known === null || known === undefined ? undefined : { program: program.name, ...known };
    }
    const failed =
      (await lower(this.toolchain, `${base}.bc`, `${base}.o`, toolTimeout)) ??
      (await linkExecutable(this.toolchain, program.language, [`${base}.o`, path.join(prepared, "test.o")], `${base}.exe`, toolTimeout)) ??
      (await this.runTest(`${base}.exe`, runTimeout));
    // Timeouts may be load on the machine: not remembered.
    if (failed === undefined || !failed.reason.startsWith("timeout")) await this.rememberOutcome(irKey, failed ?? null);
    return failed === undefined ? undefined : { program: program.name, ...failed };
  }

  /** A default<Oz> compile of the program, timed: the scale of its limit after a hang (see HangAwareLimits). */
  private async timeReferenceCompile(program: SuiteProgram, toolTimeout: number): Promise<number | undefined> {
    const work = await mkdtemp(path.join(tmpdir(), "passwise-ple-ref-"));
    try {
      const started = performance.now();
      const failed = await optimize(this.toolchain, OZ_PIPELINE, path.join(this.preparedDir(program), "solution.ll"), path.join(work, "reference.bc"), toolTimeout);
      return failed === undefined ? performance.now() - started : undefined;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  /** Puts the programs that failed first among the recent failures, the first of them ahead (not those the suite could not prepare). */
  private noteFailures(failures: readonly ProgramFailure[]): void {
    for (const failure of [...failures].reverse()) {
      if (failure.stage === "prepare") continue;
      this.recentFailures = [failure.program, ...this.recentFailures.filter((name) => name !== failure.program)];
    }
  }

  private async runTest(executable: string, timeoutMs: number): Promise<StageFailure | undefined> {
    const memoryLimitMb = this.options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    const outcome = await runProgram(executable, [], { timeoutMs, memoryLimitMb });
    if (!outcome.timedOut) return runFailure(outcome, timeoutMs);
    // A busy machine can push a sub-second program past the limit: a pipeline is rejected for a
    // hang only if a second run with four times the time also does not finish.
    const patient = timeoutMs * TIMEOUT_RETRY_FACTOR;
    return runFailure(await runProgram(executable, [], { timeoutMs: patient, memoryLimitMb }), patient);
  }

  private outcomesFile(): string {
    return path.join(this.options.cacheDir, `suite-${this.suite.version}-llvm${this.toolchain.version.full}`, "outcomes.jsonl");
  }

  /** Verdicts per (program, optimized IR), kept on disk as JSON lines between runs. */
  private loadOutcomes(): Promise<Map<string, StageFailure | null>> {
    this.outcomes ??= (async () => {
      const map = new Map<string, StageFailure | null>();
      try {
        for (const line of (await readFile(this.outcomesFile(), "utf8")).split("\n")) {
          if (!line) continue;
          try {
            const entry = JSON.parse(line) as { key: string; failure: StageFailure | null };
            map.set(entry.key, entry.failure);
          } catch {
            // a line cut short by a kill: ignore it
          }
        }
      } catch {
        // no file yet
      }
      return map;
    })();
    return this.outcomes;
  }

  private async rememberOutcome(key: string, failure: StageFailure | null): Promise<void> {
    (await this.loadOutcomes()).set(key, failure);
    await mkdir(path.dirname(this.outcomesFile()), { recursive: true });
    await appendFile(this.outcomesFile(), JSON.stringify({ key, failure }) + "\n");
  }

  private preparedDir(program: SuiteProgram): string {
    return path.join(this.options.cacheDir, `suite-${this.suite.version}-llvm${this.toolchain.version.full}`, program.name);
  }

  /** Unoptimized solution IR and test objects, made once per suite version and LLVM version, when first needed. */
  private prepare(program: SuiteProgram): Promise<string | undefined> {
    let prepared = this.prepared.get(program.name);
    if (prepared === undefined) {
      prepared = this.prepareProgram(program);
      this.prepared.set(program.name, prepared);
    }
    return prepared;
  }

  private async prepareProgram(program: SuiteProgram): Promise<string | undefined> {
    const dir = this.preparedDir(program);
    const done = path.join(dir, ".done");
    if (await exists(done)) return undefined;
    await mkdir(dir, { recursive: true });
    const flags = [languageStd(program.language), `-I${this.suite.includeDir}`, `-I${program.dir}`];
    const ir = await runTool(
      toolPath(this.toolchain, program.language === "c++" ? "clang++" : "clang"),
      frontendArgs(program.solutionFile, program.language, { frontendFlags: flags }),
      { timeoutMs: PREPARE_TIMEOUT_MS, cwd: program.dir },
    );
    if (ir.exitCode !== 0) return `solution does not compile: ${firstDiagnosticLine(ir.stderr)}`;
    await writeFile(path.join(dir, "solution.ll"), ir.stdout);
    const test = await runTool(
      toolPath(this.toolchain, program.language === "c++" ? "clang++" : "clang"),
      ["-c", "-O1", ...flags, program.testFile, "-o", path.join(dir, "test.o")],
      { timeoutMs: PREPARE_TIMEOUT_MS },
    );
    if (test.exitCode !== 0) return `test part does not compile: ${firstDiagnosticLine(test.stderr)}`;
    await writeFile(done, "");
    return undefined;
  }
}

/** Outcomes are remembered per program and hash of its optimized IR. */
function outcomeKey(program: string, irHash: string): string {
  return `${program}:${irHash}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
