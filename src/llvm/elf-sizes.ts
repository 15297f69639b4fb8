import { PasswiseError } from "../errors.js";

export interface ElfSection {
  name: string;
  type: number;
  flags: bigint;
  size: number;
}

export interface ElfSizes {
  /** `text` column of `llvm-size` (Berkeley format): allocated and executable or read-only. */
  textSize: number;
  /** `data` column: allocated, writable, with contents. */
  dataSize: number;
  /** `bss` column: allocated, without contents (excluded from binary size, as in the paper). */
  bssSize: number;
  sections: ElfSection[];
}

const SHT_NOBITS = 8;
const SHF_WRITE = 0x1n;
const SHF_ALLOC = 0x2n;
const SHF_EXECINSTR = 0x4n;

/**
 * Reads section sizes from an ELF object and classifies them exactly as llvm-size's Berkeley
 * format does (ELFObjectFile::isBerkeleyText / isBerkeleyData / isBSS).
 */
export function readElfSizes(bytes: Uint8Array): ElfSizes {
  const sections = readElfSections(bytes);
  let textSize = 0;
  let dataSize = 0;
  let bssSize = 0;
  for (const section of sections) {
    const alloc = (section.flags & SHF_ALLOC) !== 0n;
    const write = (section.flags & SHF_WRITE) !== 0n;
    const exec = (section.flags & SHF_EXECINSTR) !== 0n;
    const isText = alloc && (exec || !write);
    if (isText) textSize += section.size;
    else if (alloc && section.type !== SHT_NOBITS) dataSize += section.size;
    else if (alloc && section.type === SHT_NOBITS && !exec) bssSize += section.size;
  }
  return { textSize, dataSize, bssSize, sections };
}

export function readElfSections(bytes: Uint8Array): ElfSection[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (why: string): never => {
    throw new PasswiseError("bad-input", `not a valid ELF object: ${why}`);
  };
  if (bytes.length < 52 || bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    fail("bad magic");
  }
  const is64 = bytes[4] === 2;
  const little = bytes[5] === 1;
  const u16 = (offset: number) => view.getUint16(offset, little);
  const u32 = (offset: number) => view.getUint32(offset, little);
  const word = (offset: number): bigint => (is64 ? view.getBigUint64(offset, little) : BigInt(u32(offset)));
  const toNumber = (value: bigint) => (value > BigInt(Number.MAX_SAFE_INTEGER) ? fail("size out of range") : Number(value));

  const shoff = toNumber(word(is64 ? 0x28 : 0x20));
  const shentsize = u16(is64 ? 0x3a : 0x2e);
  let shnum = u16(is64 ? 0x3c : 0x30);
  let shstrndx = u16(is64 ? 0x3e : 0x32);
  if (shoff === 0) return [];
  if (shoff + shentsize > bytes.length) fail("section table outside the file");

  const header = (index: number) => {
    const base = shoff + index * shentsize;
    if (base + shentsize > bytes.length) fail("section header outside the file");
    return {
      name: u32(base),
      type: u32(base + 4),
      flags: word(base + 8),
      offset: toNumber(word(base + (is64 ? 0x18 : 0x10))),
      size: toNumber(word(base + (is64 ? 0x20 : 0x14))),
      link: u32(base + (is64 ? 0x28 : 0x18)),
    };
  };
  // Extended numbering: the real counts live in section 0.
  const first = header(0);
  if (shnum === 0) shnum = first.size;
  if (shstrndx === 0xffff) shstrndx = first.link;

  const headers = Array.from({ length: shnum }, (_, index) => header(index));
  const strtab = headers[shstrndx];
  const nameAt = (offset: number): string => {
    if (strtab === undefined) return "";
    let end = strtab.offset + offset;
    while (end < bytes.length && bytes[end] !== 0) end++;
    return Buffer.from(bytes.subarray(strtab.offset + offset, end)).toString("latin1");
  };
  return headers.slice(1).map((h) => ({ name: nameAt(h.name), type: h.type, flags: h.flags, size: h.size }));
}
