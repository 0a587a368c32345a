// Twin data: CSV and JSON Lines round trips (exact doubles and timestamps), bad lines
// reported with their number and reason; versioned schemas.
#include "twinspec_catch.hpp"

#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include <twinspec/core.hpp>
#include <twinspec/data.hpp>
#include <twinspec/data/jsonl.hpp>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace std::chrono_literals;

namespace data_io_test {

const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());

template <class T>
bool same_bits(const std::vector<tsd::sample<T>>& a, const std::vector<tsd::sample<T>>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i != a.size(); ++i) {
        if (std::memcmp(&a[i].value, &b[i].value, sizeof(T)) != 0) return false;
        if (a[i].time != b[i].time || a[i].source() != b[i].source() || a[i].quality != b[i].quality) return false;
    }
    return true;
}

/// Doubles that are hard to round-trip, and timestamps down to the nanosecond.
std::vector<tsd::sample<double>> awkward() {
    std::vector<double> xs{0.0, -0.0, 0.1, -95.5, 1.0 / 3.0, 5e-324, -2.2250738585072014e-308,
                           2.2250738585072009e-308, 1.7976931348623157e308, -1e-300, 123456789012345678.0};
    std::mt19937_64 rng(42);
    for (int i = 0; i != 200; ++i) {
        std::uint64_t bits = rng();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        if (d == d && d - d == 0.0) xs.push_back(d);
    }
    std::vector<tsd::sample<double>> v;
    std::int64_t ns = -1'000'000'000'123;  // before 1970 too
    for (std::size_t i = 0; i != xs.size(); ++i) {
        tsd::quality q = i % 7 == 0 ? tsd::quality::bad(tsd::reason::above_maximum)
                         : i % 5 == 0 ? tsd::quality::uncertain(static_cast<tsd::reason>(200))
                                      : tsd::quality::good();
        v.push_back(tsd::sample<double>{xs[i], tsd::timestamp(tsd::duration(ns)), static_cast<std::uint32_t>(i * 4099),
                                        static_cast<std::uint16_t>(i), q});
        ns += 1'234'567'891'011 + static_cast<std::int64_t>(i);
    }
    v.push_back(tsd::make_sample(std::numeric_limits<double>::infinity(), t0));
    v.push_back(tsd::make_sample(-std::numeric_limits<double>::infinity(), t0 + 1ns));
    v.push_back(tsd::make_sample(std::numeric_limits<double>::max(), t0 + 999'999'999ns, {0xFFFFFFFFu, 0xFFFF}));
    return v;
}

}  // namespace data_io_test

using namespace data_io_test;

TEST_CASE("data: timestamps as RFC 3339 with nanoseconds, UTC") {
    std::string s;
    tsd::append_timestamp(s, t0 + 23h + 54min + 12s + 1ns);
    CHECK(s == "2026-11-22T23:54:12.000000001Z");
    s.clear();
    tsd::append_timestamp(s, tsd::timestamp(tsd::duration(-1)));
    CHECK(s == "1969-12-31T23:59:59.999999999Z");
    tsd::timestamp t;
    CHECK_FALSE(tsd::parse_timestamp("2026-11-22T23:54:12.5+08:00", t).has_value());
    CHECK(t == t0 + 15h + 54min + 12s + 500ms);
    CHECK_FALSE(tsd::parse_timestamp("2026-11-22t00:00:00z", t).has_value());
    CHECK(*tsd::parse_timestamp("2026-02-30T00:00:00Z", t) == "no such date");
    CHECK(*tsd::parse_timestamp("2026-11-22T24:00:00Z", t) == "no such time of day (leap seconds are not supported)");
    CHECK(*tsd::parse_timestamp("2026-11-22T00:00:00", t) == "no time zone (end with Z or an offset such as +08:00)");
    CHECK(*tsd::parse_timestamp("2026-11-22T00:00:00.1234567891Z", t) == "more than nine fractional digits (finer than a nanosecond)");
    CHECK(*tsd::parse_timestamp("2026-11-22 00:00:00Z", t) == "not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction]Z)");
    CHECK(*tsd::parse_timestamp("2026-11-22T00:00:00.Z", t) == "a '.' without fractional digits");
    CHECK(*tsd::parse_timestamp("2026-11-22T00:00:00Zx", t) == "text after the date-time");
}

