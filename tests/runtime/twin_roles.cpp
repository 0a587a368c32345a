// The five-dimension roles: physical entity (sensing, decision, edge), virtual entity (models,
// assembly, verification, lifecycle typestate and run-time lifecycle) and services.
#include <twinspec/core/entity.hpp>
#include <twinspec/twin/roles.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;
using twinspec_test::approx;
using twinspec_test::contains;

namespace twin_roles_test {

struct EdgeNode;
TWINSPEC_ENTITY(EdgeNode, ts::meta(), (std::uint32_t, nodeId));
TWINSPEC_ENTITY(TiltRequest, ts::meta(), (std::int16_t, tilt, ts::unit<deci_deg>, ts::range(-900, 900)));
TWINSPEC_ENTITY(TiltResponse, ts::meta(), (bool, accepted), (std::int16_t, applied, ts::range(-900, 900)));
TWINSPEC_ENTITY(Beam, ts::meta(),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<double>, prb, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<double>, ssbRsrp, ts::telemetry, ts::unit<dBm>),
    (std::int16_t, tilt, ts::property, ts::unit<deci_deg>, ts::range(-900, 900)),
    (ts::ref<EdgeNode>, servedBy, ts::relationship));

using BeamPE = ts::physical_entity<Beam,
    ts::sensing<"rsrp", ts::every<100, ms>>,
    ts::sensing<"sinr", ts::every<1, s>>,
    ts::sensing<"prb", ts::every<15, minute>>,
    ts::decision<"setTilt", TiltRequest, TiltResponse>,
    ts::edge_via<"servedBy">>;

// The virtual state of a beam and its sub-models.
TWINSPEC_ENTITY(BeamTwin, ts::meta(),
    (double, txPower, ts::unit<dBm>),
    (double, distance, ts::unit<m>),
    (double, azimuth, ts::unit<deg>),
    (double, rsrp, ts::unit<dBm>),
    (double, sinr, ts::unit<dB>),
    (std::optional<double>, prb, ts::unit<percent>),
    (std::vector<double>, ssbRsrp, ts::unit<dBm>),
    (double, pathLoss, ts::unit<dB>),
    (bool, covered));
TWINSPEC_ENTITY(PathLossIn, ts::meta(), (double, txPower), (double, distance));
TWINSPEC_ENTITY(PathLossOut, ts::meta(), (double, pathLoss), (double, rsrp), (double, margin));
TWINSPEC_ENTITY(CoverIn, ts::meta(), (double, margin), (double, rsrp));
TWINSPEC_ENTITY(CoverOut, ts::meta(), (bool, covered));

/// A log-distance path-loss model: PL = 32.4 + 20 log10(d / 1 m) dB (3.5 GHz-ish constant).
struct PathLoss {
    PathLossOut operator()(const PathLossIn& in) const {
        const double pl = 32.4 + 20.0 * std::log10(in.distance);
        const double rsrp = in.txPower - pl;
        return {pl, rsrp, rsrp + 110.0};
    }
};
/// Uses the margin, which only PathLoss provides (not the state).
struct Coverage {
    CoverOut operator()(const CoverIn& in) const { return {in.margin >= 0.0 && in.rsrp > -156.0}; }
};
/// A rule over the whole state.
struct RsrpInRange {
    bool operator()(const BeamTwin& s) const { return s.rsrp >= -156.0 && s.rsrp <= -31.0; }
};
/// A rule with a validation_result verdict.
struct StateValid {
    ts::validation_result operator()(const BeamTwin& s) const {
        ts::validation_result r;
        if (s.distance <= 0.0) {
            ts::violation v;
            v.path = "/distance";
            v.message = "distance must be positive";
            r.push(std::move(v));
        }
        return r;
    }
};

using BeamVE = ts::virtual_spec<Beam, BeamTwin,
    ts::geometry_model<"azimuth", "distance">,
    ts::physics_model<"txPower">,
    ts::behaviour_model<PathLoss>,
    ts::behaviour_model<Coverage>,
    ts::rule_model<RsrpInRange>,
    ts::rule_model<StateValid>,
    ts::describe<"SSB beam: path-loss coverage twin">>;

BeamTwin make_twin() {
    BeamTwin t{};
    t.txPower = 46.0;
    t.distance = 1000.0;
    t.azimuth = 30.0;
    t.rsrp = -46.4;
    t.sinr = 12.0;
    t.prb = 40.0;
    t.ssbRsrp = {-80.0, -85.0};
    return t;
}
Beam make_reading() { return Beam{-46.0, 12.5, 41.0, {-80.5, -85.0}, 0, {}}; }

