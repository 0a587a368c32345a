// EXPECT: sub_model_output_matches_state_field_type<LabelModel, twinspec_schema_LabelOut::f_label>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
TWINSPEC_ENTITY(LabelOut, ts::meta(), (int, label));
struct LabelModel { LabelOut operator()(const CellTwin&) const { return {}; } };
static_assert(ts::assembly_ok<ts::virtual_spec<Cell, CellTwin, ts::behaviour_model<LabelModel>>>);
