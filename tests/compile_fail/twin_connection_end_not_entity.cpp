// EXPECT: connection_end_is_an_entity<int>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, int, ts::carries<"rsrp">>>);
