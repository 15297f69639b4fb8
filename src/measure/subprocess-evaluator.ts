import { readElfSizes } from "../llvm/elf-sizes.js";
import { DEFAULT_TARGET, sha256, type IrModule } from "../llvm/ir-module.js";
import { countInstructions } from "../llvm/ir-reader.js";
import { runTool } from "../llvm/run-tool.js";
import { toolPath, type Toolchain } from "../llvm/toolchain.js";
import { canonicalPipeline, OZ_PIPELINE } from "../passes/pipeline.js";
import { LruCache, type ResultCache } from "./cache.js";
import { HangAwareLimits } from "./hang-limits.js";
import { classifyFailure, isUseListOrderRoundTripFailure } from "./classify-failure.js";
import type {
  EvaluateOptions,
  Evaluation,
  EvaluationArtifacts,
  EvaluationFailure,
  Evaluator,
  EvaluatorStats,
  SizeMetrics,
} from "./evaluation.js";

/** The paper dropped any compilation that ran longer than 120 s. */
export const DEFAULT_TIMEOUT_MS = 120_000;

export interface SubprocessEvaluatorOptions {
  /** Per-tool time limit; the tool's whole process group is killed past it. */
  timeoutMs?: number;
  /** Cache of whole evaluations; an in-memory LRU unless the caller brings a persistent one. */
  evaluationCache?: ResultCache<Evaluation>;
  /** Entries kept in the optimized-IR → object sizes cache. */
  loweringCacheSize?: number;
}

type Lowering = { ok: true; metrics: Omit<SizeMetrics, "irInstructionCount">; llcMs: number } | { ok: false; failure: EvaluationFailure; llcMs: number };

/** Evaluates pipelines by running `opt` and `llc` as subprocesses, IR passed through pipes. */
export class SubprocessEvaluator implements Evaluator {
  readonly llvmVersion: string;
  private readonly optPath: string;
  private readonly llcPath: string;
  private readonly timeoutMs: number;
  private readonly evaluationCache: ResultCache<Evaluation>;
  private readonly loweringCache: LruCache<Lowering>;
  /** opt's limit per module, shorter on one where opt has hung (see HangAwareLimits). */
  private readonly optLimits = new HangAwareLimits();
  private readonly counters: EvaluatorStats = { evaluations: 0, evaluationCacheHits: 0, loweringCacheHits: 0, optRuns: 0, llcRuns: 0 };

  constructor(toolchain: Toolchain, options: SubprocessEvaluatorOptions = {}) {
    this.llvmVersion = toolchain.version.full;
    this.optPath = toolPath(toolchain, "opt");
    this.llcPath = toolPath(toolchain, "llc");
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.evaluationCache = options.evaluationCache ?? new LruCache<Evaluation>(200_000);
    this.loweringCache = new LruCache<Lowering>(options.loweringCacheSize ?? 50_000);
  }

  async evaluate(module: IrModule, pipelineText: string, options: EvaluateOptions = {}): Promise<Evaluation> {
    this.counters.evaluations++;
    const pipeline = canonicalPipeline(pipelineText);
    const key = evaluationKey(module, pipeline, this.llvmVersion);
    const cached = this.evaluationCache.get(key);
    // A timeout may have been load on the machine rather than the pipeline, and stores written
    // before the bitcode fallback below hold text round-trip failures: neither is served from cache.
    if (cached !== undefined && (cached.ok || (cached.failure.kind !== "timeout" && !isUseListOrderRoundTripFailure(cached.failure)))) {
      this.counters.evaluationCacheHits++;
      return { ...cached, fromCache: true };
    }
    const { evaluation } = await this.run(module, pipeline, options, false);
    if (!options.signal?.aborted) this.evaluationCache.set(key, evaluation);
    return evaluation;
  }

  async compile(module: IrModule, pipelineText: string, options: EvaluateOptions = {}) {
    this.counters.evaluations++;
    const { evaluation, artifacts } = await this.run(module, canonicalPipeline(pipelineText), options, true);
    return artifacts === undefined ? { evaluation } : { evaluation, artifacts };
  }

  stats(): EvaluatorStats {
    return { ...this.counters };
  }

  async dispose(): Promise<void> {
    // Nothing is held between evaluations: every subprocess has exited when evaluate() returns.
  }

