import type { Command } from "commander";
import { splitFlags } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { ResultsStore } from "../store/results-store.js";
import type { RunCase } from "../verify/differential.js";
import { PassListEval } from "../verify/passlisteval.js";
import { createValidator } from "../verify/pipeline-validator.js";
import type { PipelineValidator } from "../verify/validator.js";
import { parsePositiveInt } from "./session.js";
import { cacheDir } from "./session.js";

/** Flags shared by `validate` and `tune` that choose the correctness checks. */
export interface VerifyFlags {
  suite?: string;
  run?: string[];
  stdin?: string;
  csmith?: string;
  csmithSeed?: string;
  keep?: string;
  frontendFlags?: string;
}

export function addVerifyOptions(command: Command): Command {
  return command
    .option("--suite <dir>", "PassListEval suite directory (default: the bundled suite)")
    .option("--run <args>", "differential testing: run the input program with these arguments (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--stdin <file>", "differential testing: feed this file to the program's stdin")
    .option("--csmith <n>", "also test the pipeline on N csmith-generated programs")
    .option("--csmith-seed <n>", "first csmith seed", "1")
    .option("--keep <dir>", "where failing csmith programs are kept", "passwise-csmith-failures");
}

export function runCases(flags: VerifyFlags): RunCase[] {
  if (flags.run === undefined && flags.stdin === undefined) return [];
  const argsList = flags.run ?? [""];
  return argsList.map((args) => ({ args: splitFlags(args), ...(flags.stdin ? { stdinFile: flags.stdin } : {}) }));
}

export async function buildValidator(
  toolchain: Toolchain,
  flags: VerifyFlags,
  options: { input?: string; store?: ResultsStore; jobs: number; suite: boolean },
): Promise<{ validator: PipelineValidator; passListEval: PassListEval | undefined }> {
  const passListEval = options.suite
    ? await PassListEval.create(toolchain, { cacheDir: cacheDir(), jobs: options.jobs, ...(flags.suite ? { suiteDir: flags.suite } : {}), ...(options.store ? { store: options.store } : {}) })
    : undefined;
  const runs = runCases(flags);
  const frontend = flags.frontendFlags ? { frontendFlags: splitFlags(flags.frontendFlags) } : {};
  const validator = createValidator({
    toolchain,
    ...(passListEval ? { passListEval } : {}),
    ...(options.input && runs.length > 0 ? { differential: { source: options.input, runs, frontend } } : {}),
    ...(flags.csmith
      ? { csmith: { count: parsePositiveInt(flags.csmith, "--csmith"), firstSeed: parsePositiveInt(flags.csmithSeed ?? "1", "--csmith-seed"), jobs: options.jobs, ...(flags.keep ? { keepDir: flags.keep } : {}) } }
      : {}),
    ...(options.store ? { store: options.store } : {}),
  });
  return { validator, passListEval };
}
