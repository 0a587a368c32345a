// EXPECT: twinspec: transfer<C>.src, dst.: src and dst are not the connection.s ends in a direction it carries
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
using PV = ts::connection<ts::cn_pv, Cell, CellTwin, ts::carries<"rsrp">>;
auto f(const CellTwin& t, Cell& c) { return ts::transfer<PV>(t, c); }
