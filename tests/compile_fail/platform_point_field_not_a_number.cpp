// EXPECT: (neither a number nor a bool.*point_field_not_a_number<twinspec_schema_Cell::f_name|point_field_not_a_number<twinspec_schema_Cell::f_name.*neither a number nor a bool)
// Compile-fail test: a register point writes a text field.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"name", pf::input(1, 10, pf::value_type::u16)>>;
int main() { return static_cast<int>(Map::size); }
