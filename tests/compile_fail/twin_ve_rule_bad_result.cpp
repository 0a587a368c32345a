// EXPECT: rule_model_is_a_callable_from_entity_to_verdict<BadRule>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct BadRule { CoverageOut operator()(const CellTwin&) const { return {}; } };
static_assert(ts::VirtualSpec<ts::virtual_spec<Cell, CellTwin, ts::rule_model<BadRule>>>);
