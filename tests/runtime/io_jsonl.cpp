// Samples and series as JSON Lines through io's writer and SAX reader (twinspec/io/jsonl.hpp):
// bit-exact round trips, and every bad line reported with its line, a JSON pointer and a reason.
#include "twinspec_catch.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstddef>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <twinspec/io/jsonl.hpp>

namespace io_jsonl_test {

namespace io = twinspec::io;
namespace tsd = twinspec::data;
using twinspec_test::contains;

const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());

template <class T>
bool same_sample(const tsd::sample<T>& a, const tsd::sample<T>& b) {
    return std::memcmp(&a.value, &b.value, sizeof(T)) == 0 && a.time == b.time && a.source() == b.source() &&
           a.quality == b.quality;
}

/// Values that are hard to keep, with every quality, named and unnamed reasons, extreme sources.
tsd::series<double> awkward_series() {
    std::vector<double> xs{0.0, -0.0, 0.1, -95.5, 1.0 / 3.0, 5e-324, -2.2250738585072014e-308, 1.7976931348623157e308,
                           std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity(), 9007199254740993.0, 1e23};
    std::mt19937_64 rng(7);
    for (int i = 0; i != 300; ++i) {
        const std::uint64_t bits = rng();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        xs.push_back(d == d ? d : 1.0);
        xs.push_back(std::round(std::uniform_real_distribution<double>(-140, -40)(rng) * 100) / 100);  // sensor-like
    }
    tsd::series<double> s;
    std::int64_t ns = -86'400'000'000'123;  // before 1970 too
    for (std::size_t i = 0; i != xs.size(); ++i) {
        const tsd::quality q = i % 7 == 0   ? tsd::quality::bad(tsd::reason::above_maximum)
                               : i % 5 == 0 ? tsd::quality::uncertain(static_cast<tsd::reason>(200))
                               : i % 3 == 0 ? tsd::quality::uncertain(static_cast<tsd::reason>(77))  // a code without a name
                                            : tsd::quality::good();
        const tsd::source_id src{i % 2 == 0 ? std::numeric_limits<std::uint32_t>::max() : static_cast<std::uint32_t>(i),
                                 static_cast<std::uint16_t>(i % 2 == 0 ? 65535 : i)};
        REQUIRE(s.append(xs[i], tsd::timestamp(tsd::duration(ns)), src, q) == tsd::append_status::appended);
        ns += 1'000'000'007;
    }
    return s;
}

std::vector<std::string> messages(const io::read_result& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors()) out.push_back(std::to_string(e.line) + " " + e.to_string());
    return out;
}

}  // namespace io_jsonl_test

using namespace io_jsonl_test;

TEST_CASE("io jsonl: a series round-trips bit for bit through write_jsonl and read_jsonl") {
    const tsd::series<double> s = awkward_series();
    std::string text;
    REQUIRE(io::write_jsonl(s, text).ok());
    CHECK_THAT(text, contains(R"("value":"NaN")"));
    CHECK_THAT(text, contains(R"("value":"-Infinity")"));
    CHECK_THAT(text, contains(R"("reason":"77")"));
    CHECK_THAT(text, contains(R"("reason":"above_maximum")"));
    CHECK_THAT(text, contains(R"("entity":4294967295,"connection":65535})"));
    CHECK_THAT(text, contains(R"({"time":"1969-12-30T23:59:59.999999877Z","value":0,"quality":"bad")"));
    tsd::series<double> back;
    const auto r = io::read_jsonl(text, back);
    INFO(r.to_string());
    REQUIRE(r.ok());
    REQUIRE(back.size() == s.size());
    for (std::size_t i = 0; i != s.size(); ++i) {
        INFO(i);
        CHECK(same_sample(s[i], back[i]));
    }
    std::string again;
    REQUIRE(io::write_jsonl(back, again).ok());
    CHECK(again == text);

    // other value types: float, the 64-bit integer limits
    std::vector<tsd::sample<float>> f{tsd::make_sample(0.1f, t0), tsd::make_sample(3.4028235e38f, t0),
                                      tsd::make_sample(-1e-45f, t0), tsd::make_sample(-std::numeric_limits<float>::infinity(), t0)};
    std::string ft;
    REQUIRE(io::write_jsonl(f, ft).ok());
    std::vector<tsd::sample<float>> fb;
    REQUIRE(io::read_jsonl(ft, fb).ok());
    REQUIRE(fb.size() == f.size());
    for (std::size_t i = 0; i != f.size(); ++i) CHECK(same_sample(f[i], fb[i]));
    std::vector<tsd::sample<std::int64_t>> n{tsd::make_sample(std::numeric_limits<std::int64_t>::min(), t0),
                                             tsd::make_sample(std::numeric_limits<std::int64_t>::max(), t0)};
    std::string nt;
    REQUIRE(io::write_jsonl(n, nt).ok());
    std::vector<tsd::sample<std::int64_t>> nb;
    REQUIRE(io::read_jsonl(nt, nb).ok());
    CHECK(nb == n);
    // one record at a time
    std::string one;
    REQUIRE(io::write_jsonl(f[0], one).ok());
    CHECK(one == "{\"time\":\"2026-11-22T00:00:00.000000000Z\",\"value\":0.1,\"quality\":\"good\",\"reason\":\"none\",\"entity\":0,\"connection\":0}\n");
}

