// EXPECT: sensing_point_names_a_field_of<Cell, twinspec::fixed_string<[0-9]+>..rsrq.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
[[maybe_unused]] constexpr auto n = ts::physical_entity<Cell, ts::sensing<"rsrq", ts::every<100, ms>>>::sensing_table.size();
