import cliProgress from "cli-progress";
import type { SearchProgress } from "../../search/search-context.js";

// cli-progress: a maintained, dependency-light progress bar that handles TTY redraws for us.

export interface ProgressReporter {
  update(progress: SearchProgress): void;
  phase(name: string, detail?: string): void;
  stop(): void;
}

/** A bar on a TTY, structured `key=value` lines otherwise (at most one every 2 s), nothing with --json. */
export function createProgressReporter(label: string, ozSize: () => number | undefined, options: { quiet: boolean }): ProgressReporter {
  if (options.quiet) return { update() {}, phase() {}, stop() {} };
  return process.stderr.isTTY ? new BarReporter(label, ozSize) : new LineReporter(label, ozSize);
}

function vsOz(best: number | undefined, oz: number | undefined): string {
  if (best === undefined || oz === undefined || !Number.isFinite(best)) return "-";
  const gain = (100 * (oz - best)) / oz;
  return `${gain >= 0 ? "+" : ""}${gain.toFixed(2)}%`;
}

function eta(progress: SearchProgress): number | undefined {
  const byBudget = progress.budget === undefined || progress.evaluations === 0 ? undefined : (progress.elapsedMs / progress.evaluations) * (progress.budget - progress.evaluations);
  const byTime = progress.deadlineMs === undefined ? undefined : progress.deadlineMs - progress.elapsedMs;
  const candidates = [byBudget, byTime].filter((v): v is number => v !== undefined);
  return candidates.length === 0 ? undefined : Math.max(0, Math.min(...candidates));
}

class BarReporter implements ProgressReporter {
  private readonly bar = new cliProgress.SingleBar(
    { format: "{label} [{bar}] {value}/{total} evals | best {best} B ({vsOz} vs -Oz) | {phase} | ETA {eta_formatted}", hideCursor: true, stream: process.stderr, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  private started = false;

  constructor(private readonly label: string, private readonly ozSize: () => number | undefined) {}

  update(progress: SearchProgress): void {
    const total = progress.budget ?? Math.max(progress.evaluations, 1);
    const payload = { label: this.label, best: progress.best?.size ?? "-", vsOz: vsOz(progress.best?.size, this.ozSize()) };
    if (!this.started) {
      this.bar.start(total, 0, { ...payload, phase: "search" });
      this.started = true;
    }
    this.bar.setTotal(total);
    this.bar.update(progress.evaluations, payload);
  }

  phase(name: string, detail?: string): void {
    if (this.started) this.bar.update({ phase: detail ? `${name} ${detail.slice(0, 40)}` : name });
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}

class LineReporter implements ProgressReporter {
  private lastPrinted = 0;
  private last: SearchProgress | undefined;

  constructor(private readonly label: string, private readonly ozSize: () => number | undefined) {}

  update(progress: SearchProgress): void {
    this.last = progress;
    const now = performance.now();
    const done = progress.budget !== undefined && progress.evaluations >= progress.budget;
    if (now - this.lastPrinted < 2000 && !done) return;
    this.lastPrinted = now;
    this.print(progress);
  }

  private print(progress: SearchProgress): void {
    const remaining = eta(progress);
    const fields = [
      `input=${this.label}`,
      `evaluations=${progress.evaluations}${progress.budget === undefined ? "" : `/${progress.budget}`}`,
      `best=${progress.best?.size ?? "-"}`,
      `vs_oz=${vsOz(progress.best?.size, this.ozSize())}`,
      `elapsed_s=${(progress.elapsedMs / 1000).toFixed(1)}`,
      ...(remaining === undefined ? [] : [`eta_s=${(remaining / 1000).toFixed(0)}`]),
    ];
    process.stderr.write(`progress ${fields.join(" ")}\n`);
  }

  phase(name: string, detail?: string): void {
    process.stderr.write(`phase input=${this.label} phase=${name}${detail ? ` detail=${JSON.stringify(detail)}` : ""}\n`);
  }

  stop(): void {
    if (this.last) this.print(this.last);
  }
}

/** Progress of a job over many units (files, modules): done/total plus a few named fields. */
export interface TaskProgress {
  update(done: number, total: number, fields: Record<string, string | number>): void;
  log(line: string): void;
  stop(): void;
}

export function createTaskProgress(label: string, options: { quiet: boolean }): TaskProgress {
  if (options.quiet) return { update() {}, log() {}, stop() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} | {fields} | ETA {eta_formatted}`, hideCursor: true, stream: process.stderr, etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, fields) {
        const text = Object.entries(fields).map(([k, v]) => `${k} ${v}`).join(" | ");
        if (!started) {
          bar.start(total, done, { fields: text });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { fields: text });
      },
      log(line) {
        if (started) bar.stop();
        started = false;
        process.stderr.write(`${line}\n`);
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastPrinted = 0;
  return {
    update(done, total, fields) {
      const now = performance.now();
      if (now - lastPrinted < 2000 && done < total) return;
      lastPrinted = now;
      const text = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === "string" && /\s/.test(v) ? JSON.stringify(v) : v}`);
      process.stderr.write(`progress job=${label} done=${done}/${total} ${text.join(" ")}\n`);
    },
    log(line) {
      process.stderr.write(`${line}\n`);
    },
    stop() {},
  };
}
