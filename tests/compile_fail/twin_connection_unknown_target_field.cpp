// EXPECT: connection_target_has_field<CellTwin, twinspec::fixed_string<[0-9]+>..rsrpEstimate.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"rsrp", "rsrpEstimate">>>);
