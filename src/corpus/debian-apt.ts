import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PasswiseError } from "../errors.js";
import { firstDiagnosticLine, runTool } from "../llvm/run-tool.js";

/** Where ensureDebSrc writes the deb-src entries it adds (next to, never inside, the system's own files). */
const SOURCES_DIR = "/etc/apt/sources.list.d";
const ADDED_SOURCES = path.join(SOURCES_DIR, "passwise-deb-src.sources");
const ADDED_LIST = path.join(SOURCES_DIR, "passwise-deb-src.list");
const APT_TIMEOUT_MS = 5 * 60_000;

/** Diagnostics apt and its downloaders print when no mirror can be reached. */
const UNREACHABLE = /Temporary failure resolving|Could not resolve|Could not connect|Unable to connect|Connection (timed out|refused|failed)|Network is unreachable|No route to host/i;
/** The mirror answered, but without the file (e.g. a security update a partial mirror lacks). */
const NOT_ON_MIRROR = /\b404\s+Not Found/i;
const MIRROR_UNREACHABLE_TAG = "cannot reach a Debian mirror";

/** True for the error fetchDebianSource and ensureDebSrc throw when the network or mirror is down. */
export function isMirrorUnreachable(error: unknown): boolean {
  return error instanceof PasswiseError && error.code === "unreadable-input" && error.message.includes(MIRROR_UNREACHABLE_TAG);
}

function unreachable(what: string, stderr: string): PasswiseError {
  const line = stderr.split("\n").find((l) => UNREACHABLE.test(l)) ?? firstDiagnosticLine(stderr);
  return new PasswiseError("unreadable-input", `${what}: ${MIRROR_UNREACHABLE_TAG} (${line.trim()})`, { diagnostic: stderr });
}

/** Source index files (from deb-src entries) that apt has downloaded. */
async function sourceIndexes(): Promise<string[]> {
  const result = await runTool("apt-get", ["indextargets", "--format", "$(CREATED_BY) $(FILENAME)"], { timeoutMs: 60_000 });
  if (result.spawnError !== undefined) {
    throw new PasswiseError("toolchain-missing", "apt-get was not found: Debian source packages need a Debian or Ubuntu system with apt");
  }
  return result.stdout
    .toString("utf8")
    .split("\n")
    .filter((line) => line.startsWith("Sources "))
    .map((line) => line.slice("Sources ".length).trim())
    .filter((file) => existsSync(file));
}

/**
 * Makes `apt-get source` usable: adds deb-src entries mirroring the system's Debian (or Ubuntu)
 * archive entries and runs `apt-get update`, but only when no source index is there yet.
 * Needs root for that; otherwise says what to run.
 */
