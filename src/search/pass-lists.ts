import type { CatalogEntry } from "../passes/catalog.js";
import type { Rng } from "./rng.js";

/** A candidate is a list of catalog entries; its pipeline text is the entries joined by commas. */
export type PassList = readonly string[];

export const PAPER_MAX_LENGTH = 50;

/** The paper's random candidate: length uniform in 1..maxLength, each pass uniform from the catalog. */
export function randomPassList(rng: Rng, catalog: readonly CatalogEntry[], maxLength = PAPER_MAX_LENGTH): string[] {
  const length = rng.int(1, maxLength);
  return Array.from({ length }, () => rng.pick(catalog).pipeline);
}

/** Ends every light list: promotes allocas to registers after the other passes saw memory form. */
export const LIGHT_LAST_PASS = "function(mem2reg)";
/** Put into half of the light lists at a random position. */
export const LIGHT_INLINER = "inliner-wrapper";
const LIGHT_MAX_BODY = 4;

/**
 * Draws light lists: short lists with no default pipeline, 1–4 uniform catalog passes, an inliner in
 * half of them, and `mem2reg` last. Random search's winners on sha256.c, utf8.c and bigint.c had this
 * shape, and it lies where the paper's lists (a default pipeline in 1 of 30 draws, length up to 50)
 * rarely land: on the 18 examples, 100 such lists beat `-Oz` on 10 programs (matrix.c by 7.6%).
 * Draws paper-style lists instead when the catalog lacks the two fixed passes.
 */
export function lightListSampler(catalog: readonly CatalogEntry[]): (rng: Rng) => string[] {
  const pipelines = new Set(catalog.map((entry) => entry.pipeline));
  const body = catalog.filter((entry) => entry.scope !== "default");
  if (!pipelines.has(LIGHT_LAST_PASS) || !pipelines.has(LIGHT_INLINER) || body.length === 0) return (rng) => randomPassList(rng, catalog);
  return (rng) => {
    const passes = Array.from({ length: rng.int(1, LIGHT_MAX_BODY) }, () => rng.pick(body).pipeline);
    if (rng.float() < 0.5) passes.splice(rng.int(0, passes.length), 0, LIGHT_INLINER);
    return [...passes, LIGHT_LAST_PASS];
  };
}

export type MutationKind = "insert" | "delete" | "replace" | "swap" | "move";

/** Where a mutation's new passes come from: uniform over the catalog, or a sampler (e.g. a learned distribution). */
export type PassSource = readonly CatalogEntry[] | ((rng: Rng) => string);

function drawPass(rng: Rng, source: PassSource): string {
  return typeof source === "function" ? source(rng) : rng.pick(source).pipeline;
}

/** One random edit of a pass list (never leaves it empty, never grows it past maxLength). */
export function mutate(rng: Rng, passes: PassList, source: PassSource, maxLength = PAPER_MAX_LENGTH): string[] {
  const out = [...passes];
  const kinds: MutationKind[] = out.length >= maxLength ? ["delete", "replace", "swap", "move"] : out.length <= 1 ? ["insert", "replace"] : ["insert", "insert", "delete", "replace", "swap", "move"];
  const kind = rng.pick(kinds);
  switch (kind) {
    case "insert":
      out.splice(rng.int(0, out.length), 0, drawPass(rng, source));
      break;
    case "delete":
      out.splice(rng.int(0, out.length - 1), 1);
      break;
    case "replace":
      out[rng.int(0, out.length - 1)] = drawPass(rng, source);
      break;
    case "swap": {
      const i = rng.int(0, out.length - 1);
      const j = rng.int(0, out.length - 1);
      [out[i], out[j]] = [out[j] as string, out[i] as string];
      break;
    }
    case "move": {
      const [item] = out.splice(rng.int(0, out.length - 1), 1);
      out.splice(rng.int(0, out.length), 0, item as string);
      break;
    }
  }
  return out.length === 0 ? [drawPass(rng, source)] : out;
}

/** One-point crossover: a prefix of one parent followed by a suffix of the other. */
export function crossover(rng: Rng, a: PassList, b: PassList, maxLength = PAPER_MAX_LENGTH): string[] {
  const child = [...a.slice(0, rng.int(0, a.length)), ...b.slice(rng.int(0, b.length))];
  if (child.length === 0) return [...a];
  return child.slice(0, maxLength);
}
