// JSON instances: every class of bad input is reported with its JSON pointer and reason, and
// the target is left unchanged on failure (twinspec/io/json_read.hpp).
#include <twinspec/io.hpp>

#include <array>
#include <cstdint>
#include <string>

#include "io_json_fixture.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_json_fixture;
using twinspec_test::contains;

namespace io_json_errors_test {

/// A valid cell document with `extra` spliced in before the closing brace.
std::string cell_doc(const std::string& extra = {}) {
    return R"({"pci":17,"name":"c1","rsrp":-95.5,"beams":[{"azimuth":0,"tilt":-30}],"position":[1,2,3])" + extra + "}";
}

const io::json_error* find(const io::read_result& r, io::json_errc c) {
    for (const auto& e : r.errors())
        if (e.code == c) return &e;
    return nullptr;
}

// Reading goes through one function for every entity type, which sees the staging object
// only as bytes: a large entity and an over-aligned one check that it commits them whole,
// and only when asked.
TWINSPEC_ENTITY(Trace, ts::meta(),
    (std::string, label, ts::property),
    ((std::array<double, 96>), values, ts::telemetry),
    (std::int32_t, level, ts::property, ts::range(0, 10)));

struct alignas(64) Aligned {
    double x;
};
TWINSPEC_ADAPT(Aligned, ts::meta(), (x, ts::range(0.0, 1.0)));

std::string trace_doc(int level) {
    std::string d = R"({"label":"t","values":[)";
    for (int i = 0; i < 96; ++i) d += (i ? "," : "") + std::to_string(i);
    return d + R"(],"level":)" + std::to_string(level) + "}";
}

}  // namespace io_json_errors_test

using namespace io_json_errors_test;

TEST_CASE("io json: the valid base document reads") {
    Cell c;
    const auto r = io::read_json(cell_doc(), c);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(c.pci == 17);
    CHECK(c.ssbPeriodicity == 20);  // absent: its default
    CHECK(c.state == CellState::active);
}

TEST_CASE("io json: type mismatches name the path and both types") {
    Cell c;
    const auto r = io::read_json(
        R"({"pci":"17","name":5,"rsrp":true,"beams":{},"position":[1,"x",3],"state":1,"label":[1]})", c);
    INFO(r.to_string());
    CHECK(r.has(io::json_errc::type_mismatch, "/pci"));
    CHECK(r.has(io::json_errc::type_mismatch, "/name"));
    CHECK(r.has(io::json_errc::type_mismatch, "/rsrp"));
    CHECK(r.has(io::json_errc::type_mismatch, "/beams"));
    CHECK(r.has(io::json_errc::type_mismatch, "/position/1"));
    CHECK(r.has(io::json_errc::type_mismatch, "/state"));
    CHECK(r.has(io::json_errc::type_mismatch, "/label"));
    CHECK(r.errors()[0].message == "expected an integer, got a string");
    CHECK(r.errors()[2].message == "expected a number, got true");
    CHECK(r.errors().size() == 7);  // the defaults of mismatched fields add no constraint noise

    Numbers n{};
    const auto frac = io::read_json(R"({"i64":1.5,"u64":0,"d":0})", n);
    REQUIRE(frac.errors().size() == 1);
    CHECK(frac.has(io::json_errc::type_mismatch, "/i64"));
    CHECK(frac.errors()[0].message == "expected an integer, got 1.5");

    const auto root = io::read_json("[1,2]", c);
    REQUIRE(root.errors().size() == 1);
    CHECK(root.has(io::json_errc::type_mismatch, ""));
}

