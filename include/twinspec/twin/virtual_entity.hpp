// twinspec/twin/virtual_entity.hpp — the virtual-entity role (VE = (Gv, Pv, Bv, Rv)): the
// models of one physical entity over a virtual state entity — geometry and physics models
// (groups of state fields), behaviour and rule models (typed callables Out(const In&)) — its
// description, the compile-time assembly check (every sub-model input is provided by the state
// or an earlier sub-model's output) and the lifecycle as a typestate:
// `virtual_entity<Spec, stage::constructed>` -> assembled -> verified -> running -> retired.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/detail/role_support.hpp>
#include <twinspec/twin/lifecycle.hpp>
#include <twinspec/twin/verification.hpp>

namespace twinspec {

/// Gv: the fields of the virtual state that describe geometry (position, orientation, shape).
template <fixed_string... Fields>
struct geometry_model {};
/// Pv: the fields of the virtual state that describe physical properties (power, frequency …).
template <fixed_string... Fields>
struct physics_model {};
/// Bv: a behaviour model, a default-constructible callable `Out operator()(const In&) const`
/// with `In` and `Out` entities (or declaring `input_type` / `output_type`).
template <class F>
struct behaviour_model {
    using type = F;
};
/// Rv: a rule model, a callable `R operator()(const In&) const` whose result `R` is `bool`
/// or has `bool ok() const` (e.g. a `validation_result`).
template <class F>
struct rule_model {
    using type = F;
};
/// The virtual entity's description.
template <fixed_string Text>
struct describe {
    static constexpr auto text = Text;
};

namespace detail {
template <class M>
struct call_signature {};
template <class C, class R, class A>
struct call_signature<R (C::*)(A) const> {
    using input = std::remove_cvref_t<A>;
    using output = R;
};
template <class C, class R, class A>
struct call_signature<R (C::*)(A) const noexcept> : call_signature<R (C::*)(A) const> {};
template <class C, class R, class A>
struct call_signature<R (C::*)(A)> : call_signature<R (C::*)(A) const> {};
template <class C, class R, class A>
struct call_signature<R (C::*)(A) noexcept> : call_signature<R (C::*)(A) const> {};

template <class F>
struct model_signature_impl {};
template <class F>
    requires requires { typename F::input_type; typename F::output_type; }
struct model_signature_impl<F> {
    using input = typename F::input_type;
    using output = typename F::output_type;
};
template <class F>
    requires(!requires { typename F::input_type; }) && requires { &F::operator(); }
struct model_signature_impl<F> : call_signature<decltype(&F::operator())> {};
}  // namespace detail

/// The input type of sub-model `F` (declared `input_type`, or its call operator's parameter).
template <class F>
using model_input_t = typename detail::model_signature_impl<F>::input;
/// The output type of sub-model `F`.
template <class F>
using model_output_t = typename detail::model_signature_impl<F>::output;

/// A sub-model: a default-constructible callable from an entity, with a known signature.
template <class F>
concept SubModel = std::is_default_constructible_v<F> && requires {
    typename model_input_t<F>;
    typename model_output_t<F>;
} && Entity<model_input_t<F>> && std::is_invocable_v<const F&, const model_input_t<F>&>;

/// A behaviour model: a sub-model whose output is an entity (fields with the state's names
/// are written back to the state).
template <class F>
concept BehaviourModel = SubModel<F> && Entity<model_output_t<F>>;

/// A rule model: a sub-model whose output is `bool` or has `bool ok() const`.
template <class F>
concept RuleModel = SubModel<F> && (std::is_same_v<model_output_t<F>, bool> || requires(const model_output_t<F>& r) {
                        { r.ok() } -> std::convertible_to<bool>;
                    });

/// True when a rule model's result holds.
template <class R>
[[nodiscard]] constexpr bool rule_holds(const R& r) noexcept {
    if constexpr (std::is_same_v<R, bool>) return r;
    else return static_cast<bool>(r.ok());
}

namespace detail {

template <class E>
consteval std::size_t field_index_by_name(std::string_view name) noexcept {
    return []<class... F>(type_list<F...>*, std::string_view n) {
        constexpr std::size_t count = sizeof...(F);
        const std::string_view names[] = {F::name..., std::string_view{}};
        std::size_t i = 0;
        while (i != count && names[i] != n) ++i;
        return i;
    }(static_cast<fields_t<E>*>(nullptr), name);
}
/// True when entity `E` has a field named `FI::name` of exactly `FI`'s value type.
template <class E, class FI>
constexpr bool provides_field() noexcept {
    constexpr std::size_t i = field_index_by_name<E>(FI::name);
    if constexpr (i == field_count_v<E>) return false;
    else return std::is_same_v<typename type_at_t<fields_t<E>, i>::value_type, typename FI::value_type>;
}

template <class Physical>
inline constexpr bool virtual_spec_physical_is_an_entity = false;
template <class State>
inline constexpr bool virtual_state_is_an_entity = false;
template <class State, fixed_string F>
inline constexpr bool model_field_names_a_field_of_virtual_state = false;
template <class F>
inline constexpr bool behaviour_model_is_a_callable_from_entity_to_entity = false;
template <class F>
inline constexpr bool rule_model_is_a_callable_from_entity_to_verdict = false;
template <class Part>
inline constexpr bool virtual_spec_part_is_known = false;
template <class Model, class InputField>
inline constexpr bool sub_model_input_is_provided = false;
template <class Model, class OutputField>
inline constexpr bool sub_model_output_matches_state_field_type = false;

template <class P>
struct explain_ve_physical {
    static_assert(virtual_spec_physical_is_an_entity<P>,
                  "twinspec: rule broken: virtual_spec<Physical, State, ...> needs Physical to be a TWINSPEC_ENTITY");
    static constexpr bool value = false;
};
template <class S>
struct explain_ve_state {
    static_assert(virtual_state_is_an_entity<S>,
                  "twinspec: rule broken: virtual_spec<Physical, State, ...> needs State to be a TWINSPEC_ENTITY");
    static constexpr bool value = false;
};
template <class S, fixed_string F>
struct explain_ve_model_field {
    static_assert(model_field_names_a_field_of_virtual_state<S, F>,
                  "twinspec: rule broken: a geometry or physics model names a field the virtual state does not have "
                  "(the requirement names the state and the field)");
    static constexpr bool value = false;
};
template <class F>
struct explain_behaviour_signature {
    static_assert(behaviour_model_is_a_callable_from_entity_to_entity<F>,
                  "twinspec: rule broken: a behaviour model is a default-constructible callable Out(const In&) "
                  "with In and Out TWINSPEC_ENTITY types (the requirement names the model)");
    static constexpr bool value = false;
};
template <class F>
struct explain_rule_signature {
    static_assert(rule_model_is_a_callable_from_entity_to_verdict<F>,
                  "twinspec: rule broken: a rule model is a default-constructible callable R(const In&) with In a "
                  "TWINSPEC_ENTITY and R bool or a type with ok() (the requirement names the model)");
    static constexpr bool value = false;
};
template <class P>
struct explain_ve_part {
    static_assert(virtual_spec_part_is_known<P>,
                  "twinspec: rule broken: a virtual_spec part is geometry_model, physics_model, behaviour_model, "
                  "rule_model or describe (the requirement names the part)");
    static constexpr bool value = false;
};
template <class M, class FI>
struct explain_input_not_provided {
    static_assert(sub_model_input_is_provided<M, FI>,
                  "twinspec: rule broken: assembly: a sub-model input field is provided neither by the virtual state "
                  "nor by an earlier behaviour model's output, with the same name and type "
                  "(the requirement names the model and the field)");
    static constexpr bool value = false;
};
template <class M, class FO>
struct explain_output_type {
    static_assert(sub_model_output_matches_state_field_type<M, FO>,
                  "twinspec: rule broken: assembly: a behaviour model output has the name of a virtual state field "
                  "but another type (the requirement names the model and the field)");
    static constexpr bool value = false;
};

template <class S, class Part>
struct part_check {
    using type = explain_ve_part<Part>;
};
template <class S, fixed_string... F>
struct part_check<S, geometry_model<F...>> {
    using type = std::conjunction<check_then<has_named_field<S, F>(), explain_ve_model_field<S, F>>...>;
};
template <class S, fixed_string... F>
struct part_check<S, physics_model<F...>> {
    using type = std::conjunction<check_then<has_named_field<S, F>(), explain_ve_model_field<S, F>>...>;
};
template <class S, class F>
struct part_check<S, behaviour_model<F>> {
    using type = check_then<BehaviourModel<F>, explain_behaviour_signature<F>>;
};
template <class S, class F>
struct part_check<S, rule_model<F>> {
    using type = check_then<RuleModel<F>, explain_rule_signature<F>>;
};
template <class S, fixed_string T>
struct part_check<S, describe<T>> {
    using type = role_rules_met;
};

template <class Physical, class State, class... Parts>
constexpr bool virtual_spec_rules_ok() {
    if constexpr (!Entity<Physical>) return explain_ve_physical<Physical>::value;
    else if constexpr (!Entity<State>) return explain_ve_state<State>::value;
    else return (part_check<State, Parts>::type::value && ...);
}

template <class P>
struct part_models {
    using behaviours = type_list<>;
    using rules = type_list<>;
};
template <class F>
struct part_models<behaviour_model<F>> {
    using behaviours = type_list<F>;
    using rules = type_list<>;
};
template <class F>
struct part_models<rule_model<F>> {
    using behaviours = type_list<>;
    using rules = type_list<F>;
};
template <class P>
struct part_fields {
    static constexpr std::array<std::string_view, 0> geometry{};
    static constexpr std::array<std::string_view, 0> physics{};
    static constexpr std::string_view text{};
};
template <fixed_string... F>
struct part_fields<geometry_model<F...>> {
    static constexpr std::array<std::string_view, sizeof...(F)> geometry{F.view()...};
    static constexpr std::array<std::string_view, 0> physics{};
    static constexpr std::string_view text{};
};
template <fixed_string... F>
struct part_fields<physics_model<F...>> {
    static constexpr std::array<std::string_view, 0> geometry{};
    static constexpr std::array<std::string_view, sizeof...(F)> physics{F.view()...};
    static constexpr std::string_view text{};
};
template <fixed_string T>
struct part_fields<describe<T>> {
    static constexpr std::array<std::string_view, 0> geometry{};
    static constexpr std::array<std::string_view, 0> physics{};
    static constexpr std::string_view text = T.view();
};

template <std::size_t N, std::size_t... M>
constexpr auto join_names(const std::array<std::string_view, M>&... a) {
    std::array<std::string_view, N> out{};
    std::size_t k = 0;
    ((void)[&] {
        for (auto s : a) out[k++] = s;
    }(), ...);
    (void)k;
    return out;
}

// ---- assembly --------------------------------------------------------------------------

/// True when field `FI` of a model's input is provided by the state or one of `Outs…`.
template <class State, class FI, class... Outs>
inline constexpr bool input_provided_v = provides_field<State, FI>() || (provides_field<Outs, FI>() || ...);

template <class M, class State, class Fields, class... Prev>
struct input_check_impl;
template <class M, class State, class... FI, class... Prev>
struct input_check_impl<M, State, type_list<FI...>, Prev...> {
    using type = std::conjunction<check_then<input_provided_v<State, FI, Prev...>, explain_input_not_provided<M, FI>>...>;
};
template <class M, class State, class... Prev>
struct input_check {
    using In = model_input_t<M>;
    using type = typename std::conditional_t<std::is_same_v<In, State>, std::type_identity<role_rules_met>,
                                             input_check_impl<M, State, fields_t<In>, Prev...>>::type;
};

template <class State, class FO>
inline constexpr bool output_fits_state_v =
    field_index_by_name<State>(FO::name) == field_count_v<State> || provides_field<State, FO>();
template <class M, class State, class Fields = fields_t<model_output_t<M>>>
struct output_check;
template <class M, class State, class... FO>
struct output_check<M, State, type_list<FO...>> {
    using type = std::conjunction<check_then<output_fits_state_v<State, FO>, explain_output_type<M, FO>>...>;
};

template <class State, class Behaviours, class Rules, class Done = type_list<>>
struct assembly_check;
template <class State, class... R, class... Done>
struct assembly_check<State, type_list<>, type_list<R...>, type_list<Done...>> {
    static constexpr bool value =
        (input_check<R, State, model_output_t<Done>...>::type::value && ...);
};
template <class State, class B, class... Bs, class Rules, class... Done>
struct assembly_check<State, type_list<B, Bs...>, Rules, type_list<Done...>> {
    static constexpr bool value = input_check<B, State, model_output_t<Done>...>::type::value &&
                                  output_check<B, State>::type::value &&
                                  assembly_check<State, type_list<Bs...>, Rules, type_list<Done..., B>>::value;
};

/// Where a model input field comes from: index of the latest earlier output providing it,
/// or `npos` for the state.
template <class FI, class... Outs>
consteval std::size_t provider_index() noexcept {
    constexpr bool provides[] = {provides_field<Outs, FI>()..., false};
    std::size_t found = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i != sizeof...(Outs); ++i)
        if (provides[i]) found = i;
    return found;
}

template <class Outputs, std::size_t Count>
struct prefix_types;
template <class... O, std::size_t Count>
struct prefix_types<std::tuple<O...>, Count> {
    template <std::size_t... I>
    static auto make(std::index_sequence<I...>) -> type_list<std::tuple_element_t<I, std::tuple<O...>>...>;
    using type = decltype(make(std::make_index_sequence<Count>{}));
};

/// Builds model `M`'s input from the state and the outputs of the first `Count` behaviours.
template <class M, std::size_t Count, class State, class Outputs>
model_input_t<M> gather_input(const State& s, const Outputs& outs) {
    using In = model_input_t<M>;
    In in{};
    [&]<class... FI, class... O>(type_list<FI...>*, type_list<O...>*) {
        ([&] {
            constexpr std::size_t p = provider_index<FI, O...>();
            constexpr std::string_view n = FI::name;
            if constexpr (p == static_cast<std::size_t>(-1)) {
                using SF = type_at_t<fields_t<State>, field_index_by_name<State>(n)>;
                in.*FI::pointer = s.*SF::pointer;
            } else {
                using OT = std::tuple_element_t<p, Outputs>;
                using OF = type_at_t<fields_t<OT>, field_index_by_name<OT>(n)>;
                in.*FI::pointer = std::get<p>(outs).*OF::pointer;
            }
        }(), ...);
    }(static_cast<fields_t<In>*>(nullptr), static_cast<typename prefix_types<Outputs, Count>::type*>(nullptr));
    return in;
}

/// Writes the fields of output `o` that the state has (same name) into the state.
template <class State, class O>
void write_back(State& s, const O& o) {
    [&]<class... FO>(type_list<FO...>*) {
        ([&] {
            constexpr std::size_t i = field_index_by_name<State>(FO::name);
            if constexpr (i != field_count_v<State>) s.*type_at_t<fields_t<State>, i>::pointer = o.*FO::pointer;
        }(), ...);
    }(static_cast<fields_t<O>*>(nullptr));
}

template <class... B>
struct behaviour_tuple {
    using type = std::tuple<model_output_t<B>...>;
};

}  // namespace detail

