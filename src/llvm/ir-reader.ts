/**
 * A small reader for textual LLVM IR as opt prints it: enough to count instructions the way
 * LLVM's instcount pass does, find the target triple and list defined functions, without
 * running a tool.
 */

export interface IrSummary {
  /** Instructions in all function bodies (what `instcount` counts). */
  instructionCount: number;
  definedFunctions: { name: string; instructionCount: number }[];
  targetTriple: string | undefined;
}

const DEFINE = /^define\b[^@]*@("(?:[^"\\]|\\.)*"|[-a-zA-Z$._0-9]+)/;

export function summarizeIr(ir: string): IrSummary {
  const definedFunctions: { name: string; instructionCount: number }[] = [];
  let current: { name: string; instructionCount: number } | undefined;
  let inMultiLineInstruction = false;
  let targetTriple: string | undefined;
  let total = 0;

  for (const line of ir.split("\n")) {
    if (current === undefined) {
      const define = DEFINE.exec(line);
      if (define && line.trimEnd().endsWith("{")) {
        current = { name: unquote(define[1] ?? ""), instructionCount: 0 };
      } else if (line.startsWith("target triple")) {
        targetTriple = /"([^"]*)"/.exec(line)?.[1];
      }
      continue;
    }
    if (line === "}") {
      definedFunctions.push(current);
      current = undefined;
      inMultiLineInstruction = false;
      continue;
    }
    // A switch's case list spans lines until "  ]"; landingpad clauses are deeper-indented lines.
    if (inMultiLineInstruction) {
      if (line.startsWith("  ]")) inMultiLineInstruction = false;
      continue;
    }
    if (!isInstructionLine(line)) continue;
    current.instructionCount++;
    total++;
    if (line.trimEnd().endsWith("[") && /\bswitch\b/.test(line)) inMultiLineInstruction = true;
  }
  return { instructionCount: total, definedFunctions, targetTriple };
}

/** Instructions are printed at exactly two spaces of indentation; debug records are not instructions. */
function isInstructionLine(line: string): boolean {
  if (!line.startsWith("  ") || line.length < 3) return false;
  const third = line[2];
  if (third === " " || third === ";" || third === "#" || third === "]") return false;
  return !line.startsWith("  uselistorder"); // use-list order directives, not instructions
}

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1) : name;
}

export function countInstructions(ir: string): number {
  return summarizeIr(ir).instructionCount;
}

/** The module's target triple, or undefined when it declares none. */
export function readTargetTriple(ir: string): string | undefined {
  const match = /^target triple\s*=\s*"([^"]*)"/m.exec(ir);
  return match?.[1];
}
