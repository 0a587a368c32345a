// The JSON text pieces every writer shares (twinspec/core/detail/json_text.hpp): string
// escaping with UTF-8 checking, shortest numbers, and the reading side's exact number parse —
// Clinger's fast path proved equal, bit for bit, to std::from_chars over random values and edges.
#include "twinspec_catch.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/io/json_document.hpp>

namespace json_text_test {

namespace jt = twinspec::detail;

template <class F>
bool same_bits(F a, F b) {
    return std::memcmp(&a, &b, sizeof(F)) == 0;
}

/// `std::from_chars` (the reference), or nullopt when it fails.
template <class F>
bool reference(std::string_view s, F& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out, std::chars_format::general);
    return r.ec == std::errc{} && r.ptr == s.data() + s.size();
}

/// Checks that `parse_json_number` gives exactly `from_chars`'s bits for `s`; counts fast-path hits.
template <class F>
bool agrees(std::string_view s, std::size_t& fast_hits) {
    F ref{};
    const bool ok = reference(s, ref);
    F fast{};
    if (jt::json_fast_float(s, fast)) {
        ++fast_hits;
        if (!ok || !same_bits(fast, ref)) return false;
    }
    F got{};
    const std::errc ec = jt::parse_json_number(s, got);
    if (ok != (ec == std::errc{})) return false;
    return !ok || same_bits(got, ref);
}

template <class F>
std::string shortest(F v) {
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

}  // namespace json_text_test

using namespace json_text_test;

TEST_CASE("io json_text: strings are escaped per RFC 8259, UTF-8 checked, U+FFFD for bad bytes") {
    std::string out;
    CHECK(jt::append_json_string(out, "a\"b\\c\n\t\r\b\f\x01\x1f/") == std::string_view::npos);
    CHECK(out == R"("a\"b\\c\n\t\r\b\f\u0001\u001f/")");
    out.clear();
    CHECK(jt::append_json_string(out, "北京 \xF0\x9F\x93\xA1") == std::string_view::npos);
    CHECK(out == "\"北京 \xF0\x9F\x93\xA1\"");
    out.clear();
    CHECK(jt::append_json_string(out, "北 \xF0\x9F\x93\xA1", true) == std::string_view::npos);
    CHECK(out == R"("\u5317 \ud83d\udce1")");
    // malformed UTF-8: the offset of the first bad byte, and still valid JSON
    for (const auto& [bad, offset] : std::vector<std::pair<std::string, std::size_t>>{
             {"ok \xC3\x28", 3}, {"\xED\xA0\x80", 0}, {"ab\xC0\xAF", 2}, {"\xF4\x90\x80\x80", 0}, {"x\xFF", 1}, {"\xE2\x82", 0}}) {
        out.clear();
        INFO(offset);
        CHECK(jt::append_json_string(out, bad) == offset);
        CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
        out.clear();
        CHECK(jt::append_json_string(out, bad, true) == offset);
        CHECK(out.find("\\ufffd") != std::string::npos);
    }
    // the exports' tree writes through the same function
    CHECK(twinspec::io::json_node::string("q\"\x02\xFF").dump() == "\"q\\\"\\u0002\xEF\xBF\xBD\"");
    // compile-time member names: written as they stand only when nothing in them needs an
    // escape (and with ascii_only, only when they are ASCII)
    static_assert(jt::json_plain_name("ssRsrp_2/x-y.z"));
    static_assert(jt::json_plain_name(""));
    static_assert(!jt::json_plain_name("a\"b"));
    static_assert(!jt::json_plain_name("a\\b"));
    static_assert(!jt::json_plain_name("a\nb"));
    static_assert(!jt::json_plain_name("a\x01"));
    static_assert(!jt::json_plain_name("\xe6\xb8\xa9"));  // UTF-8: escaped under ascii_only
    // plain exactly when the run-time escaper leaves the character as it is, for every byte
    for (int c = 0; c != 256; ++c) {
        const char ch = static_cast<char>(c);
        std::string escaped;
        (void)jt::append_json_string(escaped, std::string_view(&ch, 1), true);
        INFO("byte " << c);
        CHECK(jt::json_plain_name(std::string_view(&ch, 1)) == (escaped == std::string{'"', ch, '"'}));
    }
}

TEST_CASE("io json_text: numbers are exact, shortest, and NaN/infinity refused") {
    std::string out;
    CHECK(jt::append_json_number(out, std::numeric_limits<std::int64_t>::min()));
    out += ' ';
    CHECK(jt::append_json_number(out, std::numeric_limits<std::uint64_t>::max()));
    out += ' ';
    CHECK(jt::append_json_number(out, -0.0));
    out += ' ';
    CHECK(jt::append_json_number(out, 5e-324));
    out += ' ';
    CHECK(jt::append_json_number(out, 0.1f));
    out += ' ';
    CHECK(jt::append_json_number(out, -2.2250738585072014e-308));
    CHECK(out == "-9223372036854775808 18446744073709551615 -0 5e-324 0.1 -2.2250738585072014e-308");
    CHECK(out.size() - out.rfind(' ') - 1 <= jt::json_number_max);
    const std::size_t before = out.size();
    CHECK_FALSE(jt::append_json_number(out, std::numeric_limits<double>::quiet_NaN()));
    CHECK_FALSE(jt::append_json_number(out, -std::numeric_limits<float>::infinity()));
    CHECK(out.size() == before);
    CHECK(twinspec::io::json_node::number(std::numeric_limits<double>::infinity()).is_null());
    CHECK(twinspec::io::json_node::number(std::int8_t{-128}).text() == "-128");
}