TEST_CASE("data: CSV round trip is exact (subnormals, negative zero, infinities, nanoseconds)") {
    const auto v = awkward();
    const std::string text = tsd::to_csv(v);
    CHECK_THAT(text, twinspec_test::starts_with("time,value,quality,reason,entity,connection\n1969-12-31T23:43:19.999999877Z,0,bad,above_maximum,0,0\n1970-01-01T00:03:54.567890888Z,-0,good,none,4099,1\n"));
    const auto back = tsd::from_csv<double>(text);
    REQUIRE(back.ok());
    CHECK(same_bits(v, back.samples));
    CHECK(tsd::to_csv(back.samples) == text);
    // NaN reads back as NaN
    std::vector<tsd::sample<double>> n{tsd::make_sample(std::numeric_limits<double>::quiet_NaN(), t0)};
    const auto nb = tsd::from_csv<double>(tsd::to_csv(n));
    REQUIRE(nb.samples.size() == 1);
    CHECK(nb.samples[0].value != nb.samples[0].value);
    // floats and integers
    std::vector<tsd::sample<float>> f{tsd::make_sample(0.1f, t0), tsd::make_sample(std::numeric_limits<float>::denorm_min(), t0)};
    CHECK(same_bits(f, tsd::from_csv<float>(tsd::to_csv(f)).samples));
    std::vector<tsd::sample<std::int64_t>> i{tsd::make_sample(std::numeric_limits<std::int64_t>::min(), t0)};
    CHECK(same_bits(i, tsd::from_csv<std::int64_t>(tsd::to_csv(i)).samples));
    // empty series: header only
    std::vector<tsd::sample<double>> none;
    CHECK(tsd::to_csv(none) == "time,value,quality,reason,entity,connection\n");
    CHECK(tsd::from_csv<double>(tsd::to_csv(none)).ok());
    CHECK(tsd::from_csv<double>(tsd::to_csv(none)).samples.empty());
}

TEST_CASE("data: every reason code 0-255 survives CSV and JSON Lines, named or not") {
    std::vector<tsd::sample<double>> v;
    for (unsigned code = 0; code != 256; ++code)
        v.push_back(tsd::sample<double>{1.0, t0, code, 0, tsd::quality::bad(static_cast<tsd::reason>(code))});
    const std::string csv = tsd::to_csv(v);
    // a code without a name is written as its number, never as a word the reader rejects
    CHECK(csv.find(",unknown,") == std::string::npos);
    CHECK(csv.find(",bad,20,") != std::string::npos);   // the gap 15..127
    CHECK(csv.find(",bad,200,") != std::string::npos);  // a user code
    CHECK(csv.find(",bad,malformed,") != std::string::npos);
    const auto back = tsd::from_csv<double>(csv);
    REQUIRE(back.ok());
    REQUIRE(back.samples.size() == 256);
    for (unsigned code = 0; code != 256; ++code) CHECK(static_cast<unsigned>(back.samples[code].quality.reason) == code);
    const auto lines = tsd::from_jsonl<double>(tsd::to_jsonl(v));
    REQUIRE(lines.ok());
    REQUIRE(lines.samples.size() == 256);
    for (unsigned code = 0; code != 256; ++code) CHECK(static_cast<unsigned>(lines.samples[code].quality.reason) == code);
}

TEST_CASE("data: CSV bad lines are reported with their number and reason") {
    const std::string text =
        "time,value,quality,reason,entity,connection\r\n"
        "2026-11-22T00:00:00.000000000Z,-90.5,good,none,1,0\r\n"
        "\n"
        "2026-11-22T00:00:01Z,abc,good,none,1,0\n"
        "2026-11-22T00:00:02Z,1,fine,none,1,0\n"
        "2026-11-22T00:00:03Z,1,good,nonsense,1,0\n"
        "2026-11-22T00:00:04Z,1,good,none,-1,0\n"
        "2026-11-22T00:00:05Z,1,good,none,1,70000\n"
        "2026-11-22T00:00:06Z,1,good,none,1\n"
        "yesterday,1,good,none,1,0\n"
        "\"2026-11-22T00:00:07Z\",\"1e400\",good,none,1,0\n"
        "\"2026-11-22T00:00:08Z,1,good,none,1,0\n"
        "\"2026-11-22T00:00:09Z\",\"-8\"\"\",good,none,1,0\n"
        "2026-11-22T00:00:10Z,+1,good,200,1,0\n"
        "\"2026-11-22T00:00:11Z\",\"-7\",uncertain,200,1,0\n";
    const auto r = tsd::from_csv<double>(text);
    REQUIRE(r.samples.size() == 2);
    CHECK(r.samples[1].value == -7.0);
    CHECK(r.samples[1].quality.reason == static_cast<tsd::reason>(200));
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back(e.to_string());
    CHECK(errors == std::vector<std::string>{
                        "line 4: column 'value': 'abc' is not a number",
                        "line 5: column 'quality': 'fine' is not good, uncertain or bad",
                        "line 6: column 'reason': 'nonsense' is not a reason name or a code 0-255",
                        "line 7: column 'entity': '-1' is not a number",
                        "line 8: column 'connection': '70000' is out of the value type's range",
                        "line 9: 5 fields where 6 are expected",
                        "line 10: column 'time': not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction]Z)",
                        "line 11: column 'value': '1e400' is out of the value type's range",
                        "line 12: an unterminated quoted field",
                        "line 13: column 'value': '-8\"' is not a number",
                        "line 14: column 'value': a number with a '+' sign",
                    });
    const auto h = tsd::from_csv<double>("value,time\n1,2\n");
    REQUIRE(h.errors.size() == 1);
    CHECK(h.errors[0].to_string() == "line 1: the header is not 'time,value,quality,reason,entity,connection'");
    CHECK(tsd::from_csv<double>("").errors.size() == 1);
}