TEST_CASE("twin roles: physical entity sensing table from the kernel annotations") {
    STATIC_REQUIRE(ts::PhysicalRole<BeamPE>);
    STATIC_REQUIRE(BeamPE::sensing_table.size() == 3);
    constexpr auto rsrp = BeamPE::sensing_table[0];
    STATIC_REQUIRE(rsrp.field == "rsrp");
    STATIC_REQUIRE(rsrp.unit == "dBm");
    STATIC_REQUIRE(rsrp.has_min && rsrp.has_max && rsrp.min == -156.0 && rsrp.max == -31.0);
    STATIC_REQUIRE(rsrp.interval_count == 100 && rsrp.interval_unit == "ms");
    CHECK(rsrp.interval_seconds == approx(0.1));
    CHECK(BeamPE::sensing_table[2].interval_seconds == approx(900.0));
    STATIC_REQUIRE(BeamPE::senses<"sinr"> && !BeamPE::senses<"tilt">);
    STATIC_REQUIRE(BeamPE::decision_table[0].name == "setTilt");
    STATIC_REQUIRE(BeamPE::decision_table[0].request == "TiltRequest");
    STATIC_REQUIRE(BeamPE::edge_table[0].field == "servedBy" && BeamPE::edge_table[0].node == "EdgeNode");
    STATIC_REQUIRE(std::is_same_v<BeamPE::edge_nodes, ts::type_list<EdgeNode>>);
    STATIC_REQUIRE(std::is_empty_v<BeamPE>);  // a role is a type, the entity stays a plain struct

    Beam b = make_reading();
    std::vector<std::string> seen;
    BeamPE::for_each_sensed(b, [&](const ts::sensing_info& info, auto&) { seen.emplace_back(info.field); });
    CHECK(seen == std::vector<std::string>{"rsrp", "sinr", "prb"});
}

TEST_CASE("twin roles: sensed readings are validated field by field, NaN included") {
    Beam b = make_reading();
    CHECK(BeamPE::validate_readings(b).ok());
    b.rsrp = -20.0;                                      // above -31 dBm
    b.sinr = std::numeric_limits<double>::quiet_NaN();   // not finite
    b.prb = 140.0;                                       // above 100 %
    b.tilt = 2000;                                       // not sensed: not checked here
    const auto r = BeamPE::validate_readings(b);
    REQUIRE(r.size() == 3);
    CHECK(r[0].path == "/rsrp");
    CHECK(r[0].rule == ts::rule::above_maximum);
    CHECK(r[1].path == "/sinr");
    CHECK(r[1].rule == ts::rule::not_finite);
    CHECK(r[2].path == "/prb");
    ts::path_segment at{nullptr, "Beam", 0, false};
    ts::path_segment id{&at, "beam-7", 0, false};
    CHECK(BeamPE::validate_readings(b, id)[0].path == "/Beam/beam-7/rsrp");
}

TEST_CASE("twin roles: decision execution validates request and response") {
    Beam b = make_reading();
    int calls = 0;
    auto handler = [&calls](Beam& beam, const TiltRequest& req) {
        ++calls;
        beam.tilt = req.tilt;
        return TiltResponse{true, req.tilt};
    };
    auto ok = BeamPE::execute<"setTilt">(b, TiltRequest{-35}, handler);
    REQUIRE(ok.ok());
    CHECK(ok.response->applied == -35);
    CHECK(b.tilt == -35);

    auto bad = BeamPE::execute<"setTilt">(b, TiltRequest{1200}, handler);
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(bad.response.has_value());
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors[0].path == "/setTilt/request/tilt");
    CHECK(calls == 1);  // an invalid request never reaches the entity
    CHECK(b.tilt == -35);

    auto lying = BeamPE::execute<"setTilt">(b, TiltRequest{10}, [](Beam&, const TiltRequest&) { return TiltResponse{true, 5000}; });
    CHECK_FALSE(lying.ok());
    REQUIRE(lying.errors.size() == 1);
    CHECK(lying.errors[0].path == "/setTilt/response/applied");
}

