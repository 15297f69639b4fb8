import { CorpusStore } from "./corpus-store.js";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PasswiseError } from "../errors.js";
import type { IrModule } from "../llvm/ir-module.js";
import { DEFAULT_TARGET } from "../llvm/ir-module.js";
import type { ResultCache } from "../measure/cache.js";
import type { Evaluation } from "../measure/evaluation.js";
import { MIGRATIONS } from "./schema.js";

// better-sqlite3: the most used SQLite binding for Node; synchronous, so every evaluation is
// committed the moment it is known (a SIGKILL loses only what is in flight).

export interface StoredRun {
  id: number;
  moduleHash: string;
  input: string;
  strategy: string;
  seed: number;
  budget: number | null;
  llvmVersion: string;
  o0Size: number | null;
  ozSize: number | null;
  bestSize: number | null;
  bestPipeline: string | null;
  evaluations: number | null;
  compilations: number | null;
  validated: unknown;
  startedAt: string;
  finishedAt: string | null;
}

export interface BestPipeline {
  pipeline: string;
  binarySize: number;
  irInstructionCount: number;
}

export interface ValidationVerdict {
  pipeline: string;
  llvmVersion: string;
  check: string;
  valid: boolean;
  details: unknown;
}

export class ResultsStore {
  private constructor(private readonly db: Database.Database, readonly file: string) {}

  /** Opens (creating and migrating when needed) the store at `file`; ":memory:" for a throwaway one. */
  static open(file: string): ResultsStore {
    try {
      if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const db = new Database(file);
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("busy_timeout = 10000");
      migrate(db);
      return new ResultsStore(db, file);
    } catch (error) {
      if (error instanceof PasswiseError) throw error;
      throw new PasswiseError("store-error", `cannot open results store ${file}: ${(error as Error).message}`, { cause: error });
    }
  }

  close(): void {
    this.db.close();
  }

  /** The corpora kept in this store. */
  get corpus(): CorpusStore {
    return (this.corpusStore ??= new CorpusStore(this.db));
  }
  private corpusStore: CorpusStore | undefined;

  recordModule(module: IrModule): void {
    this.db
      .prepare("INSERT OR IGNORE INTO modules (hash, name, target, ir_bytes) VALUES (?, ?, ?, ?)")
      .run(module.hash, module.name, module.targetTriple ?? DEFAULT_TARGET, Buffer.byteLength(module.ir));
  }

