// EXPECT: (twinspec_schema_Cell.*the entity.s id is not a valid DTMI|the entity.s id is not a valid DTMI.*twinspec_schema_Cell)
// Compile-fail test: a malformed DTMI (segment starting with a digit, no version).
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:5g:Cell")), (int, pci));