TEST_CASE("twin roles: virtual spec introspection") {
    STATIC_REQUIRE(ts::VirtualSpec<BeamVE>);
    STATIC_REQUIRE(BeamVE::description == "SSB beam: path-loss coverage twin");
    STATIC_REQUIRE(BeamVE::geometry_fields.size() == 2 && BeamVE::geometry_fields[1] == "distance");
    STATIC_REQUIRE(BeamVE::physics_fields.size() == 1 && BeamVE::physics_fields[0] == "txPower");
    STATIC_REQUIRE(BeamVE::behaviours::size == 2 && BeamVE::rules::size == 2);
    STATIC_REQUIRE(ts::BehaviourModel<PathLoss> && ts::RuleModel<RsrpInRange> && ts::RuleModel<StateValid>);
    STATIC_REQUIRE(!ts::RuleModel<PathLoss> && !ts::BehaviourModel<RsrpInRange>);
    STATIC_REQUIRE(ts::assembly_ok<BeamVE>);
    STATIC_REQUIRE(std::is_same_v<ts::model_input_t<Coverage>, CoverIn>);
    // zero overhead: the typestate holds exactly the state at every stage
    STATIC_REQUIRE(sizeof(ts::virtual_entity<BeamVE>) == sizeof(BeamTwin));
    STATIC_REQUIRE(sizeof(ts::virtual_entity<BeamVE, ts::stage::running>) == sizeof(BeamTwin));
}

TEST_CASE("twin lifecycle: constructed -> assembled -> verified -> running -> retired") {
    ts::virtual_entity<BeamVE> c{make_twin()};
    STATIC_REQUIRE(decltype(c)::stage == ts::lifecycle_state::constructed);
    auto a = std::move(c).assemble();
    STATIC_REQUIRE(decltype(a)::stage == ts::lifecycle_state::assembled);
    auto v = std::move(a).verify(make_reading(), ts::tolerances(ts::within<"rsrp">(1.0), ts::within_rel<"sinr">(0.05),
                                                                ts::within<"prb">(2.0), ts::within<"ssbRsrp">(1.0)));
    INFO(v.report().to_string());
    REQUIRE(v.ok());
    auto verified = std::move(v).verified();
    REQUIRE(verified.has_value());
    auto r = std::move(*verified).run();
    STATIC_REQUIRE(decltype(r)::stage == ts::lifecycle_state::running);
    const auto rules = r.step();
    // behaviour outputs written back: PL(1000 m) = 32.4 + 60 = 92.4 dB; rsrp = 46 - 92.4
    CHECK(r.state().pathLoss == approx(92.4));
    CHECK(r.state().rsrp == approx(-46.4));
    CHECK(r.state().covered);  // margin 63.6 dB, provided by PathLoss only
    CHECK(std::get<0>(rules));
    CHECK(std::get<1>(rules).ok());
    CHECK(ts::all_rules_hold(rules));
    // a running twin is re-checked against fresh readings without a transition
    Beam fresh = make_reading();
    fresh.rsrp = -60.0;
    const auto again = r.check(fresh, ts::tolerances(ts::within<"rsrp">(1.0)));
    REQUIRE(again.size() == 1);
    CHECK(again[0].path == "/rsrp");
    auto retired = std::move(r).retire();
    STATIC_REQUIRE(decltype(retired)::stage == ts::lifecycle_state::retired);
    CHECK(retired.state().pathLoss == approx(92.4));
}

TEST_CASE("twin lifecycle: rule models report a broken state") {
    BeamTwin t = make_twin();
    t.distance = 1e12;  // path loss so large that the estimated RSRP falls below -156 dBm
    const auto rules = ts::evaluate<BeamVE>(t);
    CHECK(t.rsrp < -156.0);
    CHECK_FALSE(t.covered);
    CHECK_FALSE(std::get<0>(rules));
    CHECK(std::get<1>(rules).ok());
    CHECK_FALSE(ts::all_rules_hold(rules));
    t.distance = -1.0;
    const auto rules2 = ts::evaluate<BeamVE>(t);
    CHECK_FALSE(std::get<1>(rules2).ok());
}

