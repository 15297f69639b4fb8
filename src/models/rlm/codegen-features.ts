/**
 * Features of unoptimized IR that decide how many bytes `llc` makes of it but that word-piece
 * counts cannot see, for the linear blend's heads without a pipeline (see linear-blend.ts):
 *
 * - data: the bytes of the globals the module defines (a `[512 x i32]` table is 2,048 bytes of
 *   `.data`, however few word pieces its initializer has); zero-initialized variables go to `.bss`,
 *   which binary size leaves out, so they are not counted.
 * - callee-saved registers: a value live across a call needs one, which costs a push, a pop and
 *   their unwind entries in `.eh_frame`; the function's most values live across one call site
 *   (at most 6 registers, the rest spilled).
 * - stack slots: every local of clang's unoptimized IR lives in an alloca, addressed as
 *   `disp(%rsp)` with one displacement byte within 128 bytes of the base and four beyond; slots are
 *   laid out as X86FrameLowering::orderFrameObjects does, densest (uses per byte) nearest.
 * - immediates: an integer operand fits 1, 4 or 8 bytes; a small one that must be in a register
 *   (a call argument, a return value) becomes `push imm8; pop reg`, whose stack adjustments each
 *   take an unwind entry.
 * - switches: one dense enough for a jump table (at least 4 cases covering 40% of their range, the
 *   density LLVM asks of functions optimized for size) costs 8 bytes of `.rodata` per value of
 *   the range, holes included, instead of a compare and branch per case.
 *
 * Measured on the default corpus's unoptimized rows (ridge alone, MAPE train / sqlite3 / libogg):
 * code pieces and pairs with the declarations' pieces 0.051 / 0.068 / 0.057; code pieces and pairs
 * with these features instead 0.047 / 0.062 / 0.051 (the declarations' pieces stood in for data
 * bytes on the training packages and extrapolated badly to sqlite3's long headers). Per section,
 * `.text` carries most of what error is left (4.2% of the size on the training rows), `.eh_frame`
 * 2% and `.rodata` 0.6%.
 */

/** x86-64 size and alignment in bytes of an IR type (`{ size: 0 }` when it cannot be read). */
interface Layout {
  size: number;
  align: number;
}

/** Bytes of the non-integer scalars, each aligned to its size (integers: see compute). */
const SCALAR_BYTES: Record<string, number> = { ptr: 8, half: 2, bfloat: 2, float: 4, double: 8, x86_fp80: 16, fp128: 16 };

const UNKNOWN: Layout = { size: 0, align: 1 };

const roundUp = (n: number, align: number) => Math.ceil(n / align) * align;

/** Reads named struct definitions (`%struct.X = type { ... }`) and lays out any type text. */
class TypeLayouts {
  private readonly definitions = new Map<string, string>();
  private readonly cache = new Map<string, Layout>();

