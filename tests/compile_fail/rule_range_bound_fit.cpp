// EXPECT: (twinspec_schema_Cell::f_pci.*a range bound does not fit the member.s type|a range bound does not fit the member.s type.*twinspec_schema_Cell::f_pci)
// Compile-fail test: range(0, 1007) on a std::uint8_t member: 1007 does not fit.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::uint8_t, pci, ts::range(0, 1007)));