TEST_CASE("io jsonl: every bad line has its line, a JSON pointer and a reason - nothing is clamped") {
    const std::string text =
        "{\"time\":\"2026-11-22T00:00:00Z\",\"value\":1.5}\n"                                 // 1 good
        "{\"time\":\"2026-11-22T00:00:01Z\",\"value\":1.5,\"entity\":4294967296}\n"           // 2 out of range
        "{\"time\":\"2026-11-22T00:00:02Z\",\"value\":1,\"connection\":65536}\n"              // 3 out of range
        "{\"time\":\"2026-11-22T00:00:03Z\",\"value\":1,\"reason\":256}\n"                    // 4 out of range
        "{\"time\":\"2026-11-22T00:00:04Z\",\"value\":{\"x\":1}}\n"                           // 5 wrong type
        "{\"time\":\"2026-11-22T25:00:00Z\",\"value\":1}\n"                                   // 6 bad time
        "{\"time\":\"2026-11-22T00:00:06Z\",\"value\":1,\"quality\":\"fine\",\"reason\":\"why\"}\n"  // 7 two errors
        "{\"time\":\"2026-11-22T00:00:07Z\",\"value\":1,}\n"                                  // 8 malformed
        "\r\n"
        "\"just a string\"\n"                                                                 // 10 not an object
        "{\"time\":\"2026-11-22T00:00:10Z\",\"value\":2.5e-1,\"reason\":11,\"entity\":1e2}\n";  // 11 good
    std::vector<tsd::sample<double>> out{tsd::make_sample(9.0, t0)};
    const auto r = io::read_jsonl(text, out);
    CHECK(out.size() == 1);  // unchanged on failure
    CHECK(messages(r) == std::vector<std::string>{
        "2 /entity (line 2): 4294967296 does not fit the member's integer type (0..4294967295)",
        "3 /connection (line 3): 65536 does not fit the member's integer type (0..65535)",
        "4 /reason (line 4): 256 is not a reason code (0..255)",
        "5 /value (line 5): expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), got an object",
        "6 /time (line 6): \"2026-11-22T25:00:00Z\" is not a valid date and time",
        "7 /quality (line 7): \"fine\" is not a quality level (good, uncertain, bad)",
        "7 /reason (line 7): \"why\" is not a reason name or a code 0..255",
        "8 /value (line 8, column 42): malformed JSON: syntax error",  // the "}" after ","
        "10 / (line 10): expected an object (a sample), got a string",
    });
    CHECK(r.has(io::json_errc::out_of_range, "/entity"));
    CHECK(r.errors()[7].code == io::json_errc::malformed);
    CHECK(r.errors()[4].code == io::json_errc::invalid_value);

    // commit_on_error: the good lines are kept, the bad ones still reported
    io::json_read_options keep;
    keep.commit_on_error = true;
    std::vector<tsd::sample<double>> good;
    CHECK(io::read_jsonl(text, good, keep).errors().size() == 9);
    REQUIRE(good.size() == 2);
    CHECK(good[1].value == 0.25);
    CHECK(good[1].quality.reason == tsd::reason::sensor_fault);
    CHECK(good[1].entity == 100);

    // integer samples: no silent rounding of fractions, no wrap-around
    std::vector<tsd::sample<std::int16_t>> ints;
    const auto ri = io::read_jsonl(
        "{\"time\":\"2026-11-22T00:00:00Z\",\"value\":40000}\n{\"time\":\"2026-11-22T00:00:01Z\",\"value\":1.5}\n"
        "{\"time\":\"2026-11-22T00:00:02Z\",\"value\":\"NaN\"}\n{\"time\":\"2026-11-22T00:00:03Z\",\"value\":-7}\n",
        ints);
    CHECK(messages(ri) == std::vector<std::string>{
        "1 /value (line 1): 40000 does not fit the member's integer type (-32768..32767)",
        "2 /value (line 2): expected an integer, got 1.5",
        "3 /value (line 3): expected an integer, got a string",
    });
    CHECK(ints.empty());
    // floats: a double that does not fit is an error, not an infinity
    std::vector<tsd::sample<float>> fl;
    const auto rf = io::read_jsonl("{\"time\":\"2026-11-22T00:00:00Z\",\"value\":1e39}\n", fl);
    REQUIRE(rf.errors().size() == 1);
    CHECK(rf.errors()[0].code == io::json_errc::out_of_range);
    CHECK(rf.errors()[0].path == "/value");
}

