// EXPECT: sensed_field_is_telemetry<Cell, twinspec::fixed_string<[0-9]+>..pci.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::PhysicalRole<ts::physical_entity<Cell, ts::sensing<"pci", ts::every<1, s>>>>);
