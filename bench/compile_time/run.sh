#!/usr/bin/env bash
# Compile-time benchmark: a generated model (N entities x F double fields, each with a range,
# declared, validated and visited with for_each_field) against the same plain structs with
# hand-written validation, one TU each, -O2 -c. Prints one line per compiler:
#   compile-time <compiler>  twinspec <s> s <GB> GB  plain <s> s <GB> GB  ratio <t> (memory ratio <m>)
# Times are user seconds and peak memory is max RSS, both from /usr/bin/time.
#
# usage: bench/compile_time/run.sh [--entities 200] [--fields 25] [--compilers "g++ clang++-16"]
#                                  [--flags "-O2"] [--json] [--instructions]
# --json also compiles the model with JSON write + read (twinspec/io) of every entity and prints
#   compile-time <compiler>  twinspec+json <s> s <GB> GB  (N entities x F fields, write_json + read_json each)
# --instructions also counts the instructions each compile executes (valgrind's cachegrind,
#   every process of the driver; about 40x slower than the compile), which, unlike seconds,
#   do not depend on what else the machine is running:
#   instructions <compiler>  twinspec <G> G  plain <G> G  ratio <r>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
include="$(cd "$here/../../include" && pwd)"
entities=200
fields=25
compilers="g++ clang++-16"
flags="-O2"
json=0
instructions=0
while [ $# -gt 0 ]; do
    case "$1" in
        --entities) entities="$2"; shift 2 ;;
        --fields) fields="$2"; shift 2 ;;
        --compilers) compilers="$2"; shift 2 ;;
        --flags) flags="$2"; shift 2 ;;
        --json) json=1; shift ;;
        --instructions) instructions=1; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
if [ "$instructions" = 1 ] && ! command -v valgrind >/dev/null 2>&1; then
    echo "run.sh: --instructions needs valgrind (apt-get install valgrind)" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
json_arg=()
[ "$json" = 1 ] && json_arg=(--json)
python3 "$here/generate.py" "$work" --entities "$entities" --fields "$fields" "${json_arg[@]}"

# measure COMPILER FILE → "<user seconds> <max RSS KB>"
measure() {
    # shellcheck disable=SC2086
    /usr/bin/time -f '%U %M' -o "$work/time.txt" "$1" -std=c++20 $flags -I"$include" \
        -c "$work/$2" -o "$work/out.o"
    tail -n 1 "$work/time.txt"
}

# count COMPILER FILE → "<instructions>" (the sum over the driver and its children)
count() {
    rm -f "$work"/cg.*
    # shellcheck disable=SC2086
    valgrind --tool=cachegrind --cache-sim=no --trace-children=yes --cachegrind-out-file="$work/cg.%p" \
        "$1" -std=c++20 $flags -I"$include" -c "$work/$2" -o "$work/out.o" >/dev/null 2>&1
    cat "$work"/cg.* | awk '/^summary:/ { n += $2 } END { printf "%.0f\n", n }'
}

for cxx in $compilers; do
    if ! command -v "$cxx" >/dev/null 2>&1; then
        echo "compile-time $cxx  (not installed, skipped)"
        continue
    fi
    read -r ts_s ts_kb < <(measure "$cxx" twinspec_model.cpp)
    read -r pl_s pl_kb < <(measure "$cxx" plain_model.cpp)
    awk -v c="$cxx" -v ts="$ts_s" -v tk="$ts_kb" -v ps="$pl_s" -v pk="$pl_kb" 'BEGIN {
        printf "compile-time %s  twinspec %.2f s %.2f GB  plain %.2f s %.2f GB  ratio %.2f (memory ratio %.2f)\n",
               c, ts, tk / 1048576, ps, pk / 1048576, ts / ps, tk / pk }'
    if [ "$instructions" = 1 ]; then
        ts_i=$(count "$cxx" twinspec_model.cpp)
        pl_i=$(count "$cxx" plain_model.cpp)
        awk -v c="$cxx" -v t="$ts_i" -v p="$pl_i" 'BEGIN {
            printf "instructions %s  twinspec %.1f G  plain %.1f G  ratio %.2f\n", c, t / 1e9, p / 1e9, t / p }'
    fi
done

# --- io (JSON) ------------------------------------------------------------------------------
if [ "$json" = 1 ]; then
    for cxx in $compilers; do
        command -v "$cxx" >/dev/null 2>&1 || continue
        read -r js_s js_kb < <(measure "$cxx" twinspec_json_model.cpp)
        awk -v c="$cxx" -v s="$js_s" -v k="$js_kb" -v n="$entities" -v f="$fields" 'BEGIN {
            printf "compile-time %s  twinspec+json %.2f s %.2f GB  (%d entities x %d fields, write_json + read_json of each)\n",
                   c, s, k / 1048576, n, f }'
    done
fi
