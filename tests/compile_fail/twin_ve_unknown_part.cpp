// EXPECT: virtual_spec_part_is_known<CoverageModel>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::VirtualSpec<ts::virtual_spec<Cell, CellTwin, CoverageModel>>);
