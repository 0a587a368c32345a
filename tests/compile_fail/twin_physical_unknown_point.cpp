// EXPECT: physical_point_is_sensing_decision_or_edge<Cell, EdgeNode>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, EdgeNode>>);
