#!/usr/bin/env bash
# Runs each libFuzzer target (built by `cmake --build --preset fuzz`) for a bounded time,
# starting from its seed corpus. New interesting inputs go to build/fuzz/corpus-<target>/;
# copy any crash reproducer into fuzz/corpus/<target>/ once fixed, so ctest replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
for target in request_head form_decoder cookie_parser multipart_parser email_message document_type oruk_import local_offer_query; do
  work=build/fuzz/corpus-$target
  mkdir -p "$work"
  echo "fuzz: $target for ${seconds}s"
  build/fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=16384 "$work" "fuzz/corpus/$target"
done
