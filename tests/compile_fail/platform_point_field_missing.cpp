// EXPECT: (a point names a field the entity does not have.*point_field_missing<Cell, [^']*rsrq|point_field_missing<Cell, [^']*rsrq.*a point names a field the entity does not have)
// Compile-fail test: a Modbus point names field "rsrq", which Cell does not have.
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
using Map = pf::point_map<Cell, pf::modbus_point<"rsrq", pf::input(1, 10, pf::value_type::s16)>>;
int main() { return static_cast<int>(Map::size); }
