// Mechanism models: validity domain, composition with unit conversion, error propagation.
#include "twinspec_catch.hpp"

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <cmath>
#include <string>
#include <utility>

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
// An input with a string: its failure record is made at once (it cannot be deferred).
TWINSPEC_ENTITY(SiteIn, ts::meta(), (std::string, site), (double, load, ts::unit<percent>, ts::range(0.0, 100.0)));
TWINSPEC_ENTITY(SiteOut, ts::meta(), (double, power, ts::unit<W>));
inline const auto site_power = pf::make_model<"site-power", pf::semver{1, 0, 0}, SiteIn, SiteOut>(
    pf::provenance{"linear"}, [](const SiteIn& in) { return SiteOut{100.0 + 2.0 * in.load}; });
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

TEST_CASE("platform: a model failure is owned by its result: two failures in a row keep both") {
    const auto first = loss(LossIn{20.0, 46.0});
    REQUIRE_FALSE(first.ok());
    const auto second = rate(RateIn{99.0});
    REQUIRE_FALSE(second.ok());
    const auto third = (loss | quality | rate)(LossIn{0.02, 46.0});
    REQUIRE_FALSE(third.ok());
    // every result still holds its own failure
    CHECK(first.failed_model() == "loss");
    REQUIRE(first.violations().size() == 1);
    CHECK(first.violations()[0].path == "/distance");
    CHECK(second.failed_model() == "rate");
    REQUIRE(second.violations().size() == 1);
    CHECK(second.violations()[0].path == "/sinr");
    CHECK(third.failed_model() == "quality");
    CHECK(first.failure.get() != second.failure.get());

    // a copy owns a copy of the record; a move takes it
    auto copy = first;
    REQUIRE(copy.failure);
    CHECK(copy.failure.get() != first.failure.get());
    CHECK(copy.error() == first.error());
    auto moved = std::move(copy);
    CHECK(moved.failed_model() == "loss");
    CHECK(copy.ok());  // NOLINT(bugprone-use-after-move): a moved-from result is empty
    copy = loss(LossIn{1.0, 60.0});
    CHECK(copy.violations()[0].path == "/txPower");
    copy = moved;
    CHECK(copy.violations()[0].path == "/distance");
    copy = loss(LossIn{1.0, 46.0});
    CHECK(copy.ok());

    const auto good = rate(RateIn{10.0});
    CHECK(good.ok());
    CHECK_FALSE(good.failure);
    CHECK(good.failed_model().empty());
    CHECK(good.violations().ok());
}

TEST_CASE("platform: failure records are deferred for small numeric inputs, made at once otherwise") {
    STATIC_REQUIRE(pf::detail::defer_failure<LossIn>());
    STATIC_REQUIRE(pf::detail::defer_failure<RateIn>());
    STATIC_REQUIRE_FALSE(pf::detail::defer_failure<SiteIn>());  // a string field
    // deferred: the same details as validate gives, made on first access
    const auto deferred = loss(LossIn{20.0, 60.0});
    REQUIRE(static_cast<bool>(deferred.failure));
    const pf::model_failure& record = *deferred.failure;
    CHECK(record.model == "loss");
    CHECK(record.violations.size() == ts::validate(LossIn{20.0, 60.0}).size());
    CHECK(deferred.failure.get() == &record);  // made once
    // at once
    auto eager = site_power(SiteIn{"north", 120.0});
    REQUIRE_FALSE(eager.ok());
    CHECK(eager.error() == "model site-power: input outside the validity domain: /load: 120 % is above the maximum 100 %");
    auto moved = std::move(eager);
    CHECK(moved.failed_model() == "site-power");
    CHECK(eager.ok());  // NOLINT(bugprone-use-after-move): a moved-from result is empty
    const auto fine = site_power(SiteIn{"north", 50.0});
    REQUIRE(fine.ok());
    CHECK(fine.value.power == 200.0);
}

namespace platform_models_test {
TWINSPEC_ENTITY(CostIn, ts::meta(), (double, power, ts::unit<kW>, ts::range(0.0, 0.25)));
TWINSPEC_ENTITY(CostOut, ts::meta(), (double, euroPerHour));
inline const auto cost = pf::make_model<"cost", pf::semver{1, 0, 0}, CostIn, CostOut>(
    pf::provenance{"tariff"}, [](const CostIn& in) { return CostOut{0.3 * in.power}; });

/// A model of the user's own (no `run`): a composition calls it through its call operator.
struct capped_rate : pf::detail::model_base {
    using input_type = RateIn;
    using output_type = RateOut;
    [[nodiscard]] pf::model_result<RateOut> operator()(const RateIn& in) const {
        if (in.sinr > 20.0) return {RateOut{}, pf::failure_ptr(new pf::model_failure{"capped", {}})};
        return {RateOut{2.0 * in.sinr}, nullptr};
    }
    [[nodiscard]] static std::string label() { return "capped"; }
};
}  // namespace platform_models_test

TEST_CASE("platform: a composition chains the stages' run: out untouched and the failing stage's record") {
    // run: true with the output, or false with the failure and the output untouched
    LossOut out{1.0, 2.0f};
    pf::failure_ptr failure;
    REQUIRE(loss.run(LossIn{1.0, 46.0}, out, failure));
    CHECK_FALSE(failure);
    CHECK(out.rxPower == twinspec_test::approx(-74.0));
    RateOut r{7.0};
    CHECK_FALSE((loss | quality | rate).run(LossIn{9.0, 46.0}, r, failure));
    CHECK(r.efficiency == 7.0);
    REQUIRE(failure);
    CHECK(failure->model == "rate");

    // an input whose record is made at once, first and second in a chain
    const auto chain = site_power | cost;  // W -> kW
    const auto ok = chain(SiteIn{"north", 50.0});
    REQUIRE(ok.ok());
    CHECK(ok.value.euroPerHour == twinspec_test::approx(0.06));
    const auto first = chain(SiteIn{"north", 120.0});
    REQUIRE_FALSE(first.ok());
    CHECK(first.error() == "model site-power: input outside the validity domain: /load: 120 % is above the maximum 100 %");
    CHECK(first.value.euroPerHour == 0.0);
    const auto second = chain(SiteIn{"north", 90.0});  // 280 W = 0.28 kW > 0.25 kW
    REQUIRE_FALSE(second.ok());
    CHECK(second.failed_model() == "cost");
    CHECK_THAT(second.error(), twinspec_test::contains("/power: "));
    CHECK_THAT(second.error(), twinspec_test::contains("kW is above the maximum 0.25 kW"));

    // a model without run, last and in the middle of a chain
    const auto mine = quality | capped_rate{};
    const auto fine = mine(QualityIn{-140.0, 10.0});  // SINR -23 dB
    REQUIRE(fine.ok());
    CHECK(fine.value.efficiency == twinspec_test::approx(-46.0));
    const auto capped = (loss | quality | capped_rate{})(LossIn{0.02, 10.0});  // SINR 28 dB
    REQUIRE_FALSE(capped.ok());
    CHECK(capped.failed_model() == "capped");
    CHECK(capped.value.efficiency == 0.0);
}
