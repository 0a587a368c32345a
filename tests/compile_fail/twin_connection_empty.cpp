// EXPECT: connection_carries_a_field<Cell, CellTwin>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::every<1, s>>>);
