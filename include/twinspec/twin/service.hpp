// twinspec/twin/service.hpp — the service role (Ss of M_DT): a typed function over twin data
// with declared inputs, output and quality (latency budget, availability, accuracy),
// callable and introspectable at compile time (name, input and output entity names).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/units/conversion.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/detail/role_support.hpp>
#include <twinspec/twin/sampling.hpp>

namespace twinspec {

/// The input types of a service (entities, or `std::vector`s of entities).
template <class... T>
struct inputs {};
/// The output type of a service (an entity, or a `std::vector` of entities).
template <class T>
struct output {};

/// Quality: the service answers within `N` units of time `U`.
template <std::intmax_t N, class U = units::ms>
struct latency_budget {};
/// Quality: the service is available `Num/Den` of the time (0 < Num ≤ Den).
template <std::intmax_t Num, std::intmax_t Den>
struct availability {};
/// Quality: the output is accurate within `Num/Den` units `U` (`accuracy<1, units::dB>`).
template <std::intmax_t Num, class U, std::intmax_t Den = 1>
struct accuracy {};
/// The quality of service declared for a service: any of `latency_budget`, `availability`, `accuracy`.
template <class... Q>
struct quality {};

namespace detail {
template <class T>
struct data_type_traits {
    static constexpr bool ok = Entity<T>;
    static constexpr std::string_view name = [] {
        if constexpr (Entity<T>) return entity_name_v<T>;
        else return std::string_view{};
    }();
    static constexpr bool many = false;
};
template <class T, class A>
struct data_type_traits<std::vector<T, A>> {
    static constexpr bool ok = Entity<T>;
    static constexpr std::string_view name = data_type_traits<T>::name;
    static constexpr bool many = true;
};

template <class Q>
struct quality_traits {
    static constexpr bool known = false;
    static constexpr bool valid = false;
};
template <std::intmax_t N, class U>
struct quality_traits<latency_budget<N, U>> {
    static constexpr bool known = true;
    static constexpr bool valid = valid_interval_v<every<N, U>>;
    static constexpr int slot = 0;
    static constexpr double value = interval_traits<every<N, U>>::seconds;
};
template <std::intmax_t Num, std::intmax_t Den>
struct quality_traits<availability<Num, Den>> {
    static constexpr bool known = true;
    static constexpr bool valid = Num > 0 && Den > 0 && Num <= Den;
    static constexpr int slot = 1;
    static constexpr double value = valid ? static_cast<double>(Num) / static_cast<double>(Den) : 0.0;
};
template <std::intmax_t Num, class U, std::intmax_t Den>
struct quality_traits<accuracy<Num, U, Den>> {
    static constexpr bool known = true;
    static constexpr bool valid = units::Unit<U> && Num > 0 && Den > 0;
    static constexpr int slot = 2;
    static constexpr double value = valid ? static_cast<double>(Num) / static_cast<double>(Den) : 0.0;
    static constexpr std::string_view unit = [] {
        if constexpr (units::Unit<U>) return std::string_view(U::symbol);
        else return std::string_view{};
    }();
};

template <fixed_string Name>
inline constexpr bool service_inputs_and_output_are_entities = false;
template <fixed_string Name, class Fn>
inline constexpr bool service_function_takes_the_inputs_and_returns_the_output = false;
template <fixed_string Name, class Q>
inline constexpr bool service_quality_is_valid = false;
template <fixed_string Name, class Q>
inline constexpr bool service_quality_declared_once = false;

template <fixed_string N>
struct explain_service_types {
    static_assert(service_inputs_and_output_are_entities<N>,
                  "twinspec: rule broken: a service's inputs and output are TWINSPEC_ENTITY types or std::vectors of them "
                  "(the requirement names the service)");
    static constexpr bool value = false;
};
template <fixed_string N, class Fn>
struct explain_service_fn {
    static_assert(service_function_takes_the_inputs_and_returns_the_output<N, Fn>,
                  "twinspec: rule broken: a service function is default-constructible and callable with const Inputs&... "
                  "returning the output type (the requirement names the service and the function)");
    static constexpr bool value = false;
};
template <fixed_string N, class Q>
struct explain_service_quality {
    static_assert(service_quality_is_valid<N, Q>,
                  "twinspec: rule broken: a service quality is latency_budget<N > 0, unit of time>, availability<0 < Num <= Den> "
                  "or accuracy<N > 0, unit> (the requirement names the service and the item)");
    static constexpr bool value = false;
};
template <fixed_string N, class Q>
struct explain_service_quality_twice {
    static_assert(service_quality_declared_once<N, Q>,
                  "twinspec: rule broken: a service declares one quality item of each kind (the requirement names the service and the item)");
    static constexpr bool value = false;
};

template <class Q, class... All>
constexpr std::size_t same_slot_count() {
    if constexpr (!quality_traits<Q>::known) return 1;
    else return (std::size_t{0} + ... + std::size_t{[] {
        if constexpr (quality_traits<All>::known) return quality_traits<All>::slot == quality_traits<Q>::slot;
        else return false;
    }()});
}

template <fixed_string Name, class Fn, class In, class Out, class Quality>
struct service_check {
    static constexpr bool value = false;  // not inputs<…>/output<…>/quality<…>
};
template <fixed_string Name, class Fn, class... In, class Out, class... Q>
struct service_check<Name, Fn, inputs<In...>, output<Out>, quality<Q...>> {
    static constexpr bool value =
        check_then<(data_type_traits<In>::ok && ...) && data_type_traits<Out>::ok, explain_service_types<Name>,
                   check_then<std::is_default_constructible_v<Fn> && std::is_invocable_r_v<Out, const Fn&, const In&...>,
                              explain_service_fn<Name, Fn>,
                              std::conjunction<check_then<quality_traits<Q>::known && quality_traits<Q>::valid,
                                                          explain_service_quality<Name, Q>,
                                                          check_then<same_slot_count<Q, Q...>() == 1,
                                                                     explain_service_quality_twice<Name, Q>>>...>>>::value;
};

template <int Slot, class Q>
constexpr double quality_value_of() {
    if constexpr (quality_traits<Q>::known) return quality_traits<Q>::slot == Slot ? quality_traits<Q>::value : 0.0;
    else return 0.0;
}
template <int Slot, class... Q>
constexpr double quality_value() {
    return (0.0 + ... + quality_value_of<Slot, Q>());  // at most one item per slot (a checked rule)
}
template <class Q>
constexpr std::string_view accuracy_unit_of() {
    if constexpr (requires { quality_traits<Q>::unit; }) return quality_traits<Q>::unit;
    else return {};
}
template <class... Q>
constexpr std::string_view accuracy_unit() {
    std::string_view u{};
    ((u = accuracy_unit_of<Q>().empty() ? u : accuracy_unit_of<Q>()), ...);
    return u;
}
template <class T, class Sink>
void validate_data(const T& v, Sink& sink, const path_segment& at) {
    if constexpr (Entity<T>) {
        validate(v, sink, at);
    } else {
        std::size_t i = 0;
        for (const auto& e : v) validate(e, sink, path_segment{&at, {}, i++, true});
    }
}
}  // namespace detail

/// The outcome of `service::checked`: the output, or the violations of the inputs
/// (`/inputs/<i>/…`) or of the output (`/output/…`).
template <class Out>
struct service_result {
    std::optional<Out> value;
    validation_result errors;
    [[nodiscard]] bool ok() const noexcept { return value.has_value() && errors.ok(); }
    explicit operator bool() const noexcept { return ok(); }
};

template <fixed_string Name, class Fn, class Inputs, class Output, class Quality = quality<>>
struct service;

/// A service: `Fn` (a default-constructible callable `Out(const In&...)`) with its declared
/// `inputs<In…>`, `output<Out>` and `quality<…>`. An empty type; call it like the function:
///
///     using Kpi = ts::service<"cellKpi", ComputeKpi, ts::inputs<CellTwin>, ts::output<CellKpi>,
///                             ts::quality<ts::latency_budget<50, ms>, ts::availability<9999, 10000>>>;
///     CellKpi k = Kpi{}(twin);   static_assert(Kpi::name == "cellKpi");
template <fixed_string Name, class Fn, class... In, class Out, class... Q>
struct service<Name, Fn, inputs<In...>, output<Out>, quality<Q...>> {
    static_assert(detail::service_check<Name, Fn, inputs<In...>, output<Out>, quality<Q...>>::value,
                  "twinspec: service<...> breaks the rule stated above");

