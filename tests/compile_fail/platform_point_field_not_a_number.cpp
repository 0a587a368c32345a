// EXPECT: (neither a number nor a bool.*point_field_not_a_number<twinspec_schema_Cell::f_name|point_field_not_a_number<twinspec_schema_Cell::f_name.*neither a number nor a bool)
// Compile-fail test: a register point writes a text field.
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
using Map = pf::point_map<Cell, pf::modbus_point<"name", pf::input(1, 10, pf::value_type::u16)>>;
int main() { return static_cast<int>(Map::size); }