TEST_CASE("twin lifecycle: failed verification reports every deviation and keeps the entity assembled") {
    auto a = ts::virtual_entity<BeamVE>{make_twin()}.assemble();
    Beam reading = make_reading();
    reading.rsrp = -60.0;                                    // 13.6 dB away
    reading.sinr = std::numeric_limits<double>::quiet_NaN(); // NaN physical reading
    reading.prb = std::nullopt;                              // the virtual side has a value
    reading.ssbRsrp = {-80.0, -95.0};                        // second beam 10 dB away
    const auto tol = ts::tolerances(ts::within<"rsrp">(3.0), ts::within<"sinr">(1.0), ts::within<"prb">(1.0),
                                    ts::within<"ssbRsrp">(1.0));
    auto v = std::move(a).verify(reading, tol);
    CHECK_FALSE(v.ok());
    const auto& rep = v.report();
    REQUIRE(rep.size() == 4);
    CHECK(rep[0].path == "/rsrp");
    CHECK(rep[0].field == "rsrp");
    CHECK(rep[0].virtual_value == approx(-46.4));
    CHECK(rep[0].physical_value == approx(-60.0));
    CHECK(rep[0].tolerance == approx(3.0));
    CHECK(rep[0].unit == "dBm");
    CHECK(rep[0].reason == ts::deviation_reason::outside_tolerance);
    CHECK(rep[1].path == "/sinr");
    CHECK(rep[1].reason == ts::deviation_reason::not_finite);  // NaN is a deviation, not a pass
    CHECK(rep[2].path == "/prb");
    CHECK(rep[2].reason == ts::deviation_reason::missing_value);
    CHECK(rep[2].virtual_count == 1);
    CHECK(rep[2].physical_count == 0);
    CHECK(rep[3].path == "/ssbRsrp/1");
    CHECK(rep[3].physical_value == approx(-95.0));
    CHECK_THAT(rep.to_string(), contains("/rsrp: virtual -46.4 dBm, physical -60 dBm (rsrp): |difference|"));
    CHECK_THAT(rep.to_string(), contains("exceeds the tolerance 3 dBm"));
    CHECK_THAT(rep.to_string(), contains("/sinr: virtual 12 dB, physical NaN dB (sinr): a value is not a finite number"));
    CHECK_THAT(rep.to_string(), contains("/prb: virtual has 1 value(s), physical (prb) has 0"));
    CHECK_FALSE(std::move(v).verified().has_value());
}

TEST_CASE("twin lifecycle: a failed verification can be retried after correcting the state") {
    auto a = ts::virtual_entity<BeamVE>{make_twin()}.assemble();
    Beam reading = make_reading();
    reading.rsrp = -60.0;
    const auto tol = ts::tolerances(ts::within<"rsrp">(3.0));
    auto v = std::move(a).verify(reading, tol);
    REQUIRE_FALSE(v.ok());
    auto back = std::move(v).assembled();
    back.state().rsrp = -61.0;
    auto v2 = std::move(back).verify(reading, tol);
    CHECK(v2.ok());
    CHECK(std::move(v2).verified().has_value());
}

TWINSPEC_ENTITY(PowerTwin, ts::meta(), (double, power, ts::unit<mW>), (double, level, ts::unit<dBm>));
TWINSPEC_ENTITY(PowerReading, ts::meta(), (double, powerW, ts::unit<W>), (double, level, ts::unit<dBW>));

TEST_CASE("twin lifecycle: relative and converted tolerances, invalid tolerances") {
    // 0.5 W = 500 mW = 26.99 dBm; -3 dBW = 27 dBm
    const PowerTwin t{510.0, 27.0};
    const PowerReading p{0.5, -3.0};
    CHECK(ts::verify(t, p, ts::within<"power", "powerW">(20.0), ts::within<"level">(0.01)).ok());
    const auto r = ts::verify(t, p, ts::within<"power", "powerW">(5.0), ts::within_rel<"level">(-0.1));
    REQUIRE(r.size() == 2);
    CHECK(r[0].physical_value == approx(500.0));  // converted to the virtual field's unit
    CHECK(r[0].physical_field == "powerW");
    CHECK(r[0].unit == "mW");
    CHECK(r[1].reason == ts::deviation_reason::invalid_tolerance);
    CHECK(ts::verify(t, p, ts::within_rel<"power", "powerW">(0.05)).ok());   // 10 mW of 500 mW is 2 %
    CHECK_FALSE(ts::verify(t, p, ts::within_rel<"power", "powerW">(0.01)).ok());
    CHECK_THAT(ts::verify(t, p, ts::within_rel<"power", "powerW">(0.01)).to_string(), contains("1 % (relative)"));
}

