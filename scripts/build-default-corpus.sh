#!/usr/bin/env bash
# Builds passwise's default corpus, its datasets and the shipped predictor:
#   1. examples/ plus the Debian source packages listed in data/corpus/debian-packages.txt,
#      then `passwise dataset build` over a fixed sample of its modules (hybrid search);
#   2. the corpus's whole translation units of 15–38 KiB of IR as a corpus of their own ("units"),
#      and a dataset from them with the paper's random search, which finds the diverse,
#      transferable lists the pipeline library needs;
#   3. models/predictor.json trained on both datasets, then its unknown gains measured (model fill),
#      then ADD_MODULES more of the corpus's train-split modules measured on the whole library.
# Resumable: rerun the same command after an interruption. Settings (environment):
#   BUDGET       evaluations per module              (default 60)
#   MAX_MODULES  modules sampled from the corpus     (default 45)
#   OUT          dataset directory                   (default data/dataset)
#   UNITS_OUT    dataset directory of stage 2        (default data/dataset-units)
#   UNITS_BUDGET, UNITS_MODULES  random-search evaluations per unit and units sampled (200, 64)
#   ADD_MODULES  modules model fill adds             (default 1000; the shipped model: 250, then 750)
#   JOBS         parallel evaluations                (default: cores)
#   PASSWISE_HOME  where the store and Debian sources live (default ~/.passwise)
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${BUDGET:-60}
MAX_MODULES=${MAX_MODULES:-45}
OUT=${OUT:-data/dataset}
UNITS_OUT=${UNITS_OUT:-data/dataset-units}
UNITS_BUDGET=${UNITS_BUDGET:-200}
UNITS_MODULES=${UNITS_MODULES:-64}
ADD_MODULES=${ADD_MODULES:-1000}
DB=${PASSWISE_HOME:-$HOME/.passwise}/passwise.db
JOBS=${JOBS:-$(nproc)}
passwise() { node bin/passwise.js "$@"; }

passwise corpus add examples --name default --jobs "$JOBS"
mapfile -t packages < <(grep -v '^\s*#' data/corpus/debian-packages.txt | awk 'NF { print $1 }')
for pkg in "${packages[@]}"; do
  passwise corpus add "debian:$pkg" --name default --jobs "$JOBS" || echo "build-default-corpus: debian:$pkg failed; continuing" >&2
done
passwise corpus stats --name default
passwise dataset build --corpus default --out "$OUT" --budget "$BUDGET" --max-modules "$MAX_MODULES" --jobs "$JOBS"
passwise dataset stats "$OUT"

# A fixed path: the units corpus names its source by it, so a rerun replaces the earlier units
# (corpus add of a source already in a corpus replaces it) instead of keeping them as another source.
units_dir="$(dirname "$DB")/whole-units"
rm -rf "$units_dir" && mkdir -p "$units_dir"
node scripts/export-whole-units.mjs "$DB" default "$units_dir/tu"  # groups come out as tu/<package>
passwise corpus add "$units_dir/tu" --name units --jobs "$JOBS"
passwise dataset build --corpus units --out "$UNITS_OUT" --strategy random --budget "$UNITS_BUDGET" --max-modules "$UNITS_MODULES" --jobs "$JOBS"
passwise dataset stats "$UNITS_OUT"
passwise model train --dataset "$OUT" --dataset "$UNITS_OUT" --out models/predictor.json
# The two datasets never measured each other's pipelines on each other's modules: compile those cells.
passwise model fill --model models/predictor.json --jobs "$JOBS"
passwise model fill --model models/predictor.json --add-modules "$ADD_MODULES" --corpus default --jobs "$JOBS"
rm -rf "$units_dir"
