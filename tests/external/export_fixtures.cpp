// Writes the artefacts the independent validators check (tests/external/*.mjs) into the directory
// given as argument: the export of a small model (JSON Schema, DTDL, AAS, WoT TDs — GNodeB's as
// a physical-entity role with a decision point — JSON instances) and the schemas of an entity with maps. Registered as a CTest fixture (external.export_fixtures).
#include <twinspec/io/export.hpp>
#include <twinspec/twin/physical.hpp>

#include <iostream>

#include "io_export_model.hpp"

int main(int argc, char** argv) {
    namespace io = twinspec::io;
    using namespace io_export_model;
    if (argc != 2) {
        std::cerr << "usage: export_fixtures <dir>\n";
        return 2;
    }
    const auto m = make_network();
    using GNodeBPE = twinspec::physical_entity<GNodeB, twinspec::sensing<"txPower", twinspec::every<1, twinspec::units::s>>,
                                               twinspec::decision<"steerBeam", Beam, Beam>>;
    io::export_result r = io::export_all<GNodeBPE>(argv[1], "Network", m);
    if (!r.ok()) {
        std::cerr << "export failed: " << r.error << '\n';
        return 1;
    }
    io::export_result more = io::export_schemas<Inventory>(argv[1], "InventoryTypes");
    if (!more.ok()) {
        std::cerr << "export failed: " << more.error << '\n';
        return 1;
    }
    std::cout << r.files.size() + more.files.size() << " files written to " << argv[1] << '\n';
    return 0;
}
