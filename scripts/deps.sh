#!/usr/bin/env bash
# Checks the Debian 12 packages twinspec needs; installs the missing ones when run as root,
# otherwise names them and exits 1. Quick and silent when everything is present.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang-16 libclang-rt-16-dev
    libboost1.81-dev libboost-json1.81-dev librange-v3-dev
    libdragonbox-dev  # optional: the JSON writers format floating-point numbers with Dragonbox (same text as std::to_chars)
    catch2 libbenchmark-dev ccache graphviz
    pkgconf python3-venv   # packaging tests: pkg-config consumer, conan client in a venv
    nlohmann-json3-dev  # bench/io_bench.cpp: the JSON throughput comparison (header-only; bench only)
    gnuplot-nox  # data/: examples/twin_data_pipeline plots raw vs cleaned data as SVG (skipped without it)
)

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "twinspec: missing Debian packages (run as root: apt-get install -y ${missing[*]}): ${missing[*]}" >&2
    exit 1
fi

echo "twinspec: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