export async function ensureDebSrc(): Promise<void> {
  if ((await sourceIndexes()).length > 0) return;
  const added = await debSrcEntries();
  if ((process.getuid?.() ?? 0) !== 0) {
    throw new PasswiseError(
      "toolchain-missing",
      "`apt-get source` needs deb-src entries and an updated index; as root, add 'deb-src' to the Types of your Debian entries " +
        "(e.g. `sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources`) and run `apt-get update`",
    );
  }
  if (!added.alreadyConfigured) {
    if (added.sources.length === 0 && added.list.length === 0) {
      throw new PasswiseError(
        "toolchain-missing",
        "no Debian or Ubuntu archive entry found in /etc/apt/sources.list or /etc/apt/sources.list.d to add deb-src entries for; add one and run `apt-get update`",
      );
    }
    if (added.sources.length > 0) await writeFile(ADDED_SOURCES, added.sources.join("\n\n") + "\n");
    if (added.list.length > 0) await writeFile(ADDED_LIST, added.list.join("\n") + "\n");
  }
  const update = await runTool("apt-get", ["update", "-qq"], { timeoutMs: APT_TIMEOUT_MS, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  // Success is judged by the source indexes alone: a third-party repository may fail to update.
  if ((await sourceIndexes()).length > 0) return;
  if (UNREACHABLE.test(update.stderr)) throw unreachable("apt-get update", update.stderr);
  throw new PasswiseError(
    "toolchain-missing",
    `apt-get update downloaded no source index${update.timedOut ? " (timed out)" : ""}: ${firstDiagnosticLine(update.stderr) || "check the deb-src entries in " + SOURCES_DIR}`,
    { diagnostic: update.stderr },
  );
}

interface DebSrcEntries {
  /** deb822 stanzas to add. */
  sources: string[];
  /** One-line-style entries to add. */
  list: string[];
  /** Some deb-src entry exists already, the system's or one added earlier (only `apt-get update` is missing). */
  alreadyConfigured: boolean;
}

const ARCHIVE_URI = /\b(debian|ubuntu)\b/i;

/** The deb-src counterparts of the system's archive entries that have none yet. */
async function debSrcEntries(): Promise<DebSrcEntries> {
  const out: DebSrcEntries = { sources: [], list: [], alreadyConfigured: false };
  const files = ["/etc/apt/sources.list"];
  if (existsSync(SOURCES_DIR)) files.push(...(await readdir(SOURCES_DIR)).map((name) => path.join(SOURCES_DIR, name)));
  for (const file of files) {
    if (file === ADDED_SOURCES || file === ADDED_LIST) {
      if (existsSync(file)) out.alreadyConfigured = true;
      continue;
    }
    if (!existsSync(file)) continue;
    const text = await readFile(file, "utf8");
    if (file.endsWith(".sources")) {
      for (const stanza of parseDeb822(text)) {
        if (/^(no|false)$/i.test(stanza.get("Enabled") ?? "")) continue;
        const types = (stanza.get("Types") ?? "").split(/\s+/);
        if (types.includes("deb-src")) out.alreadyConfigured = true;
        else if (types.includes("deb") && ARCHIVE_URI.test(stanza.get("URIs") ?? "")) {
          out.sources.push([...stanza].map(([key, value]) => `${key}: ${key === "Types" ? "deb-src" : value}`).join("\n"));
        }
      }
    } else if (file.endsWith(".list")) {
      for (const raw of text.split("\n")) {
        const line = raw.trim();
        if (line.startsWith("deb-src ")) out.alreadyConfigured = true;
        else if (line.startsWith("deb ") && ARCHIVE_URI.test(line)) out.list.push(line.replace(/^deb /, "deb-src "));
      }
    }
  }
  return out;
}

/** Stanzas of a deb822 file as ordered field maps (comments dropped, continuation lines joined). */
function parseDeb822(text: string): Map<string, string>[] {
  const stanzas: Map<string, string>[] = [];
  let current = new Map<string, string>();
  let lastKey: string | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    if (line.trim() === "") {
      if (current.size > 0) stanzas.push(current);
      current = new Map();
      lastKey = undefined;
    } else if (/^\s/.test(line) && lastKey !== undefined) {
      current.set(lastKey, `${current.get(lastKey)}\n${line}`);
    } else {
      const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (match) {
        lastKey = match[1] as string;
        current.set(lastKey, match[2] as string);
      }
    }
  }
  if (current.size > 0) stanzas.push(current);
  return stanzas;
}

export interface UnpackedSource {
  sourcePackage: string;
  version: string;
  sourceDir: string;
  /** E.g. that an older version was taken because the mirror lacked the newest. */
  notes: string[];
}

const MARKER = "passwise-source.json";
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]*$/;

interface AptOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  onLog?: (line: string) => void;
}

/**
 * Downloads and unpacks a source package with `apt-get source` (dpkg-source applies Debian's
 * patches) into `packageDir`, or reuses the tree a previous call unpacked there. When the
 * mirror lacks the candidate version's files, the other versions apt knows are tried, newest first.
 */
export async function unpackSource(pkg: string, packageDir: string, options: AptOptions): Promise<UnpackedSource> {
  if (!PACKAGE_NAME.test(pkg)) throw new PasswiseError("bad-input", `'${pkg}' is not a Debian package name`);
  const marker = path.join(packageDir, MARKER);
  if (existsSync(marker)) {
    const cached = JSON.parse(await readFile(marker, "utf8")) as UnpackedSource;
    const sourceDir = path.join(packageDir, cached.sourceDir);
    if (existsSync(sourceDir)) {
      options.onLog?.(`${pkg}: reusing ${sourceDir}`);
      return { ...cached, notes: cached.notes ?? [], sourceDir };
    }
  }
  const notes: string[] = [];
  let stderr = await aptGetSource(pkg, packageDir, options);
  if (stderr !== undefined && NOT_ON_MIRROR.test(stderr)) {
    const tried = new Set<string>();
    for (const { name, version } of await sourceVersions(pkg)) {
      const spec = `${name}=${version}`;
      if (tried.has(spec)) continue;
      tried.add(spec);
      options.onLog?.(`${pkg}: not on the mirror; trying ${spec}`);
      const retry = await aptGetSource(spec, packageDir, options, ["--only-source"]);
      if (retry === undefined) {
        notes.push(`the candidate version is not on the mirror (404); used ${version}`);
        stderr = undefined;
        break;
      }
      if (!NOT_ON_MIRROR.test(retry)) {
        stderr = retry;
        break;
      }
    }
  }
  if (stderr !== undefined) throw aptSourceError(pkg, stderr);

  const entries = await readdir(packageDir, { withFileTypes: true });
  const dsc = entries.find((entry) => entry.isFile() && entry.name.endsWith(".dsc"));
  const dirs = entries.filter((entry) => entry.isDirectory());
  if (dsc === undefined || dirs.length !== 1) {
    throw new PasswiseError("unreadable-input", `apt-get source ${pkg}: expected one .dsc and one unpacked directory in ${packageDir}`);
  }
  const fields = parseDeb822(await readFile(path.join(packageDir, dsc.name), "utf8")).find((stanza) => stanza.has("Source"));
  const unpacked: UnpackedSource = {
    sourcePackage: fields?.get("Source") ?? pkg,
    version: fields?.get("Version") ?? "unknown",
    sourceDir: (dirs[0] as { name: string }).name,
    notes,
  };
  await writeFile(marker, JSON.stringify(unpacked, null, 2) + "\n");
  return { ...unpacked, sourceDir: path.join(packageDir, unpacked.sourceDir) };
}

