// EXPECT: sensed_field_has_virtual_counterpart<Cell, twinspec::fixed_string<[0-9]+>..(rsrp|sinr).
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
using PD = ts::connection<ts::cn_pd, CellPE, CellTwin, ts::carries<"rsrp", "sinr">>;
static_assert(ts::complete<CellPE, PD>);
