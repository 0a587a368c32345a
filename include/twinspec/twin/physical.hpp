// twinspec/twin/physical.hpp — the physical-entity role (PE of M_DT = (PE, VE, Ss, DD, CN)):
// for an entity, its sensing-access points (telemetry it reports, with unit, range and sampling
// interval), its decision-execution points (commands with typed request and response) and its
// edge collaboration (which edge node serves it). A role is a type; instances stay plain structs.
#pragma once

#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/detail/role_support.hpp>
#include <twinspec/twin/relationship.hpp>
#include <twinspec/twin/sampling.hpp>

namespace twinspec {

/// A sensing-access point: the entity reports field `Field` (declared `telemetry`, numeric)
/// every `Interval` (`every<100, units::ms>`). Unit and range come from the field's annotations.
template <fixed_string Field, class Interval>
struct sensing {
    static constexpr auto field = Field;
    using interval = Interval;
};

/// A decision-execution point: the entity accepts command `Name` with a request entity
/// `Request` and answers with a response entity `Response`.
template <fixed_string Name, class Request, class Response>
struct decision {
    static constexpr auto name = Name;
    using request_type = Request;
    using response_type = Response;
};

/// Edge collaboration through a relationship field of the entity: `edge_via<"servedBy">`,
/// where `servedBy` is a `ts::ref<EdgeNode>` (or a vector of them) declared `relationship`.
template <fixed_string Field>
struct edge_via {
    static constexpr auto field = Field;
};

/// Edge collaboration with an edge node or component type, without a field.
template <class Node>
struct edge {
    using node_type = Node;
};

/// One sensing point as data: field, unit symbol, range (when declared), interval.
struct sensing_info {
    std::string_view field;
    std::string_view unit;
    bool has_min = false;
    bool has_max = false;
    double min = 0.0;
    double max = 0.0;
    std::intmax_t interval_count = 0;
    std::string_view interval_unit;
    double interval_seconds = 0.0;
};

/// One decision point as data: command name, request and response entity names.
struct decision_info {
    std::string_view name;
    std::string_view request;
    std::string_view response;
};

/// One edge collaboration as data: the field (empty for `edge<Node>`) and the node's entity name.
struct edge_info {
    std::string_view field;
    std::string_view node;
};

namespace detail {

// The rules, each false and named in the static_assert of its explanation: clang prints the
// requirement (`sensing_point_names_a_field_of<Cell, twinspec::fixed_string<4>{"rsrq"}>`) on
// the error line, g++ in the note after it.
template <class E>
inline constexpr bool physical_entity_is_an_entity = false;
template <class E, fixed_string F>
inline constexpr bool sensing_point_names_a_field_of = false;
template <class E, fixed_string F>
inline constexpr bool sensed_field_is_telemetry = false;
template <class E, fixed_string F>
inline constexpr bool sensed_field_is_numeric = false;
template <class E, fixed_string F>
inline constexpr bool sampling_interval_is_positive_time = false;
template <class E, fixed_string F>
inline constexpr bool field_is_sensed_once = false;
template <class E, fixed_string N>
inline constexpr bool decision_request_and_response_are_entities = false;
template <class E, fixed_string N>
inline constexpr bool decision_point_declared_once = false;
template <class E, fixed_string F>
inline constexpr bool edge_field_names_a_field_of = false;
template <class E, fixed_string F>
inline constexpr bool edge_field_is_a_relationship = false;
template <class E, class Node>
inline constexpr bool edge_node_is_an_entity = false;
template <class E, class Point>
inline constexpr bool physical_point_is_sensing_decision_or_edge = false;

template <class E>
struct explain_physical_not_entity {
    static_assert(physical_entity_is_an_entity<E>,
                  "twinspec: rule broken: physical_entity<E, ...> needs E to be a TWINSPEC_ENTITY (the requirement names E)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_sensing_no_field {
    static_assert(sensing_point_names_a_field_of<E, F>,
                  "twinspec: rule broken: a sensing point names a field the entity does not have "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_sensing_not_telemetry {
    static_assert(sensed_field_is_telemetry<E, F>,
                  "twinspec: rule broken: a sensing point names a field that is not declared ts::telemetry "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_sensing_not_numeric {
    static_assert(sensed_field_is_numeric<E, F>,
                  "twinspec: rule broken: a sensed field is a number (or an optional/sequence of numbers) "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_sensing_interval {
    static_assert(sampling_interval_is_positive_time<E, F>,
                  "twinspec: rule broken: a sampling interval is every<N, U> with N > 0 and U a unit of time "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_sensed_twice {
    static_assert(field_is_sensed_once<E, F>,
                  "twinspec: rule broken: a field has two sensing points (the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string N>
struct explain_decision_types {
    static_assert(decision_request_and_response_are_entities<E, N>,
                  "twinspec: rule broken: a decision point's request and response are TWINSPEC_ENTITY types "
                  "(the requirement names the entity and the command)");
    static constexpr bool value = false;
};
template <class E, fixed_string N>
struct explain_decision_twice {
    static_assert(decision_point_declared_once<E, N>,
                  "twinspec: rule broken: a command has two decision points (the requirement names the entity and the command)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_edge_no_field {
    static_assert(edge_field_names_a_field_of<E, F>,
                  "twinspec: rule broken: edge_via names a field the entity does not have "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_edge_not_relationship {
    static_assert(edge_field_is_a_relationship<E, F>,
                  "twinspec: rule broken: edge_via names a field that is not a relationship (ts::ref<Node>) "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, class Node>
struct explain_edge_node {
    static_assert(edge_node_is_an_entity<E, Node>,
                  "twinspec: rule broken: edge<Node> needs Node to be a TWINSPEC_ENTITY (the requirement names both)");
    static constexpr bool value = false;
};
template <class E, class P>
struct explain_unknown_point {
    static_assert(physical_point_is_sensing_decision_or_edge<E, P>,
                  "twinspec: rule broken: a physical_entity point is ts::sensing, ts::decision, ts::edge_via or ts::edge "
                  "(the requirement names the entity and the point)");
    static constexpr bool value = false;
};

// Which kind of point a type is.
template <class P>
inline constexpr int point_kind_v = 0;  // unknown
template <fixed_string F, class I>
inline constexpr int point_kind_v<sensing<F, I>> = 1;
template <fixed_string N, class Q, class R>
inline constexpr int point_kind_v<decision<N, Q, R>> = 2;
template <fixed_string F>
inline constexpr int point_kind_v<edge_via<F>> = 3;
template <class Node>
inline constexpr int point_kind_v<edge<Node>> = 4;

template <class E, class P, class... All>
struct point_check {
    using type = explain_unknown_point<E, P>;
};

template <fixed_string F, class... All>
inline constexpr std::size_t sensed_count_v = (std::size_t{0} + ... + std::size_t{[] {
    if constexpr (point_kind_v<All> == 1) return All::field.view() == F.view();
    else return false;
}()});
template <fixed_string N, class... All>
inline constexpr std::size_t decision_count_v = (std::size_t{0} + ... + std::size_t{[] {
    if constexpr (point_kind_v<All> == 2) return All::name.view() == N.view();
    else return false;
}()});

template <class E, fixed_string Fld, class I, class... All>
struct point_check<E, sensing<Fld, I>, All...> {
    using F = field_t<E, Fld>;
    using type = check_then<
        kind_of<F>() == field_kind::telemetry, explain_sensing_not_telemetry<E, Fld>,
        check_then<numeric_value_v<typename F::value_type>, explain_sensing_not_numeric<E, Fld>,
                   check_then<valid_interval_v<I>, explain_sensing_interval<E, Fld>,
                              check_then<sensed_count_v<Fld, All...> == 1, explain_sensed_twice<E, Fld>>>>>;
};
template <class E, fixed_string Fld, class I, class... All>
    requires(!HasField<E, Fld>)
struct point_check<E, sensing<Fld, I>, All...> {
    using type = explain_sensing_no_field<E, Fld>;
};
template <class E, fixed_string N, class Q, class R, class... All>
struct point_check<E, decision<N, Q, R>, All...> {
    using type = check_then<Entity<Q> && Entity<R>, explain_decision_types<E, N>,
                            check_then<decision_count_v<N, All...> == 1, explain_decision_twice<E, N>>>;
};
template <class E, fixed_string Fld, class... All>
struct point_check<E, edge_via<Fld>, All...> {
    using type = check_then<RelationshipField<field_t<E, Fld>>, explain_edge_not_relationship<E, Fld>>;
};
template <class E, fixed_string Fld, class... All>
    requires(!HasField<E, Fld>)
struct point_check<E, edge_via<Fld>, All...> {
    using type = explain_edge_no_field<E, Fld>;
};
template <class E, class Node, class... All>
struct point_check<E, edge<Node>, All...> {
    using type = check_then<Entity<Node>, explain_edge_node<E, Node>>;
};

template <class E, class... P>
constexpr bool physical_rules_ok() {
    if constexpr (!Entity<E>) return explain_physical_not_entity<E>::value;
    else return (point_check<E, P, P...>::type::value && ...);
}

template <int K, class... P>
using points_of_kind_t = concat_lists_t<std::conditional_t<point_kind_v<P> == K, type_list<P>, type_list<>>...>;

template <class E, class P>
constexpr sensing_info sensing_info_of() noexcept {
    using F = field_t<E, P::field>;
    using I = interval_traits<typename P::interval>;
    sensing_info s{};
    s.field = F::name;
    s.unit = field_unit_symbol<F>();
    if constexpr (has_annotation_v<F, range_category>) {
        const auto& r = F::annotations.template get<range_category>();
        s.has_min = r.has_min;
        s.has_max = r.has_max;
        s.min = static_cast<double>(r.min);
        s.max = static_cast<double>(r.max);
    }
    s.interval_count = I::count;
    s.interval_unit = I::unit;
    s.interval_seconds = I::seconds;
    return s;
}

template <class E, class P>
constexpr edge_info edge_info_of() noexcept {
    if constexpr (point_kind_v<P> == 3) {
        using F = field_t<E, P::field>;
        return {F::name, entity_name_v<relationship_target_t<F>>};
    } else if constexpr (Entity<typename P::node_type>) {
        return {{}, entity_name_v<typename P::node_type>};
    } else {
        return {};  // a broken rule, reported by physical_rules_ok
    }
}

template <class E, class P>
struct edge_node_of;
template <class E, class List>
struct edge_nodes_of;
template <class E, class... G>
struct edge_nodes_of<E, type_list<G...>> {
    using type = type_list<typename edge_node_of<E, G>::type...>;
};
template <class E, class P>
struct edge_node_of {
    using type = typename P::node_type;
};
template <class E, fixed_string F>
struct edge_node_of<E, edge_via<F>> {
    using type = relationship_target_t<field_t<E, F>>;
};

}  // namespace detail

/// The outcome of a command: the response, or the violations of the request (paths under
/// `/<command>/request`) or of the response (`/<command>/response`).
template <class Response>
struct command_result {
    std::optional<Response> response;
    validation_result errors;
    [[nodiscard]] bool ok() const noexcept { return response.has_value() && errors.ok(); }
    explicit operator bool() const noexcept { return ok(); }
};

/// The physical-entity role of entity `E`: `Points…` are `sensing<"field", every<N, U>>`,
/// `decision<"command", Request, Response>`, `edge_via<"refField">` and `edge<Node>`.
/// Checked when the role is used (any member, or `static_assert(ts::PhysicalRole<P>)`):
/// every point names an existing field of the right kind, intervals are positive times,
/// nothing is declared twice. Each broken rule stops the build naming entity and field.
///
///     using CellPE = ts::physical_entity<Cell,
///         ts::sensing<"rsrp", ts::every<100, ms>>,
///         ts::decision<"setTilt", TiltRequest, TiltResponse>,
///         ts::edge_via<"servedBy">>;
template <class E, class... Points>
struct physical_entity {
    /// True when every rule holds (when one does not, the build stops; the tables below are
    /// then empty, so that the broken rule is the only error reported).
    static constexpr bool rules_hold = detail::physical_rules_ok<E, Points...>();
    static_assert(rules_hold, "twinspec: physical_entity<E, ...> breaks the rule stated above");

    /// The entity the role describes (also `role_entity_type`, used by connections).
    using entity_type = E;
    using role_entity_type = E;
    static constexpr char role_letter = 'P';

    using sensing_points = std::conditional_t<rules_hold, detail::points_of_kind_t<1, Points...>, type_list<>>;
    using decision_points = std::conditional_t<rules_hold, detail::points_of_kind_t<2, Points...>, type_list<>>;
    using edge_points = std::conditional_t<rules_hold,
                                           detail::concat_lists_t<detail::points_of_kind_t<3, Points...>, detail::points_of_kind_t<4, Points...>>,
                                           type_list<>>;

    /// The sensing points as data, in declaration order.
    static constexpr auto sensing_table = []<class... S>(type_list<S...>*) {
        return std::array<sensing_info, sizeof...(S)>{detail::sensing_info_of<E, S>()...};
    }(static_cast<sensing_points*>(nullptr));
    /// The names of the sensed fields.
    static constexpr auto sensed_fields = []<class... S>(type_list<S...>*) {
        return std::array<std::string_view, sizeof...(S)>{S::field.view()...};
    }(static_cast<sensing_points*>(nullptr));
    /// The decision points as data.
    static constexpr auto decision_table = []<class... D>(type_list<D...>*) {
        return std::array<decision_info, sizeof...(D)>{
            decision_info{D::name.view(), entity_name_v<typename D::request_type>, entity_name_v<typename D::response_type>}...};
    }(static_cast<decision_points*>(nullptr));
    /// The edge collaborations as data.
    static constexpr auto edge_table = []<class... G>(type_list<G...>*) {
        return std::array<edge_info, sizeof...(G)>{detail::edge_info_of<E, G>()...};
    }(static_cast<edge_points*>(nullptr));
    /// The edge node types (`ref` targets of `edge_via` fields, and `edge<Node>` types).
    using edge_nodes = typename detail::edge_nodes_of<E, edge_points>::type;

    /// True when field `Name` has a sensing point.
    template <fixed_string Name>
    static constexpr bool senses = detail::sensed_count_v<Name, Points...> != 0;

    /// Calls `f(info, value)` for every sensing point of `obj`, where `value` is the member.
    template <class T, class Fn>
        requires std::is_same_v<std::remove_cvref_t<T>, E>
    static constexpr void for_each_sensed(T&& obj, Fn&& f) {
        [&]<class... S>(type_list<S...>*) {
            std::size_t i = 0;
            (f(sensing_table[i++], get<S::field>(obj)), ...);
        }(static_cast<sensing_points*>(nullptr));
    }

    /// Validates only the sensed fields of a reading (core `validate` rules of each): the
    /// check an ingest path runs on what a sensing point delivers.
    static validation_result validate_readings(const E& obj, const path_segment& at = {}) {
        validation_result result;
        auto push = [&result](violation&& v) { result.push(std::move(v)); };
        [&]<class... S>(type_list<S...>*) {
            (detail::validate_member(field_t<E, S::field>::annotations, field_t<E, S::field>::name,
                                     get<S::field>(obj), at, violation_sink(push)),
             ...);
        }(static_cast<sensing_points*>(nullptr));
        return result;
    }

    /// Executes command `Name`: validates the request (violations under
    /// `/<Name>/request/...`), calls `handler(obj, request)` only when it is valid, validates
    /// the response (`/<Name>/response/...`). A command the role does not declare, or a handler
    /// of the wrong signature, is a compile error.
    template <fixed_string Name, class Request, class Handler>
    static auto execute(E& obj, const Request& request, Handler&& handler) {
        static_assert(detail::decision_count_v<Name, Points...> == 1,
                      "twinspec: physical_entity::execute<\"name\">: the role declares no decision point of that name");
        if constexpr (detail::decision_count_v<Name, Points...> == 1) return execute_point<Name>(obj, request, static_cast<Handler&&>(handler));
    }

private:
    template <fixed_string Name, class Request, class Handler>
    static auto execute_point(E& obj, const Request& request, Handler&& handler) {
        using D = type_at_t<decision_points, []<class... D>(type_list<D...>*) {
            constexpr bool match[] = {(D::name.view() == Name.view())..., false};
            std::size_t i = 0;
            while (i != sizeof...(D) && !match[i]) ++i;
            return i;
        }(static_cast<decision_points*>(nullptr))>;
        using Req = typename D::request_type;
        using Resp = typename D::response_type;
        static_assert(std::is_same_v<Request, Req>,
                      "twinspec: physical_entity::execute<\"name\">: the request is not of the decision point's request type");
        static_assert(std::is_invocable_r_v<Resp, Handler&, E&, const Req&>,
                      "twinspec: physical_entity::execute<\"name\">: the handler is not callable as Response(Entity&, const Request&)");
        command_result<Resp> out;
        auto push = [&out](violation&& v) { out.errors.push(std::move(v)); };
        const path_segment cmd{nullptr, Name.view(), 0, false};
        const path_segment req_at{&cmd, "request", 0, false};
        validate(request, push, req_at);
        if (!out.errors.ok()) return out;
        out.response.emplace(handler(obj, request));
        const path_segment resp_at{&cmd, "response", 0, false};
        validate(*out.response, push, resp_at);
        return out;
    }
};

namespace detail {
template <class P>
inline constexpr bool is_physical_role_v = false;
template <class E, class... P>
inline constexpr bool is_physical_role_v<physical_entity<E, P...>> = true;
}  // namespace detail

/// A `physical_entity<…>` whose rules hold (naming it checks them).
template <class P>
concept PhysicalRole = detail::is_physical_role_v<P> && requires { P::sensing_table; typename P::entity_type; };

}  // namespace twinspec
