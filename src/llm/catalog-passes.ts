import type { CatalogEntry } from "../passes/catalog.js";
import { canonicalPipeline, joinPipeline, pipelineSyntaxProblem, splitPipeline } from "../passes/pipeline.js";

/** LLVM 17 names (what LLM Compiler was trained with) of passes renamed by LLVM 19. */
const RENAMED: Record<string, string> = {
  flattencfg: "flatten-cfg",
  loweratomic: "lower-atomic",
  lowerinvoke: "lower-invoke",
  lowerswitch: "lower-switch",
};

const WRAPPER = /^(?:module|function|cgscc|loop|loop-mssa)\((.*)\)$/;

export type ResolvedPipeline =
  | { ok: true; pipeline: string; passes: CatalogEntry[]; notes: string[] }
  | { ok: false; problem: string; unknownPasses: string[] };

/** Leaf pass names of a pipeline, wrappers (`module(…)`, `function(…)`, …) taken off. */
export function leafPasses(text: string): string[] {
  const leaves: string[] = [];
  for (const element of splitPipeline(text)) {
    const wrapped = WRAPPER.exec(element);
    if (wrapped) leaves.push(...leafPasses(wrapped[1] as string));
    else leaves.push(element.replace(/^-+/, ""));
  }
  return leaves;
}

/**
 * Checks every pass of a model's list against the catalog and rewrites the list in the
 * catalog's own spelling (each pass at module level with its nesting), so it runs on the
 * installed `opt` whatever nesting or LLVM 17 name the model used.
 */
export function resolveAgainstCatalog(text: string, catalog: readonly CatalogEntry[]): ResolvedPipeline {
  const problem = pipelineSyntaxProblem(text);
  if (problem !== undefined) return { ok: false, problem: `malformed pass list '${text}': ${problem}`, unknownPasses: [] };
  const byName = new Map<string, CatalogEntry>();
  for (const entry of catalog) {
    byName.set(entry.pipeline, entry);
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
  }
  const leaves = leafPasses(canonicalPipeline(text));
  if (leaves.length === 0) return { ok: false, problem: "the pass list is empty", unknownPasses: [] };
  const passes: CatalogEntry[] = [];
  const unknown: string[] = [];
  const notes: string[] = [];
  for (const leaf of leaves) {
    const bare = leaf.startsWith("default<") ? leaf : leaf.replace(/<.*>$/, "");
    const renamed = RENAMED[bare];
    const entry = byName.get(leaf) ?? byName.get(bare) ?? (renamed ? byName.get(renamed) : undefined);
    if (entry === undefined) {
      unknown.push(leaf);
      continue;
    }
    if (bare !== leaf) notes.push(`'${leaf}' runs with default parameters as '${entry.pipeline}'`);
    else if (renamed && entry.name === renamed) notes.push(`'${leaf}' is called '${renamed}' in this LLVM`);
    passes.push(entry);
  }
  if (unknown.length > 0) return { ok: false, problem: `not in the pass catalog: ${unknown.join(", ")}`, unknownPasses: unknown };
  return { ok: true, pipeline: joinPipeline(passes.map((p) => p.pipeline)), passes, notes };
}

function gbnfString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * A GBNF grammar for a flag-tuning answer: free prose up to a quote, then a list of at most 50
 * catalog passes (either the catalog's spelling or the bare name) and a closing quote, then the
 * prose with the predicted sizes up to where the code would start.
 */
export function flagTuningGrammar(catalog: readonly CatalogEntry[], maxPasses = 50): string {
  const names = [...new Set(catalog.flatMap((e) => [e.pipeline, e.name]))].sort();
  return [
    `root ::= prefix "'" list "'" tail`,
    `prefix ::= [^'<]{0,200}`,
    `list ::= pass ("," pass){0,${maxPasses - 1}}`,
    `pass ::= ${names.map(gbnfString).join(" | ")}`,
    `tail ::= [^'<]{0,400}`,
    "",
  ].join("\n");
}
