// EXPECT: (register kind, value type and register count disagree.*modbus_encoding_invalid<twinspec_schema_Cell::f_rsrp|modbus_encoding_invalid<twinspec_schema_Cell::f_rsrp.*register kind, value type and register count disagree)
// Compile-fail test: a 32-bit float point declared with one register.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::f32).registers(1)>>;
int main() { return static_cast<int>(Map::size); }
