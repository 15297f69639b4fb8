import assert from "node:assert/strict";
import { test } from "node:test";
import { readElfSizes } from "../src/llvm/elf-sizes.js";

/** Builds a minimal ELF64 little-endian object with the given sections (name, type, flags, size). */
function elf64(sections: { name: string; type: number; flags: number; size: number }[]): Uint8Array {
  const names = ["", ...sections.map((s) => s.name), ".shstrtab"];
  const strtab = Buffer.from(names.join("\0") + "\0", "latin1");
  const nameOffsets = names.map((_, i) => names.slice(0, i).reduce((n, s) => n + s.length + 1, 0));
  const shoff = 64 + strtab.length;
  const count = sections.length + 2;
  const buf = Buffer.alloc(shoff + count * 64);
  buf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  buf.writeBigUInt64LE(BigInt(shoff), 0x28);
  buf.writeUInt16LE(64, 0x3a);
  buf.writeUInt16LE(count, 0x3c);
  buf.writeUInt16LE(count - 1, 0x3e);
  strtab.copy(buf, 64);
  const all = [...sections, { name: ".shstrtab", type: 3, flags: 0, size: strtab.length }];
  all.forEach((s, i) => {
    const base = shoff + (i + 1) * 64;
    buf.writeUInt32LE(nameOffsets[i + 1] as number, base);
    buf.writeUInt32LE(s.type, base + 4);
    buf.writeBigUInt64LE(BigInt(s.flags), base + 8);
    buf.writeBigUInt64LE(BigInt(s.name === ".shstrtab" ? 64 : 0), base + 0x18);
    buf.writeBigUInt64LE(BigInt(s.size), base + 0x20);
  });
  return buf;
}

test("sections are classified as llvm-size's Berkeley format does", () => {
  const A = 2, W = 1, X = 4;
  const sizes = readElfSizes(
    elf64([
      { name: ".text", type: 1, flags: A | X, size: 100 },
      { name: ".rodata", type: 1, flags: A, size: 20 },
      { name: ".eh_frame", type: 1, flags: A, size: 48 },
      { name: ".data", type: 1, flags: A | W, size: 8 },
      { name: ".bss", type: 8, flags: A | W, size: 4096 },
      { name: ".comment", type: 1, flags: 0, size: 41 },
      { name: ".tbss", type: 8, flags: A | W | 0x400, size: 16 },
    ]),
  );
  assert.equal(sizes.textSize, 168);
  assert.equal(sizes.dataSize, 8);
  assert.equal(sizes.bssSize, 4112);
  assert.deepEqual(sizes.sections.map((s) => s.name).slice(0, 3), [".text", ".rodata", ".eh_frame"]);
});

test("non-ELF bytes are a clear error", () => {
  assert.throws(() => readElfSizes(Buffer.from("this is not an object file at all, not even close to it....")), /not a valid ELF object: bad magic/);
});
