// EXPECT: (does not fit the field.s type.*point_type_does_not_fit_field<twinspec_schema_Cell::f_pci|point_type_does_not_fit_field<twinspec_schema_Cell::f_pci.*does not fit the field.s type)
// Compile-fail test: a register scaled by 1/10 cannot write the integral field pci.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"pci", pf::holding(1, 0, pf::value_type::u16).scale(1, 10)>>;
int main() { return static_cast<int>(Map::size); }
