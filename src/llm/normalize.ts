/**
 * Text normalization for comparing generated code with the compiler's: comments, metadata and
 * layout differ without changing the program, so they are dropped before an exact comparison.
 */

/** Drops a trailing comment that starts with `marker` outside a double-quoted string. */
function stripComment(line: string, marker: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && line.startsWith(marker, i)) return line.slice(0, i);
  }
  return line;
}

/** IR without comments, `source_filename`, metadata nodes and attachments, blank lines, layout. */
export function normalizeIr(ir: string): string {
  const lines: string[] = [];
  for (const raw of ir.split("\n")) {
    let line = stripComment(raw, ";").trimEnd();
    if (/^\s*(source_filename|!|uselistorder)/.test(line)) continue;
    line = line.replace(/,\s*![\w.]+\s+(!\d+|!\{[^}]*\})/g, "").replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
  }
  return lines.join("\n");
}

const ASM_NOISE = /^(\.file|\.ident|\.addrsig|\.section\s+"?\.note\.GNU-stack)/;

/** Assembly without comments, `.file`/`.ident`/`.addrsig`/GNU-stack directives, blank lines, layout. */
export function normalizeAsm(asm: string): string {
  const lines: string[] = [];
  for (const raw of asm.split("\n")) {
    const line = stripComment(raw, "#").replace(/\s+/g, " ").trim();
    if (line === "" || ASM_NOISE.test(line)) continue;
    lines.push(line);
  }
  return lines.join("\n");
}

/** Instruction lines of normalized assembly: not labels, not directives. */
export function countAsmInstructions(asm: string): number {
  return normalizeAsm(asm)
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith(".") && !/^[\w.$"]+:$/.test(line)).length;
}

/** Tokens for BLEU: identifiers and numbers whole, every other non-space character alone. */
export function codeTokens(text: string): string[] {
  return text.match(/[A-Za-z_.$%@][\w.$]*|\d+|\S/g) ?? [];
}
