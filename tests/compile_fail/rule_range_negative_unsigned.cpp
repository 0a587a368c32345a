// EXPECT: (twinspec_schema_Cell::f_tac.*a range bound does not fit the member.s type|a range bound does not fit the member.s type.*twinspec_schema_Cell::f_tac)
// Compile-fail test: a negative bound on an unsigned member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::uint32_t, tac, ts::range(-1, 16777215)));
