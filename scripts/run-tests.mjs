// Runs the whole test suite (compiled to dist/) with Node's own test runner.
// Usage: node scripts/run-tests.mjs [name-filter]   e.g. `npm run test:only -- elf`
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const filter = process.argv[2];
const testDir = path.join(root, "dist", "test");
const files = readdirSync(testDir, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".test.js") && (!filter || file.includes(filter)))
  .map((file) => path.join(testDir, file))
  .sort();
if (files.length === 0) {
  console.error(`no test files${filter ? ` matching '${filter}'` : ""} in ${testDir}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--test", "--test-concurrency=2", ...files], { stdio: "inherit", cwd: root });
process.exit(result.status ?? 1);
