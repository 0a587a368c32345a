// Runtime tests of the twinspec units vocabulary: logarithmic conversions, NaN/inf behaviour,
// every same-kind unit pair against an independent long-double evaluation, and quantity arithmetic.
#include "twinspec_catch.hpp"

#include <twinspec/core/units.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <string>
#include <type_traits>

using namespace twinspec::units;
using twinspec_test::approx;

namespace {

constexpr double nan_v = std::numeric_limits<double>::quiet_NaN();
constexpr double inf_v = std::numeric_limits<double>::infinity();

/// Value of `x` units `U` in the kind's reference unit, computed independently of convert().
template <class U>
long double to_reference(long double x) {
    long double r = x * static_cast<long double>(U::num) / static_cast<long double>(U::den);
    r *= std::pow(std::numbers::pi_v<long double>, static_cast<long double>(U::pi_exponent));
    return r + static_cast<long double>(U::offset_num) / static_cast<long double>(U::offset_den);
}

/// Value of `ref` reference units expressed in `U`.
template <class U>
long double from_reference(long double ref) {
    const long double scale = static_cast<long double>(U::num) / static_cast<long double>(U::den) *
                              std::pow(std::numbers::pi_v<long double>, static_cast<long double>(U::pi_exponent));
    return (ref - static_cast<long double>(U::offset_num) / static_cast<long double>(U::offset_den)) / scale;
}

/// |actual - expected| within a few ulps of the largest magnitude involved in the computation.
bool close(double actual, long double expected, long double magnitude) {
    const long double tol = 64.0L * std::numeric_limits<double>::epsilon() *
                            std::max({std::fabs(expected), magnitude, static_cast<long double>(1e-300)});
    return std::fabs(static_cast<long double>(actual) - expected) <= tol;
}

constexpr double sample_values[] = {-1000.5, -1.0, 0.0, 0.25, 1.0, 42.0, 3500.0, 1.0e6};

struct pair_stats {
    int pairs = 0;
    int failures = 0;
    std::string first_failure;
};

template <class A, class B>
void check_pair(pair_stats& stats) {
    ++stats.pairs;
    for (double x : sample_values) {
        const double converted = convert<A, B>(x);
        const long double ref = to_reference<A>(x);
        const long double expected = from_reference<B>(ref);
        // Magnitude of the terms that may cancel: the scaled input and the offsets.
        const long double magnitude =
            std::fabs(from_reference<B>(ref) - from_reference<B>(0.0L)) + std::fabs(from_reference<B>(0.0L)) +
            std::fabs(from_reference<B>(to_reference<A>(0.0L)));
        const double back = convert<B, A>(converted);
        const bool ok = close(converted, expected, magnitude) &&
                        close(back, x, std::fabs(x) + std::fabs(static_cast<long double>(from_reference<A>(0.0L))) +
                                           std::fabs(from_reference<A>(to_reference<B>(0.0L))));
        if (!ok) {
            ++stats.failures;
            if (stats.first_failure.empty()) {
                stats.first_failure = std::string(A::symbol) + " -> " + std::string(B::symbol) + " at " +
                                      std::to_string(x) + ": got " + std::to_string(converted) + ", back " +
                                      std::to_string(back);
            }
        }
    }
}

template <class A, class... Bs>
void check_row(pair_stats& stats) {
    (
        [&] {
            if constexpr (std::is_same_v<typename A::kind, typename Bs::kind>) check_pair<A, Bs>(stats);
        }(),
        ...);
}

template <class... Us>
pair_stats check_all_pairs(unit_list<Us...>) {
    pair_stats stats;
    (check_row<Us, Us...>(stats), ...);
    return stats;
}

template <class A, class B>
void check_level_pair(int& count) {
    if constexpr (ConvertibleUnits<A, B> && !std::is_same_v<typename A::kind, typename B::kind>) {
        ++count;
        if constexpr (level_traits<typename A::kind>::is_level) {
            // level -> linear -> level, for levels across the radio range
            for (double x : {-140.0, -30.0, 0.0, 3.0, 46.0}) {
                CHECK(convert<B, A>(convert<A, B>(x)) == approx(x).margin(1e-9));
            }
        } else {
            // linear -> level -> linear, for positive linear values
            for (double x : {1e-12, 0.001, 1.0, 20.0, 1e6}) {
                CHECK(convert<B, A>(convert<A, B>(x)) == approx(x));
            }
        }
    }
}

template <class A, class... Bs>
void check_level_row(int& count) {
    (check_level_pair<A, Bs>(count), ...);
}

template <class... Us>
int count_level_pairs(unit_list<Us...>) {
    int count = 0;
    (check_level_row<Us, Us...>(count), ...);
    return count;
}

} // namespace

