#!/usr/bin/env python3
"""CTest packaging.manifests: the packaging files agree with the CMake project.

    check_manifests.py <source dir> <CMake PROJECT_VERSION>

The version lives in the top-level CMakeLists.txt (project(twinspec VERSION ...)); CTest passes
it in. vcpkg's manifests must repeat it (their format allows no reference), so this checks:
  - vcpkg.json and ports/twinspec/vcpkg.json are well-formed JSON, name twinspec, carry the
    CMake version and the dependencies the port conventions ask for;
  - conanfile.py does not repeat the version (set_version() reads CMakeLists.txt);
  - README.md's "Version x.y.z" and every twinspec/x.y.z or v x.y.z reference in
    docs/install.md name the CMake version.
Prints one line per check; exits 1 listing every mismatch.
"""
import json
import pathlib
import re
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    root = pathlib.Path(sys.argv[1])
    version = sys.argv[2]
    problems: list[str] = []
    checked = 0

    def check(ok: bool, what: str) -> None:
        nonlocal checked
        checked += 1
        print(("ok      " if ok else "MISMATCH") + "  " + what)
        if not ok:
            problems.append(what)

    def load(rel: str):
        try:
            return json.loads((root / rel).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            check(False, f"{rel} is well-formed JSON ({e})")
            return None

    def dep_names(deps, host: bool) -> set[str]:
        names = set()
        for d in deps:
            if isinstance(d, str):
                if not host:
                    names.add(d)
            elif bool(d.get("host", False)) == host:
                names.add(d["name"])
        return names

    cmake = (root / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\s*\(\s*twinspec\b[^)]*?\bVERSION\s+([0-9.]+)", cmake)
    check(m is not None and m.group(1) == version,
          f"CMakeLists.txt project(twinspec VERSION {m.group(1) if m else '?'}) == {version}")

    for rel in ("vcpkg.json", "ports/twinspec/vcpkg.json"):
        manifest = load(rel)
        if manifest is None:
            continue
        check(True, f"{rel} is well-formed JSON")
        check(manifest.get("name") == "twinspec", f"{rel} name == twinspec")
        got = manifest.get("version", manifest.get("version-semver"))
        check(got == version, f"{rel} version {got} == {version}")
        check(manifest.get("license") == "BSL-1.0", f"{rel} license == BSL-1.0")
        deps = manifest.get("dependencies", [])
        check({"boost-hana", "range-v3"} <= dep_names(deps, host=False),
              f"{rel} depends on boost-hana and range-v3")
        if rel.startswith("ports/"):
            check({"vcpkg-cmake", "vcpkg-cmake-config"} <= dep_names(deps, host=True),
                  f"{rel} has vcpkg-cmake and vcpkg-cmake-config as host dependencies")

    conanfile = (root / "conanfile.py").read_text(encoding="utf-8")
    check(re.search(r"^\s*version\s*=\s*[\"']", conanfile, re.M) is None and "def set_version" in conanfile,
          "conanfile.py reads the version in set_version() instead of repeating it")

    readme = (root / "README.md").read_text(encoding="utf-8")
    stated = re.findall(r"\b[Vv]ersion ([0-9]+\.[0-9]+\.[0-9]+)", readme)
    check(stated != [] and all(v == version for v in stated),
          f"README.md states Version {', '.join(stated) or '(none)'} == {version}")

    install = (root / "docs/install.md").read_text(encoding="utf-8")
    refs = re.findall(r"twinspec/([0-9]+\.[0-9]+\.[0-9]+)|\bv([0-9]+\.[0-9]+\.[0-9]+)\b"
                      r"|twinspec ([0-9]+\.[0-9]+\.[0-9]+)", install)
    found = sorted({a or b or c for a, b, c in refs})
    check(found != [] and found == [version],
          f"docs/install.md names version(s) {', '.join(found) or '(none)'} == {version}")

    print(f"{checked} checks, {len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
