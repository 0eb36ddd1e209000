#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS
# (default 60): the normalizer and the rule-pack loader on arbitrary bytes.
#   scripts/fuzz.sh [SECONDS]
# Work corpora and any crash files go to build-fuzz/fuzz-work/<target>/; the summary line
# of each run (executions, exec/s) is printed at the end. Exit 1 if a target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
cmake -S . -B build-fuzz -DAMEND_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build-fuzz --target fuzz_normalize fuzz_pack_loader -j2
status=0
for target in fuzz_normalize fuzz_pack_loader; do
  work="build-fuzz/fuzz-work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"
  if [ "$target" = fuzz_normalize ]; then
    cp tests/fuzz/seeds/normalize/* "$work/corpus/"
  else
    cp tests/rules/data/*/*.toml "$work/corpus/"
  fi
  echo "== $target: ${secs}s"
  if ! "build-fuzz/tests/fuzz/$target" -max_total_time="$secs" -max_len=8192 -timeout=10 \
       -artifact_prefix="$work/artifacts/" "$work/corpus" > "$work/log.txt" 2>&1; then
    status=1
    tail -40 "$work/log.txt"
  fi
  grep -E "^Done [0-9]+ runs" "$work/log.txt" || tail -3 "$work/log.txt"
done
exit $status
