#!/usr/bin/env bash
# CTest packaging.pkgconfig: a program compiled with nothing but the compiler and pkg-config,
#   c++ $(pkg-config --cflags twinspec) program.cpp
# against the install made by consumer.install (a prefix unknown at configure time, so the
# .pc file must find its prefix from its own location).
#   pkgconfig_consumer.sh <install prefix> <work dir> <expected version> <c++ compiler> <program.cpp>
# Exit 77 (CTest SKIP_RETURN_CODE) with the reason when pkg-config is not installed.
set -euo pipefail

if (($# != 5)); then
    echo "usage: $0 <install prefix> <work dir> <expected version> <c++ compiler> <program.cpp>" >&2
    exit 2
fi
prefix=$1 work=$2 version=$3 cxx=$4 program=$5

fail() {
    echo "FAILED: packaging.pkgconfig: $*" >&2
    exit 1
}
pkg_config=$(command -v pkg-config || command -v pkgconf || true)
if [[ -z $pkg_config ]]; then
    echo "SKIPPED: packaging.pkgconfig: pkg-config not found (Debian: apt-get install pkgconf)"
    exit 77
fi

export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
echo "+ PKG_CONFIG_PATH=$PKG_CONFIG_PATH $pkg_config --modversion --cflags twinspec"
"$pkg_config" --validate twinspec || fail "pkg-config --validate twinspec failed"
got=$("$pkg_config" --modversion twinspec) || fail "pkg-config does not find twinspec in $PKG_CONFIG_PATH"
[[ $got == "$version" ]] || fail "twinspec.pc says version $got, CMake says $version"
cflags=$("$pkg_config" --cflags twinspec)
echo "cflags: $cflags"
[[ " $cflags " == *" -std=c++20 "* ]] || fail "--cflags lacks -std=c++20: $cflags"
include=""
for flag in $cflags; do
    if [[ $flag == -I* ]]; then include=${flag#-I}; break; fi
done
[[ -n $include && $(cd "$include" && pwd -P) == $(cd "$prefix/include" && pwd -P) ]] ||
    fail "--cflags does not point at $prefix/include: $cflags"

rm -rf "$work"
mkdir -p "$work"
# Compile and link in two steps so that ccache (which caches only -c) can keep the slow part.
launcher=()
if command -v ccache >/dev/null; then launcher=(ccache); fi
# shellcheck disable=SC2046  # word splitting of the flags is the point
set -x
"${launcher[@]}" "$cxx" $("$pkg_config" --cflags twinspec) -Wall -Wextra -Werror -c "$program" -o "$work/program.o"
"$cxx" "$work/program.o" -o "$work/program"
set +x
out=$("$work/program") || fail "the program failed: $out"
echo "$out"
grep -q "test_package ok" <<<"$out" || fail "the program did not print its success line"
echo "packaging.pkgconfig: ok"
