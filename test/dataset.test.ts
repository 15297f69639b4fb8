import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { addSource } from "../src/corpus/corpus.js";
import { isMirrorUnreachable } from "../src/corpus/debian.js";
import { splitByFunction } from "../src/corpus/split.js";
import { corpusStats } from "../src/corpus/stats.js";
import { completeCommands, scanTree } from "../src/corpus/infer-flags.js";
import { buildDataset } from "../src/dataset/build.js";
import { datasetStats } from "../src/dataset/stats.js";
import { withoutUseListOrder } from "../src/dataset/prompts.js";
import { SubprocessEvaluator } from "../src/measure/subprocess-evaluator.js";
import { OZ_PIPELINE } from "../src/passes/pipeline.js";
import { ResultsStore } from "../src/store/results-store.js";
import { example, loadExample, passwiseBin, passwiseCli, repoRoot, sharedProbeCacheDir, sizeByHand, tempDir, testCatalog, testToolchain } from "./helpers.js";

const corpusFixture = path.join(repoRoot, "test", "fixtures", "corpus");
const commandsFixture = path.join(repoRoot, "test", "fixtures", "compile-commands");

test("a directory with a file that does not compile yields the others and records the reason", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const result = await addSource(toolchain, store.corpus, corpusFixture, { corpus: "t" });
  assert.equal(result.filesFound, 4);
  assert.equal(result.compiled, 3);
  assert.deepEqual(result.failures.map((f) => f.origin), [path.join("gamma", "bad.c")]);
  assert.match(result.failures[0]?.reason ?? "", /expected parameter declarator/);
  const entries = store.corpus.entries("t");
  assert.deepEqual(entries.map((e) => e.origin).sort(), ["alpha/sum.c", "beta/str.c", "gamma/sw.c"]);
  // beta/str.c needs beta/include on the include path: the inferred flags found it.
  assert.ok(entries.every((e) => e.functions >= 1 && e.instructions > 0 && e.tokens > 0));
  assert.deepEqual(store.corpus.failures("t").map((f) => f.origin), ["gamma/bad.c"]);

  const again = await addSource(toolchain, store.corpus, corpusFixture, { corpus: "t" });
  assert.equal(again.added, 0, "modules are deduplicated by content hash");
  assert.equal(again.duplicates, 3);
  store.close();
});

test("adding a source again replaces its modules and failures with the new build's, and leaves other sources alone", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  writeFileSync(path.join(dir, "a.c"), "int a(int x) { return x + 1; }\n");
  writeFileSync(path.join(dir, "b.c"), "int b(int x) { return x * 3; }\n");
  writeFileSync(path.join(dir, "bad.c"), "int bad(int { return 0; }\n");
  const store = ResultsStore.open(":memory:");
  await addSource(toolchain, store.corpus, path.join(corpusFixture, "alpha"), { corpus: "r" });
  const other = store.corpus.entries("r").map((e) => e.moduleHash);
  const first = await addSource(toolchain, store.corpus, dir, { corpus: "r" });
  assert.deepEqual([first.added, first.removed, first.failures.length], [2, 0, 1]);
  const firstHashes = new Map(store.corpus.entries("r").filter((e) => e.source === dir).map((e) => [e.origin, e.moduleHash]));

  writeFileSync(path.join(dir, "a.c"), "int a(int x) { return x + 2; }\n"); // changed
  rmSync(path.join(dir, "b.c")); // gone
  writeFileSync(path.join(dir, "bad.c"), "int bad(void) { return 0; }\n"); // fixed
  writeFileSync(path.join(dir, "worse.c"), "int worse(int { return 0; }\n"); // new failure
  const second = await addSource(toolchain, store.corpus, dir, { corpus: "r" });
  assert.deepEqual([second.added, second.duplicates, second.removed], [2, 0, 2]);
  const entries = store.corpus.entries("r").filter((e) => e.source === dir);
  assert.deepEqual(entries.map((e) => e.origin).sort(), ["a.c", "bad.c"]);
  assert.notEqual(entries.find((e) => e.origin === "a.c")?.moduleHash, firstHashes.get("a.c"));
  assert.deepEqual(store.corpus.failures("r").map((f) => f.origin), ["worse.c"]);
  assert.deepEqual(store.corpus.entries("r").filter((e) => e.source !== dir).map((e) => e.moduleHash), other, "the other source is untouched");

  const unchanged = await addSource(toolchain, store.corpus, dir, { corpus: "r" });
  assert.deepEqual([unchanged.added, unchanged.duplicates, unchanged.removed], [0, 2, 0]);
  store.close();
});

