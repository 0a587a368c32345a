// Connections of the five-dimension model: ends, carried fields, unit conversion through
// transfer (dBm <-> mW), what cannot be carried, direction, and the completeness check.
#include <twinspec/core/entity.hpp>
#include <twinspec/data/sample.hpp>
#include <twinspec/twin/dot.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/roles.hpp>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;
using twinspec_test::approx;
using twinspec_test::contains;

namespace twin_connections_test {

TWINSPEC_ENTITY(Cell, ts::meta(),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (float, sinr, ts::telemetry, ts::unit<dB>),
    (std::optional<double>, prb, ts::telemetry, ts::unit<percent>),
    (std::int16_t, tilt, ts::property, ts::unit<deci_deg>),
    (std::vector<double>, beamRsrp, ts::telemetry, ts::unit<dBm>),
    ((std::array<std::int32_t, 2>), counters, ts::telemetry),
    (std::string, name));
TWINSPEC_ENTITY(CellTwin, ts::meta(),
    (double, rsrpMw, ts::unit<mW>),
    (double, sinr, ts::unit<dB>),
    (double, prb, ts::unit<percent>),
    (double, tiltDeg, ts::unit<deg>),
    (std::vector<double>, beamMw, ts::unit<mW>),
    ((std::array<double, 2>), counters),
    (std::string, name));
TWINSPEC_ENTITY(CellRecord, ts::meta(), (double, rsrp, ts::unit<dBW>), (std::string, name));
TWINSPEC_ENTITY(KpiInput, ts::meta(), (double, sinr, ts::unit<dB>));
TWINSPEC_ENTITY(Kpi, ts::meta(), (double, score));
struct ComputeKpi {
    Kpi operator()(const KpiInput& in) const { return {in.sinr * 2.0}; }
};
using KpiService = ts::service<"kpi", ComputeKpi, ts::inputs<KpiInput>, ts::output<Kpi>>;
TWINSPEC_ENTITY(KpiRecord, ts::meta(), (double, score));

using CellPE = ts::physical_entity<Cell,
    ts::sensing<"rsrp", ts::every<100, ms>>, ts::sensing<"sinr", ts::every<100, ms>>,
    ts::sensing<"prb", ts::every<1, s>>, ts::sensing<"beamRsrp", ts::every<1, s>>>;
using CellVE = ts::virtual_spec<Cell, CellTwin>;

using CellPV = ts::connection<ts::cn_pv, CellPE, CellVE,
    ts::map<"rsrp", "rsrpMw">, ts::carries<"sinr", "prb">, ts::map<"tilt", "tiltDeg">,
    ts::map<"beamRsrp", "beamMw">, ts::carries<"counters", "name">, ts::every<1, s>, ts::bidirectional>;
using CellPD = ts::connection<ts::cn_pd, Cell, CellRecord, ts::carries<"rsrp", "name">, ts::every<15, minute>>;
using CellPS = ts::connection<ts::cn_ps, CellPE, KpiService, ts::carries<"sinr">>;
using KpiSD = ts::connection<ts::cn_sd, KpiService, KpiRecord, ts::carries<"score">>;

Cell make_cell() { return Cell{-30.0, 12.5f, 40.0, -35, {0.0, 10.0}, {{7, -3}}, "cell-1"}; }

TEST_CASE("twin connections: introspection of kind, ends, fields, units and interval") {
    STATIC_REQUIRE(ts::Connection<CellPV>);
    STATIC_REQUIRE(CellPV::kind == ts::cn_kind::pv);
    STATIC_REQUIRE(CellPV::kind_name == "CN_PV");
    STATIC_REQUIRE(std::is_same_v<CellPV::from_type, Cell> && std::is_same_v<CellPV::to_type, CellTwin>);
    STATIC_REQUIRE(CellPV::from_name == "Cell" && CellPV::to_name == "CellTwin");
    STATIC_REQUIRE(CellPV::direction == ts::cn_direction::bidirectional);
    STATIC_REQUIRE(CellPV::field_count == 7);
    STATIC_REQUIRE(CellPV::fields[0].from == "rsrp" && CellPV::fields[0].to == "rsrpMw");
    STATIC_REQUIRE(CellPV::fields[0].from_unit == "dBm" && CellPV::fields[0].to_unit == "mW");
    STATIC_REQUIRE(CellPV::fields[1].from == "sinr" && CellPV::fields[1].to == "sinr");
    STATIC_REQUIRE(CellPV::has_interval && CellPV::interval_seconds == 1.0);
    STATIC_REQUIRE(CellPV::carries_from<"tilt"> && !CellPV::carries_from<"tiltDeg">);
    STATIC_REQUIRE(CellPD::kind_name == "CN_PD" && CellPD::direction == ts::cn_direction::forward);
    CHECK(CellPD::interval_seconds == approx(900.0));
    STATIC_REQUIRE(CellPS::to_name == "KpiInput" && !CellPS::has_interval);
    STATIC_REQUIRE(KpiSD::from_name == "Kpi" && KpiSD::kind_name == "CN_SD");
    STATIC_REQUIRE(ts::to_string(ts::cn_kind::vs) == "CN_VS");
    STATIC_REQUIRE(std::is_empty_v<CellPV>);
}

TEST_CASE("twin connections: transfer converts dBm to mW and every other carried unit") {
    const Cell c = make_cell();
    CellTwin t{};
    const auto r = ts::transfer<CellPV>(c, t);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(t.rsrpMw == approx(0.001));       // -30 dBm = 1 µW
    CHECK(t.sinr == approx(12.5));          // float dB -> double dB
    CHECK(t.prb == approx(40.0));           // optional -> plain
    CHECK(t.tiltDeg == approx(-3.5));       // -35 × 0.1° -> -3.5°
    REQUIRE(t.beamMw.size() == 2);
    CHECK(t.beamMw[0] == approx(1.0));      // 0 dBm = 1 mW
    CHECK(t.beamMw[1] == approx(10.0));     // 10 dBm = 10 mW
    CHECK(t.counters[0] == approx(7.0));
    CHECK(t.counters[1] == approx(-3.0));
    CHECK(t.name == "cell-1");
}

TEST_CASE("twin connections: transfer back converts mW to dBm and rounds into integers") {
    CellTwin t{};
    t.rsrpMw = 1e-5;          // -50 dBm
    t.sinr = 3.0;
    t.prb = 12.0;
    t.tiltDeg = -4.26;        // -42.6 × 0.1° -> -43
    t.beamMw = {100.0};       // 20 dBm
    t.counters = {{1.4, 2.6}};
    t.name = "twin";
    Cell c = make_cell();
    const auto r = ts::transfer<CellPV>(t, c);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(c.rsrp == approx(-50.0));
    CHECK(c.sinr == approx(3.0));
    REQUIRE(c.prb.has_value());
    CHECK(*c.prb == approx(12.0));
    CHECK(c.tilt == -43);
    REQUIRE(c.beamRsrp.size() == 1);
    CHECK(c.beamRsrp[0] == approx(20.0));
    CHECK(c.counters[0] == 1);
    CHECK(c.counters[1] == 3);
    CHECK(c.name == "twin");
}

TEST_CASE("twin connections: what cannot be carried is reported and leaves the target unchanged") {
    Cell c = make_cell();
    c.rsrp = std::numeric_limits<double>::quiet_NaN();   // a NaN reading
    c.prb = std::nullopt;                                // no value for a plain target field
    c.beamRsrp = {0.0, std::numeric_limits<double>::infinity()};
    CellTwin t{};
    t.rsrpMw = 7.0;
    t.prb = 55.0;
    const auto r = ts::transfer<CellPV>(c, t);
    REQUIRE(r.size() == 3);
    CHECK(r[0].path == "/rsrpMw");
    CHECK_THAT(r[0].to_string(), contains("not a finite number; the target field is left unchanged"));
    CHECK(r[1].path == "/prb");
    CHECK(r[1].rule == ts::rule::missing_required);
    CHECK(r[2].path == "/beamMw/1");
    CHECK(t.rsrpMw == approx(7.0));  // unchanged
    CHECK(t.prb == approx(55.0));    // unchanged
    CHECK(t.sinr == approx(12.5));   // the other fields are still carried
    CHECK(t.name == "cell-1");

    CellTwin back{};
    back.rsrpMw = -1.0;          // a negative power has no level: NaN dBm
    back.tiltDeg = 1e6;          // 10,000,000 × 0.1° does not fit int16
    back.counters = {{1e10, 0.0}};
    Cell target = make_cell();
    const auto r2 = ts::transfer<CellPV>(back, target);
    REQUIRE(r2.size() == 3);
    CHECK(r2[0].path == "/rsrp");
    CHECK(r2[1].path == "/tilt");
    CHECK_THAT(r2[1].to_string(), contains("does not fit the target field's type"));
    CHECK(r2[2].path == "/counters/0");
    CHECK(target.rsrp == approx(-30.0));
    CHECK(target.tilt == -35);
    CHECK(target.counters[0] == 7);

    // a caller-given path prefix, streamed to a sink
    std::vector<std::string> paths;
    auto sink = [&paths](ts::violation&& v) { paths.push_back(v.path); };
    const ts::path_segment root{nullptr, "Cell", 0, false};
    const ts::path_segment id{&root, "cell-9", 0, false};
    ts::transfer<CellPV>(c, t, sink, id);
    REQUIRE(paths.size() == 3);
    CHECK(paths[0] == "/Cell/cell-9/rsrpMw");
}

TEST_CASE("twin connections: data, service and database ends") {
    const Cell c = make_cell();
    CellRecord rec{};
    REQUIRE(ts::transfer<CellPD>(c, rec).ok());
    CHECK(rec.rsrp == approx(-60.0));  // -30 dBm = -60 dBW
    CHECK(rec.name == "cell-1");
    KpiInput in{};
    REQUIRE(ts::transfer<CellPS>(c, in).ok());
    const Kpi k = KpiService{}(in);
    KpiRecord kr{};
    REQUIRE(ts::transfer<KpiSD>(k, kr).ok());
    CHECK(kr.score == approx(25.0));
}

TEST_CASE("twin connections: completeness of the sensed quantities") {
    STATIC_REQUIRE(ts::complete<CellPE, CellPV>);
    STATIC_REQUIRE(ts::check_completeness<CellPE, CellPD, CellPV>());
    using PartialPV = ts::connection<ts::cn_pv, Cell, CellTwin, ts::map<"rsrp", "rsrpMw">, ts::carries<"prb">>;
    constexpr auto missing = ts::uncovered_sensed_fields<CellPE, PartialPV, CellPD>;
    STATIC_REQUIRE(missing.size() == 2);
    STATIC_REQUIRE(missing[0] == "sinr" && missing[1] == "beamRsrp");
    // a CN_PD connection does not make a quantity virtual
    STATIC_REQUIRE(ts::uncovered_sensed_fields<CellPE, CellPD>.size() == 4);
    STATIC_REQUIRE(ts::uncovered_sensed_fields<CellPE, CellPV>.size() == 0);
}

template <class I>
concept has_chrono = requires { I::chrono(); };

TEST_CASE("twin connections: sampling interval types") {
    STATIC_REQUIRE(ts::valid_interval_v<ts::every<100, ms>>);
    STATIC_REQUIRE(!ts::valid_interval_v<ts::every<0, ms>>);
    STATIC_REQUIRE(!ts::valid_interval_v<ts::every<-1, s>>);
    STATIC_REQUIRE(!ts::valid_interval_v<ts::every<1, m>>);  // metres are not time
    STATIC_REQUIRE(!ts::valid_interval_v<int>);
    CHECK(ts::interval_traits<ts::every<2, h>>::seconds == approx(7200.0));
    CHECK(ts::interval_traits<ts::every<250, us>>::seconds == approx(0.00025));
    // The same interval as a std::chrono::duration, exactly, for the twin-data layer's views.
    STATIC_REQUIRE(ts::every<15, minute>::chrono() == std::chrono::minutes(15));
    STATIC_REQUIRE(ts::every<250, us>::chrono() == std::chrono::microseconds(250));
    STATIC_REQUIRE(std::is_same_v<decltype(ts::every<100, ms>::chrono()), std::chrono::duration<std::intmax_t, std::milli>>);
    STATIC_REQUIRE(has_chrono<ts::every<1, s>> && !has_chrono<ts::every<1, m>>);  // metres are not time
    // ... and converts, exactly, to the twin-data layer's duration (views' steps and widths).
    constexpr ts::data::duration step = ts::every<15, minute>::chrono();
    STATIC_REQUIRE(step == std::chrono::nanoseconds(900'000'000'000));
}

TEST_CASE("twin connections: drawn in the type graph as dashed edges with kind, interval and fields") {
    using cells = ts::model<Cell, CellTwin, KpiInput>;
    const std::string dot = ts::type_graph_dot<cells, CellPV, CellPD, CellPS, KpiSD>("cells");
    // The model's entities, then the ends it does not hold (each once, dashed).
    CHECK_THAT(dot, contains("  \"Cell\";\n  \"CellTwin\";\n  \"KpiInput\";\n"
                             "  \"CellRecord\" [style=dashed];\n  \"Kpi\" [style=dashed];\n"
                             "  \"KpiRecord\" [style=dashed];\n"));
    // A bidirectional CN_PV with its interval, a renamed field with its unit conversion, a
    // field carried under its own name, and a field converted between 0.1° and °.
    CHECK_THAT(dot, contains("  \"Cell\" -> \"CellTwin\" [style=dashed, color=\"#1f77b4\", fontcolor=\"#1f77b4\", "
                             "dir=both, label=\"CN_PV, every 1 s\\nrsrp \u2192 rsrpMw (dBm \u2192 mW)\\nsinr\\nprb"
                             "\\ntilt \u2192 tiltDeg (0.1\u00b0 \u2192 \u00b0)\\nbeamRsrp \u2192 beamMw (dBm \u2192 mW)"
                             "\\ncounters\\nname\"];\n"));
    CHECK_THAT(dot, contains("  \"Cell\" -> \"CellRecord\" [style=dashed, color=\"#1f77b4\", fontcolor=\"#1f77b4\", "
                             "label=\"CN_PD, every 900 s\\nrsrp (dBm \u2192 dBW)\\nname\"];\n"));
    CHECK_THAT(dot, contains("  \"Cell\" -> \"KpiInput\" [style=dashed, color=\"#1f77b4\", fontcolor=\"#1f77b4\", "
                             "label=\"CN_PS\\nsinr\"];\n"));
    CHECK_THAT(dot, contains("  \"Kpi\" -> \"KpiRecord\" [style=dashed, color=\"#1f77b4\", fontcolor=\"#1f77b4\", "
                             "label=\"CN_SD\\nscore\"];\n"));
    CHECK_THAT(dot, twinspec_test::ends_with("}\n"));
    // Without connections the graph is the entities alone.
    CHECK(ts::type_graph_dot<cells>("cells").find("->") == std::string::npos);
}

}  // namespace twin_connections_test
