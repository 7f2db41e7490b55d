#!/usr/bin/env bash
# scripts/fuzz.sh - Fuzzes the .pt loader with libFuzzer (clang-19, ASan + UBSan).
#
#   scripts/fuzz.sh [SECONDS [LIBFUZZER_FLAG...]]   build tests/fuzz/archive_fuzz.cpp and fuzz for
#                               SECONDS (default 600); extra flags (-max_len=8192, -jobs=2) override
#   scripts/fuzz.sh --merge     add the inputs of the last runs that reach new edges to tests/fuzz/corpus/
#
# Installs clang-19 and libclang-rt-19-dev with apt-get when they are missing. Builds in
# build-fuzz/ (FUZZ_BUILD to override; objects are reused between runs). New inputs go to
# build-fuzz/corpus/, crashes, leaks, timeouts and oversized allocations to build-fuzz/artifacts/
# (replay one with build-fuzz/archive_fuzz FILE). Limits: inputs up to 64 KiB, 10 s per input,
# 2 GiB RSS, no single allocation over 128 MiB (the largest legitimate one for 64 KiB of input is a
# 1032:1 deflated record, about 66 MiB), so a hang or a huge allocation counts as a crash.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_BUILD:-$root/build-fuzz}
jobs=${JOBS:-2}

packages=(clang-19 libclang-rt-19-dev zlib1g-dev)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz.sh: installing ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cxx=clang++-19
flags=(-std=c++20 -O1 -g -fno-omit-frame-pointer -I"$root"
       -fsanitize=address,undefined -fno-sanitize-recover=undefined)

# The loader's closure: the IR library, the runtime's archive code and the writer (for the
# write-back property). Listed, not globbed, so unrelated runtime work cannot break the fuzz build.
sources=("$root"/ir/*.cpp "$root"/runtime/zip.cpp "$root"/runtime/pickle.cpp "$root"/runtime/archive.cpp
         "$root"/codegen/archive_writer.cpp)

mkdir -p "$out/obj" "$out/corpus" "$out/artifacts"
obj_of() { echo "$out/obj/$(echo "${1#$root/}" | tr / _).o"; }
# Recompile a source when its object is older than it or than any header it could include.
stale() {
  local obj=$2
  [ ! -f "$obj" ] || [ "$1" -nt "$obj" ] ||
    [ -n "$(find "$root/ir" "$root/runtime" "$root/codegen" -name '*.h' -newer "$obj" -print -quit)" ]
}
rm -f "$out/failed"
objs=()
for src in "${sources[@]}"; do
  obj=$(obj_of "$src")
  objs+=("$obj")
  if stale "$src" "$obj"; then
    echo "fuzz.sh: compiling ${src#$root/}"
    ( "$cxx" "${flags[@]}" -fsanitize=fuzzer-no-link -c "$src" -o "$obj" || touch "$out/failed" ) &
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 0.2; done
  fi
done
wait
if [ -f "$out/failed" ]; then
  echo "fuzz.sh: compilation failed" >&2
  exit 1
fi
"$cxx" "${flags[@]}" -fsanitize=fuzzer "$root/tests/fuzz/archive_fuzz.cpp" "${objs[@]}" -lz -o "$out/archive_fuzz"

fuzz_args=(-dict="$root/tests/fuzz/archive.dict" -max_len=65536 -timeout=10 -rss_limit_mb=2048
           -malloc_limit_mb=128 -artifact_prefix="$out/artifacts/" -print_final_stats=1)

if [ "${1:-}" = "--merge" ]; then
  # Edges only (no hit counters or comparison features): the checked-in corpus stays small.
  exec "$out/archive_fuzz" "${fuzz_args[@]}" -merge=1 -use_counters=0 -use_cmp=0 \
    "$root/tests/fuzz/corpus" "$out/corpus"
fi

seconds=${1:-600}
if [ $# -gt 0 ]; then shift; fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$out/archive_fuzz" "${fuzz_args[@]}" -max_total_time="$seconds" "$@" "$out/corpus" "$root/tests/fuzz/corpus"
