// EXPECT: (a point names a field the entity does not have.*point_field_missing<Cell, [^']*rsrq|point_field_missing<Cell, [^']*rsrq.*a point names a field the entity does not have)
// Compile-fail test: a Modbus point names field "rsrq", which Cell does not have.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrq", pf::input(1, 10, pf::value_type::s16)>>;
int main() { return static_cast<int>(Map::size); }
