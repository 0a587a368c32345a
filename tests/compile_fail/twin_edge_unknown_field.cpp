// EXPECT: edge_field_names_a_field_of<Cell, twinspec::fixed_string<[0-9]+>..edge.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::edge_via<"edge">>>);
