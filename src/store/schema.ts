/**
 * The results store's schema, one migration per version. Modules are keyed by the hash of
 * their IR text; evaluations by (module hash, canonical pipeline, LLVM version, target).
 */
export const MIGRATIONS: readonly string[] = [
  // 1: modules, evaluations, tuning runs, validation verdicts
  `
  CREATE TABLE modules (
    hash        TEXT PRIMARY KEY,          -- sha256 of the unoptimized IR text
    name        TEXT NOT NULL,             -- input base name
    target      TEXT NOT NULL,
    ir_bytes    INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (datetime('now'))
  );
  CREATE TABLE evaluations (
    module_hash          TEXT NOT NULL,
    pipeline             TEXT NOT NULL,    -- exactly as passed to opt -passes= ('' = none)
    llvm_version         TEXT NOT NULL,
    target               TEXT NOT NULL,
    ok                   INTEGER NOT NULL,
    binary_size          INTEGER,          -- text + data, as llvm-size reports them
    text_size            INTEGER,
    data_size            INTEGER,
    bss_size             INTEGER,
    ir_instruction_count INTEGER,
    optimized_ir_hash    TEXT,
    sections_json        TEXT,
    failure_kind         TEXT,
    failure_stage        TEXT,
    diagnostic           TEXT,
    exit_code            INTEGER,
    signal               TEXT,
    opt_ms               REAL,
    llc_ms               REAL,
    created_at           TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (module_hash, pipeline, llvm_version, target)
  );
  CREATE INDEX evaluations_best ON evaluations (module_hash, llvm_version, ok, binary_size);
  CREATE TABLE runs (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    module_hash        TEXT NOT NULL,
    input              TEXT NOT NULL,
    strategy           TEXT NOT NULL,
    seed               INTEGER NOT NULL,
    budget             INTEGER,
    llvm_version       TEXT NOT NULL,
    started_at         TEXT NOT NULL DEFAULT (datetime('now')),
    finished_at        TEXT,
    o0_size            INTEGER,
    oz_size            INTEGER,
    best_size          INTEGER,
    best_pipeline      TEXT,
    evaluations        INTEGER,
    compilations       INTEGER,
    validated_json     TEXT
  );
  CREATE TABLE validations (
    pipeline       TEXT NOT NULL,
    llvm_version   TEXT NOT NULL,
    check_name     TEXT NOT NULL,          -- e.g. passlisteval@<suite hash>, differential:<input hash>
    valid          INTEGER NOT NULL,
    details_json   TEXT NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (pipeline, llvm_version, check_name)
  );
  `,
];
