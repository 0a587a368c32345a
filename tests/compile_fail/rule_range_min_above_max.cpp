// EXPECT: (twinspec_schema_Cell::f_rsrp.*the range.s minimum is greater than its maximum|the range.s minimum is greater than its maximum.*twinspec_schema_Cell::f_rsrp)
// Compile-fail test: range(-31, -156): bounds swapped.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (double, rsrp, ts::range(-31.0, -156.0)));
