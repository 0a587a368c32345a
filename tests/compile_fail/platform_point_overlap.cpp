// EXPECT: (two points read overlapping Modbus registers.*point_addresses_overlap<Cell, [^']*rsrp[^']*pci|point_addresses_overlap<Cell, [^']*rsrp[^']*pci.*two points read overlapping Modbus registers)
// Compile-fail test: rsrp occupies input registers 10..11 (s32), pci starts at 11.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s32).scale(1, 10)>,
                          pf::modbus_point<"pci", pf::input(1, 11, pf::value_type::u16)>>;
int main() { return static_cast<int>(Map::size); }
