// WoT Thing Description 1.1 export: the members each declaration maps to (the TDs are also
// validated by the W3C TD playground's validator in external.wot), ids, language maps, actions
// of a physical-entity role, and the option errors.
#include <twinspec/io/export.hpp>
#include <twinspec/io/wot.hpp>
#include <twinspec/twin/physical.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io_export_model.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_export_model;

namespace wot_test {
namespace ts = twinspec;
using namespace ts::units;
TWINSPEC_ENUM(Mode, std::uint8_t, idle, scanning);
TWINSPEC_ENTITY(Pos, ts::meta(), (double, x, ts::unit<m>), (std::optional<double>, z));
TWINSPEC_ENTITY(Probe, ts::meta(ts::display_name("Probe", "探针"), ts::doc("A radio probe", "无线探针")),
    (std::uint8_t, channel, ts::property, ts::writable, ts::range(1, 13), ts::description("Channel", "信道")),
    (Mode, mode, ts::property),
    (double, level, ts::telemetry, ts::unit<dBm>, ts::range(-120.0, 0.0)),
    (std::string, label, ts::length(2, 16)),
    (std::optional<std::int32_t>, offset, ts::property),
    (Pos, pos, ts::component),
    (std::vector<float>, samples, ts::telemetry, ts::items(1, 4)),
    (std::chrono::milliseconds, period, ts::property),
    (double, gain, ts::command, ts::range(0.0, 10.0)));
TWINSPEC_ENTITY(ScanRequest, ts::meta(ts::doc("Start a scan", "开始扫描")),
    (std::uint8_t, from, ts::range(1, 13)), (std::uint8_t, to, ts::range(1, 13)));
TWINSPEC_ENTITY(ScanResponse, ts::meta(), (bool, started), (std::optional<std::string>, reason));
using ProbePE = ts::physical_entity<Probe, ts::sensing<"level", ts::every<1, s>>,
                                    ts::decision<"scan", ScanRequest, ScanResponse>,
                                    ts::decision<"gain", ScanRequest, ScanResponse>>;
}  // namespace wot_test

namespace {
io::json_node td_of_probe(const io::wot_options& opt = {}) {
    io::wot_result r = io::wot_thing<wot_test::Probe>(opt);
    REQUIRE(r.ok());
    return r.value;
}
std::vector<std::string> texts(const io::json_node& a) {
    std::vector<std::string> out;
    if (a.is_string()) out.push_back(a.text());
    for (const auto& e : a.elements()) out.push_back(e.text());
    return out;
}
using strings = std::vector<std::string>;
strings keys(const io::json_node& o) {
    strings out;
    for (std::size_t i = 0; i != o.size(); ++i) out.emplace_back(o.key(i));
    return out;
}
}  // namespace

TEST_CASE("io wot: thing - context, id, base, security, language maps") {
    const io::json_node td = td_of_probe();
    CHECK(td["@context"].at(0).text() == "https://www.w3.org/2022/wot/td/v1.1");
    CHECK(td["@context"].at(1)["@language"].text() == "en");
    CHECK(td["@type"].text() == "Thing");
    CHECK(keys(td) == strings{"@context", "@type", "id", "title", "titles", "description", "descriptions", "base",
                              "securityDefinitions", "security", "properties", "actions"});
    CHECK(td["id"].text() == "urn:twinspec:thing:Probe");
    CHECK(td["title"].text() == "Probe");
    CHECK(td["titles"]["en"].text() == "Probe");
    CHECK(td["titles"]["zh"].text() == "探针");
    CHECK(td["description"].text() == "A radio probe");
    CHECK(td["descriptions"]["zh"].text() == "无线探针");
    CHECK(td["base"].text() == "http://localhost:8080/things/Probe/");
    CHECK(td["securityDefinitions"]["nosec_sc"]["scheme"].text() == "nosec");
    CHECK(td["securityDefinitions"]["nosec_sc"].size() == 1);
    CHECK(td["security"].text() == "nosec_sc");
    // every field but the command is a property, in declaration order
    REQUIRE(td["properties"].size() == twinspec::field_count_v<wot_test::Probe> - 1);
    CHECK(td["properties"].key(0) == "channel");
    CHECK(td["properties"].key(7) == "period");
    CHECK(td["properties"]["channel"]["descriptions"]["zh"].text() == "信道");
    // an entity without a display name: its name as title, no language map
    const io::json_node cell = io::wot_thing<Cell>().value;
    CHECK(cell["title"].text() == "Cell");
    CHECK_FALSE(cell.contains("titles"));
    CHECK(cell["descriptions"]["en"].text() == "NR cell");
    // Chinese texts of fields give maps too
    CHECK(io::wot_thing<GNodeB>().value["properties"]["temperature"]["descriptions"]["zh"].text() == "机柜温度");
    CHECK(cell["properties"]["pci"]["titles"]["zh"].text() == "物理小区标识");
}

