// The kernel without exceptions: this program is compiled with -fno-exceptions (and
// -fno-rtti) and must validate and report exactly as usual.
#include <twinspec/core.hpp>

#include <cstdint>
#include <cstdio>
#include <string>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:noexcept:Cell;1")),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::string, name, ts::length(1, 8)));

int main() {
    Cell c{17, -90.0, "c1"};
    if (!ts::is_valid(c)) return 1;
    c.rsrp = -20.5;
    c.name = "";
    const auto r = ts::validate(c);
    std::fputs(r.to_string().c_str(), stdout);
    std::puts(r.size() == 2 ? "noexcept ok" : "noexcept FAILED");
    return r.size() == 2 ? 0 : 1;
}
