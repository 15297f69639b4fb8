/**
 * LLM Compiler's prompt templates, byte for byte as in Meta's demo script (the model is
 * sensitive to every character), and the answer texts passwise writes for training data.
 * The answer wording of the flag-tuning task is not published; ours states the pipeline as
 * `opt -p '…'` and the sizes before and after, which the answer parsers accept.
 */

export function flagTuningPrompt(ir: string): string {
  return `[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>${ir}</code> [/INST]`;
}

export function disassemblyPrompt(asm: string): string {
  return `[INST] Disassemble this code to LLVM-IR:\n\n<code>${asm}</code> [/INST]`;
}

export function emulationPrompt(ir: string, passes: string, irCount: number, binSize: number, target: "ir" | "asm" = "ir"): string {
  const what = target === "ir" ? "LLVM-IR" : "assembly";
  return `[INST] Give the ${what} for the following code when optimized using opt -p '${passes}':\n\n<code>${ir}</code>\n\nThe input code has instruction count ${irCount} and binary size ${binSize} bytes. [/INST]`;
}

export function flagTuningAnswer(a: { passes: string; sizeBefore: number; sizeAfter: number; instructionCount: number; optimizedIr: string }): string {
  return (
    `Run opt -p '${a.passes}' to reduce the binary size from ${a.sizeBefore} bytes to ${a.sizeAfter} bytes. ` +
    `The optimized LLVM-IR will have instruction count ${a.instructionCount} and binary size ${a.sizeAfter} bytes:\n\n<code>${a.optimizedIr}</code>`
  );
}

export function emulationAnswer(a: { instructionCount: number; binarySize: number; output: string; target: "ir" | "asm" }): string {
  const what = a.target === "ir" ? "LLVM-IR" : "assembly";
  return `The ${what} will have instruction count ${a.instructionCount} and binary size ${a.binarySize} bytes:\n\n<code>${a.output}</code>`;
}

export function disassemblyAnswer(ir: string): string {
  return `<code>${ir}</code>`;
}

/**
 * Drops `uselistorder` directives: passwise keeps them while measuring (they make textual IR
 * compile exactly like bitcode) but LLM Compiler's data has none, and they are noise to a model.
 */
export function withoutUseListOrder(ir: string): string {
  return ir.replace(/^[ \t]*uselistorder(_bb)? .*\n/gm, "");
}
