import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { commandSourcePath, compileCommandToModule } from "../src/corpus/compile-commands.js";
import { ensureDebSrc, fetchDebianSource, isMirrorUnreachable, type DebianSource } from "../src/corpus/debian.js";
import { testToolchain } from "./helpers.js";

/** Unpacked trees and recorded builds survive between runs (fetchDebianSource reuses them). */
const workDir = path.join(tmpdir(), `passwise-test-debian-${process.getuid?.() ?? 0}`);

test("a Debian source package (zlib) becomes compile commands that compile to IR", { timeout: 240_000 }, async (t) => {
  const toolchain = await testToolchain();
  let source: DebianSource;
  try {
    await ensureDebSrc();
    source = await fetchDebianSource("zlib", { workDir, toolchain, timeoutMs: 120_000 });
  } catch (error) {
    if (isMirrorUnreachable(error)) {
      t.skip(`no Debian mirror reachable: ${(error as Error).message}`);
      return;
    }
    throw error;
  }
  assert.equal(source.sourcePackage, "zlib");
  assert.match(source.version, /^\S+$/);
  assert.notEqual(source.method, "inferred", `the build's own commands were not recorded (is bear installed?): ${source.notes.join("; ")}`);

  const cFiles = new Set(source.commands.map(commandSourcePath).filter((file) => file.endsWith(".c")));
  assert.ok(source.filesFound >= 20, `only ${source.filesFound} C files found in ${source.sourceDir}`);
  assert.ok(cFiles.size >= 0.8 * source.filesFound, `${cFiles.size} commands for ${source.filesFound} files`);
  assert.equal(new Set(source.commands.map(commandSourcePath)).size, source.commands.length, "one command per file");

  let compiled = 0;
  const failures: string[] = [];
  const queue = [...source.commands];
  const worker = async () => {
    for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
      try {
        const module = await compileCommandToModule(toolchain, command);
        assert.match(module.ir, /define /);
        compiled++;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  assert.ok(compiled >= 10, `only ${compiled} of ${source.commands.length} compiled: ${failures.slice(0, 3).join(" | ")}`);
});
