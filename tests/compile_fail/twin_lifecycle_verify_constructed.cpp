// EXPECT: twinspec: lifecycle: verify[(][)] needs an assembled virtual entity
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(ts::virtual_entity<CellVE> c, const Cell& r) { return std::move(c).verify(r, ts::tolerances(ts::within<"rsrp">(1.0))); }
