// EXPECT: (twinspec_schema_Cell::f_name.*a range needs a numeric field|a range needs a numeric field.*twinspec_schema_Cell::f_name)
// Compile-fail test: a range on a std::string member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::string, name, ts::range(0, 10)));
