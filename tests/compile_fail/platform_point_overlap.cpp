// EXPECT: (two points read overlapping Modbus registers.*point_addresses_overlap<Cell, [^']*rsrp[^']*pci|point_addresses_overlap<Cell, [^']*rsrp[^']*pci.*two points read overlapping Modbus registers)
// Compile-fail test: rsrp occupies input registers 10..11 (s32), pci starts at 11.
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
using Map = pf::point_map<Cell, pf::modbus_point<"rsrp", pf::input(1, 10, pf::value_type::s32).scale(1, 10)>,
                          pf::modbus_point<"pci", pf::input(1, 11, pf::value_type::u16)>>;
int main() { return static_cast<int>(Map::size); }
