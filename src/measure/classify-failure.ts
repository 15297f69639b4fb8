import { firstDiagnosticLine, type RunToolResult } from "../llvm/run-tool.js";
import type { EvaluationFailure, FailureKind, Stage } from "./evaluation.js";

const PIPELINE_ERROR = /unknown (pass name|function pass|module pass|loop pass|cgscc pass|pass)|invalid pipeline|invalid use of '.*' pass|can't parse|invalid .* pass parameter|invalid (\w+ )?parameter/i;
const PARSE_ERROR = /<stdin>:\d+:\d+: error:|input module is broken|error: expected|error: use of undefined/i;
const CRASH_MARKERS = /LLVM ERROR|Stack dump|PLEASE submit a bug report|Assertion .* failed|Segmentation fault/;

/**
 * LLVM 19's textual IR writer can print a `uselistorder` directive for a constant that its own
 * parser then rejects ("wrong number of indexes, expected N"); the same pipeline lowers fine when
 * opt hands llc bitcode. Such a failure belongs to the text round trip, not to the pipeline.
 */
export function isUseListOrderRoundTripFailure(failure: EvaluationFailure): boolean {
  return failure.stage === "llc" && /<stdin>:\d+:\d+: error: wrong number of indexes, expected \d+/.test(failure.diagnostic);
}

/** Turns a failed opt or llc run into a typed failure carrying the tool's own diagnostic. */
export function classifyFailure(stage: Stage, result: RunToolResult, timeoutMs: number): EvaluationFailure {
  const base = {
    stage,
    stderr: result.stderr.slice(-8192),
    exitCode: result.exitCode,
    signal: result.signal,
  };
  if (result.spawnError !== undefined) {
    return { ...base, kind: "tool-error", diagnostic: `could not start ${stage}: ${result.spawnError}` };
  }
  if (result.timedOut) {
    return { ...base, kind: "timeout", diagnostic: `${stage} ran longer than ${formatLimit(timeoutMs)} and was killed` };
  }
  const kind = failureKind(stage, result);
  let diagnostic = firstDiagnosticLine(result.stderr).replace(/^\S*\/(opt|llc): /, "$1: ");
  if (diagnostic === "" || (result.signal !== null && !/signal/i.test(diagnostic))) {
    const how = result.signal !== null ? `killed by ${result.signal}` : `exit code ${result.exitCode}`;
    diagnostic = diagnostic === "" ? `${stage} failed (${how})` : `${diagnostic} (${how})`;
  }
  return { ...base, kind, diagnostic };
}

function failureKind(stage: Stage, result: RunToolResult): FailureKind {
  const crashed = result.signal !== null || (result.exitCode !== null && result.exitCode > 128) || CRASH_MARKERS.test(result.stderr);
  if (stage === "llc") return crashed ? "codegen-crash" : "codegen-error";
  if (PARSE_ERROR.test(result.stderr)) return "invalid-ir";
  if (PIPELINE_ERROR.test(result.stderr)) return "invalid-pipeline";
  return crashed ? "opt-crash" : "opt-error";
}

function formatLimit(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
