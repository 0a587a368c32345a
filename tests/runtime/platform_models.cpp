// Mechanism models: validity domain, composition with unit conversion, error propagation.
#include "twinspec_catch.hpp"

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <cmath>
#include <string>

namespace platform_models_test {
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

TWINSPEC_ENTITY(LossIn, ts::meta(),
    (double, distance, ts::unit<km>, ts::range(0.01, 10.0)),
    (double, txPower, ts::unit<dBm>, ts::range(0.0, 50.0)));
TWINSPEC_ENTITY(LossOut, ts::meta(), (double, rxPower, ts::unit<dBm>), (float, load, ts::unit<unity>));
TWINSPEC_ENTITY(QualityIn, ts::meta(), (double, rxPower, ts::unit<dBW>, ts::range(-200.0, -60.0)),
                (double, load, ts::unit<percent>, ts::range(0.0, 100.0)));
TWINSPEC_ENTITY(QualityOut, ts::meta(), (double, sinr, ts::unit<dB>), (double, load, ts::unit<percent>));
TWINSPEC_ENTITY(RateIn, ts::meta(), (double, sinr, ts::unit<dB>, ts::range(-10.0, 30.0)));
TWINSPEC_ENTITY(RateOut, ts::meta(), (double, efficiency));

inline const auto loss = pf::make_model<"loss", pf::semver{1, 0, 0}, LossIn, LossOut>(
    pf::provenance{"log-distance", "test", "team"},
    [](const LossIn& in) { return LossOut{in.txPower - 120.0 - 30.0 * std::log10(in.distance), 0.25f}; });
inline const auto quality = pf::make_model<"quality", pf::semver{1, 1, 0}, QualityIn, QualityOut>(
    pf::provenance{"noise floor"}, [](const QualityIn& in) { return QualityOut{in.rxPower + 117.0, in.load}; });
inline const auto rate = pf::make_model<"rate", pf::semver{0, 2, 0}, RateIn, RateOut>(
    pf::provenance{"Shannon"}, [](const RateIn& in) { return RateOut{std::log2(1.0 + std::pow(10.0, in.sinr / 10.0))}; });
}  // namespace platform_models_test

using namespace platform_models_test;

TEST_CASE("platform: a model runs inside its validity domain") {
    const auto r = loss(LossIn{1.0, 46.0});
    REQUIRE(r.ok());
    CHECK(r.value.rxPower == twinspec_test::approx(-74.0));
    CHECK(r.error().empty());
    CHECK(decltype(loss)::label() == "loss 1.0.0");
    CHECK(loss.origin.source == "log-distance");
}

TEST_CASE("platform: a call outside the validity domain is reported, not computed") {
    const auto r = loss(LossIn{20.0, 60.0});
    REQUIRE_FALSE(r.ok());
    CHECK(r.failed_model() == "loss");
    REQUIRE(r.violations().size() == 2);
    CHECK(r.violations()[0].path == "/distance");
    CHECK(r.error() == "model loss: input outside the validity domain: /distance: 20 km is above the maximum 10 km; "
                       "/txPower: 60 dBm is above the maximum 50 dBm");
}

TEST_CASE("platform: composition converts units (dBm to dBW, ratio to percent)") {
    const auto chain = loss | quality | rate;
    STATIC_REQUIRE(std::is_same_v<decltype(chain)::input_type, LossIn>);
    STATIC_REQUIRE(std::is_same_v<decltype(chain)::output_type, RateOut>);
    CHECK(decltype(chain)::label() == "loss 1.0.0 | quality 1.1.0 | rate 0.2.0");
    const auto r = chain(LossIn{1.0, 46.0});
    REQUIRE(r.ok());
    // -74 dBm = -104 dBW; SINR 13 dB
    const double sinr = -104.0 + 117.0;
    CHECK(r.value.efficiency == twinspec_test::approx(std::log2(1.0 + std::pow(10.0, sinr / 10.0))));
    const auto q = (loss | quality)(LossIn{1.0, 46.0});
    REQUIRE(q.ok());
    CHECK(q.value.load == twinspec_test::approx(25.0));  // 0.25 -> 25 %
}

TEST_CASE("platform: a composed model reports the stage whose domain was left") {
    const auto chain = loss | quality | rate;
    const auto first = chain(LossIn{0.001, 46.0});
    REQUIRE_FALSE(first.ok());
    CHECK(first.failed_model() == "loss");
    // 0.02 km: -74 + 51 = -23 dBm = -53 dBW: above quality's -60 dBW
    const auto second = chain(LossIn{0.02, 46.0});
    REQUIRE_FALSE(second.ok());
    CHECK(second.failed_model() == "quality");
    CHECK_THAT(second.error(), twinspec_test::contains("/rxPower: "));
    CHECK_THAT(second.error(), twinspec_test::contains("dBW is above the maximum -60 dBW"));
    // 9 km: -74 - 28.6 = -102.6 dBm = -132.6 dBW: SINR -15.6 dB below rate's -10 dB
    const auto third = chain(LossIn{9.0, 46.0});
    REQUIRE_FALSE(third.ok());
    CHECK(third.failed_model() == "rate");
}

TEST_CASE("platform: a model failure stays valid until the thread's next failing call") {
    const auto first = loss(LossIn{20.0, 46.0});
    REQUIRE_FALSE(first.ok());
    const pf::model_failure kept = *first.failure;  // a copy outlives the slot
    const auto second = rate(RateIn{99.0});
    REQUIRE_FALSE(second.ok());
    CHECK(second.failed_model() == "rate");
    CHECK(kept.model == "loss");
    REQUIRE(kept.violations.size() == 1);
    CHECK(kept.violations[0].path == "/distance");
    const auto good = rate(RateIn{10.0});
    CHECK(good.ok());
    CHECK(good.failed_model().empty());
    CHECK(good.violations().ok());
}
