// EXPECT: connection_field_units_convertible<twinspec_schema_Cell::f_rsrp, twinspec_schema_CellTwin::f_load, twinspec::units::dBm, void>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"rsrp", "load">>>);