TEST_CASE("io jsonl: unknown, missing and duplicate members - the unknown-member policy applies") {
    const std::string text = "{\"time\":\"2026-11-22T00:00:00Z\",\"value\":1,\"unit\":\"dBm\"}\n"
                             "{\"value\":1}\n"
                             "{\"time\":\"2026-11-22T00:00:02Z\",\"value\":1,\"value\":2}\n";
    std::vector<tsd::sample<double>> out;
    const auto r = io::read_jsonl(text, out);
    CHECK(messages(r) == std::vector<std::string>{
        "1 /unit (line 1): a sample has no member \"unit\"",
        "2 /time (line 2): the required member \"time\" is missing",
        "3 /value (line 3): the member \"value\" is given more than once",
    });
    io::json_read_options ignore;
    ignore.unknown = io::unknown_fields::ignore;
    ignore.commit_on_error = true;
    const auto r2 = io::read_jsonl(text, out, ignore);
    CHECK(r2.errors().size() == 2);
    REQUIRE(out.size() == 1);
    CHECK(out[0].value == 1.0);
    // max_errors stops the reading
    io::json_read_options few;
    few.max_errors = 2;
    std::string many;
    for (int i = 0; i != 10; ++i) many += "{\"value\":1}\n";
    const auto r3 = io::read_jsonl(many, out, few);
    CHECK(r3.errors().size() == 3);
    CHECK(r3.errors().back().code == io::json_errc::too_many_errors);
}

TEST_CASE("io jsonl: a series stays ordered - an earlier record is an error at /time with its line") {
    tsd::series<double> s;
    REQUIRE(s.append(1.0, t0 + std::chrono::seconds(10)) == tsd::append_status::appended);
    const auto r = io::read_jsonl("{\"time\":\"2026-11-22T00:00:11Z\",\"value\":2}\n"
                                  "{\"time\":\"2026-11-22T00:00:12Z\",\"value\":3}\n"
                                  "{\"time\":\"2026-11-22T00:00:05Z\",\"value\":4}\n",
                                  s);
    REQUIRE(r.errors().size() == 1);
    CHECK(r.errors()[0].line == 3);
    CHECK(r.errors()[0].path == "/time");
    CHECK(r.errors()[0].code == io::json_errc::constraint);
    CHECK_THAT(r.errors()[0].message, contains("2026-11-22T00:00:05.000000000Z is earlier than the sample before it"));
    CHECK(s.size() == 1);  // unchanged
    const auto r2 = io::read_jsonl("{\"time\":\"2026-11-22T00:00:09Z\",\"value\":2}\n", s);
    REQUIRE(r2.errors().size() == 1);  // earlier than the series' last sample
    CHECK(r2.errors()[0].line == 1);
    REQUIRE(io::read_jsonl("{\"time\":\"2026-11-22T00:00:10Z\",\"value\":2}\n", s).ok());  // equal times are fine
    CHECK(s.size() == 2);
}

TEST_CASE("io jsonl: what cannot be written without loss is an error with its line") {
    std::vector<tsd::sample<double>> v{tsd::make_sample(1.0, t0), tsd::make_sample(2.0, t0), tsd::make_sample(3.0, t0)};
    v[1].quality.level = static_cast<tsd::quality_level>(9);
    std::string out;
    const auto w2 = io::write_jsonl(v, out);
    REQUIRE_FALSE(w2.ok());
    CHECK(w2.error->line == 2);
    CHECK(w2.error->path == "/quality");
    CHECK(std::count(out.begin(), out.end(), '\n') == 1);  // the good record before it, nothing after
    std::string one;
    CHECK_FALSE(io::write_jsonl(v[1], one).ok());
    CHECK(one.empty());
    CHECK(w2.error->to_string() == "line 2: /quality: 9 is not a quality level (good, uncertain, bad)");
}

