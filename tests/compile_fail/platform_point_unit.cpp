// EXPECT: (the point.s unit is not of the field.s quantity kind.*point_unit_incompatible<twinspec_schema_Cell::f_rsrp|point_unit_incompatible<twinspec_schema_Cell::f_rsrp.*the point.s unit is not of the field.s quantity kind)
// Compile-fail test: a point delivering MHz writes a dBm field.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s16), MHz>>;
int main() { return static_cast<int>(Map::size); }