  recordEvaluation(evaluation: Evaluation): void {
    const e = evaluation;
    this.db
      .prepare(
        `INSERT OR REPLACE INTO evaluations (module_hash, pipeline, llvm_version, target, ok, binary_size, text_size,
           data_size, bss_size, ir_instruction_count, optimized_ir_hash, sections_json, failure_kind, failure_stage,
           diagnostic, exit_code, signal, opt_ms, llc_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.moduleHash,
        e.pipeline,
        e.llvmVersion,
        e.target,
        e.ok ? 1 : 0,
        e.ok ? e.binarySize : null,
        e.ok ? e.textSize : null,
        e.ok ? e.dataSize : null,
        e.ok ? e.bssSize : null,
        e.ok ? e.irInstructionCount : null,
        e.ok ? e.optimizedIrHash : null,
        e.ok ? JSON.stringify(e.sections, (_, v) => (typeof v === "bigint" ? Number(v) : v)) : null,
        e.ok ? null : e.failure.kind,
        e.ok ? null : e.failure.stage,
        e.ok ? null : e.failure.diagnostic,
        e.ok ? null : e.failure.exitCode,
        e.ok ? null : e.failure.signal,
        e.times.optMs,
        e.times.llcMs,
      );
  }

  findEvaluation(moduleHash: string, pipeline: string, llvmVersion: string, target: string): Evaluation | undefined {
    const row = this.db
      .prepare("SELECT * FROM evaluations WHERE module_hash = ? AND pipeline = ? AND llvm_version = ? AND target = ?")
      .get(moduleHash, pipeline, llvmVersion, target) as EvaluationRow | undefined;
    return row === undefined ? undefined : rowToEvaluation(row);
  }

  countEvaluations(moduleHash: string, llvmVersion: string): number {
    const row = this.db.prepare("SELECT count(*) AS n FROM evaluations WHERE module_hash = ? AND llvm_version = ?").get(moduleHash, llvmVersion) as { n: number };
    return row.n;
  }

  /** The smallest successful pipelines known for a module, shortest first among equals. */
  bestPipelines(moduleHash: string, llvmVersion: string, limit = 10): BestPipeline[] {
    const rows = this.db
      .prepare(
        `SELECT pipeline, binary_size, ir_instruction_count FROM evaluations
         WHERE module_hash = ? AND llvm_version = ? AND ok = 1
         ORDER BY binary_size ASC, length(pipeline) ASC, pipeline ASC LIMIT ?`,
      )
      .all(moduleHash, llvmVersion, limit) as { pipeline: string; binary_size: number; ir_instruction_count: number }[];
    return rows.map((r) => ({ pipeline: r.pipeline, binarySize: r.binary_size, irInstructionCount: r.ir_instruction_count }));
  }

  startRun(run: { moduleHash: string; input: string; strategy: string; seed: number; budget: number | null; llvmVersion: string }): number {
    const info = this.db
      .prepare("INSERT INTO runs (module_hash, input, strategy, seed, budget, llvm_version) VALUES (?, ?, ?, ?, ?, ?)")
      .run(run.moduleHash, run.input, run.strategy, run.seed, run.budget, run.llvmVersion);
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, result: { o0Size: number | null; ozSize: number | null; bestSize: number | null; bestPipeline: string | null; evaluations: number; compilations: number; validated: unknown }): void {
    this.db
      .prepare(
        `UPDATE runs SET finished_at = datetime('now'), o0_size = ?, oz_size = ?, best_size = ?, best_pipeline = ?,
         evaluations = ?, compilations = ?, validated_json = ? WHERE id = ?`,
      )
      .run(result.o0Size, result.ozSize, result.bestSize, result.bestPipeline, result.evaluations, result.compilations, JSON.stringify(result.validated), id);
  }

  runsFor(moduleHash: string): StoredRun[] {
    const rows = this.db.prepare("SELECT * FROM runs WHERE module_hash = ? ORDER BY id").all(moduleHash) as RunRow[];
    return rows.map(rowToRun);
  }

  recordValidation(verdict: ValidationVerdict): void {
    this.db
      .prepare("INSERT OR REPLACE INTO validations (pipeline, llvm_version, check_name, valid, details_json) VALUES (?, ?, ?, ?, ?)")
      .run(verdict.pipeline, verdict.llvmVersion, verdict.check, verdict.valid ? 1 : 0, JSON.stringify(verdict.details));
  }

  findValidation(pipeline: string, llvmVersion: string, check: string): ValidationVerdict | undefined {
    const row = this.db
      .prepare("SELECT * FROM validations WHERE pipeline = ? AND llvm_version = ? AND check_name = ?")
      .get(pipeline, llvmVersion, check) as { pipeline: string; llvm_version: string; check_name: string; valid: number; details_json: string } | undefined;
    if (row === undefined) return undefined;
    return { pipeline: row.pipeline, llvmVersion: row.llvm_version, check: row.check_name, valid: row.valid === 1, details: JSON.parse(row.details_json) };
  }

  /** A persistent evaluation cache for the evaluator, backed by this store. */
  evaluationCache(): ResultCache<Evaluation> {
    return new StoreEvaluationCache(this);
  }
}

class StoreEvaluationCache implements ResultCache<Evaluation> {
  private entries = 0;
  constructor(private readonly store: ResultsStore) {}

  get(key: string): Evaluation | undefined {
    const [moduleHash, pipeline, llvmVersion, target] = key.split("|");
    if (moduleHash === undefined || pipeline === undefined || llvmVersion === undefined || target === undefined) return undefined;
    return this.store.findEvaluation(moduleHash, pipeline, llvmVersion, target);
  }

  set(_key: string, value: Evaluation): void {
    this.store.recordEvaluation(value);
    this.entries++;
  }

  get size(): number {
    return this.entries;
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new PasswiseError("store-error", `results store schema version ${current} is newer than this passwise (${MIGRATIONS.length}); upgrade passwise`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

interface EvaluationRow {
  module_hash: string;
  pipeline: string;
  llvm_version: string;
  target: string;
  ok: number;
  binary_size: number;
  text_size: number;
  data_size: number;
  bss_size: number;
  ir_instruction_count: number;
  optimized_ir_hash: string;
  sections_json: string | null;
  failure_kind: string | null;
  failure_stage: string | null;
  diagnostic: string | null;
  exit_code: number | null;
  signal: string | null;
  opt_ms: number;
  llc_ms: number;
}

function rowToEvaluation(row: EvaluationRow): Evaluation {
  const base = {
    moduleHash: row.module_hash,
    pipeline: row.pipeline,
    llvmVersion: row.llvm_version,
    target: row.target,
    times: { optMs: row.opt_ms, llcMs: row.llc_ms, totalMs: row.opt_ms + row.llc_ms },
    fromCache: true,
  };
  if (row.ok === 1) {
    const sections = row.sections_json === null ? [] : (JSON.parse(row.sections_json) as { name: string; type: number; flags: number; size: number }[]);
    return {
      ...base,
      ok: true,
      binarySize: row.binary_size,
      textSize: row.text_size,
      dataSize: row.data_size,
      bssSize: row.bss_size,
      irInstructionCount: row.ir_instruction_count,
      optimizedIrHash: row.optimized_ir_hash,
      sections: sections.map((s) => ({ ...s, flags: BigInt(s.flags) })),
      loweringFromCache: false,
    };
  }
  return {
    ...base,
    ok: false,
    failure: {
      kind: row.failure_kind as Extract<Evaluation, { ok: false }>["failure"]["kind"],
      stage: (row.failure_stage ?? "opt") as "opt" | "llc",
      diagnostic: row.diagnostic ?? "",
      stderr: "",
      exitCode: row.exit_code,
      signal: row.signal,
    },
  };
}

interface RunRow {
  id: number;
  module_hash: string;
  input: string;
  strategy: string;
  seed: number;
  budget: number | null;
  llvm_version: string;
  started_at: string;
  finished_at: string | null;
  o0_size: number | null;
  oz_size: number | null;
  best_size: number | null;
  best_pipeline: string | null;
  evaluations: number | null;
  compilations: number | null;
  validated_json: string | null;
}

function rowToRun(row: RunRow): StoredRun {
  return {
    id: row.id,
    moduleHash: row.module_hash,
    input: row.input,
    strategy: row.strategy,
    seed: row.seed,
    budget: row.budget,
    llvmVersion: row.llvm_version,
    o0Size: row.o0_size,
    ozSize: row.oz_size,
    bestSize: row.best_size,
    bestPipeline: row.best_pipeline,
    evaluations: row.evaluations,
    compilations: row.compilations,
    validated: row.validated_json === null ? null : JSON.parse(row.validated_json),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
