// EXPECT: edge_node_is_an_entity<Cell, NotAnEntity>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct NotAnEntity {};
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::edge<NotAnEntity>>>);
