// EXPECT: connection_source_has_field<Cell, twinspec::fixed_string<[0-9]+>..rsrq.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"rsrq", "rsrp">>>);
