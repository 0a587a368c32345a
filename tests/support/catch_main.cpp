// The Catch2 2.x main, compiled once into an OBJECT library and linked into twinspec_tests.
// With Catch2 3.x, CMake links Catch2::Catch2WithMain instead and this file is not compiled.
#define CATCH_CONFIG_MAIN
#include "twinspec_catch.hpp"
