// EXPECT: verified_fields_are_numbers<twinspec_schema_CellTwin::f_label, twinspec_schema_Cell::f_label>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(const CellTwin& t, const Cell& c) { return ts::verify(t, c, ts::within<"label">(1.0)); }
