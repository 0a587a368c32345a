// EXPECT: connection_field_types_compatible<twinspec_schema_Cell::f_label, twinspec_schema_CellTwin::f_coverage>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"label", "coverage">>>);
