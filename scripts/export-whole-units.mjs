// Writes the whole translation units of a corpus (modules that were not split per function) whose
// IR is 15–38 KiB as .ll files under OUT/<group>/, for `passwise corpus add OUT --name units`.
// Whole units of that size keep calls between their functions (what inlining and IPO passes work
// on) and compile in well under a second: the modules passwise mines its pipeline library from.
// Usage: node scripts/export-whole-units.mjs <passwise.db> <corpus> <out-dir>
import Database from "better-sqlite3";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const [dbPath, corpus, outDir] = process.argv.slice(2);
if (!dbPath || !corpus || !outDir) {
  console.error("usage: node scripts/export-whole-units.mjs <passwise.db> <corpus> <out-dir>");
  process.exit(2);
}
const db = new Database(dbPath, { readonly: true });
const rows = db
  .prepare(
    `SELECT c.group_key AS groupKey, c.name AS name, c.module_hash AS hash, t.ir AS ir
       FROM corpus_modules c JOIN module_texts t ON t.hash = c.module_hash
      WHERE c.corpus = ? AND c.parent_hash IS NULL
      ORDER BY c.module_hash`,
  )
  .all(corpus);
let written = 0;
for (const row of rows) {
  const kib = Math.ceil(Buffer.byteLength(row.ir) / 1024);
  if (kib < 15 || kib > 38) continue;
  const dir = path.join(outDir, row.groupKey.replaceAll(":", "-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${row.name.replace(/[^A-Za-z0-9_.-]/g, "_")}-${row.hash.slice(0, 6)}.ll`), row.ir);
  written++;
}
console.log(`${written} whole units written to ${outDir}`);