TEST_CASE("io wot: properties - data schemas, ranges, units, enums, nested object, array") {
    const io::json_node p = td_of_probe()["properties"];
    const auto& ch = p["channel"];
    CHECK(ch["type"].text() == "integer");
    CHECK(ch["minimum"].text() == "1");
    CHECK(ch["maximum"].text() == "13");
    CHECK(ch["readOnly"].text() == "false");
    CHECK(ch["writeOnly"].text() == "false");
    CHECK(ch["observable"].text() == "false");
    CHECK(ch["forms"].size() == 1);
    CHECK(ch["forms"].at(0)["href"].text() == "properties/channel");
    CHECK(ch["forms"].at(0)["contentType"].text() == "application/json");
    CHECK(texts(ch["forms"].at(0)["op"]) == strings{"readproperty", "writeproperty"});
    const auto& mode = p["mode"];
    CHECK(mode["type"].text() == "string");
    CHECK(texts(mode["enum"]) == strings{"idle", "scanning"});
    CHECK(mode["readOnly"].text() == "true");
    CHECK(texts(mode["forms"].at(0)["op"]) == strings{"readproperty"});
    // telemetry: a read-only observable property
    const auto& level = p["level"];
    CHECK(keys(level) == strings{"type", "minimum", "maximum", "unit", "readOnly", "writeOnly", "observable", "forms"});
    CHECK(keys(level["forms"].at(0)) == strings{"href", "contentType", "op"});
    CHECK(level["type"].text() == "number");
    CHECK(level["minimum"].text() == "-120");
    CHECK(level["maximum"].text() == "0");
    CHECK(level["unit"].text() == "dBm");
    CHECK(level["readOnly"].text() == "true");
    CHECK(level["observable"].text() == "true");
    CHECK(texts(level["forms"].at(0)["op"]) == strings{"readproperty", "observeproperty", "unobserveproperty"});
    const auto& label = p["label"];
    CHECK(label["minLength"].text() == "2");
    CHECK(label["maxLength"].text() == "16");
    // an optional: its value's schema; the integer limits of the type
    CHECK(p["offset"]["type"].text() == "integer");
    CHECK(p["offset"]["minimum"].text() == "-2147483648");
    // a nested entity: object with properties and required (the optional not in it)
    const auto& pos = p["pos"];
    CHECK(keys(pos) == strings{"type", "properties", "required", "readOnly", "writeOnly", "observable", "forms"});
    CHECK(pos["type"].text() == "object");
    CHECK(pos["properties"]["x"]["type"].text() == "number");
    CHECK(pos["properties"]["x"]["unit"].text() == "m");
    CHECK(pos["properties"]["x"]["readOnly"].text() == "false");
    CHECK(texts(pos["required"]) == strings{"x"});
    // an array: items and the item bounds
    const auto& samples = p["samples"];
    CHECK(samples["type"].text() == "array");
    CHECK(samples["items"]["type"].text() == "number");
    CHECK(samples["minItems"].text() == "1");
    CHECK(samples["maxItems"].text() == "4");
    // a duration: its count, the period's unit
    CHECK(p["period"]["type"].text() == "integer");
    CHECK(p["period"]["unit"].text() == "ms");
    // the model entities: enum by one_of, default, pattern, date-time, reference (string or null), fixed array
    const io::json_node cell = io::wot_thing<Cell>().value["properties"];
    CHECK(texts(cell["ssbPeriodicity"]["enum"]) == strings{"5", "10", "20", "40", "80", "160"});
    CHECK(cell["ssbPeriodicity"]["default"].text() == "20");
    CHECK(cell["state"]["default"].text() == "active");
    CHECK(cell["servedBy"]["oneOf"].at(0)["type"].text() == "string");
    CHECK(cell["servedBy"]["oneOf"].at(1)["type"].text() == "null");
    CHECK(cell["neighbours"]["items"]["type"].text() == "string");
    CHECK(cell["neighbours"]["maxItems"].text() == "32");
    CHECK(cell["position"]["minItems"].text() == "3");
    CHECK(cell["position"]["maxItems"].text() == "3");
    CHECK(cell["beams"]["items"]["properties"]["tilt"]["unit"].text() == "0.1°");
    const io::json_node gnb = io::wot_thing<GNodeB>().value["properties"];
    CHECK(gnb["site"]["pattern"].text() == "^[A-Z]{3}[0-9]+$");
    CHECK(gnb["commissioned"]["format"].text() == "date-time");
    CHECK(gnb["packets"]["maximum"].text() == "18446744073709551615");
    const io::json_node inv = io::wot_thing<Inventory>().value["properties"];
    CHECK(inv["counters"]["type"].text() == "object");
    CHECK(inv["counters"]["properties"].is_object());
}

