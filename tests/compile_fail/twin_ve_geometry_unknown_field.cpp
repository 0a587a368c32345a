// EXPECT: model_field_names_a_field_of_virtual_state<CellTwin, twinspec::fixed_string<[0-9]+>..tilt.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::VirtualSpec<ts::virtual_spec<Cell, CellTwin, ts::geometry_model<"azimuth", "tilt">>>);