test("corpus list, remove and stats name the corpora and sources the store holds, and refuse unknown ones", () => {
  const home = tempDir("passwise-home-");
  const env = { PASSWISE_HOME: home, PASSWISE_CACHE_DIR: sharedProbeCacheDir };
  const alpha = path.join(corpusFixture, "alpha");
  const beta = path.join(corpusFixture, "beta");
  for (const source of [alpha, beta]) assert.equal(passwiseCli(["corpus", "add", source, "--name", "two", "--json"], env).code, 0);
  const list = passwiseCli(["corpus", "list", "--json"], env);
  assert.equal(list.code, 0, list.stderr);
  assert.deepEqual(JSON.parse(list.stdout), { corpora: [{ corpus: "two", modules: 2, sources: [alpha, beta] }] });

  const typo = passwiseCli(["corpus", "stats", "--name", "tow"], env);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /no corpus 'tow' in the store; it holds: two \(2 modules\)/);
  const unknownSource = passwiseCli(["corpus", "remove", "--name", "two", path.join(corpusFixture, "gamma")], env);
  assert.equal(unknownSource.code, 2);
  assert.match(unknownSource.stderr, /corpus 'two' has no source .*gamma'; its sources: /);
  assert.equal(passwiseCli(["corpus", "remove", "--name", "two"], env).code, 2, "remove needs sources or --all");

  const removed = passwiseCli(["corpus", "remove", "--name", "two", alpha, "--json"], env);
  assert.equal(removed.code, 0, removed.stderr);
  assert.deepEqual(JSON.parse(removed.stdout), { corpus: "two", removed: [{ source: alpha, modules: 1 }] });
  const stats = JSON.parse(passwiseCli(["corpus", "stats", "--name", "two", "--json"], env).stdout) as { modules: number; sources: { source: string }[] };
  assert.deepEqual([stats.modules, stats.sources.map((s) => s.source)], [1, [beta]]);
  assert.equal(passwiseCli(["corpus", "remove", "--name", "two", "--all"], env).code, 0);
  const none = passwiseCli(["corpus", "stats", "--name", "two"], env);
  assert.match(none.stderr, /no corpus 'two' in the store; it holds none yet/);
});

test("a directory's .ll files join the corpus as they are, next to its C files", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  const module = await loadExample(example("rle.c"));
  writeFileSync(path.join(dir, "rle.ll"), module.ir);
  writeFileSync(path.join(dir, "one.c"), "int one(void) { return 1; }\n");
  const store = ResultsStore.open(":memory:");
  const result = await addSource(toolchain, store.corpus, dir, { corpus: "ir", tokenBudget: 1_000_000 });
  assert.equal(result.compiled, 2, JSON.stringify(result.failures));
  const entries = store.corpus.entries("ir");
  assert.deepEqual(entries.map((e) => e.origin).sort(), ["one.c", "rle.ll"]);
  assert.equal(entries.find((e) => e.origin === "rle.ll")?.moduleHash, module.hash);
  store.close();
});