#if defined(TWINSPEC_HAS_DRAGONBOX)
namespace json_text_test {

/// Compares `json_number_to` (Dragonbox and the library's own layout) with `std::to_chars` for
/// the value whose bits are `bits`: 1 when they differ (the texts go to `diff`), else 0.
template <class F, class U>
std::size_t mismatches(U bits, std::string& diff) {
    F v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v)) return 0;
    char mine[jt::json_number_max];
    const std::string got(mine, jt::json_number_to(mine, v));
    const std::string want = shortest(v);
    if (got == want) return 0;
    diff = want + " written as " + got;
    return 1;
}

template <class F>
std::size_t mismatches_of(F v, std::string& diff) {
    if constexpr (sizeof(F) == 8) {
        std::uint64_t u;
        std::memcpy(&u, &v, 8);
        return mismatches<F>(u, diff) + mismatches<F>(u + 1, diff) + mismatches<F>(u - 1, diff) +
               mismatches<F>(u ^ (std::uint64_t{1} << 63), diff);
    } else {
        std::uint32_t u;
        std::memcpy(&u, &v, 4);
        return mismatches<F>(u, diff) + mismatches<F>(u + 1, diff) + mismatches<F>(u - 1, diff) +
               mismatches<F>(u ^ (std::uint32_t{1} << 31), diff);
    }
}

}  // namespace json_text_test

TEST_CASE("io json_text: Dragonbox writes the very text std::to_chars writes, float and double") {
    std::string diff;
    std::size_t bad = 0;
    SECTION("edges: zeros, subnormals, extremes, integers around 2^53 and 2^24, powers of ten") {
        for (const double v : {0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740992.0,
                               9007199254740994.0, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23, 123456789012345680000.0,
                               0.0001, 0.00001, 1.5e-7, 0.1, 1.0 / 3.0, 100.0, 1e-300})
            bad += mismatches_of(v, diff);
        for (const float v : {0.0f, 1e-45f, 1.17549435e-38f, 3.4028235e38f, 16777216.0f, 1e7f, 1e8f, 1e9f, 1e10f,
                              0.1f, 1.0f / 3.0f})
            bad += mismatches_of(v, diff);
        for (int e = -325; e <= 308; ++e) {
            for (const double m : {1.0, 1.5, 9.999, 123456789.0, 3.0}) {
                const double v = m * std::pow(10.0, e);
                bad += mismatches_of(v, diff);
                bad += mismatches_of(static_cast<float>(v), diff);
            }
        }
    }
    SECTION("integers, and values with few decimals as instruments report them") {
        for (std::uint64_t i = 0; i != 100000; ++i) {
            bad += mismatches_of(static_cast<double>(i) * 1000.0, diff);
            bad += mismatches_of(static_cast<double>(i) / 100.0 - 150.0, diff);
            bad += mismatches_of(static_cast<float>(i) / 10.0f, diff);
        }
    }
    SECTION("random doubles of 16 and 17 digits with the point among the first eight") {
        // the shortest form of a random double in [1, 10^7): the SSE2 digit writer's case
        std::mt19937_64 rng(20261124);
        for (int i = 0; i != 300000; ++i) {
            const double scale = std::pow(10.0, static_cast<int>(rng() % 8));  // 1 … 10^7
            const double v = static_cast<double>(rng() >> 11) / 9007199254740992.0 * scale;
            bad += mismatches_of(v, diff);
            bad += mismatches_of(-v, diff);
        }
    }
    SECTION("a million random bit patterns of each type") {
        std::mt19937_64 rng(20261123);
        for (int i = 0; i != 1000000; ++i) {
            bad += mismatches<double>(static_cast<std::uint64_t>(rng()), diff);
            bad += mismatches<float>(static_cast<std::uint32_t>(rng()), diff);
        }
    }
    INFO(diff);
    CHECK(bad == 0);
}

