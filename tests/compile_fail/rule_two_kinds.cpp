// EXPECT: (twinspec_schema_Cell::f_rsrp.*a field has one kind|a field has one kind.*twinspec_schema_Cell::f_rsrp)
// Compile-fail test: a field with two kinds names entity, field and rule.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (double, rsrp, ts::property, ts::telemetry));
