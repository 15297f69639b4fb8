import type Database from "better-sqlite3";
import { irModuleFromText, type IrModule } from "../llvm/ir-module.js";

/** A module of a corpus, with where it came from and its size figures. */
export interface CorpusEntry {
  corpus: string;
  moduleHash: string;
  name: string;
  source: string;
  origin: string;
  groupKey: string;
  parentHash: string | null;
  functionName: string | null;
  tokens: number;
  functions: number;
  instructions: number;
  irBytes: number;
}

export interface CorpusFailure {
  source: string;
  origin: string;
  reason: string;
}

export interface CorpusSourceSummary {
  source: string;
  filesFound: number;
  compiled: number;
  details: unknown;
}

interface EntryRow {
  corpus: string;
  module_hash: string;
  name: string;
  source: string;
  origin: string;
  group_key: string;
  parent_hash: string | null;
  function_name: string | null;
  tokens: number;
  functions: number;
  instructions: number;
  ir_bytes: number;
}

/** Corpora live in the results store: IR text once per hash, entries per (corpus, hash). */
export class CorpusStore {
  constructor(private readonly db: Database.Database) {}

  /** Adds a module; returns false when the corpus already holds the same IR (deduplicated by hash). */
  addModule(entry: CorpusEntry, ir: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare("INSERT OR IGNORE INTO module_texts (hash, ir) VALUES (?, ?)").run(entry.moduleHash, ir);
      const result = this.db
        .prepare(
          `INSERT OR IGNORE INTO corpus_modules (corpus, module_hash, name, source, origin, group_key, parent_hash, function_name, tokens, functions, instructions, ir_bytes)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(entry.corpus, entry.moduleHash, entry.name, entry.source, entry.origin, entry.groupKey, entry.parentHash, entry.functionName, entry.tokens, entry.functions, entry.instructions, entry.irBytes);
      return result.changes > 0;
    })();
  }

  recordFailure(corpus: string, failure: CorpusFailure): void {
    this.db.prepare("INSERT OR REPLACE INTO corpus_failures (corpus, source, origin, reason) VALUES (?, ?, ?, ?)").run(corpus, failure.source, failure.origin, failure.reason);
  }

  clearFailure(corpus: string, source: string, origin: string): void {
    this.db.prepare("DELETE FROM corpus_failures WHERE corpus = ? AND source = ? AND origin = ?").run(corpus, source, origin);
  }

  recordSource(corpus: string, summary: CorpusSourceSummary): void {
    this.db
      .prepare("INSERT OR REPLACE INTO corpus_sources (corpus, source, files_found, compiled, details_json) VALUES (?, ?, ?, ?, ?)")
      .run(corpus, summary.source, summary.filesFound, summary.compiled, JSON.stringify(summary.details ?? null));
  }

  /** Entries in a stable order (by group, origin, name). */
  entries(corpus: string): CorpusEntry[] {
    const rows = this.db.prepare("SELECT * FROM corpus_modules WHERE corpus = ? ORDER BY group_key, origin, name, module_hash").all(corpus) as EntryRow[];
    return rows.map(fromRow);
  }

  failures(corpus: string): CorpusFailure[] {
    return this.db.prepare("SELECT source, origin, reason FROM corpus_failures WHERE corpus = ? ORDER BY source, origin").all(corpus) as CorpusFailure[];
  }

  sources(corpus: string): CorpusSourceSummary[] {
    const rows = this.db.prepare("SELECT source, files_found, compiled, details_json FROM corpus_sources WHERE corpus = ? ORDER BY source").all(corpus) as {
      source: string;
      files_found: number;
      compiled: number;
      details_json: string;
    }[];
    return rows.map((r) => ({ source: r.source, filesFound: r.files_found, compiled: r.compiled, details: JSON.parse(r.details_json) as unknown }));
  }

  /** Every corpus the store knows, with its module count: one whose files all failed to compile has 0. */
  corpora(): { corpus: string; modules: number }[] {
    return this.db
      .prepare(
        `SELECT names.corpus AS corpus, (SELECT COUNT(*) FROM corpus_modules m WHERE m.corpus = names.corpus) AS modules
         FROM (SELECT corpus FROM corpus_modules UNION SELECT corpus FROM corpus_sources UNION SELECT corpus FROM corpus_failures) AS names
         ORDER BY names.corpus`,
      )
      .all() as { corpus: string; modules: number }[];
  }

  /** The sources a corpus holds modules, failures or a summary of. */
  sourceNames(corpus: string): string[] {
    return this.db
      .prepare(
        `SELECT source FROM corpus_modules WHERE corpus = ? UNION SELECT source FROM corpus_sources WHERE corpus = ?
         UNION SELECT source FROM corpus_failures WHERE corpus = ? ORDER BY source`,
      )
      .pluck()
      .all(corpus, corpus, corpus) as string[];
  }

  exists(corpus: string): boolean {
    return this.corpora().some((c) => c.corpus === corpus);
  }

  /**
   * Makes a source's entries those of its latest build: drops its modules whose hash is not in
   * `keep` and its failures whose origin is not in `attempted`. Returns the number of modules dropped.
   * The IR texts stay in the store (results may refer to them).
   */
  pruneSource(corpus: string, source: string, keep: ReadonlySet<string>, attempted: ReadonlySet<string>): number {
    return this.db.transaction(() => {
      const hashes = this.db.prepare("SELECT module_hash FROM corpus_modules WHERE corpus = ? AND source = ?").pluck().all(corpus, source) as string[];
      const deleteModule = this.db.prepare("DELETE FROM corpus_modules WHERE corpus = ? AND module_hash = ?");
      const stale = hashes.filter((hash) => !keep.has(hash));
      for (const hash of stale) deleteModule.run(corpus, hash);
      const origins = this.db.prepare("SELECT origin FROM corpus_failures WHERE corpus = ? AND source = ?").pluck().all(corpus, source) as string[];
      for (const origin of origins.filter((o) => !attempted.has(o))) this.clearFailure(corpus, source, origin);
      return stale.length;
    })();
  }

  /** Removes a source from a corpus: its modules, failures and summary. Returns the number of modules removed. */
  removeSource(corpus: string, source: string): number {
    return this.db.transaction(() => {
      const removed = this.db.prepare("DELETE FROM corpus_modules WHERE corpus = ? AND source = ?").run(corpus, source).changes;
      this.db.prepare("DELETE FROM corpus_failures WHERE corpus = ? AND source = ?").run(corpus, source);
      this.db.prepare("DELETE FROM corpus_sources WHERE corpus = ? AND source = ?").run(corpus, source);
      return removed;
    })();
  }

  module(entry: Pick<CorpusEntry, "moduleHash" | "name">): IrModule | undefined {
    const row = this.db.prepare("SELECT ir FROM module_texts WHERE hash = ?").get(entry.moduleHash) as { ir: string } | undefined;
    return row === undefined ? undefined : irModuleFromText(row.ir, entry.name);
  }
}

function fromRow(row: EntryRow): CorpusEntry {
  return {
    corpus: row.corpus,
    moduleHash: row.module_hash,
    name: row.name,
    source: row.source,
    origin: row.origin,
    groupKey: row.group_key,
    parentHash: row.parent_hash,
    functionName: row.function_name,
    tokens: row.tokens,
    functions: row.functions,
    instructions: row.instructions,
    irBytes: row.ir_bytes,
  };
}
