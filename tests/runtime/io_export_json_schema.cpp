// JSON Schema export: the structure each declaration maps to (the schemas are also compiled and
// used by Ajv in external.json_schema).
#include <twinspec/io/json_schema.hpp>

#include "io_export_model.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_export_model;

namespace {
bool array_has(const io::json_node& a, std::string_view s) {
    for (const auto& e : a.elements())
        if (e.text() == s) return true;
    return false;
}
}  // namespace

TEST_CASE("io export: json schema of an entity - root, ranges, limits, required") {
    const io::json_node s = io::json_schema<Cell>();
    CHECK(s["$schema"].text() == "https://json-schema.org/draft/2020-12/schema");
    CHECK(s["$id"].text() == "urn:twinspec:schema:Cell.schema.json");
    CHECK(s["title"].text() == "Cell");
    CHECK(s["description"].text() == "NR cell");
    CHECK(s["x-zh"]["description"].text() == "NR 小区");
    CHECK(s["x-dtmi"].text() == "dtmi:example:io:Cell;1");
    CHECK(s["unevaluatedProperties"].text() == "false");
    const auto& p = s["properties"];
    // a ranged double: minimum/maximum, the unit as an annotation
    CHECK(p["rsrp"]["type"].text() == "number");
    CHECK(p["rsrp"]["minimum"].text() == "-156");
    CHECK(p["rsrp"]["maximum"].text() == "-31");
    CHECK(p["rsrp"]["x-unit"]["symbol"].text() == "dBm");
    CHECK(p["rsrp"]["x-kind"].text() == "telemetry");
    // an integer: its range; an unranged integer: the limits of its type
    CHECK(p["pci"]["type"].text() == "integer");
    CHECK(p["pci"]["maximum"].text() == "1007");
    CHECK(p["pci"]["title"].text() == "Physical cell id");
    CHECK(p["pci"]["x-zh"]["title"].text() == "物理小区标识");
    CHECK(p["pci"]["x-writable"].text() == "true");
    CHECK(p["pci"]["x-semantic"].at(1).text() == "0173-1#02-AAO677#002");
    CHECK(p["ssbPeriodicity"]["minimum"].text() == "-2147483648");
    CHECK(p["ssbPeriodicity"]["enum"].size() == 6);
    CHECK(p["ssbPeriodicity"]["enum"].at(5).text() == "160");
    CHECK(p["ssbPeriodicity"]["default"].text() == "20");
    CHECK(p["ssbPeriodicity"]["x-unit"]["ucum"].text() == "ms");
    // text limits and patterns
    CHECK(p["name"]["minLength"].text() == "1");
    CHECK(p["name"]["maxLength"].text() == "32");
    CHECK(p["label"]["pattern"].text() == "^[a-z]+$");
    // an enum by name, in $defs
    CHECK(p["state"]["$ref"].text() == "#/$defs/CellState");
    CHECK(p["state"]["default"].text() == "active");
    CHECK(s["$defs"]["CellState"]["enum"].at(2).text() == "barred");
    // a vector of nested entities: items, limits, the nested entity closed where used
    CHECK(p["beams"]["type"].text() == "array");
    CHECK(p["beams"]["minItems"].text() == "1");
    CHECK(p["beams"]["maxItems"].text() == "8");
    CHECK(p["beams"]["items"]["$ref"].text() == "#/$defs/Beam");
    CHECK(p["beams"]["items"]["unevaluatedProperties"].text() == "false");
    CHECK(s["$defs"]["Beam"]["properties"]["azimuth"]["minimum"].text() == "-1800");
    // std::array: exactly N items; element annotations apply to each element
    CHECK(p["position"]["minItems"].text() == "3");
    CHECK(p["position"]["maxItems"].text() == "3");
    CHECK(p["rsrpHistory"]["items"]["maximum"].text() == "-31");
    CHECK(p["rsrpHistory"]["maxItems"].text() == "16");
    CHECK_FALSE(p["rsrpHistory"].contains("minItems"));
    // relationships: the target's external id, null for the null handle
    CHECK(p["servedBy"]["type"].at(0).text() == "string");
    CHECK(p["servedBy"]["type"].at(1).text() == "null");
    CHECK(p["servedBy"]["x-target"].text() == "GNodeB");
    CHECK(p["neighbours"]["items"]["type"].text() == "string");
    CHECK(p["neighbours"]["maxItems"].text() == "32");
    // required: plain members; not optionals, optional_field, or handles
    const auto& req = s["required"];
    CHECK(array_has(req, "pci"));
    CHECK(array_has(req, "beams"));
    CHECK_FALSE(array_has(req, "prbUtilisation"));
    CHECK_FALSE(array_has(req, "label"));
    CHECK_FALSE(array_has(req, "enabled"));
    CHECK_FALSE(array_has(req, "servedBy"));
}

