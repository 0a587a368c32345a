// EXPECT: twinspec: lifecycle: step[(][)] needs a running virtual entity
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
void f(ts::virtual_entity<CellVE, ts::stage::verified>& v) { (void)v.step(); }
