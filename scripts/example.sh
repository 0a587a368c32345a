#!/usr/bin/env bash
# Builds (gcc preset) and runs the flagship example, or the example named as the first argument;
# further arguments go to the program: scripts/example.sh mobile_network_twin --gnbs 10000
set -euo pipefail

example=${1:-mobile_network_twin}   # the flagship example (examples/<name>.cpp); another name may be given
(($#)) && shift

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh

if [[ ! -f "examples/${example}.cpp" ]]; then
    echo "twinspec: examples/${example}.cpp does not exist yet" >&2
    exit 1
fi

cmake --preset gcc
cmake --build --preset gcc --target "twinspec_example_${example}"
exec "build/gcc/examples/${example}" "$@"