TEST_CASE("io jsonl: unknown members kept under unknown_fields::keep carry their line") {
    const std::string text = "{\"time\":\"2026-11-22T00:00:00Z\",\"value\":1}\n"
                             "{\"time\":\"2026-11-22T00:00:01Z\",\"value\":2,\"unit\":\"dBm\",\"tags\":{\"a\":[1]}}\n"
                             "{\"time\":\"2026-11-22T00:00:02Z\",\"value\":3}\n";
    io::json_read_options keep;
    keep.unknown = io::unknown_fields::keep;
    std::vector<tsd::sample<double>> out;
    const auto r = io::read_jsonl(text, out, keep);
    REQUIRE(r.ok());
    CHECK(out.size() == 3);
    REQUIRE(r.unknown_members().size() == 2);
    CHECK(r.unknown_members()[0].line == 2);
    CHECK(r.unknown_members()[0].path == "/unit");
    CHECK(r.unknown_members()[0].json == "\"dBm\"");
    CHECK(r.unknown_members()[1].line == 2);  // a captured object or array too
    CHECK(r.unknown_members()[1].path == "/tags");
    CHECK(r.unknown_members()[1].json == "{\"a\":[1]}");
    // into a series as well, after blank lines (lines are counted as in the text)
    tsd::series<double> s;
    const auto r2 = io::read_jsonl("\n\n" + text, s, keep);
    REQUIRE(r2.unknown_members().size() == 2);
    CHECK(r2.unknown_members()[0].line == 4);
    // under the error policy the same member is an error on the same line, with the same pointer
    const auto r3 = io::read_jsonl(text, out);
    REQUIRE(r3.errors().size() == 2);
    CHECK(r3.errors()[0].to_string() == "/unit (line 2): a sample has no member \"unit\"");
    CHECK(r3.errors()[1].to_string() == "/tags (line 2): a sample has no member \"tags\"");
}

TEST_CASE("io jsonl: the members written and read are data::sample_fields, in order") {
    // the writer's members, in order, are the table's names
    std::string line;
    REQUIRE(io::write_jsonl(tsd::make_sample(1.0, t0), line).ok());
    std::size_t at = 0;
    for (std::string_view name : tsd::sample_field_names) {
        const std::size_t k = line.find("\"" + std::string(name) + "\":", at);
        INFO(line << " " << name);
        REQUIRE(k != std::string::npos);
        at = k;
    }
    CHECK(std::count(line.begin(), line.end(), ':') == static_cast<std::ptrdiff_t>(tsd::sample_field_count) + 2);  // + hh:mm:ss
    // the reader's table is the same list, with the same required members
    using ops = io::detail::sample_ops<double>;
    REQUIRE(ops::fields.size() == tsd::sample_field_count);
    std::size_t i = 0;
    tsd::for_each_sample_field([&](const auto& f) {
        CHECK(ops::fields[i].name == f.name);
        CHECK(ops::fields[i].required == f.required);
        ++i;
    });
}

TEST_CASE("io jsonl: the longest record a sample can make is written whole and reads back") {
    // every member at its longest: the value's shortest form is 24 characters, the longest names
    tsd::sample<double> s = tsd::make_sample(-2.2250738585072014e-308, tsd::timestamp(tsd::duration(-1)),
                                             {std::numeric_limits<std::uint32_t>::max(), 65535},
                                             tsd::quality::uncertain(tsd::reason::not_representable));
    std::vector<tsd::sample<double>> v(40, s);
    std::string out;
    for (std::size_t n = 0; n != v.size(); ++n) {  // every filling of the buffer
        out.clear();
        REQUIRE(io::write_jsonl(std::vector<tsd::sample<double>>(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n)), out).ok());
        CHECK(out.size() == n * 165);
    }
    CHECK(out.substr(0, 165) ==
          "{\"time\":\"1969-12-31T23:59:59.999999999Z\",\"value\":-2.2250738585072014e-308,\"quality\":\"uncertain\","
          "\"reason\":\"not_representable\",\"entity\":4294967295,\"connection\":65535}\n");
    std::vector<tsd::sample<double>> back;
    REQUIRE(io::read_jsonl(out, back).ok());
    REQUIRE(back.size() == 39);
    CHECK(same_sample(back[38], s));
}