/// The specification of a virtual entity: the physical entity it mirrors, its state entity,
/// and its parts — `geometry_model<"f"…>`, `physics_model<"f"…>` (state fields),
/// `behaviour_model<F>`, `rule_model<F>` (sub-models, evaluated in declaration order,
/// behaviours before rules) and `describe<"text">`. A type; checked when used.
template <class Physical, class State, class... Parts>
struct virtual_spec {
    static_assert(detail::virtual_spec_rules_ok<Physical, State, Parts...>(),
                  "twinspec: virtual_spec<Physical, State, ...> breaks the rule stated above");

    using physical_type = Physical;
    using state_type = State;
    /// The entity a connection joins at this end: the virtual state.
    using role_entity_type = State;
    static constexpr char role_letter = 'V';

    using behaviours = detail::concat_lists_t<typename detail::part_models<Parts>::behaviours...>;
    using rules = detail::concat_lists_t<typename detail::part_models<Parts>::rules...>;

    static constexpr auto geometry_fields =
        detail::join_names<(std::size_t{0} + ... + detail::part_fields<Parts>::geometry.size())>(detail::part_fields<Parts>::geometry...);
    static constexpr auto physics_fields =
        detail::join_names<(std::size_t{0} + ... + detail::part_fields<Parts>::physics.size())>(detail::part_fields<Parts>::physics...);
    /// The description (`describe<"…">`), or empty.
    static constexpr std::string_view description = [] {
        std::string_view t{};
        ((t = detail::part_fields<Parts>::text.empty() ? t : detail::part_fields<Parts>::text), ...);
        return t;
    }();
};

