// EXPECT: (twinspec_schema_Cell.*entity metadata annotation of the same category is given twice|entity metadata annotation of the same category is given twice.*twinspec_schema_Cell)
// Compile-fail test: two descriptions on one entity.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(ts::doc("a"), ts::doc("b")), (int, pci));