TEST_CASE("units: dBm and power are related by P[mW] = 10^(dBm/10)", "[units]") {
    CHECK(convert<dBm, mW>(0.0) == approx(1.0));
    CHECK(convert<dBm, W>(30.0) == approx(1.0));
    CHECK(convert<dBm, mW>(-30.0) == approx(0.001));
    CHECK(convert<dBm, mW>(10.0) == approx(10.0));
    CHECK(convert<dBm, mW>(3.0) == approx(1.9952623149688795));
    CHECK(convert<dBm, uW>(-60.0) == approx(0.001));
    CHECK(convert<dBm, kW>(60.0) == approx(1.0));
    CHECK(convert<dBm, W>(-120.0) == approx(1e-15));

    CHECK(convert<mW, dBm>(1.0) == approx(0.0).margin(1e-12));
    CHECK(convert<W, dBm>(1.0) == approx(30.0));
    CHECK(convert<mW, dBm>(0.001) == approx(-30.0));
    CHECK(convert<W, dBm>(20.0) == approx(43.010299956639813));
    CHECK(convert<kW, dBW>(1.0) == approx(30.0));

    // integral inputs give double results
    STATIC_REQUIRE(std::is_same_v<decltype(convert<dBm, mW>(10)), double>);
    CHECK(convert<dBm, mW>(20) == approx(100.0));
    // float stays float
    STATIC_REQUIRE(std::is_same_v<decltype(convert<dBm, mW>(10.0f)), float>);
    CHECK(convert<dBm, mW>(10.0f) == approx(10.0));

    // round trips over the whole radio range, in 0.5 dB steps
    for (int i = -340; i <= 120; ++i) {
        const double level = i * 0.5;
        CHECK(convert<mW, dBm>(convert<dBm, mW>(level)) == approx(level).margin(1e-9));
        CHECK(convert<W, dBW>(convert<dBW, W>(level)) == approx(level).margin(1e-9));
        CHECK(convert<mW, dBW>(convert<dBm, mW>(level)) == approx(level - 30.0).margin(1e-9));
    }
}

TEST_CASE("units: dB and ratios are related by r = 10^(dB/10)", "[units]") {
    CHECK(convert<dB, unity>(0.0) == approx(1.0));
    CHECK(convert<dB, unity>(10.0) == approx(10.0));
    CHECK(convert<dB, unity>(20.0) == approx(100.0));
    CHECK(convert<dB, percent>(-10.0) == approx(10.0));
    CHECK(convert<dB, unity>(3.0) == approx(1.9952623149688795));
    CHECK(convert<unity, dB>(2.0) == approx(3.0102999566398120));
    CHECK(convert<percent, dB>(50.0) == approx(-3.0102999566398120));
    CHECK(convert<ppm, dB>(1.0) == approx(-60.0));
}

TEST_CASE("units: NaN and infinity pass through conversions as documented", "[units]") {
    // linear and affine conversions: IEEE arithmetic, NaN stays NaN, inf stays inf (sign kept)
    CHECK(std::isnan(convert<ms, s>(nan_v)));
    CHECK(std::isnan(convert<degC, K>(nan_v)));
    CHECK(convert<km, m>(inf_v) == inf_v);
    CHECK(convert<m, km>(-inf_v) == -inf_v);
    CHECK(convert<degC, degF>(inf_v) == inf_v);
    CHECK(std::isnan(convert<deg, rad>(nan_v)));

    // level -> linear
    CHECK(std::isnan(convert<dBm, mW>(nan_v)));
    CHECK(convert<dBm, mW>(inf_v) == inf_v);
    CHECK(convert<dBm, mW>(-inf_v) == 0.0);
    CHECK(convert<dBm, W>(4000.0) == inf_v); // 10^400 mW overflows double
    CHECK(convert<dBm, W>(-4000.0) == 0.0);  // underflows to zero
    CHECK(std::isfinite(convert<dBm, W>(3000.0)));

    // linear -> level
    CHECK(std::isnan(convert<mW, dBm>(nan_v)));
    CHECK(convert<mW, dBm>(inf_v) == inf_v);
    CHECK(convert<mW, dBm>(0.0) == -inf_v);
    CHECK(std::isnan(convert<mW, dBm>(-1.0)));
    CHECK(convert<unity, dB>(0.0) == -inf_v);
    CHECK(std::isnan(convert<percent, dB>(-5.0)));
}