namespace detail {
template <class S>
inline constexpr bool is_virtual_spec_v = false;
template <class P, class S, class... Parts>
inline constexpr bool is_virtual_spec_v<virtual_spec<P, S, Parts...>> = true;

template <class Spec>
struct assembly_of;
template <class Spec>
    requires is_virtual_spec_v<Spec>
struct assembly_of<Spec> {
    static constexpr bool value = assembly_check<typename Spec::state_type, typename Spec::behaviours, typename Spec::rules>::value;
};
}  // namespace detail

/// A `virtual_spec<…>` whose rules hold.
template <class S>
concept VirtualSpec = detail::is_virtual_spec_v<S> && requires { typename S::state_type; S::description; };

/// True when every sub-model of `Spec` gets its inputs (from the state or an earlier
/// behaviour's output); a broken rule stops the build naming the model and the field.
template <class Spec>
inline constexpr bool assembly_ok = detail::assembly_of<Spec>::value;

namespace detail {
template <class Rules>
struct rule_results;
template <class... R>
struct rule_results<type_list<R...>> {
    using type = std::tuple<model_output_t<R>...>;
};
}  // namespace detail

/// The results of one evaluation of the rule models, in declaration order.
template <class Spec>
using rule_results_t = typename detail::rule_results<typename Spec::rules>::type;

