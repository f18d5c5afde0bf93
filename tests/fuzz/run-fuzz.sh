#!/usr/bin/env bash
# Fuzzes the CSV reader for a given time (default 300 s):  tests/fuzz/run-fuzz.sh [SECONDS]
# Needs clang (libFuzzer) and qt6-base-dev. The corpus grows in tests/fuzz/corpus (seeded from the
# fixtures); crashing, leaking or slow inputs land in tests/fuzz/findings. Copy each finding to
# tests/data/fuzz-regressions/ once fixed: the core tests read every file there.
set -euo pipefail
seconds="${1:-300}"
here="$(cd "$(dirname "$0")" && pwd)"
build="${FUZZ_BUILD_DIR:-${TMPDIR:-/tmp}/renkei-fuzz-build}"

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target csv-reader-fuzz

mkdir -p "$here/corpus" "$here/findings"
# Seeds: every fixture, each behind an option byte (0: detect the encoding, comma or tab found).
for fixture in "$here"/../data/*.csv "$here"/../data/fuzz-regressions/*; do
    [ -f "$fixture" ] || continue
    seed="$here/corpus/seed-$(basename "$fixture")"
    [ -f "$seed" ] || { printf '\0' > "$seed"; cat "$fixture" >> "$seed"; }
done

# Slow inputs count as findings (a record is at most a few kB, so anything near a second is a bug), and
# so does any single allocation over 256 MB. The RSS limit leaves room for ASan's quarantine.
"$build/csv-reader-fuzz" "$here/corpus" \
    -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 -malloc_limit_mb=256 -max_len=65536 \
    -artifact_prefix="$here/findings/" -print_final_stats=1
