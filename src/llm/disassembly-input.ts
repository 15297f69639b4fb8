import { readFile } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { lowerToAssembly } from "../llvm/assembly.js";
import { irModuleFromText, type IrModule } from "../llvm/ir-module.js";
import type { Toolchain } from "../llvm/toolchain.js";
import type { Evaluator } from "../measure/evaluation.js";

export interface DisassemblyInput {
  asm: string;
  /** The IR the assembly was lowered from, when passwise made it. */
  referenceIr?: string;
}

export function isAssemblyFile(file: string): boolean {
  return [".s", ".asm"].includes(path.extname(file).toLowerCase());
}

/** Assembly from a `.s` file as is, or made from a module: optimized with `pipeline`, then lowered by llc. */
export async function assemblyFromFile(file: string): Promise<DisassemblyInput> {
  try {
    return { asm: await readFile(file, "utf8") };
  } catch (error) {
    throw new PasswiseError("unreadable-input", `${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export async function assemblyFromModule(toolchain: Toolchain, evaluator: Evaluator, module: IrModule, pipeline: string): Promise<DisassemblyInput> {
  const compiled = await evaluator.compile(module, pipeline);
  if (!compiled.evaluation.ok || compiled.artifacts === undefined) {
    throw new PasswiseError("invalid-pipeline", `${module.name}: opt -passes='${pipeline}' fails: ${compiled.evaluation.ok ? "no output" : compiled.evaluation.failure.diagnostic}`);
  }
  const ir = compiled.artifacts.optimizedIr;
  return { asm: await lowerToAssembly(toolchain, irModuleFromText(ir, module.name)), referenceIr: ir };
}
