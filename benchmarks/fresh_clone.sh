#!/usr/bin/env bash
# `make test` on a fresh clone of the committed tree, with empty uv and pip caches: the time
# README.md states. --with-shared puts ../shared beside the clone, as CI has it (the evaluation
# tests then run too).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/newsbrief"
if [ "${1:-}" = --with-shared ]; then ln -s "$repo/../shared" "$work/shared"; fi
cd "$work/newsbrief"
export UV_CACHE_DIR="$work/uv-cache" PIP_NO_CACHE_DIR=1
start=$(date +%s)
make --no-print-directory install >/dev/null 2>&1
installed=$(date +%s)
status=0
make --no-print-directory test >"$work/test.log" 2>&1 || status=$?
end=$(date +%s)
grep -E "^(FAILED|ERROR) | (passed|failed|error)" "$work/test.log" | tail -15
echo "install $((installed - start)) s, tests $((end - installed)) s," \
    "make test on a fresh clone $((end - start)) s ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
exit "$status"
