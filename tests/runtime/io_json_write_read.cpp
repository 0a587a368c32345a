// JSON instances: writing and reading round trips — numbers, text, enums, optionals, time
// points, nested entities (twinspec/io/json_write.hpp, json_read.hpp).
#include <twinspec/io.hpp>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include "io_json_fixture.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_json_fixture;
using twinspec_test::contains;

namespace io_json_write_read_test {

Cell sample_cell() {
    Cell c = ts::make_default<Cell>();
    c.pci = 17;
    c.name = "gNB-17/cell-1";
    c.rsrp = -95.5;
    c.prbUtilisation = 42.5f;
    c.beams = {{0, -30}, {1200, -30}};
    c.position = {116.397, 39.909, -0.0};
    c.samples = {{std::chrono::sys_time<std::chrono::nanoseconds>(std::chrono::nanoseconds(1763859723123456789)), 0.1}};
    c.label = "macro";
    c.period = std::chrono::milliseconds(250);
    c.enabled = true;
    return c;
}

bool same(const Cell& a, const Cell& b) {
    if (a.beams.size() != b.beams.size() || a.samples.size() != b.samples.size()) return false;
    for (std::size_t i = 0; i != a.beams.size(); ++i)
        if (a.beams[i].azimuth != b.beams[i].azimuth || a.beams[i].tilt != b.beams[i].tilt) return false;
    for (std::size_t i = 0; i != a.samples.size(); ++i)
        if (a.samples[i].at != b.samples[i].at || a.samples[i].value != b.samples[i].value) return false;
    return a.pci == b.pci && a.name == b.name && a.state == b.state && a.ssbPeriodicity == b.ssbPeriodicity &&
           a.rsrp == b.rsrp && a.prbUtilisation == b.prbUtilisation && a.position == b.position &&
           std::signbit(a.position[2]) == std::signbit(b.position[2]) && a.label == b.label && a.period == b.period &&
           a.enabled == b.enabled;
}

// Member names that need JSON escapes (a quote, a backslash, a tab, a control character)
// next to plain ones and a non-ASCII one.
TWINSPEC_ENTITY(OddKeys, ts::meta(),
    (int, plain, ts::property),
    (int, quoted, ts::property, ts::name("say \"hi\"\\now")),
    (int, tabbed, ts::property, ts::name("a\tb\x01")),
    (int, wide, ts::property, ts::name("温度")));

}  // namespace io_json_write_read_test

using namespace io_json_write_read_test;

TEST_CASE("io json: a nested entity round-trips, compact and indented") {
    const Cell c = sample_cell();
    const auto j = io::to_json(c);
    REQUIRE(j.ok());
    CHECK(j.text ==
          R"({"pci":17,"name":"gNB-17/cell-1","state":"active","ssbPeriodicity":20,"rsrp":-95.5,"prbUtilisation":42.5,)"
          R"("beams":[{"azimuth":0,"tilt":-30},{"azimuth":1200,"tilt":-30}],"position":[116.397,39.909,-0],)"
          R"("samples":[{"at":"2025-11-23T01:02:03.123456789Z","value":0.1}],"label":"macro","period":250,"enabled":true})");
    Cell back;
    const auto r = io::read_json(j.text, back);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(same(c, back));

    const auto pretty = io::to_json(c, {.indent = 2});
    REQUIRE(pretty.ok());
    CHECK_THAT(pretty.text, contains("{\n  \"pci\": 17,\n  \"name\": \"gNB-17/cell-1\""));
    CHECK_THAT(pretty.text, contains("\"beams\": [\n    {\n      \"azimuth\": 0,"));
    Cell back2;
    REQUIRE(io::read_json(pretty.text, back2).ok());
    CHECK(same(c, back2));

    std::string appended = "prefix";
    REQUIRE(io::write_json(c, appended).ok());
    CHECK(appended == "prefix" + j.text);
}

