// Runtime validation: every rule, every violation reported with its JSON-pointer path,
// NaN and infinities, nested paths, custom annotations, and no allocation when valid.
#include <twinspec/core.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;

// Counts global allocations, so that "valid objects allocate nothing" is a real check.
namespace {
std::size_t g_allocations = 0;
}
void* operator new(std::size_t n) {
    ++g_allocations;
    if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
    throw std::bad_alloc();
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"  // new above is malloc-based too
#endif
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    ++g_allocations;
    return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return ::operator new(n, std::nothrow); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace validate_test {

TWINSPEC_ENUM(Mode, std::uint8_t, idle, active, sleeping);

TWINSPEC_ENTITY(Measurement, ts::meta(),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, rsrq, ts::telemetry, ts::unit<dB>, ts::range(-43.0, 20.0)),
    (float, load, ts::unit<percent>, ts::minimum(0.0f)));

TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (std::uint32_t, tac, ts::maximum(16777215U)),
    (int, ssb, ts::one_of(5, 10, 20, 40, 80, 160)),
    (std::string, name, ts::length(1, 4)),
    (std::string, code, ts::pattern<"^[A-Z]{3}[0-9]*$">),
    (std::string, mode_text, ts::one_of("auto", "manual")),
    (Mode, mode),
    (std::optional<double>, tilt, ts::required, ts::range(-90.0, 90.0)),
    (std::optional<double>, azimuth, ts::range(0.0, 360.0)),
    (std::vector<Measurement>, cells, ts::component, ts::max_items(3)),
    ((std::array<std::int16_t, 2>), tilts, ts::unit<deci_deg>, ts::range(-900, 900)),
    (Measurement, serving, ts::component),
    (int, odd_name, ts::name("a/b~c"), ts::range(0, 1)));

// Each entity is exactly its hand-written twin.
struct MeasurementPlain {
    double rsrp, rsrq;
    float load;
};
struct CellPlain {
    std::uint16_t pci;
    std::uint32_t tac;
    int ssb;
    std::string name, code, mode_text;
    Mode mode;
    std::optional<double> tilt, azimuth;
    std::vector<Measurement> cells;
    std::array<std::int16_t, 2> tilts;
    Measurement serving;
    int odd_name;
};
static_assert(sizeof(Measurement) == sizeof(MeasurementPlain));
static_assert(sizeof(Cell) == sizeof(CellPlain));

Cell valid_cell() {
    Cell c{};
    c.pci = 17;
    c.tac = 100;
    c.ssb = 20;
    c.name = "c1";
    c.code = "ABC12";
    c.mode_text = "auto";
    c.mode = Mode::active;
    c.tilt = 4.5;
    c.cells = {{-90.0, -10.0, 10.0f}, {-100.0, -12.0, 0.0f}};
    c.tilts = {{-30, 40}};
    c.serving = {-80.0, -9.0, 55.0f};
    c.odd_name = 1;
    return c;
}

// A user-defined annotation: no library edit needed.
struct even_category {};
struct even_annotation {
    using category = even_category;
    template <std::integral V>
    void check(const V& v, const ts::check_context& ctx) const {
        if (v % 2 != 0) ctx.report(ts::rule::custom, ts::scalar::from(v), {}, "the value must be even");
    }
};
inline constexpr even_annotation even{};

TWINSPEC_ENTITY(Pair, ts::meta(), (int, count, even, ts::range(0, 100)));
static_assert(sizeof(Pair) == sizeof(int));

}  // namespace validate_test

using namespace validate_test;

TEST_CASE("validate: a valid object has no violations and allocates nothing") {
    // Known exception, documented on `pattern`: libstdc++'s std::regex_search allocates its
    // matcher state on every call, so this test uses an entity without a pattern.
    Measurement m{-80.0, -10.0, 3.0f};
    std::size_t before = g_allocations;
    CHECK(ts::validate(m).ok());
    CHECK(ts::is_valid(m));
    CHECK(g_allocations == before);

    const Cell c = valid_cell();
    const auto r = ts::validate(c);
    const bool ok = ts::is_valid(c);
    CHECK(r.ok());
    CHECK(static_cast<bool>(r));
    CHECK(ok);
    CHECK(r.to_string().empty());
}

