// EXPECT: twinspec: lifecycle: retire[(][)] on a virtual entity that is already retired
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(ts::virtual_entity<CellVE> c) { return std::move(c).retire().retire(); }
