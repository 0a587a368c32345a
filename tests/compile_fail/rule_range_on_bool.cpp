// EXPECT: (twinspec_schema_Cell::f_barred.*a range needs a numeric field|a range needs a numeric field.*twinspec_schema_Cell::f_barred)
// Compile-fail test: a range on a bool member (bool is arithmetic in C++, but not a number here).
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (bool, barred, ts::range(0, 1)));
