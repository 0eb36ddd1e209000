#!/usr/bin/env bash
# Builds and runs the rule-engine scaling benchmark (see bench_rules_scaling.cc).
#   bench/rules-scaling/run.sh [TEXT_FILE] [REPEAT_TEXT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build > /dev/null
cmake --build build --target bench_rules_scaling -j2 > /dev/null
exec build/bench/rules-scaling/bench_rules_scaling "$@"
