// EXPECT: completeness_lists_connections<CellTwin>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::complete<CellPE, CellTwin>);
