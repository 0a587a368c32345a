// EXPECT: (twinspec_schema_Cell::f_pci.*an items limit needs a std::vector or std::array field|an items limit needs a std::vector or std::array field.*twinspec_schema_Cell::f_pci)
// Compile-fail test: an items limit on a scalar.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci, ts::items(1, 4)));
