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
 * - addresses: a `getelementptr` with constant indices off a pointer (a struct field, an array
 *   element) folds into the load or store that uses it as a displacement of one byte within 128
 *   bytes of the base and four beyond (none at offset 0); struct fields are laid out as x86-64 does.
 * - combined loads: bytes (or halves) loaded, zero-extended, maybe shifted and or'ed together are
 *   what the DAG combiner merges into one wider load (`ogg_page_serialno`'s four byte loads, shifts
 *   and ors become one 32-bit load).
 * - memory intrinsics: `llvm.memcpy` / `llvm.memmove` of a constant length up to 64 bytes and
 *   `llvm.memset` up to 128 become inline moves (a 16-byte load and store each, measured with
 *   llc 19 on minsize functions: 48 bytes are three `movups` pairs), longer or variable ones a call.
 * - dead blocks: blocks reachable only through the untaken edge of `br i1 true` / `br i1 false`
 *   (sqlite3's assertions compiled out to constants) are folded away by `llc`, yet their pieces
 *   are counted; their instructions and calls let the head take them back out.
 * - switches as SwitchLowering sees them: bit tests for few destinations within 64 values, which
 *   the rule above counts as a table or compares (see priceSwitch).
 *
 * Measured on the default corpus's unoptimized rows (ridge alone, MAPE train / sqlite3 / libogg):
 * code pieces and pairs with the declarations' pieces 0.051 / 0.068 / 0.057; code pieces and pairs
 * with these features instead 0.047 / 0.062 / 0.051 (the declarations' pieces stood in for data
 * bytes on the training packages and extrapolated badly to sqlite3's long headers). On the 60k
 * rows of 2026-12-08 (13,178 train rows): 0.0491 / 0.0572 / 0.0458 with the features up to
 * switches, 0.0459 / 0.0532 / 0.0374 with addresses, combined loads, memory intrinsics, dead
 * blocks and bit tests as well. Per section,
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

  /**
   * The byte offset a `getelementptr` with constant indices adds to its base (null when an index
   * is not a constant or a type cannot be read): the first index steps over whole source types,
   * the others into struct fields and array or vector elements.
   */
  offsetOf(sourceType: string, indices: readonly number[]): number | null {
    let type = sourceType.trim();
    const first = this.layout(type);
    if (first.size === 0 && indices[0] !== 0) return null;
    let offset = (indices[0] as number) * roundUp(first.size, first.align);
    for (const index of indices.slice(1)) {
      type = this.definitions.get(type) ?? type;
      const aggregate = /^\[(\d+) x (.*)\]$/.exec(type) ?? /^<(\d+) x (.*)>$/.exec(type);
      if (aggregate !== null) {
        type = (aggregate[2] as string).trim();
        const element = this.layout(type);
        offset += index * roundUp(element.size, element.align);
        continue;
      }
      const packed = type.startsWith("<{") && type.endsWith("}>");
      if (!packed && !(type.startsWith("{") && type.endsWith("}"))) return null;
      const fields = splitTopLevel(packed ? type.slice(2, -2) : type.slice(1, -1));
      if (index < 0 || index >= fields.length) return null;
      let fieldOffset = 0;
      for (let k = 0; k <= index; k++) {
        const f = this.layout(fields[k] as string);
        fieldOffset = roundUp(fieldOffset, packed ? 1 : f.align);
        if (k < index) fieldOffset += f.size;
      }
      offset += fieldOffset;
      type = fields[index] as string;
    }
    return offset;
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
  "address:disp8",
  "address:disp32",
  "combine:byte-loads",
  "dead:instructions",
  "dead:calls",
  "memop:copy-ops",
  "memop:set-ops",
  "memop:calls",
  "switch:bit-tests",
  "switch:bit-test-dests",
  "switch:undo-table-bytes",
  "switch:undo-table-cases",
  "switch:undo-compare-cases",
  "switch:late-compare-cases",
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
const SWITCH_CASE = /^\s*i\d+ (-?\d+), label (%[\w.$-]+)/;

interface SwitchCase {
  value: bigint;
  target: string;
}

interface Switch {
  defaultTarget: string;
  cases: SwitchCase[];
}

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
  /** The switch being read (between `switch ... [` and `]`), else null. */
  openSwitch: Switch | null;
  /** The function's switches, priced once its blocks are known (see priceSwitch). */
  switches: Switch[];
  /** Values that are narrow loads zero-extended, maybe shifted and or'ed together (`load:%v` marks the loads themselves). */
  narrowLoads: Set<string>;
  /** The function's basic blocks in order (the first is the entry). */
  blocks: BasicBlock[];
}

interface BasicBlock {
  name: string;
  /** The block's only instruction is `br label %X`: codegen folds it into its successor. */
  forwardsTo?: string;
  instructions: number;
  calls: number;
  successors: string[];
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
    if (!line.startsWith("  ")) {
      const label = /^([\w.$-]+):/.exec(line)?.[1];
      if (label !== undefined) fn.blocks.push({ name: `%${label}`, instructions: 0, calls: 0, successors: [] });
      continue;
    }
    readSuccessors(line, fn.blocks.at(-1) as BasicBlock);
    if (fn.openSwitch !== null) {
      if (line.trim() === "]") {
        fn.switches.push(fn.openSwitch);
        fn.openSwitch = null;
      } else {
        const found = SWITCH_CASE.exec(line);
        if (found !== null) fn.openSwitch.cases.push({ value: BigInt(found[1] as string), target: found[2] as string });
      }
      continue;
    }
    const switchDefault = /\bswitch i\d+ [^,]+, label (%[\w.$-]+)/.exec(line)?.[1];
    if (switchDefault !== undefined) fn.openSwitch = { defaultTarget: switchDefault, cases: [] };
    fn.position++;
    readInstruction(line, fn, layouts, add);
  }
  return features;
}

function startFunction(defineLine: string): FunctionState {
  const definedAt = new Map<string, number>();
  for (const argument of defineLine.matchAll(VALUE)) definedAt.set(argument[0], 0);
  return { slots: new Map(), definedAt, lastUseAt: new Map(), callsAt: [], position: 0, openSwitch: null, switches: [], narrowLoads: new Set(), blocks: [{ name: "", instructions: 0, calls: 0, successors: [] }] };
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
  if (defined !== undefined) readAddressAndCombine(defined, operands, fn, layouts, add);
  if (intrinsic) addMemoryIntrinsic(operands, add);
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

const GEP = /^\s*getelementptr (?:(?:inbounds|nusw|nuw) )*(.+?), ptr (%[\w.$-]+)((?:, i\d+ -?\d+)+)\s*$/;
const NARROW_LOAD = /^\s*load i(8|16), ptr /;
const WIDEN = /^\s*zext i\d+ (%[\w.$-]+) to i\d+/;
const SHIFT_LEFT = /^\s*shl (?:nuw |nsw )*i\d+ (%[\w.$-]+), \d+/;
const OR = /^\s*or (?:disjoint )*i\d+ (%[\w.$-]+), (%[\w.$-]+)/;

/** Address displacements of constant `getelementptr`s, and the narrow loads an `or` may combine (see the file's comment). */
function readAddressAndCombine(defined: string, operands: string, fn: FunctionState, layouts: TypeLayouts, add: (key: string, n: number) => void): void {
  const gep = GEP.exec(operands);
  if (gep !== null) {
    // A slot's address is the stack pointer plus the slot's offset: the frame features count it.
    if (fn.slots.has(gep[2] as string)) return;
    const indices = [...(gep[3] as string).matchAll(/i\d+ (-?\d+)/g)].map((m) => Number(m[1]));
    const offset = layouts.offsetOf(gep[1] as string, indices);
    if (offset !== null && offset !== 0) add(offset >= -NEAR_LIMIT && offset < NEAR_LIMIT ? "address:disp8" : "address:disp32", 1);
    return;
  }
  if (NARROW_LOAD.test(operands)) {
    fn.narrowLoads.add(`load:${defined}`);
    return;
  }
  const widened = WIDEN.exec(operands);
  if (widened !== null) {
    const from = widened[1] as string;
    if (fn.narrowLoads.has(`load:${from}`) || fn.narrowLoads.has(from)) fn.narrowLoads.add(defined);
    return;
  }
  const shifted = SHIFT_LEFT.exec(operands);
  if (shifted !== null) {
    if (fn.narrowLoads.has(shifted[1] as string)) fn.narrowLoads.add(defined);
    return;
  }
  const or = OR.exec(operands);
  if (or !== null) {
    // Each `or` of two such values merges one more narrow load into a wider one.
    if (fn.narrowLoads.has(or[1] as string) && fn.narrowLoads.has(or[2] as string)) {
      fn.narrowLoads.add(defined);
      add("combine:byte-loads", 1);
    }
  }
}

const MEMORY_INTRINSIC = /@llvm\.(memcpy|memmove|memset)(?:\.inline)?\.[\w.]+\((.*)\)/;
/** The longest copy and fill llc 19 expands inline in functions optimized for size (bytes). */
const INLINE_COPY_LIMIT = 64;
const INLINE_SET_LIMIT = 128;

/** A memcpy/memmove/memset intrinsic: the moves it expands to, or a call. */
function addMemoryIntrinsic(operands: string, add: (key: string, n: number) => void): void {
  const call = MEMORY_INTRINSIC.exec(operands);
  if (call === null) return;
  const set = call[1] === "memset";
  const length = /^i\d+ (\d+)$/.exec(splitTopLevel(call[2] as string)[2] ?? "")?.[1];
  const bytes = length === undefined ? Number.NaN : Number(length);
  if (!(bytes <= (set ? INLINE_SET_LIMIT : INLINE_COPY_LIMIT))) {
    add("memop:calls", 1);
    return;
  }
  // 16-byte moves, then the remainder in power-of-two pieces.
  let ops = Math.floor(bytes / 16);
  for (let rest = bytes % 16; rest > 0; rest &= rest - 1) ops++;
  add(set ? "memop:set-ops" : "memop:copy-ops", ops);
}

/** Counts an instruction line into its block and reads the blocks it may branch to (one for a constant condition). */
function readSuccessors(line: string, block: BasicBlock): void {
  if (!SWITCH_CASE.test(line)) block.instructions++;
  const jump = /^\s*br label (%[\w.$-]+)/.exec(line)?.[1];
  if (jump !== undefined && block.instructions === 1) block.forwardsTo = jump;
  else if (block.instructions > 1) delete block.forwardsTo;
  if (/\b(call|invoke) /.test(line) && !line.includes("@llvm.")) block.calls++;
  const constant = /^\s*br i1 (true|false), label (%[\w.$-]+), label (%[\w.$-]+)/.exec(line);
  if (constant !== null) {
    block.successors.push((constant[1] === "true" ? constant[2] : constant[3]) as string);
    return;
  }
  for (const target of line.matchAll(/\blabel (%[\w.$-]+)/g)) block.successors.push(target[1] as string);
}

/** Instructions and calls in blocks the entry cannot reach once constant branches are folded. */
function addDeadBlocks(blocks: readonly BasicBlock[], byName: ReadonlyMap<string, BasicBlock>, add: (key: string, n: number) => void): void {
  const reached = new Set<BasicBlock>([blocks[0] as BasicBlock]);
  const pending = [blocks[0] as BasicBlock];
  for (let block = pending.pop(); block !== undefined; block = pending.pop()) {
    for (const name of block.successors) {
      const next = byName.get(name);
      if (next !== undefined && !reached.has(next)) {
        reached.add(next);
        pending.push(next);
      }
    }
  }
  for (const block of blocks) {
    if (reached.has(block)) continue;
    add("dead:instructions", block.instructions);
    add("dead:calls", block.calls);
  }
}

/**
 * A switch's cases, read up to its closing `]`, and the same cases as codegen sees them (`lowered`:
 * destinations that only branch on followed, cases that end at the default dropped). The "switch:table-*" and "switch:compare-cases"
 * keys keep their first rule (a jump table for 4 or more cases at 40% density), so model files
 * fitted on them estimate as before. SwitchLowering decides on clusters instead (adjacent values
 * with the same destination), and a switch whose clusters span under 64 values with few
 * destinations becomes bit tests (a mask, `bt` and a branch per destination), not a table: where
 * that differs from the first rule, the "undo" keys repeat the first rule's counts and the keys of
 * what it becomes are added, so a head can take the one out and put the other in.
 */
function priceSwitch(cases: readonly SwitchCase[], lowered: readonly SwitchCase[], add: (key: string, n: number) => void): void {
  if (cases.length === 0) return;
  const byValue = (a: SwitchCase, b: SwitchCase) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const range = valueRange([...cases].sort(byValue));
  const firstRuleTable = cases.length >= MIN_JUMP_TABLE_CASES && cases.length * 100 >= range * OPTSIZE_JUMP_TABLE_DENSITY;
  if (firstRuleTable) {
    add("switch:table-bytes", range * JUMP_TABLE_ENTRY_BYTES);
    add("switch:table-cases", cases.length);
  } else {
    add("switch:compare-cases", cases.length);
  }
  const lowering = switchLowering([...lowered].sort(byValue));
  if (lowering.kind === (firstRuleTable ? "table" : "compares")) return;
  if (firstRuleTable) {
    add("switch:undo-table-bytes", range * JUMP_TABLE_ENTRY_BYTES);
    add("switch:undo-table-cases", cases.length);
  } else {
    add("switch:undo-compare-cases", cases.length);
  }
  if (lowering.kind === "bit-tests") {
    add("switch:bit-tests", 1);
    add("switch:bit-test-dests", lowering.destinations);
  } else {
    add("switch:late-compare-cases", cases.length);
  }
}

/** How many values cases sorted by value span, first to last. */
function valueRange(sorted: readonly SwitchCase[]): number {
  return Number((sorted.at(-1) as SwitchCase).value - (sorted[0] as SwitchCase).value) + 1;
}

/** How SwitchLowering (LLVM 19, a function optimized for size) lowers a whole switch, cases sorted by value. */
function switchLowering(sorted: readonly SwitchCase[]): { kind: "table" | "bit-tests" | "compares"; destinations: number } {
  if (sorted.length === 0) return { kind: "compares", destinations: 0 };
  const range = valueRange(sorted);
  const clusters: { low: bigint; high: bigint; target: string }[] = [];
  for (const c of sorted) {
    const last = clusters.at(-1);
    if (last !== undefined && last.target === c.target && last.high + 1n === c.value) last.high = c.value;
    else clusters.push({ low: c.value, high: c.value, target: c.target });
  }
  // A single value takes one compare, a run of values two.
  const compares = clusters.reduce((n, c) => n + (c.low === c.high ? 1 : 2), 0);
  const destinations = new Set(sorted.map((c) => c.target)).size;
  // TargetLoweringBase::isSuitableForBitTests: the range fits a 64-bit word and enough compares per destination.
  const bitTests = range <= 64 && ((destinations === 1 && compares >= 3) || (destinations === 2 && compares >= 5) || (destinations === 3 && compares >= 6));
  const table = clusters.length >= MIN_JUMP_TABLE_CASES && sorted.length * 100 >= range * OPTSIZE_JUMP_TABLE_DENSITY;
  return { kind: bitTests ? "bit-tests" : table ? "table" : "compares", destinations };
}

function finishFunction(fn: FunctionState, add: (key: string, n: number) => void): void {
  const byName = new Map(fn.blocks.map((b) => [b.name, b]));
  addDeadBlocks(fn.blocks, byName, add);
  const destination = (target: string): string => {
    // CodeGenPrepare folds blocks that only branch on (a few steps at most, against loops).
    for (let step = 0; step < 8; step++) {
      const next = byName.get(target)?.forwardsTo;
      if (next === undefined) break;
      target = next;
    }
    return target;
  };
  for (const { defaultTarget, cases } of fn.switches) {
    // Cases that end where the default does are no cases for lowering.
    const otherwise = destination(defaultTarget);
    const live = cases.map((c) => ({ value: c.value, target: destination(c.target) })).filter((c) => c.target !== otherwise);
    priceSwitch(cases, live, add);
  }
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
