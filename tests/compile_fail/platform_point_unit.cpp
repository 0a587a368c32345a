// EXPECT: (the point.s unit is not of the field.s quantity kind.*point_unit_incompatible<twinspec_schema_Cell::f_rsrp|point_unit_incompatible<twinspec_schema_Cell::f_rsrp.*the point.s unit is not of the field.s quantity kind)
// Compile-fail test: a point delivering MHz writes a dBm field.
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
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s16), MHz>>;
int main() { return static_cast<int>(Map::size); }
