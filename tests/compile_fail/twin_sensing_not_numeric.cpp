// EXPECT: sensed_field_is_numeric<Cell, twinspec::fixed_string<[0-9]+>..label.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::sensing<"label", ts::every<1, s>>>>);