  private async run(module: IrModule, pipeline: string, options: EvaluateOptions, keepArtifacts: boolean) {
    const started = performance.now();
    const target = module.targetTriple ?? DEFAULT_TARGET;
    const base = { moduleHash: module.hash, pipeline, llvmVersion: this.llvmVersion, target, fromCache: false };
    // Textual IR loses use-list order unless asked to keep it, and use-list order changes code
    // generation slightly: keep it, so sizes equal `opt -o out.bc && llc out.bc` by hand.
    const output = ["-S", "-preserve-ll-uselistorder", "-o", "-"];
    const optArgs = pipeline === "" ? output : [`-passes=${pipeline}`, ...output];
    const opt = await this.runOpt(module, optArgs, options);
    if (opt.exitCode !== 0 || opt.spawnError !== undefined) {
      const times = { optMs: opt.wallMs, llcMs: 0, totalMs: performance.now() - started };
      const evaluation: Evaluation = { ...base, ok: false, times, failure: classifyFailure("opt", opt, opt.limitMs) };
      return { evaluation };
    }
    const optimizedIr = opt.stdout.toString("utf8");
    const optimizedIrHash = sha256(optimizedIr);
    let lowering = await this.lower(optimizedIr, optimizedIrHash, module.targetTriple, options, keepArtifacts);
    let readableIr = optimizedIr;
    if (!lowering.result.ok && isUseListOrderRoundTripFailure(lowering.result.failure)) {
      lowering = await this.lowerThroughBitcode(module, pipeline, optimizedIrHash, options);
      // The IR handed back must parse: without its use-list order directives it does.
      readableIr = optimizedIr.replace(/^[ \t]*uselistorder(_bb)? .*\n/gm, "");
    }
    const times = { optMs: opt.wallMs, llcMs: lowering.llcMs, totalMs: performance.now() - started };
    if (!lowering.result.ok) {
      const evaluation: Evaluation = { ...base, ok: false, times, failure: lowering.result.failure };
      return { evaluation };
    }
    const evaluation: Evaluation = {
      ...base,
      ok: true,
      times,
      ...lowering.result.metrics,
      irInstructionCount: countInstructions(optimizedIr),
      optimizedIrHash,
      loweringFromCache: lowering.fromCache,
    };
    const artifacts: EvaluationArtifacts | undefined =
      keepArtifacts && lowering.object !== undefined ? { optimizedIr: readableIr, object: lowering.object } : undefined;
    return { evaluation, artifacts };
  }

  /**
   * Reruns opt to bitcode and lowers that, as `opt -o out.bc && llc out.bc` does by hand (bitcode
   * keeps use-list order by default), for the modules whose textual IR llc cannot read back.
   */
  private async lowerThroughBitcode(module: IrModule, pipeline: string, irHash: string, options: EvaluateOptions) {
    const optArgs = pipeline === "" ? ["-o", "-"] : [`-passes=${pipeline}`, "-o", "-"];
    const opt = await this.runOpt(module, optArgs, options);
    if (opt.exitCode !== 0 || opt.spawnError !== undefined) {
      const result: Lowering = { ok: false, failure: classifyFailure("opt", opt, opt.limitMs), llcMs: 0 };
      return { result, llcMs: 0, fromCache: false, object: undefined };
    }
    return this.lower(opt.stdout, `${irHash}|bitcode`, module.targetTriple, options, true);
  }

  /**
   * Runs opt on the module under its limit: the evaluator's, or a shorter one once opt has hung on
   * this module (a climb meets hanging pass orders in families; each would cost the whole limit).
   */
  private async runOpt(module: IrModule, optArgs: readonly string[], options: EvaluateOptions) {
    this.counters.optRuns++;
    const limitMs = this.optLimits.limit(module.hash, this.timeoutMs);
    const opt = await runTool(this.optPath, optArgs, { timeoutMs: limitMs, stdin: module.ir, signal: options.signal });
    if (opt.exitCode === 0 && opt.spawnError === undefined) this.optLimits.succeeded(module.hash, opt.wallMs);
    if (opt.timedOut) await this.optLimits.hungOn(module.hash, () => this.timeReferenceCompile(module));
    return { ...opt, limitMs };
  }

  /** A default<Oz> compile of the module, timed: the scale of its limit after a hang. */
  private async timeReferenceCompile(module: IrModule): Promise<number | undefined> {
    const reference = await runTool(this.optPath, [`-passes=${OZ_PIPELINE}`, "-o", "/dev/null"], { timeoutMs: this.timeoutMs, stdin: module.ir });
    return reference.exitCode === 0 ? reference.wallMs : undefined;
  }

  /** Lowers optimized IR to an object once per distinct IR text (many pipelines give the same IR). */
  private async lower(ir: string | Buffer, irHash: string, triple: string | undefined, options: EvaluateOptions, keepObject: boolean) {
    const key = `${irHash}|${triple ?? DEFAULT_TARGET}`;
    const cached = keepObject ? undefined : this.loweringCache.get(key);
    if (cached !== undefined) {
      this.counters.loweringCacheHits++;
      return { result: cached, llcMs: 0, fromCache: true, object: undefined };
    }
    const args = ["-filetype=obj", "-o", "-"];
    if (triple === undefined) args.push(`-mtriple=${DEFAULT_TARGET}`);
    this.counters.llcRuns++;
    const llc = await runTool(this.llcPath, args, { timeoutMs: this.timeoutMs, stdin: ir, signal: options.signal });
    let result: Lowering;
    if (llc.exitCode !== 0 || llc.spawnError !== undefined) {
      result = { ok: false, failure: classifyFailure("llc", llc, this.timeoutMs), llcMs: llc.wallMs };
    } else {
      const { textSize, dataSize, bssSize, sections } = readElfSizes(llc.stdout);
      result = { ok: true, metrics: { binarySize: textSize + dataSize, textSize, dataSize, bssSize, sections }, llcMs: llc.wallMs };
    }
    if (!llc.timedOut && !options.signal?.aborted) this.loweringCache.set(key, result);
    return { result, llcMs: llc.wallMs, fromCache: false, object: result.ok ? new Uint8Array(llc.stdout) : undefined };
  }
}

export function evaluationKey(module: IrModule, pipeline: string, llvmVersion: string): string {
  return `${module.hash}|${canonicalPipeline(pipeline)}|${llvmVersion}|${module.targetTriple ?? DEFAULT_TARGET}`;
}
