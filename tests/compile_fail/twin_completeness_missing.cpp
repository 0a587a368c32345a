// EXPECT: sensed_field_has_virtual_counterpart<Cell, twinspec::fixed_string<[0-9]+>..sinr.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
using PV = ts::connection<ts::cn_pv, CellPE, CellTwin, ts::carries<"rsrp">>;
static_assert(ts::complete<CellPE, PV>);
