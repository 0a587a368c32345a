// EXPECT: connection_end_role_matches_kind<twinspec::cn_tag<twinspec::cn_kind::pv, .P., .V.>, twinspec::virtual_spec<
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, CellVE, Cell, ts::carries<"rsrp">>>);
