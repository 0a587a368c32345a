// EXPECT: (do not cover the field.s range.*register_range_misses_field_range<twinspec_schema_Cell::f_rsrp|register_range_misses_field_range<twinspec_schema_Cell::f_rsrp.*do not cover the field.s range)
// Compile-fail test: an unsigned 16-bit register scaled by 0.1 (0 .. 6553.5) cannot reach -156 .. -31 dBm (an s16 register or an offset of -200 could).
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::u16).scale(1, 10)>>;
int main() { return static_cast<int>(Map::size); }
