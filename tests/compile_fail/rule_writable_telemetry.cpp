// EXPECT: (twinspec_schema_Cell::f_rsrp.*only a property can be writable|only a property can be writable.*twinspec_schema_Cell::f_rsrp)
// Compile-fail test: writable on telemetry.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (double, rsrp, ts::telemetry, ts::writable));
