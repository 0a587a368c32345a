// A mobile network twin that claims the twin specification and a CCSA standard; the compiler
// checks the claims, and the program prints the conformance report (Markdown, then JSON).
//
//   conformance           Markdown
//   conformance --json    JSON
#include <twinspec/twinspec.hpp>

#include <cstdint>
#include <iostream>
#include <string_view>

namespace ts = twinspec;
using namespace ts::units;

// The physical entity: a cell. It senses (rsrp) and executes decisions (its tilt command).
TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:mndt:Cell;1"), ts::doc("NR cell"),
             ts::conforms_to<"移动网络数字孪生系统技术规范">,       // no number yet: by its title
             ts::conforms_to<"T/CCSA 690-2025", "5.2">),              // by number, one clause
    (std::uint16_t, pci, ts::property, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), ts::provides<"physical_entity.sensing_access">),
    (double, tilt, ts::command, ts::range(-15.0, 15.0), ts::provides<"physical_entity.decision_execution">));

// The virtual entity: the cell's model, described and verified.
TWINSPEC_ENTITY(CellModel,
    ts::meta(ts::doc("Virtual cell"), ts::provides<"virtual_entity.description">),
    (std::uint16_t, pci, ts::property),
    (bool, verified, ts::property, ts::provides<"virtual_entity.verification">));

// Twin data: classified samples.
TWINSPEC_ENTITY(CellSample,
    ts::meta(ts::doc("Classified measurement"), ts::provides<"twin_data.classification">),
    (std::uint16_t, pci, ts::property),
    (std::uint8_t, data_class, ts::property, ts::range(0, 7)));

// Drop CellModel from this list and the compiler states the two missed requirements.
static_assert(ts::standards::conformance_check<Cell, CellModel, CellSample>);

int main(int argc, char** argv) {
    const auto report = ts::standards::conformance_report<Cell, CellModel, CellSample>();
    if (argc > 1 && std::string_view(argv[1]) == "--json") std::cout << report.json() << '\n';
    else std::cout << report.markdown();
    return report.all_met() ? 0 : 1;
}
