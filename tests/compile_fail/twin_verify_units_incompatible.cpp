// EXPECT: verified_field_units_convertible<twinspec_schema_CellTwin::f_rsrp, twinspec_schema_Cell::f_bandwidth, twinspec::units::dBm, twinspec::units::MHz>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(const CellTwin& t, const Cell& c) { return ts::verify(t, c, ts::within<"rsrp", "bandwidth">(1.0)); }
