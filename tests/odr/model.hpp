// ODR test model: one entity and one enum, included by several translation units.
#pragma once
#include <twinspec/twinspec.hpp>

#include <cstdint>
#include <string>

namespace odr_test {
namespace ts = twinspec;
TWINSPEC_ENUM(Mode, std::uint8_t, idle, active);
TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:odr:Cell;1")),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<ts::units::dBm>, ts::range(-156.0, -31.0)),
    (std::string, code, ts::pattern<"^[A-Z]+$">),
    (Mode, mode));

struct addresses {
    const void* validate;
    const void* annotations;
    const void* enum_info;
    std::size_t violations;
};
}  // namespace odr_test