TEST_CASE("twin lifecycle: run-time transitions return an error value for illegal ones") {
    using S = ts::lifecycle_state;
    CHECK(ts::lifecycle_allows(S::constructed, S::assembled));
    CHECK(ts::lifecycle_allows(S::assembled, S::verified));
    CHECK(ts::lifecycle_allows(S::verified, S::running));
    CHECK(ts::lifecycle_allows(S::running, S::retired));
    CHECK(ts::lifecycle_allows(S::assembled, S::retired));
    CHECK_FALSE(ts::lifecycle_allows(S::assembled, S::running));   // skipping verification
    CHECK_FALSE(ts::lifecycle_allows(S::constructed, S::verified));
    CHECK_FALSE(ts::lifecycle_allows(S::running, S::running));
    CHECK_FALSE(ts::lifecycle_allows(S::retired, S::running));
    CHECK_FALSE(ts::lifecycle_allows(S::retired, S::retired));

    const auto bad = ts::transition(S::assembled, S::running, "/Beam/beam-7");
    CHECK_FALSE(bad.ok);
    CHECK(bad.state == S::assembled);
    CHECK(bad.error.from == S::assembled);
    CHECK(bad.error.to == S::running);
    CHECK(bad.error.to_string() ==
          "/Beam/beam-7: illegal lifecycle transition assembled -> running (legal from assembled: verified, retired)");
    CHECK(ts::transition(S::retired, S::constructed).error.to_string() ==
          "/: illegal lifecycle transition retired -> constructed (legal from retired: none)");
    const auto good = ts::transition(S::verified, S::running);
    CHECK(good.ok);
    CHECK(good.state == S::running);

    ts::lifecycle lc;
    CHECK(lc.state() == S::constructed);
    CHECK_FALSE(lc.advance(S::running));
    CHECK(lc.state() == S::constructed);
    CHECK(lc.advance(S::assembled));
    CHECK(lc.advance(S::verified));
    const auto r = lc.advance_or_error(S::assembled, "/Beam/1");
    CHECK_FALSE(r.ok);
    CHECK(lc.state() == S::verified);
    CHECK(lc.advance(S::running));
    CHECK(lc.advance(S::retired));
    CHECK_FALSE(lc.advance(S::running));
    CHECK(lc.state() == S::retired);
}

// ---- services ------------------------------------------------------------------------------

TWINSPEC_ENTITY(CellKpi, ts::meta(),
    (double, meanRsrp, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::uint32_t, covered));
struct ComputeKpi {
    CellKpi operator()(const std::vector<BeamTwin>& beams) const {
        double sum = 0.0;
        std::uint32_t covered = 0;
        for (const auto& b : beams) {
            sum += b.rsrp;
            covered += b.covered ? 1U : 0U;
        }
        return {beams.empty() ? -156.0 : sum / static_cast<double>(beams.size()), covered};
    }
};
using KpiService = ts::service<"cellKpi", ComputeKpi, ts::inputs<std::vector<BeamTwin>>, ts::output<CellKpi>,
                               ts::quality<ts::latency_budget<50, ms>, ts::availability<9999, 10000>, ts::accuracy<1, dB>>>;

TEST_CASE("twin roles: a service is a typed, introspectable function") {
    STATIC_REQUIRE(ts::Service<KpiService>);
    STATIC_REQUIRE(KpiService::name == "cellKpi");
    STATIC_REQUIRE(KpiService::input_names.size() == 1 && KpiService::input_names[0] == "BeamTwin");
    STATIC_REQUIRE(KpiService::output_name == "CellKpi");
    STATIC_REQUIRE(std::is_same_v<KpiService::input_types, ts::type_list<std::vector<BeamTwin>>>);
    CHECK(KpiService::latency_budget_seconds == approx(0.05));
    CHECK(KpiService::availability == approx(0.9999));
    CHECK(KpiService::accuracy == approx(1.0));
    STATIC_REQUIRE(KpiService::accuracy_unit == "dB");
    STATIC_REQUIRE(std::is_empty_v<KpiService>);

    std::vector<BeamTwin> beams(2, make_twin());
    beams[1].rsrp = -50.0;
    beams[1].covered = true;
    const CellKpi k = KpiService{}(beams);
    CHECK(k.meanRsrp == approx(-48.2));
    CHECK(k.covered == 1);
}

TEST_CASE("twin roles: a checked service call reports invalid output with a path") {
    std::vector<BeamTwin> beams(1, make_twin());
    beams[0].rsrp = -10.0;  // the mean is above the output's -31 dBm maximum
    const auto r = KpiService::checked(beams);
    CHECK_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/output/meanRsrp");
    beams[0].rsrp = -90.0;
    const auto ok = KpiService::checked(beams);
    REQUIRE(ok.ok());
    CHECK(ok.value->meanRsrp == approx(-90.0));
}

}  // namespace twin_roles_test