TEST_CASE("io json: doubles round-trip exactly, including extremes and -0") {
    const double values[] = {5e-324, 1.7976931348623157e308, -0.0, 0.1, 1e21, -2.2250738585072014e-308,
                             123456789.123456789, 1.0 / 3.0, 9007199254740993.0};
    for (double v : values) {
        Numbers n{};
        n.d = v;
        n.ds = {v, -v};
        const auto j = io::to_json(n);
        REQUIRE(j.ok());
        Numbers back{};
        const auto r = io::read_json(j.text, back);
        INFO(j.text << "\n" << r.to_string());
        REQUIRE(r.ok());
        CHECK(back.d == v);
        CHECK(std::signbit(back.d) == std::signbit(v));
        CHECK(back.ds == n.ds);
    }
    Numbers n{};
    n.d = 5e-324;
    n.f = 3.4028235e38f;
    const auto j = io::to_json(n);
    CHECK_THAT(j.text, contains("\"d\":5e-324"));
    CHECK_THAT(j.text, contains("\"f\":3.4028235e+38"));
    n.d = -0.0;
    CHECK_THAT(io::to_json(n).text, contains("\"d\":-0,"));
    // integers and exponents are numbers too, rounded correctly (not by a fast approximation)
    Numbers back{};
    REQUIRE(io::read_json(R"({"i64":0,"u64":0,"d":7,"f":0.1})", back).ok());
    CHECK(back.d == 7.0);
    CHECK(back.f == 0.1f);
    REQUIRE(io::read_json(R"({"i64":0,"u64":0,"d":2.2250738585072011e-308})", back).ok());
    CHECK(back.d == 2.2250738585072011e-308);
    REQUIRE(io::read_json(R"({"i64":0,"u64":0,"d":-0})", back).ok());
    CHECK(std::signbit(back.d));
}

TEST_CASE("io json: 64-bit integers are exact at their limits") {
    Numbers n{};
    n.i64 = std::numeric_limits<std::int64_t>::min();
    n.u64 = std::numeric_limits<std::uint64_t>::max();
    n.i8 = -128;
    n.u8 = 255;
    const auto j = io::to_json(n);
    CHECK_THAT(j.text, contains(R"("i64":-9223372036854775808,"u64":18446744073709551615,"i8":-128,"u8":255)"));
    Numbers back{};
    REQUIRE(io::read_json(j.text, back).ok());
    CHECK(back.i64 == n.i64);
    CHECK(back.u64 == n.u64);
    CHECK(back.i8 == -128);
    CHECK(back.u8 == 255);
    n.i64 = std::numeric_limits<std::int64_t>::max();
    REQUIRE(io::read_json(io::to_json(n).text, back).ok());
    CHECK(back.i64 == std::numeric_limits<std::int64_t>::max());
    // an integral value written as a double is an integer; a fraction is not
    REQUIRE(io::read_json(R"({"i64":2.0,"u64":1e3,"d":0})", back).ok());
    CHECK(back.i64 == 2);
    CHECK(back.u64 == 1000);
}

TEST_CASE("io json: strings with every escape and non-BMP UTF-8 round-trip") {
    Numbers n{};
    static constexpr char lit[] = "q\" b\\ s/ \b\f\n\r\t \x01\x1f\x7f é 中 😀";
    n.text = std::string(lit, sizeof lit - 1);
    const auto j = io::to_json(n);
    REQUIRE(j.ok());
    CHECK_THAT(j.text, contains(R"("text":"q\" b\\ s/ \b\f\n\r\t \u0001\u001f)" "\x7f"));
    CHECK_THAT(j.text, contains("é 中 😀\""));
    Numbers back{};
    REQUIRE(io::read_json(j.text, back).ok());
    CHECK(back.text == n.text);

    const auto ascii = io::to_json(n, {.ascii_only = true});
    CHECK_THAT(ascii.text, contains(R"(\u00e9 \u4e2d \ud83d\ude00")"));
    Numbers back2{};
    REQUIRE(io::read_json(ascii.text, back2).ok());
    CHECK(back2.text == n.text);

    // escapes the writer never produces are read too: \/ and \u in either case
    REQUIRE(io::read_json(R"({"i64":0,"u64":0,"d":0,"text":"\/\u00E9\uD83D\uDE00"})", back).ok());
    CHECK(back.text == "/é😀");
}

TEST_CASE("io json: invalid UTF-8 is rejected when writing and when reading") {
    Numbers n{};
    n.text = "ok \xC3\x28 bad";
    const auto j = io::to_json(n);
    REQUIRE_FALSE(j.ok());
    CHECK(j.error->path == "/text");
    CHECK_THAT(j.error->reason, contains("not valid UTF-8 (first bad byte at offset 3)"));
    for (const char* bad : {"\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80", "\xFF"}) {
        n.text = bad;
        CHECK_FALSE(io::to_json(n).ok());
    }

    Numbers back{};
    const auto r = io::read_json("{\"i64\":0,\n\"text\":\"a\xC3\x28\"}", back);
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors()[0].code == io::json_errc::malformed);
    CHECK(r.errors()[0].line == 2);
}

TEST_CASE("io json: enums are written and read by name") {
    Cell c = sample_cell();
    c.state = CellState::barred;
    const auto j = io::to_json(c);
    CHECK_THAT(j.text, contains(R"("state":"barred")"));
    Cell back;
    REQUIRE(io::read_json(j.text, back).ok());
    CHECK(back.state == CellState::barred);

    c.state = static_cast<CellState>(7);
    const auto bad = io::to_json(c);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error->path == "/state");
    CHECK(bad.error->reason == "7 is not a declared value of enum CellState");
}

