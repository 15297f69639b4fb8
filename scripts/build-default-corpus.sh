#!/usr/bin/env bash
# Builds passwise's default corpus and its dataset:
#   examples/ plus the Debian source packages listed in data/corpus/debian-packages.txt,
#   then `passwise dataset build` over a fixed sample of its modules.
# Resumable: rerun the same command after an interruption. Settings (environment):
#   BUDGET       evaluations per module              (default 60)
#   MAX_MODULES  modules sampled from the corpus     (default 45)
#   OUT          dataset directory                   (default data/dataset)
#   JOBS         parallel evaluations                (default: cores)
#   PASSWISE_HOME  where the store and Debian sources live (default ~/.passwise)
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=${BUDGET:-60}
MAX_MODULES=${MAX_MODULES:-45}
OUT=${OUT:-data/dataset}
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
