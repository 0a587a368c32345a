// EXPECT: (twinspec_schema_Cell::f_b.*two fields have the same name|two fields have the same name.*twinspec_schema_Cell::f_b)
// Compile-fail test: two fields exported under one name.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, a, ts::name("x")), (int, b, ts::name("x")));
