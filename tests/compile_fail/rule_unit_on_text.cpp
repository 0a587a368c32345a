// EXPECT: (twinspec_schema_Cell::f_label.*a unit needs a numeric field|a unit needs a numeric field.*twinspec_schema_Cell::f_label)
// Compile-fail test: a unit on a std::string member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::string, label, ts::unit<dBm>));
