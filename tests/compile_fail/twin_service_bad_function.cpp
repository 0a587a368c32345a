// EXPECT: service_function_takes_the_inputs_and_returns_the_output<twinspec::fixed_string<[0-9]+>..kpi.., WrongFn>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct WrongFn { double operator()(const CellTwin& t) const { return t.load; } };
static_assert(ts::Service<ts::service<"kpi", WrongFn, ts::inputs<CellTwin>, ts::output<CoverageOut>>>);
