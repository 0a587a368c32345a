# Checks that CTest knows every test case of the runtime test program (see tests/CMakeLists.txt):
# the number of names `EXE --list-test-names-only` prints must equal the number of tests CTest
# lists under the label `runtime`.
#   cmake -DEXE=<twinspec_tests> -DCTEST=<ctest> -DBUILD_DIR=<build dir> -P runtime_discovery_check.cmake
# Catch2 2.x: --list-test-names-only (its exit code is the number listed); Catch2 3 dropped
# that option for --list-tests --verbosity quiet (one name a line).
execute_process(COMMAND "${EXE}" --list-test-names-only
    RESULT_VARIABLE rc OUTPUT_VARIABLE names ERROR_VARIABLE err)
if(names STREQUAL "" OR err MATCHES "Unrecognised|unrecognised")
    execute_process(COMMAND "${EXE}" --list-tests --verbosity quiet
        RESULT_VARIABLE rc OUTPUT_VARIABLE names ERROR_VARIABLE err)
endif()
string(REGEX REPLACE "\n+$" "" names "${names}")
string(REGEX MATCHALL "\n" breaks "${names}")
list(LENGTH breaks program_count)
if(NOT names STREQUAL "")
    math(EXPR program_count "${program_count} + 1")
endif()
execute_process(COMMAND "${CTEST}" --test-dir "${BUILD_DIR}" -N -L "^runtime$"
    RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT listing MATCHES "Total Tests: ([0-9]+)")
    message(FATAL_ERROR "cannot read CTest's list of runtime tests: ${listing}${err}")
endif()
set(ctest_count "${CMAKE_MATCH_1}")
if(NOT program_count EQUAL ctest_count)
    message(FATAL_ERROR "twinspec_tests lists ${program_count} test cases but CTest knows ${ctest_count}: "
                        "a test case name breaks catch_discover_tests (a `;` in it, for one); "
                        "compare `twinspec_tests --list-test-names-only` with `ctest -N -L runtime`")
endif()
message(STATUS "every runtime test case is a CTest test (${program_count})")
