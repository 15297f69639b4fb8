import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * An append-only JSON-lines file that makes a long build resumable: each finished unit of work
 * is one line, written with a single append, so a SIGKILL loses at most the unit in flight. A
 * torn last line (killed mid-write) is ignored on reading.
 */
export class Checkpoint<T extends { key: string }> {
  private readonly records = new Map<string, T>();

  constructor(readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) return;
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      try {
        const record = JSON.parse(line) as T;
        this.records.set(record.key, record);
      } catch {
        // a line cut short by a kill: that unit is redone
      }
    }
  }

  has(key: string): boolean {
    return this.records.has(key);
  }

  get(key: string): T | undefined {
    return this.records.get(key);
  }

  values(): T[] {
    return [...this.records.values()];
  }

  get size(): number {
    return this.records.size;
  }

  add(record: T): void {
    // A leading newline guards against a torn previous line swallowing this record.
    appendFileSync(this.file, `\n${JSON.stringify(record)}`);
    this.records.set(record.key, record);
  }
}
