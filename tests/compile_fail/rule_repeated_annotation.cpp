// EXPECT: (twinspec_schema_Cell::f_pci.*same category is given twice|same category is given twice.*twinspec_schema_Cell::f_pci)
// Compile-fail test: the same annotation category twice on one field.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci, ts::range(0, 1007), ts::maximum(500)));