TEST_CASE("validate: every violation is reported with its path, rule, value and limit") {
    Cell c = valid_cell();
    c.pci = 2000;
    c.tac = 16777216;
    c.ssb = 7;
    c.name = "";
    c.code = "ab1";
    c.mode_text = "fast";
    c.mode = static_cast<Mode>(9);
    c.tilt.reset();
    c.azimuth = 400.0;
    c.cells.push_back({-20.5, -50.0, -1.0f});
    c.cells.push_back({-90.0, -10.0, 1.0f});
    c.tilts[1] = 901;
    c.serving.rsrp = std::numeric_limits<double>::quiet_NaN();
    c.odd_name = 2;
    const auto r = ts::validate(c);
    std::vector<std::string> lines;
    for (const auto& v : r) lines.push_back(v.to_string());
    const std::vector<std::string> expected{
        "/pci: 2000 is above the maximum 1007",
        "/tac: 16777216 is above the maximum 16777215",
        "/ssb: 7 is not one of the allowed values 5, 10, 20, 40, 80, 160",
        "/name: text of 0 characters is shorter than the minimum length 1",
        "/code: \"ab1\" does not match the pattern ^[A-Z]{3}[0-9]*$",
        "/mode_text: \"fast\" is not one of the allowed values \"auto\", \"manual\"",
        "/mode: 9 is not a declared value of enum Mode",
        "/tilt: a required value is missing",
        "/azimuth: 400 is above the maximum 360",
        "/cells: 4 items are more than the maximum 3",
        "/cells/2/rsrp: -20.5 dBm is above the maximum -31 dBm",
        "/cells/2/rsrq: -50 dB is below the minimum -43 dB",
        "/cells/2/load: -1 % is below the minimum 0 %",
        "/tilts/1: 901 0.1° is above the maximum 900 0.1°",
        "/serving/rsrp: NaN is not a finite number, but the field has a range",
        "/a~1b~0c: 2 is above the maximum 1",
    };
    CHECK(lines == expected);
    REQUIRE(r.size() == expected.size());
    CHECK(r[0].rule == ts::rule::above_maximum);
    CHECK(r[0].path == "/pci");
    CHECK(r[0].value.as_unsigned() == 2000U);
    CHECK(r[0].limit.as_unsigned() == 1007U);
    CHECK(r[10].unit == "dBm");
    CHECK(r[10].value.as_double() == -20.5);
    CHECK(r[14].rule == ts::rule::not_finite);
    CHECK_FALSE(ts::is_valid(c));
}

TEST_CASE("validate: NaN and both infinities break a range, one-sided ones too") {
    Measurement m{-80.0, -10.0, 1.0f};
    for (double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                       -std::numeric_limits<double>::infinity()}) {
        m.rsrp = bad;
        const auto r = ts::validate(m);
        REQUIRE(r.size() == 1);
        CHECK(r[0].rule == ts::rule::not_finite);
        CHECK(r[0].path == "/rsrp");
    }
    m.rsrp = -80.0;
    m.load = std::numeric_limits<float>::infinity();  // only a minimum: +inf still breaks it
    const auto r = ts::validate(m);
    REQUIRE(r.size() == 1);
    CHECK(r[0].to_string() == "/load: inf is not a finite number, but the field has a range");
    m.load = 1e30f;  // large but finite: fine
    CHECK(ts::is_valid(m));
}

TEST_CASE("validate: bounds are inclusive, and the value is never clamped") {
    Measurement m{-156.0, 20.0, 0.0f};
    CHECK(ts::is_valid(m));
    m.rsrp = std::nextafter(-156.0, -200.0);
    const auto r = ts::validate(m);
    REQUIRE(r.size() == 1);
    CHECK(r[0].rule == ts::rule::below_minimum);
    CHECK(m.rsrp < -156.0);  // untouched
    CHECK(r[0].to_string() == "/rsrp: -156.00000000000003 dBm is below the minimum -156 dBm");
}

