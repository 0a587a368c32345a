// Compile-time tests of the twin roles: what is a role, what is checked, what must NOT
// compile (negative requires-expressions), and that roles cost nothing at run time.
#include <twinspec/core/entity.hpp>
#include <twinspec/twin/roles.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

namespace twin_roles_static {

TWINSPEC_ENTITY(Edge, ts::meta(), (std::uint32_t, id));
TWINSPEC_ENTITY(Req, ts::meta(), (int, value, ts::range(0, 10)));
TWINSPEC_ENTITY(Resp, ts::meta(), (bool, done));
TWINSPEC_ENTITY(Ue, ts::meta(),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, speed, ts::telemetry, ts::unit<km_per_h>),
    (std::optional<float>, cqi, ts::telemetry, ts::range(0.0, 15.0)),
    (ts::ref<Edge>, anchor, ts::relationship));
struct UePlain {
    double rsrp;
    double speed;
    std::optional<float> cqi;
    ts::ref<Edge> anchor;
};
static_assert(sizeof(Ue) == sizeof(UePlain));

using UePE = ts::physical_entity<Ue, ts::sensing<"rsrp", ts::every<40, ms>>, ts::sensing<"speed", ts::every<1, s>>,
                                 ts::sensing<"cqi", ts::every<5, ms>>, ts::decision<"handover", Req, Resp>,
                                 ts::edge_via<"anchor">, ts::edge<Edge>>;
static_assert(ts::PhysicalRole<UePE>);
static_assert(!ts::PhysicalRole<Ue> && !ts::PhysicalRole<int>);
static_assert(std::is_empty_v<UePE> && std::is_trivial_v<UePE>);
static_assert(UePE::sensing_table.size() == 3 && UePE::decision_table.size() == 1 && UePE::edge_table.size() == 2);
static_assert(UePE::sensing_table[1].unit == "km/h" && !UePE::sensing_table[1].has_min);
static_assert(UePE::sensing_table[2].unit.empty() && UePE::sensing_table[2].max == 15.0);
static_assert(UePE::edge_table[1].field.empty() && UePE::edge_table[1].node == "Edge");
static_assert(std::is_same_v<UePE::edge_nodes, ts::type_list<Edge, Edge>>);

// execute: only declared commands, only matching handlers
struct GoodHandler {
    Resp operator()(Ue&, const Req&) const { return {true}; }
};
struct WrongHandler {
    Resp operator()(const Req&) const { return {true}; }
};
template <class H>
concept CanExecute = requires(Ue& u, const Req& r, H h) { UePE::execute<"handover">(u, r, h); };
static_assert(CanExecute<GoodHandler>);

// virtual entities
TWINSPEC_ENTITY(UeTwin, ts::meta(), (double, rsrp, ts::unit<dBm>), (double, speed, ts::unit<m_per_s>), (double, score));
TWINSPEC_ENTITY(ScoreIn, ts::meta(), (double, rsrp), (double, speed));
TWINSPEC_ENTITY(ScoreOut, ts::meta(), (double, score));
struct Score {
    ScoreOut operator()(const ScoreIn& in) const { return {in.rsrp - in.speed}; }
};
struct Declared {  // signature declared instead of deduced (a generic call operator)
    using input_type = UeTwin;
    using output_type = ScoreOut;
    template <class T>
    ScoreOut operator()(const T& t) const { return {t.rsrp}; }
};
struct NotAModel {};
static_assert(ts::BehaviourModel<Score> && ts::BehaviourModel<Declared>);
static_assert(!ts::SubModel<NotAModel> && !ts::SubModel<int>);
static_assert(std::is_same_v<ts::model_input_t<Declared>, UeTwin>);
using UeVE = ts::virtual_spec<Ue, UeTwin, ts::behaviour_model<Score>, ts::behaviour_model<Declared>>;
static_assert(ts::VirtualSpec<UeVE> && ts::assembly_ok<UeVE> && UeVE::description.empty());
static_assert(!ts::VirtualSpec<UeTwin>);

