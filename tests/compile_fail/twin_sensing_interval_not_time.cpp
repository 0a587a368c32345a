// EXPECT: sampling_interval_is_positive_time<Cell, twinspec::fixed_string<[0-9]+>..sinr.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::sensing<"sinr", ts::every<5, m>>>>);
