# vcpkg overlay port for twinspec (header-only C++20):
#   vcpkg install twinspec --overlay-ports=<twinspec checkout>/ports
# See docs/install.md. tests/packaging/vcpkg_layout.cmake runs the same configure and install
# (the OPTIONS below) and checks the layout this file relies on.

# Header-only: nothing is compiled, so there is no debug build.
set(VCPKG_BUILD_TYPE release)

# This overlay port builds the twinspec checkout it lives in (ports/twinspec -> ../..), so it
# needs no download and always matches the sources next to it. For the vcpkg registry, the
# source would come from a tagged release instead:
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO <owner>/twinspec REF "v${VERSION}"
#                     SHA512 <sha512 of the archive> HEAD_REF main)
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/twinspec/twinspec.hpp")
    message(FATAL_ERROR "twinspec port: ${SOURCE_PATH} is not a twinspec checkout")
endif()

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DTWINSPEC_BUILD_TESTS=OFF
        -DTWINSPEC_BUILD_EXAMPLES=OFF
        -DTWINSPEC_BUILD_BENCH=OFF
        -DTWINSPEC_EXTERNAL_TESTS=OFF
        -DTWINSPEC_INSTALL=ON
        -DTWINSPEC_WITH_DRAGONBOX=OFF  # faster number formatting only; not a dependency of the port
)
vcpkg_cmake_install()

# twinspec installs its CMake package to share/cmake/twinspec; vcpkg wants share/twinspec.
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/twinspec)
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE
    "${CURRENT_PACKAGES_DIR}/debug"
    "${CURRENT_PACKAGES_DIR}/share/doc")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