TEST_CASE("io json: an optional member reports the JSON types its value type does not take") {
    // each JSON type into std::optional<float> and std::optional<std::string>: the message
    // names the inner type, a container's content is skipped, the members after it are read
    Cell c;
    const auto r = io::read_json(cell_doc(R"(,"prbUtilisation":"high","label":{"a":[1,{"b":true}],"c":null})"), c);
    INFO(r.to_string());
    REQUIRE(r.errors().size() == 2);
    CHECK(r.has(io::json_errc::type_mismatch, "/prbUtilisation"));
    CHECK(r.errors()[0].message == "expected a number, got a string");
    CHECK(r.has(io::json_errc::type_mismatch, "/label"));
    CHECK(r.errors()[1].message == "expected a string, got an object");

    const auto b = io::read_json(cell_doc(R"(,"label":false,"prbUtilisation":[1,2])"), c);
    INFO(b.to_string());
    REQUIRE(b.errors().size() == 2);
    CHECK(b.errors()[0].message == "expected a string, got false");
    CHECK(b.errors()[1].message == "expected a number, got an array");

    // null empties an optional; a value of the right type fills it
    Cell d;
    REQUIRE(io::read_json(cell_doc(R"(,"prbUtilisation":null,"label":"macro")"), d).ok());
    CHECK_FALSE(d.prbUtilisation.has_value());
    REQUIRE(d.label.has_value());
    CHECK(*d.label == "macro");
    // what follows a skipped object is read: the error names only the optional member
    Cell e;
    const auto after = io::read_json(R"({"label":{"x":1},"pci":18,"name":"c2","rsrp":-90,"beams":[],"position":[1,2,3]})", e);
    REQUIRE(after.errors().size() == 1);
    CHECK(after.has(io::json_errc::type_mismatch, "/label"));
}

TEST_CASE("io json: numbers outside the member's type or range") {
    Numbers n{};
    const auto r = io::read_json(
        R"({"i64":9223372036854775808,"u64":-1,"i8":128,"u8":256,"d":1e400,"f":1e39})", n);
    INFO(r.to_string());
    CHECK(r.has(io::json_errc::out_of_range, "/i64"));
    CHECK(r.has(io::json_errc::out_of_range, "/u64"));
    CHECK(r.has(io::json_errc::out_of_range, "/i8"));
    CHECK(r.has(io::json_errc::out_of_range, "/u8"));
    CHECK(r.has(io::json_errc::out_of_range, "/f"));
    CHECK_THAT(r.to_string(), contains("/u8: 256 does not fit the member's integer type (0..255)"));
    CHECK_THAT(r.to_string(), contains("/i8: 128 does not fit the member's integer type (-128..127)"));

    Cell c;
    const auto ranged = io::read_json(
        R"({"pci":2000,"name":"c","rsrp":-20.5,"beams":[{"azimuth":1900,"tilt":0}],"position":[1,2,3]})", c);
    INFO(ranged.to_string());
    REQUIRE(ranged.errors().size() == 3);
    CHECK(ranged.has(io::json_errc::out_of_range, "/pci"));
    CHECK(ranged.has(io::json_errc::out_of_range, "/rsrp"));
    CHECK(ranged.has(io::json_errc::out_of_range, "/beams/0/azimuth"));
    CHECK(ranged.errors()[1].message == "-20.5 dBm is above the maximum -31 dBm");
    CHECK(ranged.errors()[1].rule == ts::rule::above_maximum);
}

TEST_CASE("io json: constraints of annotations are checked while reading") {
    Cell c;
    const auto r = io::read_json(
        cell_doc(R"(,"name":"","ssbPeriodicity":30,"label":"UPPER","beams":[{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0},{"azimuth":0,"tilt":0}])"),
        c);
    INFO(r.to_string());
    // name and beams are also given twice: the duplicates are errors, the first values are checked
    CHECK(r.has(io::json_errc::duplicate_key, "/name"));
    CHECK(r.has(io::json_errc::duplicate_key, "/beams"));
    CHECK(r.has(io::json_errc::constraint, "/ssbPeriodicity"));
    CHECK(r.has(io::json_errc::constraint, "/label"));
    const auto* p = find(r, io::json_errc::constraint);
    REQUIRE(p != nullptr);
    CHECK(p->rule == ts::rule::not_allowed);

    const auto r2 = io::read_json(R"({"pci":1,"name":"","rsrp":-90,"beams":[],"position":[1,2,3],"label":"UP"})", c);
    INFO(r2.to_string());
    REQUIRE(r2.errors().size() == 2);
    CHECK(r2.has(io::json_errc::constraint, "/name"));
    CHECK(r2.errors()[0].rule == ts::rule::too_short);
    CHECK(r2.has(io::json_errc::constraint, "/label"));
    CHECK(r2.errors()[1].rule == ts::rule::pattern_mismatch);
}

