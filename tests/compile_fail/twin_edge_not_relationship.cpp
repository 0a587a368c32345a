// EXPECT: edge_field_is_a_relationship<Cell, twinspec::fixed_string<[0-9]+>..edgeId.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::edge_via<"edgeId">>>);
