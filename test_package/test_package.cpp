// Conan test_package: declare an entity, validate it, print it.
#include <twinspec/twinspec.hpp>

#include <cstdint>
#include <iostream>
#include <string>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:conan:Cell;1")),
    (std::uint16_t, pci,  ts::property, ts::range(0, 1007)),
    (double,        rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::string,   name, ts::property, ts::length(1, 32)));

int main() {
    Cell cell{17, -95.5, "gNB-17/cell-1"};
    std::cout << ts::entity_name_v<Cell> << " (" << ts::entity_id<Cell>() << ")\n";
    ts::for_each_field(cell, [](auto field, const auto& value) {
        std::cout << "  " << field.name << " = " << value << '\n';
    });
    if (!ts::is_valid(cell)) {
        std::cout << "test_package FAILED: a valid cell was rejected\n";
        return 1;
    }
    cell.rsrp = -20.5;
    const auto result = ts::validate(cell);
    std::cout << result.to_string();
    const bool ok = result.size() == 1;
    std::cout << (ok ? "twinspec test_package ok\n" : "test_package FAILED\n");
    return ok ? 0 : 1;
}
