// EXPECT: behaviour_model_is_a_callable_from_entity_to_entity<BadModel>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct BadModel { double operator()(const CoverageIn& in) const { return in.rsrp; } };
static_assert(ts::VirtualSpec<ts::virtual_spec<Cell, CellTwin, ts::behaviour_model<BadModel>>>);