TEST_CASE("data: JSON Lines round trip is exact") {
    const auto v = awkward();
    const std::string text = tsd::to_jsonl(v);
    CHECK_THAT(text, twinspec_test::starts_with("{\"time\":\"1969-12-31T23:43:19.999999877Z\",\"value\":0,\"quality\":\"bad\",\"reason\":\"above_maximum\",\"entity\":0,\"connection\":0}\n{\"time\":\"1970-01-01T00:03:54.567890888Z\",\"value\":-0,"));
    CHECK_THAT(text, twinspec_test::contains("\"value\":\"Infinity\""));
    CHECK_THAT(text, twinspec_test::contains("\"reason\":\"200\""));
    const auto back = tsd::from_jsonl<double>(text);
    REQUIRE(back.ok());
    CHECK(same_bits(v, back.samples));
    CHECK(tsd::to_jsonl(back.samples) == text);
    std::vector<tsd::sample<double>> n{tsd::make_sample(std::numeric_limits<double>::quiet_NaN(), t0)};
    const auto nb = tsd::from_jsonl<double>(tsd::to_jsonl(n));
    REQUIRE(nb.samples.size() == 1);
    CHECK(nb.samples[0].value != nb.samples[0].value);
    std::vector<tsd::sample<std::uint64_t>> u{tsd::make_sample(std::numeric_limits<std::uint64_t>::max(), t0)};
    CHECK(same_bits(u, tsd::from_jsonl<std::uint64_t>(tsd::to_jsonl(u)).samples));
    std::vector<tsd::sample<double>> none;
    CHECK(tsd::to_jsonl(none).empty());
    CHECK(tsd::from_jsonl<double>("").ok());
}

TEST_CASE("data: JSON Lines bad lines are reported with their number and reason") {
    const std::string text =
        "{\"time\":\"2026-11-22T00:00:00Z\",\"value\":1.5}\n"
        "{\"time\":\"2026-11-22T00:00:01Z\",\"value\":1.5,\"colour\":\"red\"}\n"
        "{\"time\":\"2026-11-22T00:00:02Z\"}\n"
        "{\"time\":\"2026-11-22T00:00:03Z\",\"value\":\"high\"}\n"
        "{\"time\":\"2026-11-22T00:00:04Z\",\"value\":1,\"quality\":\"ok\"}\n"
        "{\"time\":\"2026-11-22T00:00:05Z\",\"value\":1,\"entity\":-3}\n"
        "{\"time\":\"2026-11-22T00:00:06Z\",\"value\":true}\n"
        "{\"time\":12,\"value\":1}\n"
        "{\"time\":\"2026-11-22T00:00:08Z\",\"value\":1,\"value\":2}\n"
        "{\"time\":\"2026-11-22T00:00:09Z\",\"value\":[1]}\n"
        "{\"time\":\"2026-11-22T00:00:10Z\",\"value\":1\n"
        "   \n"
        "[1,2]\n"
        "{\"time\":\"2026-11-22T00:00:12Z\",\"value\":1e999}\n"
        "{\"time\":\"2026-11-22T00:00:13Z\",\"value\":-0,\"reason\":\"not_finite\",\"connection\":65535}\n";
    const auto r = tsd::from_jsonl<double>(text);
    REQUIRE(r.samples.size() == 2);
    CHECK(r.samples[1].connection == 65535);
    CHECK(std::signbit(r.samples[1].value));
    CHECK(r.samples[1].quality.reason == tsd::reason::not_finite);
    std::vector<std::string> errors;
    for (const auto& e : r.errors) errors.push_back(e.to_string());
    REQUIRE(errors.size() == 12);
    // the reader is io's (io/jsonl.hpp): each reason names the member by its JSON pointer
    CHECK(errors[0] == "line 2: /colour: a sample has no member \"colour\"");
    CHECK(errors[1] == "line 3: /value: the required member \"value\" is missing");
    CHECK(errors[2] == "line 4: /value: \"high\" is not a number, \"NaN\", \"Infinity\" or \"-Infinity\"");
    CHECK(errors[3] == "line 5: /quality: \"ok\" is not a quality level (good, uncertain, bad)");
    CHECK(errors[4] == "line 6: /entity: -3 does not fit the member's integer type (0..4294967295)");
    CHECK(errors[5] == "line 7: /value: expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got true");
    CHECK(errors[6] == "line 8: /time: expected an RFC 3339 date-time string, got a number");
    CHECK(errors[7] == "line 9: /value: the member \"value\" is given more than once");
    CHECK(errors[8] == "line 10: /value: expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got an array");
    CHECK_THAT(errors[9], twinspec_test::starts_with("line 11: /value (column 41): malformed JSON: "));
    CHECK(errors[10] == "line 13: /: expected an object (a sample), got an array");
    CHECK(errors[11] == "line 14: /value: 1e999 is outside the range of the member's floating-point type");
}

