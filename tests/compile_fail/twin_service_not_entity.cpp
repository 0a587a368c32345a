// EXPECT: service_inputs_and_output_are_entities<twinspec::fixed_string<[0-9]+>..kpi..>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct Fn { double operator()(const CellTwin& t) const { return t.load; } };
static_assert(ts::Service<ts::service<"kpi", Fn, ts::inputs<CellTwin>, ts::output<double>>>);