TEST_CASE("io wot: actions - command fields, decision points of a physical-entity role") {
    // the entity alone: its command field is an action whose input is the field's schema
    const io::json_node plain = td_of_probe()["actions"];
    REQUIRE(plain.size() == 1);
    const auto& gain = plain["gain"];
    CHECK(gain["input"]["type"].text() == "number");
    CHECK(gain["input"]["maximum"].text() == "10");
    CHECK_FALSE(gain.contains("output"));
    CHECK(gain["safe"].text() == "false");
    CHECK(gain["idempotent"].text() == "false");
    CHECK(gain["forms"].at(0)["href"].text() == "actions/gain");
    CHECK(gain["forms"].at(0)["op"].text() == "invokeaction");
    // the role: decision points with typed request/response; "gain" replaces the command field's action
    io::wot_result r = io::wot_thing<wot_test::ProbePE>();
    REQUIRE(r.ok());
    const io::json_node& td = r.value;
    CHECK(td["id"].text() == "urn:twinspec:thing:Probe");
    REQUIRE(td["actions"].size() == 2);
    CHECK(td["actions"].key(0) == "scan");
    const auto& scan = td["actions"]["scan"];
    CHECK(scan["description"].text() == "Start a scan");
    CHECK(scan["descriptions"]["zh"].text() == "开始扫描");
    CHECK(scan["input"]["type"].text() == "object");
    CHECK(scan["input"]["title"].text() == "ScanRequest");
    CHECK(scan["input"]["properties"]["from"]["maximum"].text() == "13");
    CHECK(texts(scan["input"]["required"]) == strings{"from", "to"});
    CHECK(scan["output"]["title"].text() == "ScanResponse");
    CHECK(scan["output"]["properties"]["started"]["type"].text() == "boolean");
    CHECK(texts(scan["output"]["required"]) == strings{"started"});
    CHECK(scan["forms"].at(0)["href"].text() == "actions/scan");
    CHECK(td["actions"]["gain"]["input"]["title"].text() == "ScanRequest");
    // the properties are the entity's
    CHECK(td["properties"].dump() == td_of_probe()["properties"].dump());
    // a set: in order
    io::wot_result set = io::wot_things<Cell, wot_test::ProbePE>();
    REQUIRE(set.ok());
    REQUIRE(set.value.size() == 2);
    CHECK(set.value.at(0)["id"].text() == "urn:twinspec:thing:Cell");
    CHECK(set.value.at(1)["actions"].size() == 2);
}

TEST_CASE("io wot: options - id prefix, base, security, implicit defaults") {
    io::wot_options opt;
    opt.id_prefix = "urn:example-org:twins/";
    opt.base = "https://twins.example.org/api/";
    opt.security_name = "basic_sc";
    opt.security_scheme = "basic";
    const io::json_node td = td_of_probe(opt);
    CHECK(td["id"].text() == "urn:example-org:twins/Probe");
    CHECK(td["base"].text() == "https://twins.example.org/api/Probe/");
    CHECK(td["securityDefinitions"]["basic_sc"]["scheme"].text() == "basic");
    CHECK(td["securityDefinitions"]["basic_sc"]["in"].text() == "header");
    CHECK(td["security"].text() == "basic_sc");
    opt.security_scheme = "bearer";
    CHECK(td_of_probe(opt)["securityDefinitions"]["basic_sc"]["format"].text() == "jwt");
    // without explicit defaults: only what is not a TD default
    io::wot_options lean;
    lean.explicit_defaults = false;
    const io::json_node p = td_of_probe(lean)["properties"];
    CHECK_FALSE(p["channel"].contains("readOnly"));
    CHECK_FALSE(p["channel"].contains("writeOnly"));
    CHECK_FALSE(p["channel"].contains("observable"));
    CHECK_FALSE(p["channel"]["forms"].at(0).contains("contentType"));
    CHECK(p["mode"]["readOnly"].text() == "true");
    CHECK(p["level"]["observable"].text() == "true");
    CHECK_FALSE(p["pos"]["properties"]["x"].contains("readOnly"));
    CHECK_FALSE(td_of_probe(lean)["actions"]["gain"].contains("safe"));
    // names outside RFC 3986 unreserved are percent-encoded in hrefs
    CHECK(io::detail::uri_segment("a b/ü") == "a%20b%2F%C3%BC");
}