TEST_CASE("io json: unknown fields under the error, ignore and keep policies") {
    const std::string doc = cell_doc(R"(,"vendor":{"a":[1,"x\n",{"b":null}],"c":true},"note":"hi","beams2":7)");
    Cell c;
    const auto err = io::read_json(doc, c);
    REQUIRE(err.errors().size() == 3);
    CHECK(err.has(io::json_errc::unknown_field, "/vendor"));
    CHECK(err.has(io::json_errc::unknown_field, "/note"));
    CHECK(err.has(io::json_errc::unknown_field, "/beams2"));
    CHECK(err.errors()[0].message == "entity Cell declares no member \"vendor\"");
    CHECK(err.errors()[0].to_string() == "/vendor: entity Cell declares no member \"vendor\"");
    // a nested entity is named by its own type (here an entity called Sample, not a data::sample)
    const auto nested_err = io::read_json(cell_doc(R"(,"samples":[{"at":"2026-01-01T00:00:00Z","value":1,"q":[]}])"), c);
    REQUIRE(nested_err.errors().size() == 1);
    CHECK(nested_err.errors()[0].to_string() == "/samples/0/q: entity Sample declares no member \"q\"");

    const auto ign = io::read_json(doc, c, {.unknown = io::unknown_fields::ignore});
    CHECK(ign.ok());
    CHECK(ign.unknown_members().empty());

    const auto keep = io::read_json(doc, c, {.unknown = io::unknown_fields::keep});
    REQUIRE(keep.ok());
    REQUIRE(keep.unknown_members().size() == 3);
    CHECK(keep.unknown_members()[0].path == "/vendor");
    CHECK(keep.unknown_members()[0].json == R"({"a":[1,"x\n",{"b":null}],"c":true})");
    CHECK(keep.unknown_members()[1].path == "/note");
    CHECK(keep.unknown_members()[1].json == R"("hi")");
    CHECK(keep.unknown_members()[2].json == "7");

    const auto nested = io::read_json(cell_doc(R"(,"samples":[{"at":"2026-01-01T00:00:00Z","value":1,"q":[]}])"), c,
                                      {.unknown = io::unknown_fields::keep});
    REQUIRE(nested.unknown_members().size() == 1);
    CHECK(nested.unknown_members()[0].path == "/samples/0/q");
    CHECK(nested.unknown_members()[0].json == "[]");
}

TEST_CASE("io json: missing required fields are reported where they belong") {
    Cell c;
    const auto r = io::read_json(R"({"pci":1,"beams":[{"tilt":0}],"position":[1,2,3]})", c);
    INFO(r.to_string());
    REQUIRE(r.errors().size() == 3);
    CHECK(r.has(io::json_errc::missing_field, "/beams/0/azimuth"));
    CHECK(r.has(io::json_errc::missing_field, "/name"));
    CHECK(r.has(io::json_errc::missing_field, "/rsrp"));
    CHECK(r.errors()[1].message == "the required member \"name\" is missing");
}

TEST_CASE("io json: duplicate keys, declared or not") {
    Cell c;
    const auto r = io::read_json(cell_doc(R"(,"pci":18,"x":1,"x":2)"), c, {.unknown = io::unknown_fields::ignore});
    REQUIRE(r.errors().size() == 2);
    CHECK(r.has(io::json_errc::duplicate_key, "/pci"));
    CHECK(r.has(io::json_errc::duplicate_key, "/x"));
    CHECK(r.errors()[0].message == "the member \"pci\" is given more than once");
}

TEST_CASE("io json: malformed JSON gives line and column") {
    Cell c;
    const auto r = io::read_json("{\"pci\": 1,\n  \"name\": tru}", c);
    REQUIRE(r.errors().size() == 1);
    const auto& e = r.errors()[0];
    CHECK(e.code == io::json_errc::malformed);
    CHECK(e.line == 2);
    CHECK(e.column == 11);
    CHECK(e.path == "/name");
    CHECK_THAT(e.to_string(), contains("(line 2, column 11): malformed JSON"));

    for (const char* bad : {"", "{", "{\"pci\":1,}", "{\"pci\":01}", "{\"pci\":1} x", "{'pci':1}", "{\"pci\":1 \"name\":2}"}) {
        INFO(bad);
        const auto rb = io::read_json(bad, c);
        REQUIRE_FALSE(rb.ok());
        CHECK(rb.errors().back().code == io::json_errc::malformed);
        CHECK(rb.errors().back().line >= 1);
    }
    const auto trailing = io::read_json(cell_doc() + "\n\n  ]", c);
    REQUIRE(trailing.errors().size() == 1);
    CHECK(trailing.errors()[0].line == 3);
    CHECK(trailing.errors()[0].column == 3);
}

