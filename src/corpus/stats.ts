import { createHash } from "node:crypto";
import type { CorpusStore } from "../store/corpus-store.js";

export interface Distribution {
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

export interface CorpusStats {
  corpus: string;
  modules: number;
  /** Modules that are one function split out of a larger module. */
  splitParts: number;
  functions: number;
  irInstructions: number;
  tokens: number;
  tokenLengths: Distribution | null;
  /** Modules per token-length bucket (upper bounds, the last one open). */
  tokenHistogram: { upTo: number | null; modules: number }[];
  groups: number;
  /**
   * `version`: a Debian source package's name and version, as `apt-get source` fetched it;
   * `digest`: the corpus digest of the source's own modules, to find which source two builds differ in.
   */
  sources: { source: string; filesFound: number; compiled: number; modules: number; digest: string; version?: string }[];
  failures: number;
  /**
   * sha256 of the sorted module hashes: two corpora with the same digest hold the same IR, so a
   * corpus rebuilt on another machine can be checked against the one a dataset was made from.
   */
  digest: string;
}

const BUCKETS = [500, 1000, 2000, 4000, 8000, 15000];

export function corpusStats(store: CorpusStore, corpus: string): CorpusStats {
  const entries = store.entries(corpus);
  const tokens = entries.map((e) => e.tokens).sort((a, b) => a - b);
  const histogram = [...BUCKETS, null].map((upTo, i) => ({
    upTo,
    modules: tokens.filter((t) => t > (i === 0 ? -1 : (BUCKETS[i - 1] as number)) && (upTo === null || t <= upTo)).length,
  }));
  return {
    corpus,
    modules: entries.length,
    splitParts: entries.filter((e) => e.parentHash !== null).length,
    functions: entries.reduce((sum, e) => sum + e.functions, 0),
    irInstructions: entries.reduce((sum, e) => sum + e.instructions, 0),
    tokens: tokens.reduce((a, b) => a + b, 0),
    tokenLengths: distribution(tokens),
    tokenHistogram: histogram,
    groups: new Set(entries.map((e) => e.groupKey)).size,
    sources: store.sources(corpus).map(({ source, filesFound, compiled, details }) => {
      const own = entries.filter((e) => e.source === source);
      return { source, filesFound, compiled, modules: own.length, digest: corpusDigest(own), ...versionOf(details) };
    }),
    failures: store.failures(corpus).length,
    digest: corpusDigest(entries),
  };
}

/** sha256 of the sorted module hashes: the same for two corpora exactly when they hold the same IR. */
export function corpusDigest(entries: readonly { moduleHash: string }[]): string {
  return createHash("sha256")
    .update(entries.map((e) => e.moduleHash).sort().join("\n"))
    .digest("hex");
}

function versionOf(details: unknown): { version?: string } {
  const version = (details as { version?: unknown } | null)?.version;
  return typeof version === "string" ? { version } : {};
}

/** Summary of sorted or unsorted values; null when there are none. */
export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return {
    min: sorted[0] as number,
    p10: at(0.1),
    median: at(0.5),
    p90: at(0.9),
    max: sorted[sorted.length - 1] as number,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}