// the typestate: which transitions exist at which stage (they are members with static_asserts,
// so the negative cases are compile-fail tests; here: sizes and stage values)
template <class S>
using ve = ts::virtual_entity<UeVE, S>;
static_assert(sizeof(ve<ts::stage::constructed>) == sizeof(UeTwin));
static_assert(sizeof(ve<ts::stage::retired>) == sizeof(UeTwin));
static_assert(ve<ts::stage::verified>::stage == ts::lifecycle_state::verified);
static_assert(std::is_constructible_v<ve<ts::stage::constructed>, UeTwin>);
static_assert(!std::is_constructible_v<ve<ts::stage::verified>, UeTwin>);  // no skipping to verified
static_assert(!std::is_constructible_v<ve<ts::stage::running>, UeTwin>);
static_assert(!std::is_default_constructible_v<ve<ts::stage::constructed>>);
template <class V>
concept HasMutableState = requires(V v) { { v.state() } -> std::same_as<UeTwin&>; };
static_assert(HasMutableState<ve<ts::stage::running>>);
static_assert(!HasMutableState<ve<ts::stage::retired>>);  // a retired twin is read-only

// lifecycle table (constexpr)
static_assert(ts::lifecycle_allows(ts::lifecycle_state::constructed, ts::lifecycle_state::assembled));
static_assert(!ts::lifecycle_allows(ts::lifecycle_state::constructed, ts::lifecycle_state::running));
static_assert(!ts::lifecycle_allows(ts::lifecycle_state::verified, ts::lifecycle_state::assembled));
static_assert(ts::to_string(ts::lifecycle_state::running) == "running");
static_assert(sizeof(ts::lifecycle) == 1);

// verification rules as a trait
static_assert(ts::tolerances_ok<UeTwin, Ue, decltype(ts::tolerances(ts::within<"rsrp">(1.0)))>);
static_assert(ts::tolerances_ok<UeTwin, Ue, decltype(ts::tolerances(ts::within_rel<"speed">(0.1)))>);  // m/s vs km/h

// services
TWINSPEC_ENTITY(Summary, ts::meta(), (double, mean));
struct Mean {
    Summary operator()(const std::vector<UeTwin>& v, const Ue& extra) const {
        return {v.empty() ? extra.rsrp : v.front().rsrp};
    }
};
using MeanService = ts::service<"mean", Mean, ts::inputs<std::vector<UeTwin>, Ue>, ts::output<Summary>>;
static_assert(ts::Service<MeanService> && !ts::Service<Mean>);
static_assert(MeanService::input_names.size() == 2 && MeanService::input_names[1] == "Ue");
static_assert(MeanService::latency_budget_seconds == 0.0 && MeanService::availability == 0.0);
static_assert(std::is_invocable_r_v<Summary, const MeanService&, const std::vector<UeTwin>&, const Ue&>);
static_assert(!std::is_invocable_v<const MeanService&, const Ue&>);

// connections
using UePV = ts::connection<ts::cn_pv, UePE, UeVE, ts::carries<"rsrp", "speed">, ts::every<1, s>>;
static_assert(ts::Connection<UePV> && !ts::Connection<UeTwin>);
static_assert(UePV::fields[1].from_unit == "km/h" && UePV::fields[1].to_unit == "m/s");
static_assert(UePV::direction == ts::cn_direction::forward);
// transfer is callable from -> to (the other direction of a one-way connection is a
// compile-fail test: twin_transfer_wrong_direction)
template <class C, class S, class D>
concept Transferable = requires(const S& s, D& d) { ts::transfer<C>(s, d); };
static_assert(Transferable<UePV, Ue, UeTwin>);
// the connection between unit kinds the kernel can convert (dBm <-> mW), or not (dBm <-> MHz)
static_assert(ts::units::convertible_v<dBm, mW> && !ts::units::convertible_v<dBm, MHz>);
static_assert(ts::uncovered_sensed_fields<UePE, UePV>.size() == 1 && ts::uncovered_sensed_fields<UePE, UePV>[0] == "cqi");

}  // namespace twin_roles_static

namespace twin_roles_static {
// a verified entity is only made by verify(): the outcome cannot be forged
static_assert(!std::is_constructible_v<ts::verification<UeVE>, ve<ts::stage::assembled>&&, ts::verification_report&&>);
static_assert(!std::is_constructible_v<ve<ts::stage::verified>, ve<ts::stage::assembled>&&>);
}  // namespace twin_roles_static
