// EXPECT: service_quality_is_valid<twinspec::fixed_string<[0-9]+>..kpi.., twinspec::availability<2, 1> ?>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
struct Fn { CoverageOut operator()(const CellTwin& t) const { return {t.load}; } };
static_assert(ts::Service<ts::service<"kpi", Fn, ts::inputs<CellTwin>, ts::output<CoverageOut>, ts::quality<ts::availability<2, 1>>>>);
