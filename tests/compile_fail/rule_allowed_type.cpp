// EXPECT: (twinspec_schema_Cell::f_mode.*an allowed value does not fit the member.s type|an allowed value does not fit the member.s type.*twinspec_schema_Cell::f_mode)
// Compile-fail test: text allowed values on an int member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, mode, ts::one_of("auto", "manual")));
