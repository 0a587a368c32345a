// EXPECT: connection_target_field_written_once<CellTwin, twinspec::fixed_string<[0-9]+>..rsrp.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::carries<"rsrp">, ts::map<"sinr", "rsrp">>>);
