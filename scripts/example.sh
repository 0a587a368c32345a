#!/usr/bin/env bash
# Builds (gcc preset) and runs the flagship example.
set -euo pipefail

example=quickstart   # the flagship example: examples/<name>.cpp

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh

if [[ ! -f "examples/${example}.cpp" ]]; then
    echo "twinspec: examples/${example}.cpp does not exist yet" >&2
    exit 1
fi

cmake --preset gcc
cmake --build --preset gcc --target "twinspec_example_${example}"
exec "build/gcc/examples/${example}"
