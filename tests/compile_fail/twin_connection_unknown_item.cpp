// EXPECT: connection_item_is_carries_map_every_or_bidirectional<Cell, CellTwin, EdgeNode>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::carries<"rsrp">, EdgeNode>>);