TEST_CASE("units: every pair of units within a kind converts consistently", "[units]") {
    const pair_stats stats = check_all_pairs(all_units{});
    INFO(stats.first_failure);
    CHECK(stats.failures == 0);
    CHECK(stats.pairs > 200);
}

TEST_CASE("units: every level/linear pair round-trips", "[units]") {
    // power_level (dBm, dBW) x power (5 units), ratio_level (dB) x ratio (3 units), both directions
    CHECK(count_level_pairs(all_units{}) == 2 * (2 * 5 + 1 * 3));
}

TEST_CASE("units: selected exact and affine conversions at runtime", "[units]") {
    volatile int three = 3; // defeat constant folding: the same code must be exact at runtime
    CHECK(convert<km, m>(static_cast<int>(three)) == 3000);
    CHECK(convert<ms, s>(1500.0) == 1.5);
    CHECK(convert<deci_deg, deg>(-900) == -90.0);
    CHECK(convert<deg, deci_deg>(12.3) == approx(123.0));
    CHECK(convert<degC, K>(25.0) == 298.15);
    CHECK(convert<K, degC>(0.0) == -273.15);
    CHECK(convert<degF, degC>(98.6) == approx(37.0));
    CHECK(convert<bar, kPa>(1.5) == 150.0);
    CHECK(convert<rpm, rad_per_s>(60.0) == approx(2.0 * std::numbers::pi));
    CHECK(convert<rad, deg>(std::numbers::pi) == approx(180.0));
    CHECK(convert<km_per_h, m_per_s>(90.0) == approx(25.0));
    CHECK(convert<Mbps, kbps>(std::int64_t{100}) == 100000);
    CHECK(convert<GiB, MiB>(std::int64_t{2}) == 2048.0);
    CHECK(convert<kWh, MJ>(1.0) == approx(3.6));
    CHECK(convert<gn, m_per_s2>(1.0) == 9.80665);
    CHECK(convert<L_per_min, m3_per_h>(1000.0) == approx(60.0));
}

TEST_CASE("units: quantity arithmetic and casts", "[units]") {
    quantity<MHz> carrier{3500.0};
    const quantity<MHz> bandwidth{100.0};

    CHECK((carrier + bandwidth).value() == 3600.0);
    CHECK((carrier - bandwidth).value() == 3400.0);
    CHECK((bandwidth * 3.0).value() == 300.0);
    CHECK((0.5 * bandwidth).value() == 50.0);
    CHECK((carrier / 7.0).value() == 500.0);
    CHECK(carrier / bandwidth == 35.0);
    CHECK((-bandwidth).value() == -100.0);

    carrier += bandwidth;
    CHECK(carrier.value() == 3600.0);
    carrier -= bandwidth;
    carrier *= 2.0;
    carrier /= 4.0;
    CHECK(carrier.value() == 1750.0);

    CHECK(bandwidth < carrier);
    CHECK(carrier >= bandwidth);
    CHECK(bandwidth == quantity<MHz>{100.0});
    CHECK(bandwidth != carrier);

    const quantity<GHz> in_ghz = quantity_cast<GHz>(carrier);
    CHECK(in_ghz.value() == 1.75);
    CHECK(std::string(in_ghz.symbol) == "GHz");

    const auto tx = quantity_cast<W>(quantity<dBm>{43.0});
    CHECK(tx.value() == approx(19.952623149688797));
    CHECK(quantity_cast<dBm>(tx).value() == approx(43.0));

    const quantity<ms, int> tti{1};
    const auto tti_us = quantity_cast<us>(tti);
    STATIC_REQUIRE(std::is_same_v<decltype(tti_us), const quantity<us, int>>);
    CHECK(tti_us.value() == 1000);
    CHECK(quantity_cast<s>(tti).value() == 0.001);

    const quantity<degC> ambient{21.5};
    CHECK(quantity_cast<K>(ambient).value() == approx(294.65));

    // NaN quantities are unordered
    const quantity<dBm> unknown{nan_v};
    CHECK_FALSE(unknown == unknown);
    CHECK_FALSE(unknown < quantity<dBm>{0.0});
}

TEST_CASE("units: symbols, DTDL and UCUM names are available at runtime", "[units]") {
    CHECK(std::string(us::symbol) == "\xC2\xB5s");
    CHECK(std::string(degC::symbol) == "\xC2\xB0" "C");
    CHECK(std::string(Mbps::ucum) == "Mbit/s");
    CHECK(std::string(rpm::dtdl) == "revolutionPerMinute");
    CHECK(std::string(kinds::time::dtdl_semantic_type) == "TimeSpan");
    CHECK(std::string(quantity<percent>::symbol) == "%");
}
