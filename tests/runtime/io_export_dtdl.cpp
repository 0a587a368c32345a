// DTDL v3 export: the structure each declaration maps to (the sets are also parsed by DTDLParser
// and @azure/dtdl-parser in external.dtdl).
#include <twinspec/io/dtdl.hpp>

#include "io_export_model.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_export_model;

namespace {
const io::json_node& content(const io::json_node& iface, std::string_view name) {
    for (const auto& c : iface["contents"].elements())
        if (c["name"].text() == name) return c;
    static const io::json_node none;
    return none;
}
}  // namespace

TEST_CASE("io export: dtdl interface - contexts, id, language maps") {
    const io::json_node i = io::dtdl_interface<Cell>();
    CHECK(i["@context"].at(0).text() == "dtmi:dtdl:context;3");
    CHECK(i["@context"].at(1).text() == "dtmi:dtdl:extension:quantitativeTypes;1");
    CHECK(i["@id"].text() == "dtmi:example:io:Cell;1");
    CHECK(i["@type"].text() == "Interface");
    CHECK(i["description"]["en"].text() == "NR cell");
    CHECK(i["description"]["zh"].text() == "NR 小区");
    CHECK(i["displayName"]["en"].text() == "Cell");
    CHECK(i["contents"].size() == twinspec::field_count_v<Cell>);
}

TEST_CASE("io export: dtdl contents - property, telemetry, semantic types, units") {
    const io::json_node i = io::dtdl_interface<Cell>();
    const auto& pci = content(i, "pci");
    CHECK(pci["@type"].text() == "Property");
    CHECK(pci["writable"].text() == "true");
    CHECK(pci["schema"].text() == "integer");
    CHECK(pci["displayName"]["zh"].text() == "物理小区标识");
    CHECK_THAT(pci["comment"].text(), twinspec_test::contains("range 0 .. 1007"));
    CHECK_THAT(pci["comment"].text(), twinspec_test::contains("semantic urn:3gpp:ts:28.541:NRCellDU:nRPCI"));
    CHECK_FALSE(content(i, "name").contains("writable"));
    // dBm has no DTDL unit: plain Telemetry, the unit in the comment
    const auto& rsrp = content(i, "rsrp");
    CHECK(rsrp["@type"].text() == "Telemetry");
    CHECK_FALSE(rsrp.contains("unit"));
    CHECK_THAT(rsrp["comment"].text(), twinspec_test::contains("unit dBm"));
    // ms: TimeSpan / millisecond
    const auto& ssb = content(i, "ssbPeriodicity");
    CHECK(ssb["@type"].at(0).text() == "Property");
    CHECK(ssb["@type"].at(1).text() == "TimeSpan");
    CHECK(ssb["unit"].text() == "millisecond");
    CHECK_THAT(ssb["comment"].text(), twinspec_test::contains("one of 5, 10, 20, 40, 80, 160"));
    // a sequence of numbers with a unit: no semantic type (it needs a numeric schema)
    const auto& pos = content(i, "position");
    CHECK(pos["@type"].text() == "Property");
    CHECK(pos["schema"]["@type"].text() == "Array");
    CHECK(pos["schema"]["elementSchema"].text() == "double");
    // enum schema by name
    const auto& state = content(i, "state");
    CHECK(state["schema"]["@type"].text() == "Enum");
    CHECK(state["schema"]["valueSchema"].text() == "string");
    CHECK(state["schema"]["enumValues"].at(1)["name"].text() == "sleeping");
    CHECK(state["schema"]["enumValues"].at(1)["enumValue"].text() == "sleeping");
    // optional float: its schema
    CHECK(content(i, "prbUtilisation")["schema"].text() == "float");
}

TEST_CASE("io export: dtdl contents - relationships, components, commands, object and map schemas") {
    const io::json_node c = io::dtdl_interface<Cell>();
    const auto& served = content(c, "servedBy");
    CHECK(served["@type"].text() == "Relationship");
    CHECK(served["target"].text() == "dtmi:example:io:GNodeB;1");
    CHECK(served["maxMultiplicity"].text() == "1");
    const auto& nb = content(c, "neighbours");
    CHECK(nb["target"].text() == "dtmi:example:io:Cell;1");
    CHECK(nb["maxMultiplicity"].text() == "32");
    // a repeated component: a Property whose schema is an Array of Object
    const auto& beams = content(c, "beams");
    CHECK(beams["@type"].text() == "Property");
    CHECK(beams["schema"]["elementSchema"]["@type"].text() == "Object");
    CHECK(beams["schema"]["elementSchema"]["fields"].at(0)["name"].text() == "azimuth");

    const io::json_node g = io::dtdl_interface<GNodeB>();
    CHECK(g["displayName"]["zh"].text() == "基站");
    const auto& ant = content(g, "antenna");
    CHECK(ant["@type"].text() == "Component");
    CHECK(ant["schema"].text() == "dtmi:twinspec:generated:Antenna;1");  // Antenna declares no id
    const auto& tilt = content(g, "tilt");
    CHECK(tilt["@type"].text() == "Command");
    CHECK(tilt["request"]["name"].text() == "tilt");
    CHECK(tilt["request"]["schema"].text() == "double");
    const auto& tx = content(g, "txPower");
    CHECK(tx["@type"].at(1).text() == "Power");
    CHECK(tx["unit"].text() == "watt");
    CHECK(content(g, "commissioned")["schema"].text() == "dateTime");
    CHECK(content(g, "uptime")["schema"].text() == "long");
    CHECK(content(g, "packets")["schema"].text() == "long");
    CHECK_THAT(content(g, "packets")["comment"].text(), twinspec_test::contains("unsigned 64-bit"));
    CHECK(content(g, "gnbId")["schema"].text() == "long");  // uint32 does not fit DTDL integer

    const io::json_node inv = io::dtdl_interface<Inventory>(io::dtdl_options{"dtmi:example:gen"});
    CHECK(inv["@id"].text() == "dtmi:example:gen:Inventory;1");
    const auto& counters = content(inv, "counters");
    CHECK(counters["schema"]["@type"].text() == "Map");
    CHECK(counters["schema"]["mapKey"]["schema"].text() == "string");
    CHECK(counters["schema"]["mapValue"]["schema"].text() == "double");
}

TEST_CASE("io export: dtdl model set - component interfaces come along, once") {
    const io::json_node set = io::dtdl_interfaces<GNodeB, Cell>();
    REQUIRE(set.size() == 3);
    CHECK(set.at(0)["@id"].text() == "dtmi:twinspec:generated:Antenna;1");
    CHECK(set.at(1)["@id"].text() == "dtmi:example:io:GNodeB;1");
    CHECK(set.at(2)["@id"].text() == "dtmi:example:io:Cell;1");
    CHECK(io::dtdl_interfaces<GNodeB, GNodeB>().size() == 2);
    STATIC_REQUIRE(io::is_dtdl_name("rsrp_dBm"));
    STATIC_REQUIRE(!io::is_dtdl_name("rsrp_"));
    STATIC_REQUIRE(!io::is_dtdl_name("1st"));
    STATIC_REQUIRE(!io::is_dtdl_name("a-b"));
}
