// EXPECT: connection_field_units_convertible<twinspec_schema_Cell::f_bandwidth, twinspec_schema_CellTwin::f_rsrp, twinspec::units::MHz, twinspec::units::dBm>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::Connection<ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"bandwidth", "rsrp">>>);
