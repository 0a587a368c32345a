// EXPECT: (two points write one field.*field_written_by_two_points<twinspec_schema_Cell::f_rsrp>|field_written_by_two_points<twinspec_schema_Cell::f_rsrp>.*two points write one field)
// Compile-fail test: a Modbus point and an OPC UA point both write rsrp.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s16).scale(1, 10)>,
                          pf::opcua_point<"rsrp", "ns=2;s=Cell.RSRP", pf::opcua_type::double_>>;
int main() { return static_cast<int>(Map::size); }
