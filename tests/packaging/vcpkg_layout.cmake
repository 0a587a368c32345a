# CTest packaging.vcpkg_layout: the vcpkg tool is not available here, so this runs what
# ports/twinspec/portfile.cmake asks vcpkg to run — the same configure OPTIONS (read from the
# portfile), a release-only build (VCPKG_BUILD_TYPE release), the install target — into a fresh
# prefix, and checks the layout the rest of the portfile relies on:
#   vcpkg_cmake_config_fixup(CONFIG_PATH <dir>)   <dir>/twinspecConfig.cmake and friends
#   vcpkg_fixup_pkgconfig()                       share/pkgconfig/twinspec.pc with a prefix= line
#   vcpkg_install_copyright(FILE_LIST <LICENSE>)  the licence file in the sources
#   file(INSTALL usage)                           usage names the exported target
# plus what vcpkg's post-build checks insist on: headers in include/, nothing compiled
# (no lib/, bin/), no absolute build or source paths in the installed files.
#
#   cmake -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=... -DCXX_COMPILER=...
#         [-DEXTRA_PREFIX_PATH=a|b] -P vcpkg_layout.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "vcpkg_layout.cmake: -D${var}=... is required")
    endif()
endforeach()

function(fail what)
    message(FATAL_ERROR "packaging.vcpkg_layout: ${what}")
endfunction()

set(port_dir "${SOURCE_DIR}/ports/twinspec")
file(READ "${port_dir}/portfile.cmake" portfile)
# Comments out, so that a commented example can never be taken for the real call.
string(REGEX REPLACE "#[^\n]*" "" portfile "${portfile}")

if(NOT portfile MATCHES "set\\(VCPKG_BUILD_TYPE release\\)")
    fail("portfile.cmake does not set VCPKG_BUILD_TYPE release (header-only: no debug build)")
endif()
if(NOT portfile MATCHES "vcpkg_cmake_configure\\(([^)]*)\\)")
    fail("no vcpkg_cmake_configure(...) in portfile.cmake")
endif()
set(configure_call "${CMAKE_MATCH_1}")
if(NOT configure_call MATCHES "OPTIONS(.*)$")
    fail("vcpkg_cmake_configure has no OPTIONS")
endif()
separate_arguments(port_options UNIX_COMMAND "${CMAKE_MATCH_1}")
foreach(needed IN ITEMS -DTWINSPEC_BUILD_TESTS=OFF -DTWINSPEC_BUILD_EXAMPLES=OFF -DTWINSPEC_BUILD_BENCH=OFF)
    if(NOT needed IN_LIST port_options)
        fail("the portfile's OPTIONS lack ${needed}")
    endif()
endforeach()
if(NOT portfile MATCHES "vcpkg_cmake_install\\(\\)")
    fail("no vcpkg_cmake_install() in portfile.cmake")
endif()
if(NOT portfile MATCHES "vcpkg_cmake_config_fixup\\([ \t\n]*CONFIG_PATH[ \t\n]+([^ \t\n)]+)")
    fail("no vcpkg_cmake_config_fixup(CONFIG_PATH ...) in portfile.cmake")
endif()
set(config_path "${CMAKE_MATCH_1}")
if(NOT portfile MATCHES "vcpkg_install_copyright\\([ \t\n]*FILE_LIST[ \t\n]+\"\\\${SOURCE_PATH}/([^\"]+)\"")
    fail("no vcpkg_install_copyright(FILE_LIST \"\${SOURCE_PATH}/...\") in portfile.cmake")
endif()
set(licence "${CMAKE_MATCH_1}")
if(NOT EXISTS "${SOURCE_DIR}/${licence}")
    fail("vcpkg_install_copyright names ${licence}, which the sources do not have")
endif()
if(NOT portfile MATCHES "file\\(REMOVE_RECURSE[^)]*CURRENT_PACKAGES_DIR}/debug")
    fail("portfile.cmake does not remove debug/")
endif()
file(READ "${port_dir}/usage" usage)
foreach(text IN ITEMS "find_package(twinspec CONFIG REQUIRED)" "twinspec::twinspec")
    string(FIND "${usage}" "${text}" at)
    if(at EQUAL -1)
        fail("ports/twinspec/usage does not say ${text}")
    endif()
endforeach()
message(STATUS "portfile: OPTIONS ${port_options}; CONFIG_PATH ${config_path}; licence ${licence}")

# --- what vcpkg_cmake_configure + vcpkg_cmake_install run (release only) ---------------------
set(build "${WORK_DIR}/build")
set(packages "${WORK_DIR}/packages")   # vcpkg's CURRENT_PACKAGES_DIR
file(REMOVE_RECURSE "${WORK_DIR}")
string(REPLACE "|" ";" prefix_path "${EXTRA_PREFIX_PATH}")
string(REPLACE ";" "\\;" prefix_path "${prefix_path}")

function(run what)
    message(STATUS "packaging.vcpkg_layout: ${what}")
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out
                    COMMAND_ECHO STDOUT)
    message("${out}")
    if(NOT rc EQUAL 0)
        fail("${what} FAILED (exit ${rc})")
    endif()
endfunction()

run("configure (portfile options)"
    "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
    -DCMAKE_BUILD_TYPE=Release
    "-DCMAKE_INSTALL_PREFIX=${packages}"
    "-DCMAKE_PREFIX_PATH=${prefix_path}"
    ${port_options})
run("build the install target" "${CMAKE_COMMAND}" --build "${build}" --target install)

if(EXISTS "${build}/tests" OR EXISTS "${build}/examples" OR EXISTS "${build}/bench")
    fail("the portfile's configure still adds tests/, examples/ or bench/")
endif()
foreach(f IN ITEMS
        include/twinspec/twinspec.hpp
        ${config_path}/twinspecConfig.cmake
        ${config_path}/twinspecConfigVersion.cmake
        ${config_path}/twinspecTargets.cmake
        share/pkgconfig/twinspec.pc)
    if(NOT EXISTS "${packages}/${f}")
        fail("${f} was not installed (the portfile relies on it)")
    endif()
endforeach()
foreach(d IN ITEMS bin lib lib64)
    if(EXISTS "${packages}/${d}")
        fail("header-only twinspec installed ${d}/")
    endif()
endforeach()
file(STRINGS "${packages}/share/pkgconfig/twinspec.pc" prefix_line REGEX "^prefix=")
if(NOT prefix_line)
    fail("twinspec.pc has no prefix= line (vcpkg_fixup_pkgconfig rewrites it)")
endif()
file(STRINGS "${packages}/${config_path}/twinspecTargets.cmake" exported REGEX "add_library\\(twinspec::twinspec ")
if(NOT exported)
    fail("${config_path}/twinspecTargets.cmake does not define twinspec::twinspec (usage says it does)")
endif()
file(GLOB_RECURSE installed LIST_DIRECTORIES false "${packages}/*")
foreach(f IN LISTS installed)
    if(NOT f MATCHES "\\.(cmake|pc)$")
        continue()
    endif()
    file(READ "${f}" text)
    foreach(abs IN ITEMS "${SOURCE_DIR}" "${build}" "${packages}")
        string(FIND "${text}" "${abs}" at)
        if(NOT at EQUAL -1)
            fail("${f} contains the absolute path ${abs} (not relocatable)")
        endif()
    endforeach()
endforeach()
message("packaging.vcpkg_layout: ok (${packages})")