test("compile_commands.json flags are honoured", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  const commands = path.join(dir, "compile_commands.json");
  const entry = { directory: commandsFixture, file: "scaled.c", arguments: ["cc", "-O2", "-g", "-Iinc", "-DSCALE=7", "-std=c11", "-c", "scaled.c", "-o", "scaled.o"] };
  writeFileSync(commands, JSON.stringify([entry]));
  const store = ResultsStore.open(":memory:");
  const result = await addSource(toolchain, store.corpus, commands, { corpus: "cc" });
  assert.equal(result.compiled, 1, JSON.stringify(result.failures));
  const [stored] = store.corpus.entries("cc");
  assert.ok(stored);
  const ir = store.corpus.module(stored)?.ir ?? "";
  assert.match(ir, /mul nsw i32 %\d+, 7/, "-DSCALE=7 reached the frontend");
  assert.match(ir, /1234567/, "-Iinc found scale.h");
  assert.match(ir, /attributes #0 = \{ minsize [^}]*optsize/, "passwise's own frontend level, not the build's -O2");

  writeFileSync(commands, JSON.stringify([{ ...entry, arguments: ["cc", "-c", "scaled.c"] }]));
  const without = await addSource(toolchain, store.corpus, commands, { corpus: "cc2" });
  assert.equal(without.compiled, 0, "without the recorded flags the file does not compile");
  store.close();
});

test("a file the build compiled twice (static and shared) gives the same module whatever order the build recorded, and clang's own -cc1 runs are not build commands", async () => {
  const toolchain = await testToolchain();
  const dir = tempDir();
  const commands = path.join(dir, "compile_commands.json");
  const base = { directory: commandsFixture, file: "scaled.c" };
  const staticBuild = { ...base, arguments: ["cc", "-Iinc", "-DSCALE=7", "-c", "scaled.c", "-o", "scaled.o"] };
  const sharedBuild = { ...base, arguments: ["cc", "-Iinc", "-DSCALE=3", "-fPIC", "-c", "scaled.c", "-o", "libscaled.so"] };
  // bear also records the frontend runs a clang driver spawns; they are not build commands.
  const frontendRun = { ...base, arguments: ["clang", "-cc1", "-triple", "x86_64-pc-linux-gnu", "-emit-obj", "-D", "SCALE=1", "scaled.c"] };
  const store = ResultsStore.open(":memory:");
  const hashes = [];
  for (const [corpus, order] of [["first", [frontendRun, staticBuild, sharedBuild]], ["second", [sharedBuild, staticBuild, frontendRun]]] as const) {
    writeFileSync(commands, JSON.stringify(order));
    const result = await addSource(toolchain, store.corpus, commands, { corpus });
    assert.equal(result.compiled, 1, JSON.stringify(result.failures));
    const [stored] = store.corpus.entries(corpus);
    assert.ok(stored);
    assert.match(store.corpus.module(stored)?.ir ?? "", /mul nsw i32 %\d+, 7/, "the plainest command: the static build, without -fPIC");
    hashes.push(stored.moduleHash);
  }
  assert.equal(hashes[0], hashes[1]);
  assert.equal(corpusStats(store.corpus, "first").digest, corpusStats(store.corpus, "second").digest, "the corpora's digests agree");
  await addSource(toolchain, store.corpus, path.join(corpusFixture, "alpha", "sum.c"), { corpus: "second" });
  assert.notEqual(corpusStats(store.corpus, "first").digest, corpusStats(store.corpus, "second").digest, "one more module, another digest");
  const bySource = (corpus: string) => Object.fromEntries(corpusStats(store.corpus, corpus).sources.map((s) => [s.source, s.digest]));
  assert.equal(bySource("second")[commands], bySource("first")[commands], "a source's own digest shows it is not the one that differs");
  assert.notEqual(bySource("second")[path.join(corpusFixture, "alpha", "sum.c")], bySource("second")[commands]);
  store.close();
});

