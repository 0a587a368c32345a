#!/usr/bin/env bash
# CTest packaging.conan: the real Conan 2 client creates the twinspec package from the source
# tree and builds and runs test_package against it, downloading nothing but the client itself.
#
#   conan_create.sh <source dir> <work dir> <expected version> <c++ compiler>
#
# - conan is pip-installed into <work dir>/conan-venv (kept between runs) and uses
#   CONAN_HOME=<work dir>/conan-home, never the user's ~/.conan2;
# - profile: `conan profile detect` + tests/packaging/debian12.profile (C++20, Boost and range-v3
#   from Debian through [platform_requires]); every conan command runs with --no-remote;
# - checks: the exported sources are exactly what conanfile.py's exports_sources lists, the
#   package id is the cleared (header-only) one, the package holds include/ and licenses/ and
#   nothing compiled, and test_package prints its success line.
# Exit 77 (CTest SKIP_RETURN_CODE) with the reason when Python, venv or pip cannot provide conan.
set -euo pipefail

if (($# != 4)); then
    echo "usage: $0 <source dir> <work dir> <expected version> <c++ compiler>" >&2
    exit 2
fi
src=$1 work=$2 version=$3 cxx=$4
start=$SECONDS

skip() {
    echo "SKIPPED: packaging.conan: $*"
    exit 77
}
fail() {
    echo "FAILED: packaging.conan: $*" >&2
    exit 1
}

mkdir -p "$work"
work=$(cd "$work" && pwd) src=$(cd "$src" && pwd)   # CONAN_HOME must be absolute
venv="$work/conan-venv"
conan="$venv/bin/conan"
if ! "$conan" --version >/dev/null 2>&1; then
    python=$(command -v python3 || true)
    [[ -n $python ]] || skip "python3 not found (Debian: apt-get install python3 python3-venv)"
    rm -rf "$venv"
    "$python" -m venv "$venv" ||
        skip "'$python -m venv' failed (Debian: apt-get install python3-venv)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "conan>=2.0,<3" ||
        skip "'pip install conan' failed (is PyPI reachable?)"
fi
echo "packaging.conan: $("$conan" --version) (installed in $venv)"

export CONAN_HOME="$work/conan-home"
export CXX="$cxx"
# A compiler launcher (ccache) speeds up repeated test_package builds; CMake reads this variable.
if [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]] && command -v ccache >/dev/null; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
fi

profile="$src/tests/packaging/debian12.profile"
run() {
    echo "+ $*"
    "$@"
}

run "$conan" profile detect --force
run "$conan" remove "twinspec/*" --confirm   # a fresh package every run: no stale revision hides a bug

ref="twinspec/$version"
# -tf "": test_package runs below, from a copy, so that conan writes nothing into the source tree.
run "$conan" create "$src" -pr:h "$profile" -pr:b "$profile" --no-remote --test-folder "" ||
    fail "conan create failed"

# The recipe must read its version from CMakeLists.txt: the reference must exist at $version.
export_src=$("$conan" cache path "$ref" --folder export_source) ||
    fail "$ref is not in the cache: conanfile.py's set_version() does not give $version"
exported=$(cd "$export_src" && ls -A | sort | tr '\n' ' ')
expected="CMakeLists.txt LICENSE README.md cmake include "
[[ $exported == "$expected" ]] ||
    fail "exported sources are '$exported', expected '$expected' (exports_sources)"
echo "packaging.conan: exported sources: $exported"

header_only_id=da39a3ee5e6b4b0d3255bfef95601890afd80709   # sha1 of an empty conaninfo
pkg=$("$conan" cache path "$ref:$header_only_id") ||
    fail "no package $header_only_id: package_id() must clear the info of a header-only package"
for f in include/twinspec/twinspec.hpp include/twinspec/core.hpp licenses/LICENSE; do
    [[ -f $pkg/$f ]] || fail "the package lacks $f"
done
for d in lib lib64 bin share; do
    [[ ! -e $pkg/$d ]] || fail "the header-only package contains $d/"
done
echo "packaging.conan: package layout ok ($pkg: include/, licenses/LICENSE)"

rm -rf "$work/test_package"
cp -R "$src/test_package" "$work/test_package"
run "$conan" test "$work/test_package" "$ref" -pr:h "$profile" -pr:b "$profile" --no-remote \
    2>&1 | tee "$work/test_package.log" || fail "conan test (test_package) failed"
grep -q "^twinspec test_package ok$" "$work/test_package.log" ||
    fail "test_package did not print 'twinspec test_package ok'"

echo "packaging.conan: ok in $((SECONDS - start)) s"
