import { PasswiseError } from "../errors.js";

/**
 * Pass pipelines are new-pass-manager text, exactly what `opt -passes=` takes. passwise keeps
 * them as text and only normalizes whitespace, so every reported pipeline replays verbatim.
 */

export const OZ_PIPELINE = "default<Oz>";
export const NO_PASSES = "";

/** Canonical text: whitespace removed ("" means no passes). Names and nesting are left to opt. */
export function canonicalPipeline(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Splits a pipeline into its top-level elements: "a,function(b,c),d" → ["a", "function(b,c)", "d"]. */
export function splitPipeline(text: string): string[] {
  const canonical = canonicalPipeline(text);
  if (canonical === "") return [];
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < canonical.length; i++) {
    const ch = canonical[i];
    if (ch === "(" || ch === "<") depth++;
    else if (ch === ")" || ch === ">") depth--;
    else if (ch === "," && depth === 0) {
      elements.push(canonical.slice(start, i));
      start = i + 1;
    }
  }
  elements.push(canonical.slice(start));
  return elements;
}

export function joinPipeline(elements: readonly string[]): string {
  return elements.join(",");
}

/** Problems that make text not a pipeline at all; unknown pass names are left for opt to judge. */
export function pipelineSyntaxProblem(text: string): string | undefined {
  const canonical = canonicalPipeline(text);
  if (canonical === "") return undefined;
  if (!/^[A-Za-z0-9_\-<>(),;.=:]+$/.test(canonical)) return "it contains characters that are not valid in a pass pipeline";
  let depth = 0;
  for (const ch of canonical) {
    if (ch === "(" || ch === "<") depth++;
    if (ch === ")" || ch === ">") depth--;
    if (depth < 0) return "it has an unmatched closing bracket";
  }
  if (depth !== 0) return "it has an unclosed bracket";
  if (splitPipeline(canonical).some((element) => element === "")) return "it has an empty element";
  return undefined;
}

/** For CLI input: canonical text, or an invalid-pipeline error naming the problem. */
export function parsePipelineOption(text: string): string {
  const problem = pipelineSyntaxProblem(text);
  if (problem !== undefined) {
    throw new PasswiseError("invalid-pipeline", `malformed pass pipeline '${text}': ${problem}`);
  }
  return canonicalPipeline(text);
}

/** The plain shell commands that recompute a reported size by hand. */
export function replayCommand(pipeline: string, input = "input.ll"): string {
  const passes = pipeline === "" ? "" : ` -passes='${pipeline}'`;
  return `opt${passes} ${input} -o out.bc && llc -filetype=obj out.bc -o out.o && llvm-size out.o`;
}