test("a file the build did not compile borrows the flags of the plainest command in its directory, whatever the recorded order", async () => {
  const root = tempDir();
  mkdirSync(path.join(root, "lib"));
  for (const name of ["a.c", "b.c", "c.c"]) writeFileSync(path.join(root, "lib", name), `int ${name[0]}(void) { return 1; }\n`);
  const program = { directory: path.join(root, "lib"), file: "a.c", arguments: ["cc", "-DPROGRAM=1", "-DVERBOSE", "-c", "a.c"] };
  const library = { directory: path.join(root, "lib"), file: "b.c", arguments: ["cc", "-DLIBRARY=1", "-c", "b.c"] };
  const tree = await scanTree(root);
  for (const captured of [[program, library], [library, program]]) {
    const { commands, inferred } = await completeCommands(tree, captured);
    assert.equal(inferred, 1);
    const borrowed = commands.find((command) => command.file.endsWith("c.c"))?.arguments ?? [];
    assert.ok(borrowed.includes("-DLIBRARY=1") && !borrowed.includes("-DPROGRAM=1"), borrowed.join(" "));
  }
});

test("a module over the token budget is split per function and each part compiles", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const result = await addSource(toolchain, store.corpus, path.join(corpusFixture, "beta", "str.c"), { corpus: "split", tokenBudget: 300 });
  assert.equal(result.split, 1);
  const parts = store.corpus.entries("split");
  assert.deepEqual(parts.map((p) => p.functionName).sort(), ["clampi", "count_char", "reverse"]);
  const evaluator = new SubprocessEvaluator(toolchain);
  for (const part of parts) {
    assert.ok(part.parentHash !== null);
    assert.equal(part.functions, 1);
    const module = store.corpus.module(part);
    assert.ok(module);
    const evaluation = await evaluator.evaluate(module, OZ_PIPELINE);
    assert.ok(evaluation.ok, `${part.name} compiles on its own`);
  }
  store.close();
});


test("a large module is cut into groups before the per-function split, and the parts are byte-identical", async () => {
  const toolchain = await testToolchain();
  const module = await loadExample(example("interp.c"));
  const direct = await splitByFunction(toolchain, module, { directLimit: Infinity });
  const grouped = await splitByFunction(toolchain, module, { directLimit: 2 }); // two levels of cuts for 46 functions
  assert.ok(direct.parts.length > 30);
  assert.deepEqual(grouped.failures, direct.failures);
  assert.deepEqual(grouped.parts.map((p) => p.functionName), direct.parts.map((p) => p.functionName));
  for (const [i, part] of grouped.parts.entries()) assert.equal(part.module.ir, direct.parts[i]?.module.ir, part.functionName);
});

