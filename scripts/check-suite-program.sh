#!/usr/bin/env bash
# Checks PassListEval suite programs by hand (passwise's own test does the same in TypeScript):
# each program directory must build and pass at -O0, -O2 and -Oz with clang, and under
# gcc's AddressSanitizer + UndefinedBehaviorSanitizer at -O1 (UB would make optimizers
# "break" a correct pipeline). Usage: scripts/check-suite-program.sh suite/programs/<dir>...
set -u
CLANG=${CLANG:-clang-19}
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for dir in "$@"; do
  name=$(basename "$dir")
  if ls "$dir"/solution.cpp >/dev/null 2>&1; then ext=cpp; cc="${CLANG/clang/clang++}"; gcc=g++; std=-std=c++17; else ext=c; cc=$CLANG; gcc=gcc; std=-std=c11; fi
  tmp=$(mktemp -d)
  for lvl in O0 O2 Oz; do
    if ! $cc $std -$lvl -I"$root/suite/include" -I"$dir" -c "$dir/solution.$ext" -o "$tmp/s.o" 2>"$tmp/err" ||
       ! $cc $std -O0 -I"$root/suite/include" -I"$dir" -c "$dir/test.$ext" -o "$tmp/t.o" 2>>"$tmp/err" ||
       ! $cc "$tmp/s.o" "$tmp/t.o" -lm -o "$tmp/p" 2>>"$tmp/err"; then
      echo "FAIL $name $lvl build: $(head -c 400 "$tmp/err")"; status=1; continue
    fi
    start=$(date +%s%N)
    if ! timeout 5 "$tmp/p" >/dev/null 2>"$tmp/run"; then echo "FAIL $name $lvl run: $(head -c 300 "$tmp/run")"; status=1; fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$ms" -gt 500 ] && { echo "SLOW $name $lvl ${ms}ms"; status=1; }
  done
  if ! $gcc $std -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -I"$root/suite/include" -I"$dir" "$dir/solution.$ext" "$dir/test.$ext" -lm -o "$tmp/san" 2>"$tmp/err"; then
    echo "FAIL $name sanitize-build: $(head -c 400 "$tmp/err")"; status=1
  elif ! ASAN_OPTIONS=detect_leaks=1 timeout 20 "$tmp/san" >/dev/null 2>"$tmp/run"; then
    echo "FAIL $name sanitize-run: $(head -c 400 "$tmp/run")"; status=1
  fi
  rm -rf "$tmp"
done
[ $status -eq 0 ] && echo "ok: $# programs"
exit $status
