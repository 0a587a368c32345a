// EXPECT: virtual_state_is_an_entity<double>
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
static_assert(ts::VirtualSpec<ts::virtual_spec<Cell, double>>);