TEST_CASE("io json_text: the digit writer lays out every four-digit group, with the point anywhere") {
    // Every value 0 … 9999 appears in each of the four 4-digit groups of a 16-digit
    // significand (and under a leading 17th digit), written with the point after 1 … 16
    // digits, against std::to_chars of the same integer with the point let in.
    std::string diff;
    std::size_t bad = 0;
    for (std::uint64_t k = 0; k != 10000; ++k) {
        const std::uint64_t other = (k * 7919U) % 10000U;
        const std::uint64_t groups[] = {k * 1000000000000ULL + other * 100000000ULL + k * 10000ULL + other,
                                        other * 1000000000000ULL + k * 100000000ULL + other * 10000ULL + k};
        for (std::uint64_t g : groups) {
            for (const std::uint64_t first : {std::uint64_t{0}, 1 + k % 9}) {
                const std::uint64_t v = first * 10000000000000000ULL + g;
                const int n = v == 0 ? 1 : jt::json_decimal_length(v);
                char digits[32];
                const int len = static_cast<int>(std::to_chars(digits, digits + sizeof digits, v).ptr - digits);
                for (int whole = 1; whole < n; ++whole) {
                    char out[64];
                    std::memset(out, '#', sizeof out);
                    jt::json_write_digits_point(out + 8, v, n, whole);
                    const std::string expect = std::string(digits, static_cast<std::size_t>(whole)) + "." +
                                               std::string(digits + whole, static_cast<std::size_t>(len - whole));
                    const std::string got(out + 8, static_cast<std::size_t>(n + 1));
                    // nothing before the number is touched
                    if (got != expect || std::string(out, 8) != std::string(8, '#')) {
                        if (bad++ < 5) diff += got + " != " + expect + "\n";
                    }
                }
            }
        }
    }
    INFO(diff);
    CHECK(bad == 0);
}
#endif

TEST_CASE("io json_text: the fast path takes only what it can round exactly, and agrees with from_chars") {
    std::size_t fast = 0;
    // edges: the 2^53 and 10^22 limits, ties, -0, zeros with any exponent, subnormals, overflow
    const char* edges[] = {"0", "-0", "-0.0", "0e999", "-0E-999", "0.000", "1", "-1", "9007199254740992",
                           "9007199254740993", "9007199254740991.5", "1e22", "1e23", "1e-22", "1e-23", "4.5e15",
                           "9007199254740992e22", "9007199254740993e-22", "123456789012345678", "0.1", "0.2", "0.3",
                           "2.5", "1.7976931348623157e308", "1.8e308", "5e-324", "2.2250738585072011e-308",
                           "1e-400", "1e400", "3.0e+0", "1E+2", "12.5e-1", "00001.5", "1.", ".5", "-", "1e", "1e+",
                           "+1", "1.5x", "0x10", "inf", "nan", "1.0000000000000000000000001", "100000000000000000000",
                           "4503599627370496.5", "4503599627370497.5", "8.98846567431158e307", "1e15", "999999999999999",
                           "0.000001", "-128.25", "3.4028235e38", "1e-10", "16777216", "16777217", "1e10", "1e11"};
    for (const char* e : edges) {
        INFO(e);
        CHECK(agrees<double>(e, fast));
        CHECK(agrees<float>(e, fast));
    }
    // random doubles: their shortest text and every precision from 1 to 17 significant digits,
    // fixed and scientific; values like sensors give (a few decimals) and raw bit patterns
    std::mt19937_64 rng(2026);
    std::uniform_real_distribution<double> sensor(-200.0, 200.0);
    std::size_t checked = 0;
    char buf[512];  // %f of 1e302 has 303 digits
    for (int i = 0; i != 20000; ++i) {
        double d;
        if (i % 2 == 0) {
            const std::uint64_t bits = rng();
            std::memcpy(&d, &bits, sizeof d);
            if (!(d - d == 0.0)) continue;
        } else {
            d = sensor(rng);
        }
        INFO(shortest(d));
        REQUIRE(agrees<double>(shortest(d), fast));
        const auto f = static_cast<float>(d);
        if (f - f == 0.0f) REQUIRE(agrees<float>(shortest(f), fast));
        const int p = 1 + static_cast<int>(rng() % 17);
        const char* fmt = rng() % 2 == 0 ? "%.*g" : "%.*e";
        const int n = std::snprintf(buf, sizeof buf, fmt, p, d);
        REQUIRE(agrees<double>(std::string_view(buf, static_cast<std::size_t>(n)), fast));
        REQUIRE(agrees<float>(std::string_view(buf, static_cast<std::size_t>(n)), fast));
        const int k = std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(rng() % 9), d / 1e6);  // fixed, few decimals
        REQUIRE(agrees<double>(std::string_view(buf, static_cast<std::size_t>(k)), fast));
        checked += 5;
    }
    CHECK(checked > 90000);
    // the fast path does carry the common short numbers (else it would prove nothing)
    CHECK(fast > checked / 10);
    double x = 0;
    CHECK(jt::json_fast_float("-95.5", x));
    CHECK(x == -95.5);
    CHECK_FALSE(jt::json_fast_float("9007199254740993", x));  // above 2^53: from_chars
    CHECK_FALSE(jt::json_fast_float("1e23", x));              // 10^23 is not a double
    // parse errors
    CHECK(jt::parse_json_number("1e400", x) == std::errc::result_out_of_range);
    CHECK(jt::parse_json_number("1.5x", x) == std::errc::invalid_argument);
    std::uint16_t u = 0;
    CHECK(jt::parse_json_number("65536", u) == std::errc::result_out_of_range);
    CHECK(jt::parse_json_number("65535", u) == std::errc{});
    CHECK(u == 65535);
}
