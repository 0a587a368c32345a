// EXPECT: decision_point_declared_once<Cell, twinspec::fixed_string<[0-9]+>..setTilt.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::decision<"setTilt", TiltRequest, TiltResponse>,
                                                   ts::decision<"setTilt", TiltRequest, TiltResponse>>>);