/// True when every rule result holds.
template <class... R>
[[nodiscard]] constexpr bool all_rules_hold(const std::tuple<R...>& t) noexcept {
    return std::apply([](const auto&... r) { return (rule_holds(r) && ...); }, t);
}

/// Evaluates `Spec`'s sub-models once over `state`: behaviours in order (each output's
/// fields with state names are written into the state), then rules; returns the rule results.
template <class Spec>
rule_results_t<Spec> evaluate(typename Spec::state_type& state) {
    static_assert(assembly_ok<Spec>, "twinspec: evaluate<Spec>: the assembly breaks the rule stated above");
    using State = typename Spec::state_type;
    return [&]<class... B, class... R>(type_list<B...>*, type_list<R...>*) {
        typename detail::behaviour_tuple<B...>::type outs{};
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ([&] {
                using M = std::tuple_element_t<I, std::tuple<B...>>;
                if constexpr (std::is_same_v<model_input_t<M>, State>) std::get<I>(outs) = M{}(static_cast<const State&>(state));
                else std::get<I>(outs) = M{}(detail::gather_input<M, I>(state, outs));
                detail::write_back(state, std::get<I>(outs));
            }(), ...);
        }(std::index_sequence_for<B...>{});
        return rule_results_t<Spec>{[&] {
            if constexpr (std::is_same_v<model_input_t<R>, State>) return R{}(static_cast<const State&>(state));
            else return R{}(detail::gather_input<R, sizeof...(B)>(state, outs));
        }()...};
    }(static_cast<typename Spec::behaviours*>(nullptr), static_cast<typename Spec::rules*>(nullptr));
}

