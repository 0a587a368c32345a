# Conan 2 recipe for twinspec (header-only C++20).
#
#   conan create . -pr:h <profile> -pr:b <profile>
#
# docs/install.md gives the exact commands, including a Debian 12 profile that takes Boost and
# range-v3 from the system ([platform_requires]) so that nothing is downloaded.
import os
import re

from conan import ConanFile
from conan.errors import ConanException, ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import copy, load, rmdir
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class TwinspecConan(ConanFile):
    name = "twinspec"
    # No `version` here: set_version() reads it from the top-level CMakeLists.txt, its only home.
    description = "Compile-time typed schemas for digital twins (header-only C++20)"
    license = "BSL-1.0"
    topics = ("digital-twin", "schema", "reflection", "validation", "header-only", "c++20")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # What `conan create` copies into the cache and builds from: the library, the CMake build and
    # package files, the licence. Not tests/, examples/, bench/ — the build turns those off.
    exports_sources = "include/*", "CMakeLists.txt", "cmake/*", "LICENSE", "README.md"
    no_copy_source = True

    # (compiler, oldest version) — the compilers twinspec is tested with; see README.md.
    _min_compiler_versions = {"gcc": "12", "clang": "16"}

    def set_version(self):
        cmakelists = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        match = re.search(r"project\s*\(\s*twinspec\b[^)]*?\bVERSION\s+([0-9]+(?:\.[0-9]+)*)",
                          cmakelists)
        if not match:
            raise ConanException("twinspec: no `project(twinspec VERSION x.y.z)` in CMakeLists.txt")
        self.version = match.group(1)

    def layout(self):
        cmake_layout(self, src_folder=".")

    def requirements(self):
        # Public headers include Boost.Hana and range-v3: their headers reach every consumer.
        self.requires("boost/[>=1.81.0 <2]", transitive_headers=True)
        self.requires("range-v3/[>=0.12.0 <1]", transitive_headers=True)

    def package_id(self):
        self.info.clear()

    def validate(self):
        if self.settings.get_safe("compiler.cppstd"):
            check_min_cppstd(self, 20)
        compiler = str(self.settings.get_safe("compiler"))
        minimum = self._min_compiler_versions.get(compiler)
        version = self.settings.get_safe("compiler.version")
        if minimum and version and Version(version) < minimum:
            raise ConanInvalidConfiguration(
                f"twinspec needs {compiler} >= {minimum} (C++20), got {compiler} {version}")

    def generate(self):
        tc = CMakeToolchain(self)
        # Only the library and its install rules: no tests, examples or benchmarks (they are not
        # even exported).
        tc.cache_variables["TWINSPEC_BUILD_TESTS"] = False
        tc.cache_variables["TWINSPEC_BUILD_EXAMPLES"] = False
        tc.cache_variables["TWINSPEC_BUILD_BENCH"] = False
        tc.cache_variables["TWINSPEC_EXTERNAL_TESTS"] = False
        tc.cache_variables["TWINSPEC_INSTALL"] = True
        # Dragonbox only speeds up number formatting (same text); this recipe does not require
        # it, so the package must not depend on a copy the build machine happens to have.
        tc.cache_variables["TWINSPEC_WITH_DRAGONBOX"] = False
        tc.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        cmake = CMake(self)
        cmake.install()
        # Conan generates the consumers' CMake and pkg-config files from package_info(); the
        # licence is in licenses/ — drop the copies the CMake install made.
        rmdir(self, os.path.join(self.package_folder, "share"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "twinspec")
        self.cpp_info.set_property("cmake_target_name", "twinspec::twinspec")
        self.cpp_info.set_property("pkg_config_name", "twinspec")
        self.cpp_info.requires = ["boost::headers", "range-v3::range-v3"]
