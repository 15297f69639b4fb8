// The tool reaper: a small process beside passwise that kills the process groups of passwise's
// tools when passwise dies without running its exit hooks (SIGKILL, the OOM killer, a crash of
// node itself). It learns the live groups over an IPC channel and acts when the channel closes,
// which the kernel does however the parent ends. Run by run-tool.ts; not meant to be run by hand.

const liveGroups = new Set<number>();

process.on("message", (message: { add?: number; remove?: number }) => {
  if (typeof message.add === "number") liveGroups.add(message.add);
  if (typeof message.remove === "number") liveGroups.delete(message.remove);
});

process.on("disconnect", () => {
  for (const group of liveGroups) {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // already gone
    }
  }
  process.exit(0);
});

// Terminal signals meant for passwise (Ctrl-C) must not take the reaper down first.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => {});

process.send?.("listening");
