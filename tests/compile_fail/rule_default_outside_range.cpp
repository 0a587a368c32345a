// EXPECT: (twinspec_schema_Cell::f_ssb.*the default value lies outside the field.s range|the default value lies outside the field.s range.*twinspec_schema_Cell::f_ssb)
// Compile-fail test: a default outside the range.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, ssb, ts::range(5, 160), ts::default_value(200)));
