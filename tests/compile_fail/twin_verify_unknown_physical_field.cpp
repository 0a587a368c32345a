// EXPECT: verified_field_of_physical_reading<Cell, twinspec::fixed_string<[0-9]+>..coverage.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(const CellTwin& t, const Cell& c) { return ts::verify(t, c, ts::within<"coverage">(1.0)); }
