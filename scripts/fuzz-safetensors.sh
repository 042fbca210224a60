#!/usr/bin/env bash
# Fuzzes the safetensors reader with libFuzzer + ASan + UBSan for SECONDS (default 180).
#   scripts/fuzz-safetensors.sh [SECONDS]
# Builds tests/fuzz (clang, -DGENLAB_FUZZ=ON) in $GENLAB_FUZZ_BUILD_DIR (default build-fuzz),
# generates a seed corpus and a dictionary, runs the fuzzer, and prints executions and crashes.
# Crashing inputs are kept in build-fuzz/fuzz-artifacts/; replay one with
#   build-fuzz/tests/fuzz/fuzz_safetensors build-fuzz/fuzz-artifacts/crash-...
# Needs clang and libclang-rt-14-dev (apt-get install clang libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

SECONDS_TO_RUN=${1:-180}
BUILD_DIR=${GENLAB_FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${GENLAB_FUZZ_BUILD_JOBS:-2}

command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  echo "fuzz: libFuzzer runtime is missing (apt-get install libclang-rt-14-dev)" >&2
  exit 2
fi

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  mkdir -p "$BUILD_DIR"
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DGENLAB_FUZZ=ON -DGENLAB_WITH_WIDGETS=OFF >"$BUILD_DIR/configure.log" 2>&1 ||
    { cat "$BUILD_DIR/configure.log" >&2; rm -f "$BUILD_DIR/CMakeCache.txt"; exit 1; }
fi
cmake --build "$BUILD_DIR" --target fuzz_safetensors -j"$JOBS"
FUZZER="$BUILD_DIR/tests/fuzz/fuzz_safetensors"

WORK="$BUILD_DIR/fuzz-safetensors"
SEEDS="$WORK/seeds"
CORPUS="$WORK/corpus"
ARTIFACTS="$BUILD_DIR/fuzz-artifacts"
mkdir -p "$SEEDS" "$CORPUS" "$ARTIFACTS"

# Seeds: valid files of every dtype, zero-size and scalar tensors, metadata, padding, misalignment.
/usr/bin/python3 - "$SEEDS" <<'PY'
import json, os, struct, sys
out = sys.argv[1]
sizes = {'F32': 4, 'F16': 2, 'BF16': 2, 'F64': 8, 'I64': 8, 'I32': 4, 'I16': 2, 'I8': 1, 'U8': 1, 'BOOL': 1}
def write(name, tensors, metadata=None, pad=0, lead=0):
    header, data = {}, b''
    if metadata is not None:
        header['__metadata__'] = metadata
    for tname, dtype, shape in tensors:
        n = 1
        for d in shape:
            n *= d
        raw = bytes((i * 37 + 11) % 256 for i in range(n * sizes[dtype]))
        header[tname] = {'dtype': dtype, 'shape': shape, 'data_offsets': [len(data), len(data) + len(raw)]}
        data += raw
    text = (' ' * lead + json.dumps(header, separators=(',', ':')) + ' ' * pad).encode()
    with open(os.path.join(out, name), 'wb') as f:
        f.write(struct.pack('<Q', len(text)) + text + data)
write('empty', [])
write('metadata', [], {'format': 'pt', 'note': 'caf\u00e9'})
write('all-dtypes', [(d.lower(), d, [3]) for d in sizes])
write('misaligned', [('b', 'U8', [1]), ('w', 'F32', [2, 2]), ('h', 'F16', [3]), ('d', 'F64', [])])
write('zero-and-scalar', [('z', 'F32', [0, 4]), ('s', 'I64', []), ('y', 'BF16', [2, 0, 3])])
write('padded', [('layer.0.weight', 'F32', [4, 4]), ('layer.0.bias', 'F32', [4])], {'k': 'v'}, pad=5, lead=3)
write('many', [('t%d' % i, 'F16', [i % 3, 2]) for i in range(40)])
PY

cat >"$WORK/safetensors.dict" <<'DICT'
"\"dtype\""
"\"shape\""
"\"data_offsets\""
"\"__metadata__\""
"\"F32\""
"\"F16\""
"\"BF16\""
"\"F64\""
"\"I64\""
"\"I32\""
"\"I16\""
"\"I8\""
"\"U8\""
"\"BOOL\""
"\"U16\""
"18446744073709551615"
"9223372036854775808"
"4611686018427387904"
"\"\\u0000\""
"[0,0]"
DICT

echo "fuzz: running $FUZZER for ${SECONDS_TO_RUN}s (corpus $CORPUS, seeds $SEEDS)"
set +e
"$FUZZER" -max_total_time="$SECONDS_TO_RUN" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 \
  -dict="$WORK/safetensors.dict" -artifact_prefix="$ARTIFACTS/" "$CORPUS" "$SEEDS" >"$WORK/fuzz.log" 2>&1
status=$?
set -e
tail -n 25 "$WORK/fuzz.log"
execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$WORK/fuzz.log" | grep -o '[0-9]*$' || echo "?")
crashes=$(find "$ARTIFACTS" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
echo "fuzz: ${execs} executions in ${SECONDS_TO_RUN}s, ${crashes} crashing inputs in $ARTIFACTS, corpus $(ls "$CORPUS" | wc -l) files, exit status $status"
[[ $status -eq 0 && $crashes -eq 0 ]]