    using function_type = Fn;
    using input_types = type_list<In...>;
    using output_type = Out;
    static constexpr char role_letter = 'S';

    static constexpr std::string_view name = Name.view();
    /// Entity names of the inputs (a vector input is named like its element).
    static constexpr std::array<std::string_view, sizeof...(In)> input_names{detail::data_type_traits<In>::name...};
    static constexpr std::string_view output_name = detail::data_type_traits<Out>::name;
    /// Latency budget in seconds (0 when not declared).
    static constexpr double latency_budget_seconds = detail::quality_value<0, Q...>();
    /// Availability as a fraction (0 when not declared).
    static constexpr double availability = detail::quality_value<1, Q...>();
    /// Accuracy in `accuracy_unit` (0 when not declared).
    static constexpr double accuracy = detail::quality_value<2, Q...>();
    static constexpr std::string_view accuracy_unit = detail::accuracy_unit<Q...>();

    /// Calls the function.
    constexpr Out operator()(const In&... in) const { return Fn{}(in...); }

    /// Validates the inputs (core `validate`, paths `/inputs/<i>/…`), calls the function only
    /// when they are valid, and validates the output (`/output/…`).
    static service_result<Out> checked(const In&... in) {
        service_result<Out> r;
        auto push = [&r](violation&& v) { r.errors.push(std::move(v)); };
        const path_segment inputs_at{nullptr, "inputs", 0, false};
        std::size_t i = 0;
        (detail::validate_data(in, push, path_segment{&inputs_at, {}, i++, true}), ...);
        if (!r.errors.ok()) return r;
        r.value.emplace(Fn{}(in...));
        detail::validate_data(*r.value, push, path_segment{nullptr, "output", 0, false});
        return r;
    }
};

namespace detail {
template <class S>
inline constexpr bool is_service_v = false;
template <fixed_string N, class Fn, class I, class O, class Q>
inline constexpr bool is_service_v<service<N, Fn, I, O, Q>> = true;
}  // namespace detail

/// A `service<…>` whose rules hold.
template <class S>
concept Service = detail::is_service_v<S> && requires { S::name; S::input_names; };

}  // namespace twinspec
