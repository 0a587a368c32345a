# Runs one example for CTest: cmake -DEXE=<program> [-DARGS=a|b|c] -P run_example.cmake
# Echoes the program's output; on a non-zero exit or a crash prints "twinspec-example-failed",
# which the test's FAIL_REGULAR_EXPRESSION catches (PASS_REGULAR_EXPRESSION ignores exit codes).
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${EXE}" ${args}
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo_append "${out}")
if(NOT rc STREQUAL "0")
    message(FATAL_ERROR "twinspec-example-failed: ${EXE} exited with '${rc}'")
endif()
