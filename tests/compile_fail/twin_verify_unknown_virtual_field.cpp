// EXPECT: verified_field_of_virtual_state<CellTwin, twinspec::fixed_string<[0-9]+>..pci.
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
auto f(const CellTwin& t, const Cell& c) { return ts::verify(t, c, ts::within<"pci">(1.0)); }
