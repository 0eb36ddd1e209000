#!/bin/bash
# Kill -9 `amend repair` at random moments, resume, and compare every output byte for
# byte with an uninterrupted run (tests/repair/repair_test.py kill-resume, on a larger
# corpus). Usage: bench/repair/kill_resume.sh [COUNT=200] [SEED]
#   COUNT  damaged PA-X sheet texts in the corpus; SEED fixes the kill delays.
# Add a scan to the corpus with KILL_RESUME_MODE=kill-resume-scan. Exit 0 identical,
# 1 a difference, 77 PA-X data absent.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
export AMEND_BIN=${AMEND_BIN:-$here/build/amend} AMEND_SOURCE_DIR=$here
export AMEND_TEST_COUNT=${1:-200}
[ $# -ge 2 ] && export AMEND_TEST_SEED=$2
exec "$here/tests/repair/repair_test.py" "${KILL_RESUME_MODE:-kill-resume}"
