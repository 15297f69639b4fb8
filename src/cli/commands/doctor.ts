import type { Command } from "commander";
import { discoverToolchain, installHint, TOOL_NAMES } from "../../llvm/toolchain.js";
import type { GlobalOptions } from "../context.js";
import { EXIT, printJson } from "../render/output.js";

export function registerDoctor(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("doctor")
    .description("Show which LLVM toolchain passwise uses, what is missing and how to install it")
    .action(() => run(doctorCommand));
}

async function doctorCommand(globals: GlobalOptions): Promise<number> {
  const { toolchain, rejected } = await discoverToolchain({
    ...(globals.llvmBin ? { llvmBin: globals.llvmBin } : {}),
    searchPath: process.env.PATH ?? "",
  });
  const hint = installHint(toolchain?.version.major);
  if (globals.json) {
    printJson({
      ok: toolchain !== undefined,
      llvmVersion: toolchain?.version.full ?? null,
      binDir: toolchain?.binDir ?? null,
      tools: Object.fromEntries(TOOL_NAMES.map((name) => [name, toolchain?.tools[name] ?? null])),
      missing: toolchain?.missing ?? [...TOOL_NAMES],
      rejected,
      install: toolchain === undefined || toolchain.missing.length > 0 ? hint : null,
      node: process.version,
    });
    return toolchain === undefined ? EXIT.environment : 0;
  }
  if (toolchain === undefined) {
    console.log("LLVM: no supported toolchain (17–22) found");
    for (const r of rejected) console.log(`  ${r.binDir}: ${r.reason}`);
    console.log(`install: ${hint}`);
    return EXIT.environment;
  }
  console.log(`LLVM ${toolchain.version.full} in ${toolchain.binDir}${toolchain.version.major === 19 ? "" : " (passwise prefers 19)"}`);
  for (const name of TOOL_NAMES) console.log(`  ${name.padEnd(13)} ${toolchain.tools[name] ?? "MISSING"}`);
  if (toolchain.missing.length > 0) console.log(`missing ${toolchain.missing.join(", ")}; install: ${hint}`);
  console.log(`node ${process.version}`);
  return 0;
}
