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
  // 2: corpora of unoptimized IR modules (text stored once per hash) and the files that did not compile
  `
  CREATE TABLE module_texts (
    hash  TEXT PRIMARY KEY,                -- sha256 of the IR text
    ir    TEXT NOT NULL
  );
  CREATE TABLE corpus_modules (
    corpus         TEXT NOT NULL,
    module_hash    TEXT NOT NULL,
    name           TEXT NOT NULL,          -- file name, or file:function for split parts
    source         TEXT NOT NULL,          -- what was added: a directory, a compile_commands.json, debian:<pkg>
    origin         TEXT NOT NULL,          -- the source file, relative to the source root where possible
    group_key      TEXT NOT NULL,          -- unit of the train/validation/test split (package or top directory)
    parent_hash    TEXT,                   -- for a function split out of a large module: that module's hash
    function_name  TEXT,
    tokens         INTEGER NOT NULL,
    functions      INTEGER NOT NULL,
    instructions   INTEGER NOT NULL,
    ir_bytes       INTEGER NOT NULL,
    created_at     TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (corpus, module_hash)
  );
  CREATE TABLE corpus_failures (
    corpus      TEXT NOT NULL,
    source      TEXT NOT NULL,
    origin      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (corpus, source, origin)
  );
  CREATE TABLE corpus_sources (
    corpus        TEXT NOT NULL,
    source        TEXT NOT NULL,
    files_found   INTEGER NOT NULL,
    compiled      INTEGER NOT NULL,
    details_json  TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (corpus, source)
  );
  `,
];
