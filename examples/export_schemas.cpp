// export_schemas — writes the interchange artefacts of the quickstart entities and a small model:
// JSON Schema 2020-12, DTDL v3 Interfaces, AAS V3.0 Environments and JSON instances.
//
//   export_schemas [DIR]     (default: ./export_schemas_out)
//
// `ts::io::export_all(dir, name, model)` is what `mobile_network_twin --export DIR` calls.
#include <twinspec/core.hpp>
#include <twinspec/io/export.hpp>
#include <twinspec/twin.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
namespace io = twinspec::io;
using namespace ts::units;

// The quickstart's entities (docs/guide.md), plus a gNodeB the cells relate to.
TWINSPEC_ENUM(CellState, std::uint8_t, active, sleeping, barred);

TWINSPEC_ENTITY(Beam,
    ts::meta(ts::id("dtmi:example:quickstart:Beam;1"), ts::doc("An SSB beam", "SSB 波束")),
    (std::int16_t, azimuth, ts::property, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt,    ts::property, ts::unit<deci_deg>, ts::range(-900, 900)));

TWINSPEC_ENTITY(GNodeB,
    ts::meta(ts::id("dtmi:example:quickstart:GNodeB;1"), ts::doc("A 5G base station", "5G 基站")),
    (std::uint32_t, gnbId,   ts::property, ts::range(0, 4194303)),
    (double,        txPower, ts::telemetry, ts::unit<W>, ts::range(0.0, 200.0)));

struct Cell;
TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:quickstart:Cell;1"), ts::doc("NR cell", "NR 小区")),
    (std::uint16_t, pci,   ts::property, ts::writable, ts::range(0, 1007),
                           ts::display_name("Physical cell id", "物理小区标识"),
                           ts::semantic("urn:3gpp:ts:28.541:NRCellDU:nRPCI")),
    (std::string,   name,  ts::property, ts::length(1, 32)),
    (CellState,     state, ts::property, ts::default_value(CellState::active)),
    (int,           ssbPeriodicity, ts::property, ts::unit<ms>, ts::one_of(5, 10, 20, 40, 80, 160),
                           ts::default_value(20)),
    (double,        rsrp,  ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::optional<float>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<Beam>, beams, ts::component, ts::items(1, 8)),
    (ts::ref<GNodeB>, servedBy, ts::relationship),
    (std::vector<ts::ref<Cell>>, neighbours, ts::relationship, ts::max_items(32)));

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : "export_schemas_out";

    ts::model<GNodeB, Cell> m;
    const auto g = m.add(GNodeB{17, 40.0}, "gnb-17");
    Cell c = ts::make_default<Cell>();
    c.pci = 17;
    c.name = "gNB-17/cell-1";
    c.rsrp = -95.5;
    c.prbUtilisation = 42.5f;
    c.beams = {{0, -30}, {1200, -30}};
    c.servedBy = g;
    const auto c1 = m.add(c, "cell-17-1");
    c.pci = 18;
    c.name = "gNB-17/cell-2";
    c.neighbours = {c1};
    (void)m.add(c, "cell-17-2");

    const io::export_result r = io::export_all(dir, "QuickstartNetwork", m);
    if (!r.ok()) {
        std::cerr << "export failed: " << r.error << '\n';
        return 1;
    }
    for (const auto& f : r.files) std::cout << "wrote " << f << '\n';

    // A taste of each format, straight from the exporters.
    const io::json_node schema = io::json_schema<Cell>();
    std::cout << "JSON Schema  /properties/rsrp: " << schema["properties"]["rsrp"].dump(0) << '\n';
    const io::json_node iface = io::dtdl_interface<Cell>();
    std::cout << "DTDL         contents[0]: " << iface["contents"].at(0).dump(0) << '\n';
    const io::json_node sm = io::aas_submodel_template<Cell>();
    std::cout << "AAS template rsrp: " << sm["submodelElements"].at(4).dump(0) << '\n';
    std::cout << r.files.size() << " files; export_schemas ok\n";
    return 0;
}