TEST_CASE("io export: json schema - time points, durations, 64-bit limits, maps, components") {
    const io::json_node g = io::json_schema<GNodeB>();
    const auto& p = g["properties"];
    CHECK(p["commissioned"]["type"].text() == "string");
    CHECK(p["commissioned"]["format"].text() == "date-time");
    CHECK(p["uptime"]["type"].text() == "integer");
    CHECK(p["packets"]["maximum"].text() == "18446744073709551615");
    CHECK(p["antenna"]["$ref"].text() == "#/$defs/Antenna");
    CHECK(g["$defs"]["Antenna"]["properties"]["height"]["minimum"].text() == "0");
    CHECK_FALSE(g["$defs"]["Antenna"]["properties"]["height"].contains("maximum"));
    CHECK(p["gnbId"]["minimum"].text() == "0");
    CHECK(p["gnbId"]["maximum"].text() == "4194303");
    const io::json_node inv = io::json_schema<Inventory>();
    CHECK(inv["properties"]["counters"]["type"].text() == "object");
    CHECK(inv["properties"]["counters"]["additionalProperties"]["type"].text() == "number");
}

TEST_CASE("io export: json schema - options, model document, deterministic text") {
    io::json_schema_options opt;
    opt.null_for_empty_optional = true;
    opt.base_uri = "https://example.org/schemas/";
    const io::json_node s = io::json_schema<Cell>(opt);
    CHECK(s["$id"].text() == "https://example.org/schemas/Cell.schema.json");
    const auto& any = s["properties"]["prbUtilisation"]["anyOf"];
    REQUIRE(any.size() == 2);
    CHECK(any.at(0)["maximum"].text() == "100");
    CHECK(any.at(1)["type"].text() == "null");

    const io::json_node m = io::json_schema_model_for<network>("Network");
    CHECK(m["title"].text() == "Network");
    CHECK(m["properties"]["Cell"]["items"]["$ref"].text() == "#/$defs/Cell");
    CHECK(m["properties"]["Cell"]["items"]["properties"]["$id"]["type"].text() == "string");
    CHECK(m["required"].size() == 2);
    CHECK(m["$defs"].contains("Beam"));
    CHECK(m["$defs"].contains("GNodeB"));

    const std::string a = io::json_schema<Cell>().dump();
    CHECK(a == io::json_schema<Cell>().dump());
    CHECK_THAT(a, twinspec_test::starts_with("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"));
    CHECK(io::json_schema<Cell>().dump(0).find('\n') == std::string::npos);
}

TEST_CASE("io export: json document - escapes and numbers") {
    io::json_node n = io::json_node::object();
    n.set("s", "a\"b\\c\n\x01/é");
    n.set("d", io::json_node::number(0.1));
    n.set("f", io::json_node::number(2.5f));
    n.set("i", io::json_node::number(std::int64_t{-9223372036854775807LL - 1}));
    n.set("nan", io::json_node::number(std::numeric_limits<double>::quiet_NaN()));
    n.set("s", "replaced");  // same key: replaced in place
    n.set_if_not_empty("empty", io::json_node::array());
    CHECK(n.dump(0) == R"({"s":"replaced","d":0.1,"f":2.5,"i":-9223372036854775808,"nan":null})");
    io::json_node e = io::json_node::object();
    e.set("t", "a\"b\\c\n\x01/é");
    CHECK(e.dump(0) == "{\"t\":\"a\\\"b\\\\c\\n\\u0001/é\"}");
    CHECK(n["missing"].is_null());
    CHECK(n.at(99).is_null());
}
