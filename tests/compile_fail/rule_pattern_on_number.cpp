// EXPECT: (twinspec_schema_Cell::f_pci.*a pattern needs a text field|a pattern needs a text field.*twinspec_schema_Cell::f_pci)
// Compile-fail test: a pattern on an int member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci, ts::pattern<"^[0-9]+$">));