/** Runs `apt-get source` in a fresh `packageDir`: undefined when it worked, else its stderr. */
async function aptGetSource(spec: string, packageDir: string, options: AptOptions, flags: string[] = []): Promise<string | undefined> {
  await rm(packageDir, { recursive: true, force: true }); // a half-finished earlier download
  await mkdir(packageDir, { recursive: true });
  options.onLog?.(`${spec}: apt-get source`);
  const result = await runTool("apt-get", ["source", "-qq", ...flags, spec], {
    cwd: packageDir,
    timeoutMs: options.timeoutMs ?? APT_TIMEOUT_MS,
    maxOutputBytes: 1 << 20,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (options.signal?.aborted) throw new PasswiseError("bad-input", `apt-get source ${spec}: interrupted; rerun to resume`);
  if (result.spawnError !== undefined) throw new PasswiseError("toolchain-missing", `apt-get could not be started (${result.spawnError})`);
  if (result.timedOut) throw new PasswiseError("unreadable-input", `apt-get source ${spec}: timed out`);
  return result.exitCode === 0 ? undefined : result.stderr || `exit ${result.exitCode}`;
}

function aptSourceError(pkg: string, stderr: string): PasswiseError {
  if (/deb-src/.test(stderr)) {
    return new PasswiseError(
      "toolchain-missing",
      `apt-get source ${pkg}: no deb-src entries are configured; call ensureDebSrc() as root, or add 'deb-src' to your apt sources and run \`apt-get update\``,
    );
  }
  if (/Unable to find a source package/i.test(stderr)) return new PasswiseError("bad-input", `${pkg}: Debian has no source package of that name`);
  if (UNREACHABLE.test(stderr)) return unreachable(`apt-get source ${pkg}`, stderr);
  if (/dpkg-source: not found|Unpack command .* failed/i.test(stderr) && !existsSync("/usr/bin/dpkg-source")) {
    return new PasswiseError("toolchain-missing", "dpkg-source is needed to unpack Debian sources; install it with: apt-get install -y dpkg-dev");
  }
  const line = stderr.split("\n").find((l) => l.startsWith("E: ")) ?? firstDiagnosticLine(stderr);
  return new PasswiseError("unreadable-input", `apt-get source ${pkg} failed: ${line}`, { diagnostic: stderr });
}

/**
 * The source versions apt knows for a (source or binary) package name, newest first, by source
 * package name (`apt-get source --only-source name=version` then gets exactly that one).
 */
async function sourceVersions(pkg: string): Promise<{ name: string; version: string }[]> {
  const result = await runTool("apt-cache", ["showsrc", pkg], { timeoutMs: 60_000, maxOutputBytes: 4 << 20 });
  const versions = parseDeb822(result.stdout.toString("utf8"))
    .map((stanza) => ({ name: stanza.get("Package") ?? "", version: stanza.get("Version") ?? "" }))
    .filter((entry) => PACKAGE_NAME.test(entry.name) && /^[\w.+~:-]+$/.test(entry.version));
  const sorted: { name: string; version: string }[] = [];
  for (const entry of versions) {
    // Insertion sort with dpkg's own comparison (there are only a few versions).
    let at = 0;
    while (at < sorted.length && (await dpkgNewer((sorted[at] as { version: string }).version, entry.version))) at++;
    sorted.splice(at, 0, entry);
  }
  return sorted;
}

async function dpkgNewer(a: string, b: string): Promise<boolean> {
  const result = await runTool("dpkg", ["--compare-versions", a, "gt", b], { timeoutMs: 10_000 });
  return result.exitCode === 0;
}
