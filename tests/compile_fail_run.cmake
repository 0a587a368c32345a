# Runs one compile-fail test (see tests/CMakeLists.txt): compiles SRC with the compiler CXX and
# the flags in the response file RSP, and prints the compiler's diagnostics. When the file
# compiles cleanly it also prints MARKER, which the test's FAIL_REGULAR_EXPRESSION catches: a
# compile-fail test passes only when the compiler fails AND its output matches the EXPECT regex.
#
#   cmake -DCXX=<compiler> -DRSP=<flags.rsp> -DSRC=<file.cpp> -DOBJ=<out.o> -DMARKER=<text> -P compile_fail_run.cmake
foreach(var CXX RSP SRC OBJ MARKER)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "compile_fail_run.cmake: -D${var}=... is missing")
    endif()
endforeach()
execute_process(
    COMMAND "${CXX}" "@${RSP}" -c "${SRC}" -o "${OBJ}"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE out)
# Printed with execute_process + echo rather than message(), which would wrap and indent it.
execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${out}")
if(rc EQUAL 0)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${MARKER}: ${SRC}")
endif()