TEST_CASE("io json: optionals are omitted or null, and read from both") {
    Cell c = sample_cell();
    c.prbUtilisation.reset();
    c.label.reset();
    const auto omitted = io::to_json(c);
    CHECK_THAT(omitted.text, !contains("prbUtilisation"));
    CHECK_THAT(omitted.text, !contains("label"));
    const auto nulls = io::to_json(c, {.null_for_empty_optional = true});
    CHECK_THAT(nulls.text, contains(R"("prbUtilisation":null)"));
    CHECK_THAT(nulls.text, contains(R"("label":null)"));
    for (const auto* text : {&omitted.text, &nulls.text}) {
        Cell back = sample_cell();
        REQUIRE(io::read_json(*text, back).ok());
        CHECK_FALSE(back.prbUtilisation.has_value());
        CHECK_FALSE(back.label.has_value());
    }
}

TEST_CASE("io json: time points are RFC 3339 in UTC with nanoseconds") {
    using namespace std::chrono;
    Sample s{sys_days{year{2026} / 11 / 23} + hours{1} + minutes{2} + seconds{3}, 1.0};
    CHECK(io::to_json(s).text == R"({"at":"2026-11-23T01:02:03Z","value":1})");
    s.at += nanoseconds{500'000'000};
    CHECK(io::to_json(s).text == R"({"at":"2026-11-23T01:02:03.5Z","value":1})");
    s.at = sys_days{year{1969} / 12 / 31} + hours{23} + minutes{59} + seconds{59} + nanoseconds{1};
    CHECK(io::to_json(s).text == R"({"at":"1969-12-31T23:59:59.000000001Z","value":1})");

    Sample back{};
    REQUIRE(io::read_json(R"({"at":"2026-11-23t09:02:03.25+08:00","value":1})", back).ok());
    CHECK(back.at == sys_days{year{2026} / 11 / 23} + hours{1} + minutes{2} + seconds{3} + milliseconds{250});
    REQUIRE(io::read_json(R"({"at":"1969-12-31T23:59:59.000000001Z","value":1})", back).ok());
    CHECK(back.at == s.at);

    for (const char* bad : {"2026-02-30T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T01:02:03", "2026-11-23 01:02:03Z",
                            "2026-11-23T01:02:60Z", "2026-11-23T01:02:03.Z", "2026-11-23T01:02:03.1234567891Z",
                            "2026-11-23T01:02:03+8:00", "2026-11-23T01:02:03Zjunk"}) {
        const auto r = io::read_json(std::string(R"({"at":")") + bad + R"(","value":1})", back);
        INFO(bad);
        REQUIRE(r.errors().size() == 1);
        CHECK(r.errors()[0].code == io::json_errc::invalid_value);
        CHECK(r.errors()[0].path == "/at");
    }
}

TEST_CASE("io json: durations are their count, NaN and infinity are not written") {
    Cell c = sample_cell();
    c.period = std::chrono::milliseconds(1500);
    CHECK_THAT(io::to_json(c).text, contains(R"("period":1500)"));
    c.rsrp = std::numeric_limits<double>::quiet_NaN();
    auto j = io::to_json(c);
    REQUIRE_FALSE(j.ok());
    CHECK(j.error->path == "/rsrp");
    CHECK_THAT(j.error->reason, contains("not a finite number"));
    c.rsrp = -90.0;
    c.beams.clear();
    c.position[1] = -std::numeric_limits<double>::infinity();
    j = io::to_json(c);
    REQUIRE_FALSE(j.ok());
    CHECK(j.error->path == "/position/1");
}

TEST_CASE("io json: member names that need escapes are escaped, and read back") {
    const OddKeys k{1, 2, 3, 4};
    const auto j = io::to_json(k);
    REQUIRE(j.ok());
    CHECK(j.text == "{\"plain\":1,\"say \\\"hi\\\"\\\\now\":2,\"a\\tb\\u0001\":3,\"温度\":4}");
    OddKeys back{};
    const auto r = io::read_json(j.text, back);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(back.plain == 1);
    CHECK(back.quoted == 2);
    CHECK(back.tabbed == 3);
    CHECK(back.wide == 4);
    CHECK(io::to_json(k, {.indent = 2}).text ==
          "{\n  \"plain\": 1,\n  \"say \\\"hi\\\"\\\\now\": 2,\n  \"a\\tb\\u0001\": 3,\n  \"温度\": 4\n}");
    // ascii_only covers the keys too: 温 is U+6E29, 度 U+5EA6
    const auto ascii = io::to_json(k, {.ascii_only = true});
    CHECK(ascii.text == "{\"plain\":1,\"say \\\"hi\\\"\\\\now\":2,\"a\\tb\\u0001\":3,\"\\u6e29\\u5ea6\":4}");
    OddKeys again{};
    REQUIRE(io::read_json(ascii.text, again).ok());
    CHECK(again.wide == 4);
}

TEST_CASE("io json: short numbers take the parser's value, which is exact there") {
    // The reader keeps Boost.JSON's own double for texts of at most 15 characters without an
    // exponent (detail::parser_double_exact) and parses every other text again. Compare both
    // with std::from_chars (correctly rounded) over random texts on either side of the line.
    std::mt19937_64 rng(20261124);
    std::vector<std::string> texts;
    for (int i = 0; i != 60000; ++i) {
        const int digits = 1 + static_cast<int>(rng() % 18);  // 1 … 18 digits
        std::string t;
        if (rng() % 2 == 0) t += '-';
        const int point = static_cast<int>(rng() % static_cast<std::uint64_t>(digits + 1));  // == digits: no point
        for (int k = 0; k != digits; ++k) {
            if (k == point && k != 0) t += '.';
            t += static_cast<char>('0' + (k == 0 && point != 1 && digits > 1 ? 1 + rng() % 9 : rng() % 10));
        }
        if (point == 0 || point == digits) t += ".5";  // always a fraction: the parser's double event
        if (i % 7 == 0) t += (i % 14 == 0) ? "e-3" : "E+2";
        texts.push_back(std::move(t));
    }
    texts.insert(texts.end(), {"0.1", "-0.0", "0.30000000000001", "9007199254.740993", "1.7976931348623", "4.9406564584124",
                               "123456789012.34", "-99999999999.999", "0.000000000001"});
    std::string doc = R"({"i64":0,"u64":0,"d":0.5,"ds":[)";
    for (std::size_t i = 0; i != texts.size(); ++i) {
        if (i != 0) doc += ',';
        doc += texts[i];
    }
    doc += "]}";
    Numbers back{};
    const auto r = io::read_json(doc, back);
    INFO(r.to_string());
    REQUIRE(r.ok());
    REQUIRE(back.ds.size() == texts.size());
    std::size_t short_ones = 0, wrong = 0;
    for (std::size_t i = 0; i != texts.size(); ++i) {
        double expect = 0;
        const auto& t = texts[i];
        REQUIRE(std::from_chars(t.data(), t.data() + t.size(), expect).ec == std::errc{});
        if (io::detail::parser_double_exact(t)) ++short_ones;
        if (std::memcmp(&expect, &back.ds[i], sizeof expect) != 0) {
            ++wrong;
            UNSCOPED_INFO(t << " read as " << back.ds[i] << ", from_chars " << expect);
        }
    }
    CHECK(short_ones > 20000);  // both paths are exercised
    CHECK(short_ones < texts.size() - 20000);
    CHECK(wrong == 0);
}

TEST_CASE("io json: arrays of numbers stop where the document breaks off") {
    // numbers are staged and handed to the vector at the array's end: a document that breaks
    // off inside the array still leaves what was read, under commit_on_error, as before
    io::json_read_options keep;
    keep.commit_on_error = true;
    Numbers n{};
    const auto r = io::read_json(R"({"i64":0,"u64":0,"d":1,"ds":[1.5,-2.25,1e3,)", n, keep);
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors()[0].code == io::json_errc::malformed);
    CHECK(n.ds == std::vector<double>{1.5, -2.25, 1000.0});
    // without commit_on_error the target is left alone
    Numbers m{};
    m.ds = {7.0};
    CHECK_FALSE(io::read_json(R"({"i64":0,"u64":0,"d":1,"ds":[1.5,2.5)", m).ok());
    CHECK(m.ds == std::vector<double>{7.0});
    // a type error inside the array: the element keeps its value-initialised 0, the rest is read
    Numbers e{};
    const auto bad = io::read_json(R"({"i64":0,"u64":0,"d":1,"ds":[1,"x",3]})", e, keep);
    CHECK(bad.has(io::json_errc::type_mismatch, "/ds/1"));
    CHECK(e.ds == std::vector<double>{1.0, 0.0, 3.0});
    // long arrays grow the staging buffer more than once
    std::string doc = R"({"i64":0,"u64":0,"d":1,"ds":[)";
    for (int i = 0; i != 5000; ++i) doc += std::to_string(i) + (i + 1 == 5000 ? "]}" : ",");
    Numbers big{};
    REQUIRE(io::read_json(doc, big).ok());
    REQUIRE(big.ds.size() == 5000);
    CHECK(big.ds.capacity() == 5000);  // one allocation of the exact size
    CHECK(big.ds[4999] == 4999.0);
}
