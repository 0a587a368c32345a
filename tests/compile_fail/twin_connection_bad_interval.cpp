// EXPECT: connection_sampling_interval_is_positive_time<Cell, CellTwin>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::carries<"rsrp">, ts::every<-5, s>>>);