TEST_CASE("io wot: options that break a rule - error values naming the option") {
    auto fails = [](io::wot_options opt, std::string_view path, std::string_view part) {
        io::wot_result r = io::wot_thing<wot_test::Probe>(opt);
        CHECK_FALSE(r.ok());
        CHECK(r.error_path == path);
        CHECK_THAT(r.error, twinspec_test::contains(std::string(part)));
        CHECK(r.value.is_null());
    };
    io::wot_options o;
    o.id_prefix = "urn:twinspec thing:";  // a space
    fails(o, "/id", "is not a URN prefix");
    o.id_prefix = "http://example.org/";  // not a URN
    fails(o, "/id", "is not a URN prefix");
    o.id_prefix = "urn:x:";  // a one-letter NID
    fails(o, "/id", "2-32 letters");
    o.id_prefix = "urn:ok:50%zz";  // a bad escape
    fails(o, "/id", "%HH");
    o = {};
    o.base = "localhost/things/";  // no scheme
    fails(o, "/base", "not an absolute URI");
    o.base = "http://localhost:8080/things";  // no trailing '/'
    fails(o, "/base", "ending with '/'");
    o.base = "http://local host/";
    fails(o, "/base", "without spaces");
    o = {};
    o.security_scheme = "oauth3";
    fails(o, "/securityDefinitions/nosec_sc/scheme", "not one of nosec");
    o = {};
    o.security_name = "";
    fails(o, "/securityDefinitions", "security_name is empty");
    // the checks themselves
    STATIC_REQUIRE(io::is_urn_prefix("urn:twinspec:thing:"));
    STATIC_REQUIRE(io::is_urn_prefix("URN:a-b:%41x"));
    STATIC_REQUIRE_FALSE(io::is_urn_prefix("urn:-ab:"));
    STATIC_REQUIRE_FALSE(io::is_urn_prefix("urn:ab"));
    STATIC_REQUIRE_FALSE(io::is_urn_prefix("urn:ab:%4"));
    STATIC_REQUIRE(io::is_wot_base("coap://[::1]:5683/"));
    STATIC_REQUIRE_FALSE(io::is_wot_base("1http://x/"));
    STATIC_REQUIRE_FALSE(io::is_wot_base("http:{x}/"));
    // a set stops at the first error
    io::wot_result set = io::wot_things<Cell, GNodeB>(o);
    CHECK_FALSE(set.ok());
    CHECK(set.value.is_null());
}

TEST_CASE("io wot: export_all writes wot/<Entity>.td.json, a role's TD when given") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "twinspec_io_wot_export";
    fs::remove_all(dir);
    const auto m = make_network();
    io::export_result r = io::export_all(dir, "Network", m);
    REQUIRE(r.ok());
    auto read = [](const fs::path& p) {
        std::ifstream in(p);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    CHECK(read(dir / "wot" / "Cell.td.json") == io::wot_thing<Cell>().value.dump(2) + "\n");
    CHECK(read(dir / "wot" / "GNodeB.td.json") == io::wot_thing<GNodeB>().value.dump(2) + "\n");
    CHECK(fs::exists(dir / "jsonschema" / "Cell.schema.json"));
    CHECK(fs::exists(dir / "instances" / "Network.json"));
    // with a role of one of the model's types
    using GnbPE = twinspec::physical_entity<GNodeB, twinspec::decision<"restart", Beam, Beam>>;
    io::export_result with_role = io::export_all<GnbPE>(dir, "Network", m);
    REQUIRE(with_role.ok());
    CHECK(with_role.files.size() == r.files.size());
    CHECK(read(dir / "wot" / "GNodeB.td.json") == io::wot_thing<GnbPE>().value.dump(2) + "\n");
    CHECK_THAT(read(dir / "wot" / "GNodeB.td.json"), twinspec_test::contains("\"restart\""));
    // a bad option: the error names the option, nothing written for WoT
    fs::remove_all(dir);
    io::export_options bad;
    bad.wot.base = "no-scheme/";
    io::export_result failed = io::export_all(dir, "Network", m, bad);
    CHECK_FALSE(failed.ok());
    CHECK_THAT(failed.error, twinspec_test::contains("wot/base: base \"no-scheme/\" is not an absolute URI"));
    CHECK_FALSE(fs::exists(dir / "wot"));
    fs::remove_all(dir);
}