TEST_CASE("validate: text length counts code points and rejects invalid UTF-8") {
    Cell c = valid_cell();
    c.name = "小区一号";  // 4 code points, 12 bytes
    CHECK(ts::is_valid(c));
    c.name = "小区一号站";
    auto r = ts::validate(c);
    REQUIRE(r.size() == 1);
    CHECK(r[0].to_string() == "/name: text of 5 characters is longer than the maximum length 4");
    c.name = std::string("a\xC3", 2);
    r = ts::validate(c);
    REQUIRE(r.size() == 1);
    CHECK(r[0].rule == ts::rule::invalid_utf8);
    CHECK(r[0].to_string() == "/name: text is not valid UTF-8 (first bad byte at offset 1)");
}

TEST_CASE("validate: a streaming sink sees violations under a caller-given path") {
    Measurement m{-20.0, 30.0, 1.0f};
    std::vector<std::string> seen;
    const ts::path_segment root{};
    const ts::path_segment cells{&root, "cells"};
    const ts::path_segment third{&cells, {}, 3, true};
    ts::validate(m, [&](ts::violation&& v) { seen.push_back(v.to_string()); }, third);
    CHECK(seen == std::vector<std::string>{"/cells/3/rsrp: -20 dBm is above the maximum -31 dBm",
                                           "/cells/3/rsrq: 30 dB is above the maximum 20 dB"});
}

TEST_CASE("validate: user-defined annotations take part") {
    auto r = ts::validate(Pair{3});
    REQUIRE(r.size() == 1);
    CHECK(r[0].rule == ts::rule::custom);
    CHECK(r[0].to_string() == "/count: the value must be even (value 3)");
    CHECK(ts::is_valid(Pair{4}));
    r = ts::validate(Pair{101});
    REQUIRE(r.size() == 2);  // both annotations report
    CHECK(r[1].to_string() == "/count: 101 is above the maximum 100");
}

TEST_CASE("validate: is_valid trusts the quick test's false only where the quick test is exact") {
    static_assert(ts::detail::quick_entity_exact<Measurement>);  // ranges and a minimum: decided by ok()
    static_assert(!ts::detail::quick_entity_exact<Pair>);        // a user's check-only annotation
    static_assert(!ts::detail::quick_entity_exact<Cell>);        // components: their own path decides
    CHECK(ts::is_valid(Measurement{-100.0, 0.0, 1.0f}));
    CHECK_FALSE(ts::is_valid(Measurement{-20.0, 0.0, 1.0f}));
    CHECK_FALSE(ts::is_valid(Measurement{-100.0, 0.0, -1.0f}));
    CHECK_FALSE(ts::is_valid(Measurement{std::numeric_limits<double>::quiet_NaN(), 0.0, 1.0f}));
    // is_valid and validate agree either way
    for (const double rsrp : {-157.0, -156.0, -100.0, -31.0, -30.0})
        CHECK(ts::is_valid(Measurement{rsrp, 0.0, 1.0f}) == ts::validate(Measurement{rsrp, 0.0, 1.0f}).ok());
    CHECK_FALSE(ts::is_valid(Pair{3}));    // the quick test gave up: the reporting path decided
    CHECK_FALSE(ts::is_valid(Pair{102}));
    CHECK(ts::is_valid(Pair{100}));
}

TEST_CASE("validate: rule names") {
    CHECK(ts::to_string(ts::rule::below_minimum) == "below_minimum");
    CHECK(ts::to_string(ts::rule::custom) == "custom");
    CHECK(ts::to_string(ts::rule::dangling_reference) == "dangling_reference");
    CHECK(ts::to_string(ts::field_kind::relationship) == "relationship");
}