  constructor(ir: string) {
    for (const match of ir.matchAll(/^(%[\w.$"-]+) = type (.*)$/gm)) this.definitions.set(match[1] as string, (match[2] as string).trim());
  }

  layout(type: string, depth = 0): Layout {
    type = type.trim();
    const cached = this.cache.get(type);
    if (cached !== undefined) return cached;
    const result = depth > 32 ? UNKNOWN : this.compute(type, depth);
    this.cache.set(type, result);
    return result;
  }

  private compute(type: string, depth: number): Layout {
    const scalar = SCALAR_BYTES[type];
    if (scalar !== undefined) return { size: scalar, align: scalar };
    // iN: whole bytes, aligned to the next power of two up to 16 (i1 and i8: 1, i32: 4, i128: 16).
    if (/^i\d+$/.test(type)) {
      const bytes = Math.ceil(Number(type.slice(1)) / 8);
      const align = Math.min(16, 2 ** Math.ceil(Math.log2(Math.max(bytes, 1))));
      return { size: roundUp(bytes, align), align };
    }
    if (type.endsWith("*")) return this.layout("ptr", depth + 1);
    const named = this.definitions.get(type);
    if (named !== undefined) return named === "opaque" ? UNKNOWN : this.layout(named, depth + 1);
    const array = /^\[(\d+) x (.*)\]$/.exec(type);
    if (array !== null) {
      const element = this.layout(array[2] as string, depth + 1);
      return { size: Number(array[1]) * roundUp(element.size, element.align), align: element.align };
    }
    const vector = /^<(\d+) x (.*)>$/.exec(type);
    if (vector !== null) {
      const bytes = Number(vector[1]) * this.layout(vector[2] as string, depth + 1).size;
      const align = 2 ** Math.ceil(Math.log2(Math.max(bytes, 1)));
      return { size: roundUp(bytes, align), align };
    }
    const packed = type.startsWith("<{") && type.endsWith("}>");
    if (packed || (type.startsWith("{") && type.endsWith("}"))) {
      const body = packed ? type.slice(2, -2) : type.slice(1, -1);
      let size = 0;
      let align = 1;
      for (const field of splitTopLevel(body)) {
        const f = this.layout(field, depth + 1);
        const fieldAlign = packed ? 1 : f.align;
        size = roundUp(size, fieldAlign) + f.size;
        align = Math.max(align, fieldAlign);
      }
      return { size: roundUp(size, align), align };
    }
    return UNKNOWN;
  }
}

/** Splits a struct body at its top-level commas. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "{" || c === "[" || c === "<" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ">" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (body.slice(start).trim() !== "") parts.push(body.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** The displacement beyond which x86-64 needs four bytes instead of one. */
const NEAR_LIMIT = 128;
/** Callee-saved general registers without a frame pointer: rbx, rbp, r12–r15. */
const CALLEE_SAVED = 6;

/** Every key codegenFeatures can return, in a fixed order. */
export const CODEGEN_KEYS: readonly string[] = [
  "data:bytes",
  "data:const-bytes",
  "data:globals",
  "calls:saved-regs",
  "calls:live-across",
  "calls:spill-pressure",
  "frame:near",
  "frame:far",
  "imm:8",
  "imm:32",
  "imm:64",
  "imm:push-pop",
  "switch:table-bytes",
  "switch:table-cases",
  "switch:compare-cases",
];
/** SwitchLowering's minimum jump-table entries and its density for functions optimized for size (%). */
const MIN_JUMP_TABLE_CASES = 4;
const OPTSIZE_JUMP_TABLE_DENSITY = 40;
const JUMP_TABLE_ENTRY_BYTES = 8;

const ALLOCA = /^\s*(%[\w.$-]+) = alloca (?:inalloca )?(.+?)(?:, (i\d+ [^,]+))?, align (\d+)/;
const DEFINED = /^\s*(%[\w.$-]+) = /;
const VALUE = /%[\w.$-]+/g;
const GLOBAL = /^@[^=]+= (.*?)\b(global|constant) (.*)$/;
const NULL_INITIALIZER = /^\s*(zeroinitializer|null|0|0\.0+e\+00|undef|poison|false)\s*(,|$)/;
/** An integer literal: not part of a name, a type (i32), a float or a hexadecimal constant. */
const INTEGER = /(?<![\w.%@!#$+-])-?\d+(?![\w.])/g;
/** One `i32 N, label %L` line of a switch's cases. */
const SWITCH_CASE = /^\s*i\d+ (-?\d+), label/;

interface FrameSlot {
  size: number;
  align: number;
  uses: number;
}

interface FunctionState {
  slots: Map<string, FrameSlot>;
  /** Instruction index of each value's definition (arguments: 0) and of its last use. */
  definedAt: Map<string, number>;
  lastUseAt: Map<string, number>;
  callsAt: number[];
  position: number;
  /** The case values of the switch being read (between `switch ... [` and `]`), else null. */
  switchCases: bigint[] | null;
}

/** Feature name (one of CODEGEN_KEYS) → value, summed over the module; zeros are left out. */
export function codegenFeatures(ir: string): Map<string, number> {
  const layouts = new TypeLayouts(ir);
  const features = new Map<string, number>();
  const add = (key: string, n: number) => {
    if (n !== 0) features.set(key, (features.get(key) ?? 0) + n);
  };

  let fn: FunctionState | null = null;
  for (const line of ir.split("\n")) {
    if (fn === null) {
      if (line.startsWith("define ")) fn = startFunction(line);
      else if (line.startsWith("@")) addGlobal(line, layouts, add);
      continue;
    }
    if (line === "}") {
      finishFunction(fn, add);
      fn = null;
      continue;
    }
    if (!line.startsWith("  ")) continue;
    if (fn.switchCases !== null) {
      if (line.trim() === "]") {
        priceSwitch(fn.switchCases, add);
        fn.switchCases = null;
      } else {
        const value = SWITCH_CASE.exec(line)?.[1];
        if (value !== undefined) fn.switchCases.push(BigInt(value));
      }
      continue;
    }
    if (/\bswitch i\d+ /.test(line)) fn.switchCases = [];
    fn.position++;
    readInstruction(line, fn, layouts, add);
  }
  return features;
}

function startFunction(defineLine: string): FunctionState {
  const definedAt = new Map<string, number>();
  for (const argument of defineLine.matchAll(VALUE)) definedAt.set(argument[0], 0);
  return { slots: new Map(), definedAt, lastUseAt: new Map(), callsAt: [], position: 0, switchCases: null };
}

function addGlobal(line: string, layouts: TypeLayouts, add: (key: string, n: number) => void): void {
  const global = GLOBAL.exec(line);
  if (global === null || /\b(external|extern_weak)\b/.test(global[1] as string)) return;
  const [type, initializer] = leadingType(global[3] as string);
  add("data:globals", 1);
  const constant = global[2] === "constant";
  if (!constant && NULL_INITIALIZER.test(initializer)) return; // .bss
  add(constant ? "data:const-bytes" : "data:bytes", layouts.layout(type).size);
}

/** Splits "TYPE rest" where TYPE may be bracketed ([4 x i8], { i32, ptr }, <{ ... }>). */
function leadingType(text: string): [string, string] {
  text = text.trimStart();
  if (/^[[{<]/.test(text)) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if ("[{<".includes(c)) depth++;
      else if ("]}>".includes(c) && --depth === 0) return [text.slice(0, i + 1), text.slice(i + 1)];
    }
    return [text, ""];
  }
  const type = /^\S+/.exec(text)?.[0] ?? "";
  return [type, text.slice(type.length)];
}

function readInstruction(line: string, fn: FunctionState, layouts: TypeLayouts, add: (key: string, n: number) => void): void {
  const defined = DEFINED.exec(line)?.[1];
  const alloca = ALLOCA.exec(line);
  if (alloca !== null) {
    const { size } = layouts.layout(alloca[2] as string);
    const count = alloca[3] === undefined ? 1 : Number(/\d+$/.exec(alloca[3])?.[0] ?? Number.NaN);
    // An alloca of run-time size is not a fixed slot.
    if (Number.isFinite(count)) fn.slots.set(alloca[1] as string, { size: Math.max(1, size * count), align: Math.max(1, Number(alloca[4])), uses: 0 });
    return;
  }
  if (defined !== undefined) fn.definedAt.set(defined, fn.position);
  const operands = defined === undefined ? line : line.slice(line.indexOf("=") + 1);
  for (const match of operands.matchAll(VALUE)) {
    const slot = fn.slots.get(match[0]);
    if (slot !== undefined) slot.uses++;
    else fn.lastUseAt.set(match[0], fn.position);
  }
  // A call site for liveness is a call of a function; an intrinsic is none, though the memory ones
  // may become calls (counted below for their arguments).
  const call = /\b(call|invoke) /.test(operands);
  const intrinsic = operands.includes("@llvm.");
  if (call && !intrinsic) fn.callsAt.push(fn.position);
  const plain = operands
    .replace(/, align \d+/g, "")
    .replace(/[[<]\d+ x /g, "[")
    .replace(/!\S+ !\d+/g, "")
    .replace(/#\d+/g, "");
  // Small constants that must go into a register (call arguments, return values) are materialized
  // as `push imm8; pop reg` in functions optimized for size: each adds two unwind entries.
  // (Intrinsics other than the memory ones, such as lifetime markers, make no call.)
  const makesCall = call && (!intrinsic || /@llvm\.mem(cpy|move|set)\b/.test(operands));
  const inRegister = makesCall || /^\s*ret /.test(operands);
  for (const match of plain.matchAll(INTEGER)) {
    const value = Number(match[0]);
    const small = value >= -128 && value <= 127;
    add(small ? "imm:8" : value >= -(2 ** 31) && value < 2 ** 32 ? "imm:32" : "imm:64", 1);
    if (small && value !== 0 && inRegister) add("imm:push-pop", 1);
  }
}

/** A switch's case values, read up to its closing `]`: a jump table or compares. */
function priceSwitch(cases: readonly bigint[], add: (key: string, n: number) => void): void {
  if (cases.length === 0) return;
  const sorted = [...cases].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const range = Number((sorted.at(-1) as bigint) - (sorted[0] as bigint)) + 1;
  if (cases.length >= MIN_JUMP_TABLE_CASES && cases.length * 100 >= range * OPTSIZE_JUMP_TABLE_DENSITY) {
    add("switch:table-bytes", range * JUMP_TABLE_ENTRY_BYTES);
    add("switch:table-cases", cases.length);
  } else {
    add("switch:compare-cases", cases.length);
  }
}

function finishFunction(fn: FunctionState, add: (key: string, n: number) => void): void {
  let mostLive = 0;
  let liveAcross = 0;
  for (const call of fn.callsAt) {
    let live = 0;
    for (const [value, definedAt] of fn.definedAt) {
      const lastUse = fn.lastUseAt.get(value);
      if (lastUse !== undefined && definedAt < call && lastUse > call) live++;
    }
    mostLive = Math.max(mostLive, live);
    liveAcross += live;
  }
  add("calls:saved-regs", Math.min(mostLive, CALLEE_SAVED));
  add("calls:live-across", liveAcross);
  add("calls:spill-pressure", Math.max(0, mostLive - CALLEE_SAVED));
  const ordered = [...fn.slots.values()].sort((a, b) => b.uses * a.size - a.uses * b.size || b.align - a.align);
  let offset = 0;
  for (const slot of ordered) {
    offset = roundUp(offset + slot.size, slot.align);
    add(offset > NEAR_LIMIT ? "frame:far" : "frame:near", slot.uses);
  }
}
