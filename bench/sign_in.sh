#!/usr/bin/env bash
# Sign-in benchmark: argon2id (m=19 MiB, t=2, p=1) hash and verify times, and a burst of 64
# simultaneous sign-ins through the semaphore-bounded hasher with the peak memory it needed.
#   bench/sign_in.sh [--record]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/bench/sign_in_bench
[ -x "$bin" ] || { echo "$bin is missing: run make build" >&2; exit 1; }
out=$("$bin" 64)
get() { awk -v k="$1" '$1 == k {print $2}' <<<"$out"; }
section="## Sign-in benchmark

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), release build,
libsodium argon2id with OWASP settings (19 MiB, 2 passes, 1 lane). Reproduce with \`make build && bench/sign_in.sh --record\`.

| measure | value |
|---|---|
| hash one password | $(get hash_ms) ms |
| verify one password | $(get verify_ms) ms |
| 64 sign-ins arriving at once | $(get burst_total_ms) ms in all ($(get burst_per_second) a second) |
| peak memory of the whole process during the burst | $(get peak_rss_mib) MiB |
| hashes allowed at once (semaphore) | $(get slots) |

Without the semaphore, 64 simultaneous verifications would need 64 × 19 MiB ≈ 1.2 GiB at once;
with it, at most one hash a core runs and the rest queue."
echo "$section"
if [ "${1:-}" = "--record" ]; then echo "$section" | bench/record_section.py "Sign-in benchmark"; fi
