// EXPECT: sub_model_input_is_provided<CoverageModel, twinspec_schema_CoverageIn::f_distance>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
using VE = ts::virtual_spec<Cell, CellTwin, ts::behaviour_model<CoverageModel>>;
auto f(ts::virtual_entity<VE> c) { return std::move(c).assemble(); }