namespace data_io_test {
TWINSPEC_ENTITY(CellV1, ts::meta(), (double, rsrpDbm), (int, legacy), (float, prb));
TWINSPEC_ENTITY(CellV2, ts::meta(), (double, rsrp, tsd::renamed_from("rsrpDbm")), (double, prb), (double, sinr));
}  // namespace data_io_test

TEST_CASE("data: versioned schemas report renamed, removed, added and retyped fields") {
    std::vector<std::string> changes;
    for (const auto& c : tsd::schema_changes<CellV1, CellV2>()) changes.push_back(c.to_string());
    CHECK(changes == std::vector<std::string>{"renamed rsrpDbm -> rsrp", "removed legacy", "retyped prb", "added sinr"});
    STATIC_REQUIRE(tsd::field_in<CellV1, CellV2>("rsrpDbm") == std::string_view("rsrp"));
    STATIC_REQUIRE(!tsd::field_in<CellV1, CellV2>("legacy").has_value());
    CHECK(tsd::field_in<CellV1, CellV2>("prb") == std::string_view("prb"));
    CHECK(tsd::schema_changes<CellV1, CellV1>().empty());
}

TEST_CASE("data: sample_fields is the one description of a sample's members in CSV and JSON Lines") {
    STATIC_REQUIRE(tsd::sample_field_count == 6);
    STATIC_REQUIRE(tsd::csv_header == "time,value,quality,reason,entity,connection");  // joined from the names
    STATIC_REQUIRE(tsd::sample_field_names[0] == "time");
    STATIC_REQUIRE(std::get<0>(tsd::sample_fields).required);
    STATIC_REQUIRE(std::get<1>(tsd::sample_fields).required);
    STATIC_REQUIRE(!std::get<2>(tsd::sample_fields).required);
    // get(s) reaches each member: written through the table, read through the struct
    tsd::sample<float> s;
    std::get<0>(tsd::sample_fields).get(s) = t0;
    std::get<1>(tsd::sample_fields).get(s) = 2.5f;
    std::get<2>(tsd::sample_fields).get(s) = tsd::quality_level::bad;
    std::get<3>(tsd::sample_fields).get(s) = tsd::reason::sensor_fault;
    std::get<4>(tsd::sample_fields).get(s) = 7u;
    std::get<5>(tsd::sample_fields).get(s) = std::uint16_t{9};
    CHECK(s == tsd::make_sample(2.5f, t0, {7, 9}, tsd::quality::bad(tsd::reason::sensor_fault)));
    const tsd::sample<float>& cs = s;
    STATIC_REQUIRE(std::is_same_v<decltype(std::get<3>(tsd::sample_fields).get(cs)), const tsd::reason&>);
    // both writers follow the table: one CSV column and one JSON member per entry, in its order
    std::string csv;
    tsd::append_csv_line(csv, s);
    CHECK(csv == "2026-11-22T00:00:00.000000000Z,2.5,bad,sensor_fault,7,9\n");
    const std::string jsonl = tsd::to_jsonl(std::vector<tsd::sample<float>>{s});
    CHECK(jsonl == "{\"time\":\"2026-11-22T00:00:00.000000000Z\",\"value\":2.5,\"quality\":\"bad\",\"reason\":\"sensor_fault\","
                   "\"entity\":7,\"connection\":9}\n");
    std::size_t column = 0;
    tsd::for_each_sample_field([&](const auto& f) {
        INFO(f.name);
        CHECK(jsonl.find("\"" + std::string(f.name) + "\":") != std::string::npos);
        ++column;
    });
    CHECK(column == tsd::sample_field_count);
    // the CSV reader names a bad column by the table's name
    const auto bad = tsd::from_csv<float>(std::string(tsd::csv_header) + "\n2026-11-22T00:00:00Z,2.5,bad,sensor_fault,7,70000\n");
    REQUIRE(bad.errors.size() == 1);
    CHECK_THAT(bad.errors[0].to_string(), twinspec_test::starts_with("line 2: column 'connection': "));
}
