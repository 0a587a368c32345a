// EXPECT: service_quality_declared_once<twinspec::fixed_string<[0-9]+>..kpi.., twinspec::latency_budget<
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct Fn { CoverageOut operator()(const CellTwin& t) const { return {t.load}; } };
static_assert(ts::Service<ts::service<"kpi", Fn, ts::inputs<CellTwin>, ts::output<CoverageOut>,
                                      ts::quality<ts::latency_budget<5, ms>, ts::latency_budget<1, s>>>>);
