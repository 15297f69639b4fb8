import type { CatalogEntry } from "../passes/catalog.js";
import { splitPipeline } from "../passes/pipeline.js";
import type { PassList } from "./pass-lists.js";

/**
 * Known-good starting points for the non-random strategies. The default pipelines come first;
 * a broadcast library of common best lists (from a dataset build) can be appended by the caller.
 */
export const BUILTIN_SEEDS: readonly string[] = [
  "default<Oz>",
  "default<Os>",
  "default<Oz>,default<Oz>",
  "function(sroa),default<Oz>",
  "default<Oz>,function(instcombine<no-verify-fixpoint>),function(simplifycfg)",
  "cgscc(inline),default<Oz>",
  "default<O2>,default<Oz>",
];

/** Seeds as pass lists, keeping only lists whose every element is in the (probed) catalog. */
export function seedLists(catalog: readonly CatalogEntry[], extra: readonly string[] = []): PassList[] {
  const known = new Set(catalog.map((entry) => entry.pipeline));
  const lists: PassList[] = [];
  const seen = new Set<string>();
  for (const pipeline of [...BUILTIN_SEEDS, ...extra]) {
    const passes = splitPipeline(pipeline);
    if (passes.length === 0 || !passes.every((p) => known.has(p)) || seen.has(passes.join(","))) continue;
    seen.add(passes.join(","));
    lists.push(passes);
  }
  return lists;
}