test("a tiny corpus builds a dataset: JSONL parses, prompts match the templates byte for byte, sizes recompute by hand", async () => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  await addSource(toolchain, store.corpus, corpusFixture, { corpus: "tiny" });
  const out = tempDir();
  const result = await buildDataset({
    corpus: "tiny",
    outDir: out,
    toolchain,
    store,
    evaluator: new SubprocessEvaluator(toolchain),
    catalog: await testCatalog(),
    budget: 24,
    jobs: 2,
    seed: 3,
    emulationSamples: 1,
    emulationAsm: true,
  });
  assert.equal(result.modules, 3);
  assert.equal(result.tuned, 3);
  const read = (name: string) => readFileSync(path.join(out, name), "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
  const modules = new Map(store.corpus.entries("tiny").map((e) => [e.moduleHash, store.corpus.module(e)?.ir ?? ""]));

  const flagTuning = read("flag-tuning.jsonl");
  assert.equal(flagTuning.length, 3);
  for (const row of flagTuning) {
    const ir = modules.get(row.module_hash as string) ?? "";
    assert.equal(row.prompt, "[INST] Tell me how to optimize this LLVM-IR for object file size:\n\n<code>" + ir + "</code> [/INST]");
    assert.ok((row.answer as string).includes(`opt -p '${row.pipeline as string}'`));
    assert.equal(await sizeByHand(toolchain, ir, row.pipeline as string), row.binary_size_after);
    assert.equal(await sizeByHand(toolchain, ir, ""), row.binary_size_before);
    assert.ok((row.binary_size_after as number) <= (row.oz_size as number));
    assert.ok(["train", "validation", "test"].includes(row.split as string));
  }

  const emulation = read("emulation.jsonl");
  assert.equal(emulation.length, 6, "one IR and one assembly row per module");
  for (const row of emulation) {
    const ir = modules.get(row.module_hash as string) ?? "";
    const what = row.target === "ir" ? "LLVM-IR" : "assembly";
    const passes = row.pipeline as string;
    assert.ok(passes.split(",").length >= 1);
    const prompt = row.prompt as string;
    const counts = /The input code has instruction count (\d+) and binary size (\d+) bytes\. \[\/INST\]$/.exec(prompt);
    assert.ok(counts);
    assert.equal(prompt, `[INST] Give the ${what} for the following code when optimized using opt -p '${passes}':\n\n<code>${ir}</code>\n\nThe input code has instruction count ${counts[1]} and binary size ${counts[2]} bytes. [/INST]`);
    assert.equal(Number(counts[2]), await sizeByHand(toolchain, ir, ""));
    assert.equal(row.binary_size, await sizeByHand(toolchain, ir, passes));
    assert.match(row.answer as string, new RegExp(`^The ${what} will have instruction count ${row.ir_instruction_count as number} and binary size ${row.binary_size as number} bytes:\n\n<code>`));
  }

  const disassembly = read("disassembly.jsonl");
  assert.equal(disassembly.length, 3);
  for (const row of disassembly) {
    assert.match(row.prompt as string, /^\[INST\] Disassemble this code to LLVM-IR:\n\n<code>[\s\S]*\.text[\s\S]*<\/code> \[\/INST\]$/);
    assert.match(row.answer as string, /^<code>; ModuleID[\s\S]*<\/code>$/);
  }
  for (const row of [...read("flag-tuning.jsonl"), ...read("emulation.jsonl"), ...disassembly]) {
    assert.doesNotMatch(row.answer as string, /^\s*uselistorder/m, "answers carry no uselistorder directives");
  }

  const regression = read("regression.jsonl");
  assert.ok(regression.some((r) => r.task === "size-unoptimized" && r.pipeline === null));
  for (const row of regression.filter((r) => r.task === "size-after").slice(0, 4)) {
    const y = row.y as { binary_size: number; ir_instruction_count: number };
    assert.equal(y.binary_size, await sizeByHand(toolchain, row.x as string, row.pipeline as string));
  }

  const splits = new Set(read("modules.jsonl").map((r) => r.split));
  assert.equal(splits.size, 3, "three groups fill train, validation and test");
  const stats = await datasetStats(out);
  assert.equal(stats.tuned, 3);
  assert.ok(stats.meanListLength !== null && stats.meanListLength >= 1);
  assert.ok((stats.geomeanVsOzAfterBroadcast ?? -1) >= (stats.geomeanVsOzBeforeBroadcast ?? 0));
  store.close();
});

test("a dataset build killed with SIGKILL resumes without redoing finished modules", async () => {
  const home = tempDir("passwise-home-");
  const env = { PASSWISE_HOME: home, PASSWISE_CACHE_DIR: sharedProbeCacheDir };
  const add = passwiseCli(["corpus", "add", corpusFixture, "--name", "k", "--json"], env);
  assert.equal(add.code, 0, add.stderr);
  JSON.parse(add.stdout); // stdout is one JSON document …
  assert.match(add.stderr, /^progress job=\S+ done=\d+\/\d+/m, "… and progress still reaches stderr under --json");
  const out = path.join(home, "dataset");
  const args = [passwiseBin, "dataset", "build", "--corpus", "k", "--out", out, "--budget", "60", "--jobs", "1", "--no-validate", "--emulation-samples", "1"];
  const tunedFile = path.join(out, "state", "tuned.jsonl");
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: "ignore" });
  const killed = await new Promise<boolean>((resolve) => {
    const timer = setInterval(() => {
      if (existsSync(tunedFile) && readFileSync(tunedFile, "utf8").trim().split("\n").length >= 1) {
        clearInterval(timer);
        child.kill("SIGKILL");
        resolve(true);
      }
    }, 50);
    child.on("exit", () => {
      clearInterval(timer);
      resolve(false);
    });
  });
  assert.ok(killed, "the build was killed after its first module");
  await new Promise((resolve) => child.once("exit", resolve).once("close", resolve));
  const before = readFileSync(tunedFile, "utf8").trim().split("\n").filter(Boolean).length;
  assert.ok(before >= 1 && before < 3);

  const resumed = passwiseCli(["dataset", "build", "--corpus", "k", "--out", out, "--budget", "60", "--jobs", "1", "--no-validate", "--emulation-samples", "1", "--json"], env);
  assert.equal(resumed.code, 0, resumed.stderr);
  const lines = readFileSync(tunedFile, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { key: string });
  assert.equal(lines.length, 3, "finished modules were not tuned again");
  assert.equal(new Set(lines.map((l) => l.key)).size, 3);
  const result = JSON.parse(resumed.stdout) as { tuned: number; files: Record<string, number> };
  assert.equal(result.tuned, 3);
  assert.equal(result.files["flag-tuning.jsonl"], 3);
});

