import type { Command } from "commander";
import type { GlobalOptions } from "../context.js";
import { printJson } from "../render/output.js";
import { openSession } from "../session.js";

export function registerPasses(program: Command, run: (action: (globals: GlobalOptions) => Promise<number>) => Promise<void>): void {
  program
    .command("passes")
    .description("List the pass catalog for the installed LLVM, and the entries the probe dropped (with why)")
    .action(() => run(passesCommand));
}

async function passesCommand(globals: GlobalOptions): Promise<number> {
  const session = await openSession(globals, { db: false });
  const { catalog } = session;
  if (globals.json) {
    printJson({
      llvmVersion: catalog.llvmVersion,
      catalogFor: catalog.llvmMajor,
      warning: catalog.warning ?? null,
      passes: catalog.usable,
      dropped: catalog.dropped.map((d) => ({ ...d.entry, reason: d.reason })),
    });
    return 0;
  }
  console.log(`pass catalog for LLVM ${catalog.llvmMajor}, probed with LLVM ${catalog.llvmVersion}: ${catalog.usable.length} usable, ${catalog.dropped.length} dropped`);
  for (const entry of catalog.usable) console.log(`  ${entry.scope.padEnd(8)} ${entry.pipeline}`);
  for (const dropped of catalog.dropped) console.log(`  DROPPED  ${dropped.entry.pipeline}: ${dropped.reason}`);
  return 0;
}