TEST_CASE("io json: nesting deeper than the limit") {
    Cell c;
    std::string deep = cell_doc(",\"x\":") ;
    deep.pop_back();
    deep += std::string(100, '[') + std::string(100, ']') + "}";
    const auto r = io::read_json(deep, c, {.unknown = io::unknown_fields::ignore});
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors()[0].code == io::json_errc::too_deep);
    CHECK(r.errors()[0].message == "nesting deeper than 64 levels");
    CHECK(r.errors()[0].line == 1);
    const auto shallow = io::read_json(cell_doc(R"(,"x":[[[[]]]])"), c, {.unknown = io::unknown_fields::ignore, .max_depth = 4});
    REQUIRE(shallow.errors().size() == 1);
    CHECK(shallow.errors()[0].code == io::json_errc::too_deep);
}

TEST_CASE("io json: fixed-size arrays need exactly their length") {
    Cell c;
    const auto r = io::read_json(R"({"pci":1,"name":"c","rsrp":-90,"beams":[],"position":[1,2,3,4]})", c);
    CHECK(r.has(io::json_errc::out_of_range, "/position"));
    CHECK_THAT(r.to_string(), contains("an array of 4 elements where exactly 3 belong"));
}

TEST_CASE("io json: the target is unchanged on failure unless asked otherwise") {
    Cell c = ts::make_default<Cell>();
    c.pci = 5;
    c.name = "keep me";
    const std::string bad = R"({"pci":6,"name":"new","rsrp":0,"beams":[],"position":[1,2,3]})";  // rsrp above -31
    const auto r = io::read_json(bad, c);
    REQUIRE_FALSE(r.ok());
    CHECK(c.pci == 5);
    CHECK(c.name == "keep me");
    const auto malformed = io::read_json(R"({"pci":6,"name":"new")", c);
    REQUIRE_FALSE(malformed.ok());
    CHECK(c.name == "keep me");

    const auto committed = io::read_json(bad, c, {.commit_on_error = true});
    REQUIRE_FALSE(committed.ok());
    CHECK(c.pci == 6);
    CHECK(c.name == "new");
    CHECK(c.rsrp == 0.0);
}

TEST_CASE("io json: large and over-aligned entities are committed whole, and only when asked") {
    Trace t{"keep", {}, 1};
    t.values[95] = -1.0;
    const auto bad = io::read_json(trace_doc(11), t);
    REQUIRE(bad.errors().size() == 1);
    CHECK(bad.has(io::json_errc::out_of_range, "/level"));
    CHECK(t.label == "keep");
    CHECK(t.values[95] == -1.0);
    CHECK(t.level == 1);
    REQUIRE_FALSE(io::read_json(R"({"label":"new","values":[1)", t).ok());
    CHECK(t.label == "keep");

    REQUIRE(io::read_json(trace_doc(7), t).ok());
    CHECK(t.label == "t");
    CHECK(t.values[95] == 95.0);
    CHECK(t.level == 7);
    const auto committed = io::read_json(trace_doc(12), t, {.commit_on_error = true});
    REQUIRE_FALSE(committed.ok());
    CHECK(t.level == 12);

    Aligned a{0.5};
    CHECK(io::read_json(R"({"x":2})", a).has(io::json_errc::out_of_range, "/x"));
    CHECK(a.x == 0.5);
    REQUIRE(io::read_json(R"({"x":0.25})", a).ok());
    CHECK(a.x == 0.25);
}

TEST_CASE("io json: reading stops after the error limit") {
    Numbers n{};
    std::string doc = "{";
    for (int i = 0; i < 20; ++i) doc += "\"x" + std::to_string(i) + "\":0,";
    doc += R"("i64":0,"u64":0,"d":0})";
    const auto r = io::read_json(doc, n, {.max_errors = 5});
    REQUIRE(r.errors().size() == 6);
    CHECK(r.errors().back().code == io::json_errc::too_many_errors);
}
