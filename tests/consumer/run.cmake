# Drives the consumer tests; invoked by CTest as
#   cmake -DMODE=<install|find_package|add_subdirectory|fetchcontent> -D... -P run.cmake
# install           installs TWINSPEC_BINARY_DIR into PREFIX (fresh) and checks the layout
# find_package      configures, builds and runs tests/consumer against PREFIX
# add_subdirectory  configures, builds and runs tests/consumer with add_subdirectory(TWINSPEC_SOURCE_DIR)
# fetchcontent      the same with FetchContent_Declare(twinspec SOURCE_DIR TWINSPEC_SOURCE_DIR)
cmake_minimum_required(VERSION 3.25)

foreach(var IN ITEMS MODE TWINSPEC_SOURCE_DIR TWINSPEC_BINARY_DIR CONSUMER_SOURCE_DIR WORK_DIR PREFIX GENERATOR CXX_COMPILER)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "run.cmake: -D${var}=... is required")
    endif()
endforeach()

function(run_step what)
    message(STATUS "consumer[${MODE}]: ${what}")
    execute_process(COMMAND ${ARGN}
        RESULT_VARIABLE rc
        OUTPUT_VARIABLE out
        ERROR_VARIABLE out
        COMMAND_ECHO STDOUT)
    message("${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "consumer[${MODE}]: ${what} FAILED (exit ${rc})")
    endif()
    set(step_output "${out}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "install")
    file(REMOVE_RECURSE "${PREFIX}")
    run_step("install into ${PREFIX}"
        "${CMAKE_COMMAND}" --install "${TWINSPEC_BINARY_DIR}" --prefix "${PREFIX}")
    foreach(f IN ITEMS
            include/twinspec/twinspec.hpp
            share/cmake/twinspec/twinspecConfig.cmake
            share/cmake/twinspec/twinspecConfigVersion.cmake
            share/cmake/twinspec/twinspecTargets.cmake
            share/doc/twinspec/LICENSE
            share/doc/twinspec/README.md
            share/pkgconfig/twinspec.pc)
        if(NOT EXISTS "${PREFIX}/${f}")
            message(FATAL_ERROR "consumer[install]: ${PREFIX}/${f} was not installed")
        endif()
    endforeach()
    foreach(d IN ITEMS bin lib lib64)
        if(EXISTS "${PREFIX}/${d}")
            message(FATAL_ERROR "consumer[install]: header-only twinspec installed something into ${PREFIX}/${d}")
        endif()
    endforeach()
    message("consumer: install ok")
    return()
endif()

if(NOT MODE MATCHES "^(find_package|add_subdirectory|fetchcontent)$")
    message(FATAL_ERROR "run.cmake: unknown MODE '${MODE}'")
endif()

set(bin "${WORK_DIR}/${MODE}")
file(REMOVE_RECURSE "${bin}")   # always a fresh configure: no stale cache can hide a problem

string(REPLACE "|" ";" extra_prefix_path "${EXTRA_PREFIX_PATH}")
set(prefix_path "")
if(MODE STREQUAL "find_package")
    list(APPEND prefix_path "${PREFIX}")
endif()
list(APPEND prefix_path ${extra_prefix_path})
string(REPLACE ";" "\\;" prefix_path "${prefix_path}")

set(configure_args
    -S "${CONSUMER_SOURCE_DIR}" -B "${bin}" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
    "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
    "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}"
    "-DCMAKE_PREFIX_PATH=${prefix_path}"
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
    -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF
    "-DTWINSPEC_CONSUMER_MODE=${MODE}"
    "-DTWINSPEC_SOURCE_DIR=${TWINSPEC_SOURCE_DIR}"
    "-DTWINSPEC_EXPECTED_VERSION=${TWINSPEC_VERSION}")
if(CXX_COMPILER_LAUNCHER)
    list(APPEND configure_args "-DCMAKE_CXX_COMPILER_LAUNCHER=${CXX_COMPILER_LAUNCHER}")
endif()

run_step("configure" "${CMAKE_COMMAND}" ${configure_args})
if(MODE STREQUAL "find_package")
    # The package must come from the fresh install, not from a source or build tree.
    string(FIND "${step_output}" "from ${PREFIX}/" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "consumer[find_package]: twinspec was not found in ${PREFIX}")
    endif()
endif()
run_step("build" "${CMAKE_COMMAND}" --build "${bin}")
run_step("run" "${bin}/twinspec_consumer")
if(NOT step_output MATCHES "consumer ok")
    message(FATAL_ERROR "consumer[${MODE}]: the consumer ran but printed the wrong text")
endif()
