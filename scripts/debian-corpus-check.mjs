// Checks that Debian source packages become usable compile commands: for each package named on
// the command line, fetchDebianSource (apt-get source, the package's own build under bear, inferred
// flags for the rest), then compileCommandToModule on every command, two at a time.
// Usage: npx tsc -p . && node scripts/debian-corpus-check.mjs [--work-dir DIR] [--build-timeout SECONDS] [--json FILE] pkg…
// The work directory (default: $TMPDIR/passwise-debian) keeps unpacked trees and recorded commands,
// so a second run only recompiles. Each package's build (configure + make) is capped by --build-timeout (600 s).
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { compileCommandToModule, commandSourcePath } from "../dist/src/corpus/compile-commands.js";
import { ensureDebSrc, fetchDebianSource } from "../dist/src/corpus/debian.js";
import { findToolchain } from "../dist/src/llvm/toolchain.js";

const args = process.argv.slice(2);
let workDir = path.join(tmpdir(), "passwise-debian");
let buildTimeoutS = 600;
let jsonOut;
const packages = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === "--work-dir") workDir = path.resolve(args[++i]);
  else if (arg === "--build-timeout") buildTimeoutS = Number(args[++i]);
  else if (arg === "--json") jsonOut = path.resolve(args[++i]);
  else if (arg.startsWith("-")) usage(`unknown option ${arg}`);
  else packages.push(arg);
}
if (packages.length === 0) usage("no packages given");

function usage(message) {
  console.error(`${message}\nusage: node scripts/debian-corpus-check.mjs [--work-dir DIR] [--build-timeout SECONDS] [--json FILE] pkg…`);
  process.exit(2);
}

/** Runs `work` on every item, `limit` at a time, in order of the items. */
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const toolchain = await findToolchain({ searchPath: process.env.PATH ?? "" });
await ensureDebSrc();
console.log(`LLVM ${toolchain.version.full}; work dir ${workDir}; build budget ${buildTimeoutS} s per package\n`);

const rows = [];
const started = performance.now();
for (const pkg of packages) {
  const t0 = performance.now();
  const row = { package: pkg, version: "", method: "-", filesFound: 0, commands: 0, inferred: 0, compiled: 0, compiledInferred: 0, fetchS: 0, compileS: 0, failures: [], notes: [] };
  rows.push(row);
  try {
    const source = await fetchDebianSource(pkg, { workDir, timeoutMs: buildTimeoutS * 1000, toolchain, onLog: (line) => process.stderr.write(`  ${line}\n`) });
    row.version = source.version;
    row.method = source.method;
    row.filesFound = source.filesFound;
    row.commands = source.commands.length;
    row.inferred = source.inferred;
    row.notes = source.notes;
    row.fetchS = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    // Inferred commands are recognizable: passwise wrote them with a bare cc/c++ as compiler.
    const outcomes = await mapLimit(source.commands, 2, async (command) => {
      const inferred = command.arguments[0] === "cc" || command.arguments[0] === "c++";
      try {
        await compileCommandToModule(toolchain, command);
        return { ok: true, inferred };
      } catch (error) {
        const file = path.relative(source.sourceDir, commandSourcePath(command));
        return { ok: false, inferred, reason: `${file}: ${(error.message ?? String(error)).replace(/^\S+: (does not compile: )?/, "")}` };
      }
    });
    row.compileS = (performance.now() - t1) / 1000;
    row.compiled = outcomes.filter((o) => o.ok).length;
    row.compiledInferred = outcomes.filter((o) => o.ok && o.inferred).length;
    row.failures = outcomes.filter((o) => !o.ok).map((o) => o.reason);
  } catch (error) {
    row.fetchS = (performance.now() - t0) / 1000;
    row.notes = [`fetch failed: ${error.message ?? String(error)}`];
  }
  printRow(row);
}

function pct(n, d) {
  return d === 0 ? "-" : `${Math.round((100 * n) / d)}%`;
}

function printRow(row) {
  console.log(
    `${row.package} ${row.version}: ${row.method}; files ${row.filesFound}, commands ${row.commands} (${row.inferred} inferred), ` +
      `IR ${row.compiled}/${row.commands} (${pct(row.compiled, row.commands)}; ${row.compiledInferred} of them inferred); ` +
      `fetch+build ${row.fetchS.toFixed(0)} s, compile ${row.compileS.toFixed(0)} s`,
  );
  for (const note of row.notes.slice(0, 4)) console.log(`    note: ${note.slice(0, 200)}`);
  for (const failure of row.failures.slice(0, 3)) console.log(`    fail: ${failure.slice(0, 200)}`);
}

const header = ["package", "method", "files", "cmds", "inferred", "IR", "IR%", "time s"];
const table = rows.map((r) => [r.package, r.method, r.filesFound, r.commands, r.inferred, r.compiled, pct(r.compiled, r.commands), (r.fetchS + r.compileS).toFixed(0)].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i].length)));
const line = (cells) => cells.map((cell, i) => (i === 0 || i === 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
console.log(`\n${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}`);
for (const cells of table) console.log(line(cells));
const totals = rows.reduce((t, r) => ({ files: t.files + r.filesFound, commands: t.commands + r.commands, compiled: t.compiled + r.compiled }), { files: 0, commands: 0, compiled: 0 });
console.log(`\n${rows.length} packages, ${totals.files} files, ${totals.commands} commands, ${totals.compiled} compiled to IR (${pct(totals.compiled, totals.commands)}); ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + "\n");
