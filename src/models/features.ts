/**
 * Features of an unoptimized IR module in the spirit of Autophase/InstCount: opcode mix, types,
 * control-flow shape, calls and globals. Derived from the text alone (no LLVM run), the same way
 * for every module — nothing is tuned per program.
 */

const OPCODES = [
  "ret", "br", "switch", "indirectbr", "invoke", "resume", "unreachable", "fneg", "add", "fadd", "sub", "fsub", "mul", "fmul",
  "udiv", "sdiv", "fdiv", "urem", "srem", "frem", "shl", "lshr", "ashr", "and", "or", "xor", "extractelement", "insertelement",
  "shufflevector", "extractvalue", "insertvalue", "alloca", "load", "store", "fence", "cmpxchg", "atomicrmw", "getelementptr",
  "trunc", "zext", "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "inttoptr", "bitcast",
  "icmp", "fcmp", "phi", "select", "call", "va_arg", "landingpad", "freeze",
] as const;

const TYPES = ["i1", "i8", "i16", "i32", "i64", "float", "double", "ptr", "x86_fp80"] as const;

export const FEATURE_NAMES: readonly string[] = [
  "log_instructions",
  "log_functions",
  "log_blocks",
  "log_globals",
  "log_max_function_instructions",
  "blocks_per_function",
  "instructions_per_block",
  "internal_function_share",
  "linkonce_function_share",
  "declared_function_share",
  "intrinsic_call_share",
  "lifetime_call_share",
  "memcpy_memset_call_share",
  "constant_string_globals",
  "vector_type_share",
  "loop_backedge_share",
  ...OPCODES.map((op) => `op_${op}`),
  ...TYPES.map((t) => `type_${t}`),
];

const TYPE_PATTERNS = TYPES.map((t) => new RegExp(`\\b${t}\\b`));
const OPCODE_INDEX = new Map<string, number>(OPCODES.map((op, i) => [op, i]));
const ASSIGNMENT = /^\s+%[-\w.$"]+ = (?:tail |musttail |notail )?([a-z_]+)/;
const BARE = /^\s+(?:tail |musttail |notail )?([a-z_]+)/;

/** The feature vector of an IR module, in the order of FEATURE_NAMES. */
export function irFeatures(ir: string): number[] {
  const opcodeCounts = new Array<number>(OPCODES.length).fill(0);
  const typeCounts = new Array<number>(TYPES.length).fill(0);
  let instructions = 0;
  let functions = 0;
  let declared = 0;
  let internal = 0;
  let linkonce = 0;
  let blocks = 0;
  let globals = 0;
  let strings = 0;
  let calls = 0;
  let intrinsicCalls = 0;
  let lifetimeCalls = 0;
  let memCalls = 0;
  let vectorMentions = 0;
  let backedges = 0;
  let branches = 0;
  let currentFunctionInstructions = 0;
  let maxFunctionInstructions = 0;
  let inFunction = false;
  let blockIndex = new Map<string, number>();
  let blockCounter = 0;

  for (const line of ir.split("\n")) {
    if (!inFunction) {
      if (line.startsWith("define ")) {
        inFunction = true;
        functions++;
        blocks++;
        blockCounter = 0;
        blockIndex = new Map();
        currentFunctionInstructions = 0;
        if (/\b(internal|private)\b/.test(line.slice(0, line.indexOf("@") >>> 0))) internal++;
        if (/\blinkonce_odr\b/.test(line)) linkonce++;
      } else if (line.startsWith("declare ")) {
        declared++;
      } else if (line.startsWith("@")) {
        globals++;
        if (/ c"/.test(line)) strings++;
      }
      continue;
    }
    if (line === "}") {
      inFunction = false;
      maxFunctionInstructions = Math.max(maxFunctionInstructions, currentFunctionInstructions);
      continue;
    }
    const label = /^([-\w.$]+):/.exec(line);
    if (label) {
      blocks++;
      blockIndex.set(label[1] as string, ++blockCounter);
      continue;
    }
    if (!line.startsWith("  ") || line[2] === " " || line[2] === ";") continue;
    const match = ASSIGNMENT.exec(line) ?? BARE.exec(line);
    const opcode = match?.[1];
    if (opcode === undefined) continue;
    const index = OPCODE_INDEX.get(opcode);
    if (index === undefined) continue;
    instructions++;
    currentFunctionInstructions++;
    opcodeCounts[index] = (opcodeCounts[index] as number) + 1;
    if (opcode === "call" || opcode === "invoke") {
      calls++;
      if (line.includes("@llvm.")) intrinsicCalls++;
      if (line.includes("@llvm.lifetime.")) lifetimeCalls++;
      if (/@llvm\.mem(cpy|set|move)\./.test(line)) memCalls++;
    }
    if (opcode === "br") {
      branches++;
      // A branch to a label defined earlier in the function is a loop back edge.
      for (const target of line.matchAll(/label %([-\w.$]+)/g)) if (blockIndex.has(target[1] as string)) backedges++;
    }
    if (line.includes(" x ") && line.includes("<")) vectorMentions++;
    for (let t = 0; t < TYPES.length; t++) {
      if ((TYPE_PATTERNS[t] as RegExp).test(line)) typeCounts[t] = (typeCounts[t] as number) + 1;
    }
  }
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  return [
    Math.log1p(instructions),
    Math.log1p(functions),
    Math.log1p(blocks),
    Math.log1p(globals),
    Math.log1p(maxFunctionInstructions),
    share(blocks, functions),
    share(instructions, blocks),
    share(internal, functions),
    share(linkonce, functions),
    share(declared, declared + functions),
    share(intrinsicCalls, calls),
    share(lifetimeCalls, calls),
    share(memCalls, calls),
    share(strings, globals),
    share(vectorMentions, instructions),
    share(backedges, branches),
    ...opcodeCounts.map((c) => share(c, instructions)),
    ...typeCounts.map((c) => share(c, instructions)),
  ];
}
