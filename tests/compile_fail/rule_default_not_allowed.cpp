// EXPECT: (twinspec_schema_Cell::f_ssb.*the default value is not among the allowed values|the default value is not among the allowed values.*twinspec_schema_Cell::f_ssb)
// Compile-fail test: a default that one_of does not allow.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, ssb, ts::one_of(5, 10, 20, 40, 80, 160), ts::default_value(30)));
