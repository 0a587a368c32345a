#!/usr/bin/env bash
# Configures, builds and tests every preset (default: gcc clang asan), stopping at the first
# failure, with a summary line and the time taken per preset.
#   scripts/test-all.sh              all three presets
#   scripts/test-all.sh clang asan   only these
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh

presets=("$@")
((${#presets[@]})) || presets=(gcc clang asan)

summary=()
print_summary() {
    echo
    echo "=== twinspec test summary ==="
    local line
    for line in "${summary[@]}"; do echo "$line"; done
}

run_preset() {
    local preset=$1 start step
    start=$SECONDS
    for step in configure build test; do
        echo
        echo "=== [$preset] $step ==="
        case $step in
            configure) cmake --preset "$preset" || return 1 ;;
            build)     cmake --build --preset "$preset" -j2 || return 2 ;;
            test)      ctest --preset "$preset" --output-on-failure -j2 || return 3 ;;
        esac
    done
}

for preset in "${presets[@]}"; do
    start=$SECONDS
    if run_preset "$preset"; then
        summary+=("$(printf '%-6s PASS  %4ds' "$preset" $((SECONDS - start)))")
    else
        rc=$?
        what=(- configure build test)
        summary+=("$(printf '%-6s FAIL  %4ds  (%s failed)' "$preset" $((SECONDS - start)) "${what[$rc]}")")
        print_summary
        exit 1
    fi
done
print_summary
