// EXPECT: (two points write one field.*field_written_by_two_points<twinspec_schema_Cell::f_rsrp>|field_written_by_two_points<twinspec_schema_Cell::f_rsrp>.*two points write one field)
// Compile-fail test: a Modbus point and an OPC UA point both write rsrp.
#include <twinspec/platform/point_map.hpp>
#include <twinspec/core/entity.hpp>
#include <cstdint>
#include <string>
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;
TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::string, name),
    (bool, barred));
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s16).scale(1, 10)>,
                          pf::opcua_point<"rsrp", "ns=2;s=Cell.RSRP", pf::opcua_type::double_>>;
int main() { return static_cast<int>(Map::size); }
