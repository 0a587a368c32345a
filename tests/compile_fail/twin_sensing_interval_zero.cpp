// EXPECT: sampling_interval_is_positive_time<Cell, twinspec::fixed_string<[0-9]+>..rsrp.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::sensing<"rsrp", ts::every<0, ms>>>>);
