// EXPECT: twinspec: lifecycle: run[(][)] needs a verified virtual entity
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(ts::virtual_entity<CellVE> c) { return std::move(c).assemble().run(); }