template <class Spec, class Stage>
class virtual_entity;

/// The outcome of verifying an assembled virtual entity: the report of every deviation and,
/// when there is none, the verified entity; otherwise the assembled one back, to try again.
template <class Spec>
class verification {
public:
    [[nodiscard]] bool ok() const noexcept { return report_.ok(); }
    [[nodiscard]] const verification_report& report() const noexcept { return report_; }
    /// The verified entity, or nothing when there were deviations.
    [[nodiscard]] std::optional<virtual_entity<Spec, stage::verified>> verified() &&;
    /// The assembled entity back (for a new attempt after a failed verification).
    [[nodiscard]] virtual_entity<Spec, stage::assembled> assembled() && { return std::move(entity_); }

private:
    template <class, class>
    friend class virtual_entity;
    // Only verify() makes one: a verified entity cannot be forged from an empty report.
    verification(virtual_entity<Spec, stage::assembled>&& e, verification_report&& r)
        : entity_(std::move(e)), report_(std::move(r)) {}
    virtual_entity<Spec, stage::assembled> entity_;
    verification_report report_;
};

/// A virtual entity at lifecycle stage `Stage`: holds exactly the state (`sizeof` is the
/// state's), and offers only the transitions legal from its stage. Calling one that is not
/// legal (`run()` on an assembled entity) stops the build with a `twinspec: lifecycle:` message.
///
///     ts::virtual_entity<CellVE> c{state};           // constructed
///     auto a = std::move(c).assemble();              // checks the wiring of the sub-models
///     auto v = std::move(a).verify(reading, ts::tolerances(ts::within<"rsrp">(3.0)));
///     if (auto ve = std::move(v).verified()) { auto r = std::move(*ve).run(); r.step(); }
template <class Spec, class Stage = stage::constructed>
class virtual_entity {
    static_assert(VirtualSpec<Spec>, "twinspec: virtual_entity<Spec, Stage>: Spec is a ts::virtual_spec<Physical, State, ...>");

public:
    using spec_type = Spec;
    using state_type = typename Spec::state_type;
    using stage_type = Stage;
    static constexpr lifecycle_state stage = Stage::value;

