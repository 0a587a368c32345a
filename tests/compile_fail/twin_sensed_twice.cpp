// EXPECT: field_is_sensed_once<Cell, twinspec::fixed_string<[0-9]+>..rsrp.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::sensing<"rsrp", ts::every<1, s>>, ts::sensing<"rsrp", ts::every<2, s>>>>);
