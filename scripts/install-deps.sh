#!/usr/bin/env bash
# Installs everything amend needs on Debian 12 (build, run, tests, fixtures, benchmarks).
# Idempotent: packages already present are skipped by apt-get. Needs root (or sudo).
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  # libraries (see design.md)
  libtesseract-dev libleptonica-dev libpoppler-cpp-dev libre2-dev libtomlplusplus-dev
  libicu-dev nlohmann-json3-dev libcli11-dev libboost-test-dev libssl-dev
  # OCR data and image/pdf peers
  tesseract-ocr tesseract-ocr-eng poppler-utils qpdf
  # fixture generator (render + degrade scans) and benchmarks' Python peer
  python3 python3-pil python3-numpy img2pdf fonts-dejavu-core
  # word list for line-end dehyphenation (normalize/dehyphenate), read from /usr/share/dict/words
  wamerican
  # fuzzing (libFuzzer lives in clang's runtime), benchmarks
  clang libclang-rt-14-dev hyperfine time
  # browser test of the HTML report
  chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