    /// Constructs from a state (only at stage constructed).
    explicit virtual_entity(state_type s)
        requires std::is_same_v<Stage, stage::constructed>
        : state_(std::move(s)) {}

    [[nodiscard]] const state_type& state() const noexcept { return state_; }
    /// Mutable state (not once retired: a retired twin is a record).
    [[nodiscard]] state_type& state() noexcept
        requires(!std::is_same_v<Stage, stage::retired>)
    {
        return state_;
    }

    /// constructed -> assembled: checks at compile time that every sub-model input is provided.
    [[nodiscard]] virtual_entity<Spec, stage::assembled> assemble() && {
        static_assert(lifecycle_allows(Stage::value, lifecycle_state::assembled),
                      "twinspec: lifecycle: assemble() needs a constructed virtual entity "
                      "(constructed -> assembled -> verified -> running -> retired)");
        static_assert(assembly_ok<Spec>, "twinspec: assemble(): the assembly breaks the rule stated above");
        return virtual_entity<Spec, stage::assembled>(std::move(state_), 0);
    }

    /// assembled -> verified, when the state agrees with the physical reading within the
    /// tolerances; the result carries the report of every deviation.
    template <class Physical, class... T>
    [[nodiscard]] verification<Spec> verify(const Physical& reading, const tolerance_set<T...>& tol) && {
        static_assert(lifecycle_allows(Stage::value, lifecycle_state::verified),
                      "twinspec: lifecycle: verify() needs an assembled virtual entity "
                      "(constructed -> assembled -> verified -> running -> retired)");
        static_assert(std::is_same_v<Physical, typename Spec::physical_type>,
                      "twinspec: verify(): the reading is not of the spec's physical entity type");
        verification_report report = twinspec::verify(state_, reading, tol);
        return verification<Spec>(virtual_entity<Spec, stage::assembled>(std::move(state_), 0), std::move(report));
    }

    /// verified -> running.
    [[nodiscard]] virtual_entity<Spec, stage::running> run() && {
        static_assert(lifecycle_allows(Stage::value, lifecycle_state::running),
                      "twinspec: lifecycle: run() needs a verified virtual entity "
                      "(constructed -> assembled -> verified -> running -> retired)");
        return virtual_entity<Spec, stage::running>(std::move(state_), 0);
    }

    /// Evaluates the sub-models once (running only); returns the rule results.
    rule_results_t<Spec> step() {
        static_assert(std::is_same_v<Stage, stage::running>,
                      "twinspec: lifecycle: step() needs a running virtual entity "
                      "(constructed -> assembled -> verified -> running -> retired)");
        return evaluate<Spec>(state_);
    }

    /// Compares a running entity with a fresh reading (no transition): every deviation.
    template <class Physical, class... T>
    [[nodiscard]] verification_report check(const Physical& reading, const tolerance_set<T...>& tol) const {
        static_assert(std::is_same_v<Stage, stage::running>,
                      "twinspec: lifecycle: check() needs a running virtual entity (verify() verifies an assembled one)");
        return twinspec::verify(state_, reading, tol);
    }

    /// any stage but retired -> retired.
    [[nodiscard]] virtual_entity<Spec, stage::retired> retire() && {
        static_assert(lifecycle_allows(Stage::value, lifecycle_state::retired),
                      "twinspec: lifecycle: retire() on a virtual entity that is already retired");
        return virtual_entity<Spec, stage::retired>(std::move(state_), 0);
    }

private:
    template <class, class>
    friend class virtual_entity;
    template <class>
    friend class verification;
    virtual_entity(state_type&& s, int) : state_(std::move(s)) {}
    state_type state_;
};

template <class Spec>
std::optional<virtual_entity<Spec, stage::verified>> verification<Spec>::verified() && {
    if (!report_.ok()) return std::nullopt;
    return virtual_entity<Spec, stage::verified>(std::move(entity_.state_), 0);
}

}  // namespace twinspec
