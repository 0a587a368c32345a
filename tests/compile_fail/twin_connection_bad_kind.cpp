// EXPECT: connection_kind_is_cn_pv_pd_ps_vd_vs_or_sd<EdgeNode>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<EdgeNode, Cell, CellTwin, ts::carries<"rsrp">>>);