test("dataset build and corpus commands give clear errors for bad input", () => {
  const home = tempDir("passwise-home-");
  const missing = passwiseCli(["dataset", "build", "--corpus", "nope", "--out", path.join(home, "d"), "--no-validate"], { PASSWISE_HOME: home });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /corpus 'nope' is empty or does not exist/);
  assert.doesNotMatch(missing.stderr, /at .*\.js:\d+/);
  const bad = passwiseCli(["corpus", "add", path.join(home, "no-such-dir")], { PASSWISE_HOME: home });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /no such file or directory/);
  const stats = passwiseCli(["dataset", "stats", home], { PASSWISE_HOME: home });
  assert.equal(stats.code, 2);
  assert.match(stats.stderr, /modules.jsonl: not found/);
});

test("a Debian source package goes end to end: corpus add debian:zlib, then a dataset from it", { timeout: 300_000 }, async (t) => {
  const toolchain = await testToolchain();
  const store = ResultsStore.open(":memory:");
  const workDir = path.join(tmpdir(), `passwise-test-debian-e2e-${process.getuid?.() ?? 0}`);
  let added;
  try {
    added = await addSource(toolchain, store.corpus, "debian:zlib", { corpus: "deb", workDir });
  } catch (error) {
    if (isMirrorUnreachable(error)) {
      t.skip(`no Debian mirror reachable: ${(error as Error).message}`);
      return;
    }
    throw error;
  }
  assert.equal(added.source, "debian:zlib");
  assert.ok(added.filesFound >= 20 && added.compiled >= 0.8 * added.filesFound, `${added.compiled} of ${added.filesFound} compiled`);
  const entries = store.corpus.entries("deb");
  assert.ok(entries.length >= added.compiled && entries.every((e) => e.groupKey === "debian:zlib"));
  assert.deepEqual(store.corpus.sources("deb").map((s) => s.source), ["debian:zlib"]);
  assert.match(corpusStats(store.corpus, "deb").sources[0]?.version ?? "", /^zlib \S*\d\S*$/, "the source package's version is recorded");
  const out = tempDir();
  const built = await buildDataset({ corpus: "deb", outDir: out, toolchain, store, evaluator: new SubprocessEvaluator(toolchain), catalog: await testCatalog(), budget: 8, maxModules: 3, jobs: 2, emulationSamples: 0 });
  assert.equal(built.modules, 3);
  assert.equal(built.tuned, 3);
  assert.equal(readFileSync(path.join(out, "flag-tuning.jsonl"), "utf8").trim().split("\n").length, 3);
  store.close();
});

test("dataset answers drop uselistorder directives and nothing else", () => {
  const ir = "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n\nuselistorder ptr @g, { 1, 0 }\n  uselistorder i32 %x, { 1, 0 }\nuselistorder_bb @f, %bb, { 1, 0 }\n; uselistorder in a comment stays\n";
  assert.equal(withoutUseListOrder(ir), "define i32 @f(i32 %x) {\n  ret i32 %x\n}\n\n; uselistorder in a comment stays\n");
});
