// EXPECT: (register kind, value type and register count disagree.*modbus_encoding_invalid<twinspec_schema_Cell::f_rsrp|modbus_encoding_invalid<twinspec_schema_Cell::f_rsrp.*register kind, value type and register count disagree)
// Compile-fail test: a 32-bit float point declared with one register.
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
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::f32).registers(1)>>;
int main() { return static_cast<int>(Map::size); }
