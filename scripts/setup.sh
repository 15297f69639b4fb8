#!/usr/bin/env bash
# The whole set-up behind `npm run demo` and `npm test`: installs what is missing and builds.
#  1. LLVM 19 (clang, opt, llc, …) and csmith from Debian's packages, unless a supported LLVM is found;
#     dpkg-dev, bear and autotools (the Debian source corpus: `apt-get source`, then the package's build recorded);
#  2. npm dependencies (from package-lock.json);
#  3. the TypeScript build.
# Nothing is downloaded from anywhere but Debian's archive and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'passwise setup: %s\n' "$*" >&2; }

have_llvm() {
  if [ -n "${PASSWISE_LLVM_BIN:-}" ] && [ -x "$PASSWISE_LLVM_BIN/opt" ] && [ -x "$PASSWISE_LLVM_BIN/llc" ]; then return 0; fi
  for major in 19 20 21 22 18 17; do
    dir=/usr/lib/llvm-$major/bin
    if [ -x "$dir/opt" ] && [ -x "$dir/llc" ] && [ -x "$dir/clang" ] && [ -x "$dir/llvm-extract" ]; then return 0; fi
  done
  return 1
}

apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "need root to install: $*  (run: apt-get install -y $*)"; return 1
    fi
  fi
  if [ ! -f /var/lib/apt/periodic/passwise-updated ] || ! apt-cache show "$1" >/dev/null 2>&1; then
    $sudo apt-get update -qq >&2
    $sudo mkdir -p /var/lib/apt/periodic && $sudo touch /var/lib/apt/periodic/passwise-updated
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

if ! have_llvm; then
  if command -v apt-get >/dev/null 2>&1; then
    log "installing LLVM 19 from Debian's packages"
    apt_install llvm-19 clang-19 lld-19
  else
    log "no supported LLVM found and no apt-get: install LLVM 17–22 and set PASSWISE_LLVM_BIN"; exit 3
  fi
fi
# PassListEval links test programs with lld; LLVM may be installed without it.
if [ -z "${PASSWISE_LLVM_BIN:-}" ] && [ -x /usr/lib/llvm-19/bin/opt ] && [ ! -x /usr/lib/llvm-19/bin/ld.lld ] \
   && command -v apt-get >/dev/null 2>&1; then
  log "installing lld 19 from Debian's packages"
  apt_install lld-19 || log "lld could not be installed; PassListEval will be unavailable"
fi
if ! command -v csmith >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  log "installing csmith from Debian's packages"
  apt_install csmith libcsmith-dev || log "csmith could not be installed; random-program validation will be unavailable"
fi
# The Debian corpus unpacks source packages with dpkg-source and records their builds with bear.
if { ! command -v dpkg-source >/dev/null 2>&1 || ! command -v bear >/dev/null 2>&1; } && command -v apt-get >/dev/null 2>&1; then
  log "installing dpkg-dev and bear from Debian's packages"
  apt_install dpkg-dev bear || log "dpkg-dev or bear could not be installed; the Debian source corpus will be unavailable"
fi
# passwise measure-run counts instructions executed and peak heap with valgrind.
if ! command -v valgrind >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  log "installing valgrind from Debian's packages"
  apt_install valgrind || log "valgrind could not be installed; passwise measure-run will be unavailable"
fi
# Some source packages ship only configure.ac (libsodium): autoreconf makes their configure (2 MB).
if ! command -v autoreconf >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  log "installing autoconf, automake and libtool from Debian's packages"
  apt_install autoconf automake libtool || log "autotools could not be installed; packages without a configure script get inferred flags"
fi

stamp=node_modules/.passwise-lock-hash
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  log "installing npm dependencies"
  # node-llama-cpp's postinstall would fetch and build llama.cpp from GitHub when no prebuilt binary fits; passwise uses only the npm-packaged binaries.
  NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_hash" > "$stamp"
fi

log "building"
npx --no-install tsc -p tsconfig.json >&2
