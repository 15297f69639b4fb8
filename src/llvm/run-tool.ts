import { type ChildProcess, spawn } from "node:child_process";

export interface RunToolOptions {
  /** Kill the whole process group after this many milliseconds. */
  timeoutMs: number;
  /** Bytes written to the child's standard input, then closed. */
  stdin?: string | Buffer;
  signal?: AbortSignal;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Output beyond this many bytes per stream is dropped (the tail of stderr is kept). */
  maxOutputBytes?: number;
}

export interface RunToolResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  wallMs: number;
  timedOut: boolean;
  /** Set when the program could not be started at all (e.g. ENOENT). */
  spawnError?: string;
}

const DEFAULT_MAX_OUTPUT = 512 * 1024 * 1024;
const MAX_STDERR = 64 * 1024;

/** Kill functions of the children still running: one set of hooks for all of them, however many run at once. */
const liveGroups = new Set<() => void>();
const killLiveGroups = () => {
  for (const killGroup of liveGroups) killGroup();
};
process.once("exit", killLiveGroups);
// Children run in their own process groups (for the timeout's sake), so a signal that ends this
// process reaches none of them, and their timers die with it: a hung opt would run on for ever.
// Node ends on these signals without its "exit" event, so they get their own hooks: kill the
// children, then die of the same signal. Where a command handles SIGINT itself (tune's graceful
// stop), SIGINT is left to it.
for (const deadly of ["SIGTERM", "SIGHUP", "SIGINT"] as const) {
  const onSignal = () => {
    if (deadly === "SIGINT" && process.listenerCount("SIGINT") > 1) return;
    killLiveGroups();
    process.removeListener(deadly, onSignal);
    process.kill(process.pid, deadly);
  };
  process.on(deadly, onSignal);
}

/**
 * SIGKILL runs no hook at all, so a separate reaper (tool-reaper.ts) learns each tool's process
 * group and kills the ones still live when passwise is gone. One per process, started with the
 * first tool; it never keeps passwise alive. Where it cannot start, tools run without it.
 */
let reaper: ChildProcess | null | undefined;
let reaperListening = false;
let reaperReady: Promise<boolean> = Promise.resolve(false);
/** Groups started before the reaper listens: it hears of the ones still live once it does. */
const groupsBeforeReaper = new Set<number>();

function startReaper(): void {
  try {
    const child = spawn(process.execPath, [new URL("./tool-reaper.js", import.meta.url).pathname], {
      detached: true, // out of the terminal's process group, so Ctrl-C leaves it to passwise
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
    reaper = child;
    reaperReady = new Promise((resolve) => {
      const gone = () => {
        reaper = null;
        reaperListening = false;
        resolve(false);
      };
      child.once("error", gone);
      child.once("exit", gone);
      child.once("message", () => {
        reaperListening = true;
        for (const group of groupsBeforeReaper) sendToReaper({ add: group });
        groupsBeforeReaper.clear();
        resolve(true);
      });
    });
    child.unref();
    child.channel?.unref();
  } catch {
    reaper = null;
  }
}

function sendToReaper(message: { add: number } | { remove: number }): void {
  try {
    reaper?.send(message);
  } catch {
    // the reaper is gone: tools still have their timeouts and the exit hooks
  }
}

function tellReaper(message: { add: number } | { remove: number }): void {
  if (reaper === undefined) startReaper();
  if (reaper === null) return;
  if (reaperListening) sendToReaper(message);
  else if ("add" in message) groupsBeforeReaper.add(message.add);
  else groupsBeforeReaper.delete(message.remove);
}

/** Resolves once the reaper listens (true), or when it could not start (false). For tests. */
export function toolReaperReady(): Promise<boolean> {
  return reaperReady;
}

/**
 * The one door to subprocesses: an argument array (never a shell string), a timeout that kills
 * the child's whole process group, and bounded output.
 */
export function runTool(program: string, args: readonly string[], options: RunToolOptions): Promise<RunToolResult> {
  const started = performance.now();
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(program, args, {
        cwd: options.cwd,
        env: options.env,
        detached: true, // own process group, so a timeout kills grandchildren too
        stdio: ["pipe", "pipe", "pipe"],
      });
    } catch (error) {
      resolve(failedToStart(error, started));
      return;
    }
    const stdoutChunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = "";
    let timedOut = false;
    let settled = false;

    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    const onAbort = () => killGroup();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    liveGroups.add(killGroup);
    const group = child.pid;
    if (group !== undefined) tellReaper({ add: group });

    child.stdout.on("data", (chunk: Buffer) => {
      if (stdoutBytes + chunk.length <= maxOutput) stdoutChunks.push(chunk);
      stdoutBytes += chunk.length;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      if (stderr.length > 2 * MAX_STDERR) stderr = stderr.slice(0, MAX_STDERR / 2) + "\n…\n" + stderr.slice(-MAX_STDERR / 2);
    });
    child.stdin.on("error", () => {
      // The child may exit before reading all of its input (e.g. a parse error): not our failure.
    });
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    else child.stdin.end();

    const finish = (result: RunToolResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      liveGroups.delete(killGroup);
      if (group !== undefined) tellReaper({ remove: group });
      resolve(result);
    };
    child.on("error", (error) => finish(failedToStart(error, started)));
    child.on("close", (exitCode, signal) => {
      finish({
        exitCode,
        signal,
        stdout: Buffer.concat(stdoutChunks),
        stderr,
        wallMs: performance.now() - started,
        timedOut,
      });
    });
  });
}

function failedToStart(error: unknown, started: number): RunToolResult {
  return {
    exitCode: null,
    signal: null,
    stdout: Buffer.alloc(0),
    stderr: "",
    wallMs: performance.now() - started,
    timedOut: false,
    spawnError: error instanceof Error ? error.message : String(error),
  };
}

const DIAGNOSTIC_PATTERNS = [/LLVM ERROR/, /\berror:/i, /Assertion .* failed/, /unknown|invalid/i, /warning:/i];

/**
 * A one-line summary of a tool's diagnostic: its most telling line, plus the pass it was running
 * when it crashed (from LLVM's "Stack dump" section) where there is one.
 */
export function firstDiagnosticLine(stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith("#"));
  let message: string | undefined;
  for (const pattern of DIAGNOSTIC_PATTERNS) {
    message = lines.find((line) => pattern.test(line));
    if (message !== undefined) break;
  }
  const running = lines.filter((line) => /^\d+\.\s+Running pass/.test(line)).pop();
  const where = running?.replace(/^\d+\.\s+/, "");
  if (message !== undefined) return where === undefined ? message : `${message} (${where})`;
  if (where !== undefined) return `crashed while ${where[0]?.toLowerCase()}${where.slice(1)}`;
  return lines.find((line) => !/^PLEASE submit|^Stack dump/.test(line)) ?? "";
}
