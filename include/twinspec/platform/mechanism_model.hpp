// twinspec/platform/mechanism_model.hpp — industrial mechanism models (工业机理模型): typed
// callables with input and output schemas (kernel entities with units), a validity domain (the
// input entity's ranges), a version and provenance; composition `a | b` checked at compile time
// (b's inputs met by a's outputs, units converted through core units) and free at run time.
#pragma once

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/units.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/platform/semver.hpp>

namespace twinspec::platform {

/// Where a model comes from: its source (a standard, a paper, a measurement campaign), a
/// reference (clause, DOI) and who maintains it.
struct provenance {
    std::string_view source{};
    std::string_view reference{};
    std::string_view maintainer{};
};

/// Why a model call failed: the model whose validity domain the input left, and the input's
/// violations (JSON-pointer paths, values, limits).
struct model_failure {
    std::string_view model{};
    validation_result violations{};
};

namespace detail {
/// The calling thread's last model failure (see `model_result`).
inline thread_local model_failure last_failure{};
}  // namespace detail

/// The result of calling a model: the output, or — when an input left a model's validity
/// domain — the failure. A plain value (trivially copyable when `Out` is): the failure lives in
/// a slot of the calling thread and stays valid until that thread's next failing model call
/// (copy `*failure` to keep it longer). So the success path costs what a plain return value costs.
template <class Out>
struct model_result {
    Out value{};
    const model_failure* failure = nullptr;

    [[nodiscard]] bool ok() const noexcept { return !failure; }
    explicit operator bool() const noexcept { return ok(); }
    /// The model whose domain was left (empty when the call succeeded).
    [[nodiscard]] std::string_view failed_model() const noexcept { return failure ? failure->model : std::string_view{}; }
    /// The input's violations (empty when the call succeeded).
    [[nodiscard]] const validation_result& violations() const noexcept {
        static const validation_result none{};
        return failure ? failure->violations : none;
    }
    /// "model path-loss: input outside the validity domain: /distance: 150 km is above …".
    [[nodiscard]] std::string error() const {
        if (ok()) return {};
        std::string s = "model ";
        s += failure->model;
        s += ": input outside the validity domain:";
        for (const auto& v : failure->violations) s += ' ' + v.to_string() + ';';
        if (s.back() == ';') s.pop_back();
        return s;
    }
};

namespace detail {
struct model_base {};

/// The slow path of a call whose quick domain test failed: the full validation decides (a
/// user-defined annotation may pass it); returns the failure, or null when the input is in
/// the domain after all. Kept out of line, so that the success path stays in registers.
template <class In>
TWINSPEC_COLD const model_failure* domain_failure(const char* model, std::size_t size, const In& in) {
    auto violations = twinspec::validate(in);
    if (violations.ok()) return nullptr;
    last_failure = model_failure{std::string_view(model, size), std::move(violations)};
    return &last_failure;
}

}  // namespace detail

/// A mechanism model named `Name`, version `Version`, from `In` to `Out` (entities), computed by
/// `F` (`Out f(const In&)`). Its validity domain is `In`'s ranges: a call with an input outside
/// them returns an error result and does not run `F`. Build with `make_model`.
template <fixed_string Name, semver Version, Entity In, Entity Out, class F>
struct mechanism_model : detail::model_base {
    static_assert(std::is_invocable_r_v<Out, const F&, const In&>,
                  "twinspec: mechanism model: the function must be callable as Out f(const In&)");
    using input_type = In;
    using output_type = Out;
    static constexpr std::string_view name = Name.view();
    static constexpr semver version = Version;

    F fn;
    twinspec::platform::provenance origin{};

    /// Runs the model: checks the input against the validity domain, then computes.
    [[nodiscard]] model_result<Out> operator()(const In& in) const {
        if (!twinspec::detail::quick_entity(in)) [[unlikely]] {
            if (const auto* failure = detail::domain_failure(name.data(), name.size(), in))
                return model_result<Out>{Out{}, failure};
        }
        return model_result<Out>{fn(in), nullptr};
    }

    /// "path-loss 1.0.0".
    [[nodiscard]] static std::string label() { return std::string(name) + ' ' + version.to_string(); }
};

/// `make_model<"path-loss", semver{1, 0, 0}, PathLossIn, PathLossOut>(provenance{…}, [](const PathLossIn& in) {…})`.
template <fixed_string Name, semver Version, Entity In, Entity Out, class F>
[[nodiscard]] constexpr mechanism_model<Name, Version, In, Out, F> make_model(provenance p, F f) {
    return {{}, std::move(f), p};
}

/// A mechanism model or a composition of them: `input_type`, `output_type`, callable.
template <class M>
concept MechanismModel = std::is_base_of_v<detail::model_base, M> && requires(const M& m, const typename M::input_type& in) {
    { m(in) } -> std::same_as<model_result<typename M::output_type>>;
};

namespace detail {
template <class T>
inline constexpr bool model_false = false;

/// B's input field `Field` has no field of the same name among A's outputs `Out`.
template <class Out, class Field>
struct model_input_not_met {
    static_assert(model_false<Out>, "twinspec: a | b: an input of b is not an output of a "
                                    "(a's output entity and b's input field named in model_input_not_met<output, input field>)");
    static constexpr bool value = false;
};
/// The units of `OutField` and `InField` are not convertible (or only one of them has a unit).
template <class OutField, class InField>
struct model_input_unit_incompatible {
    static_assert(model_false<OutField>,
                  "twinspec: a | b: an output of a and the input of b it feeds have incompatible units "
                  "(named in model_input_unit_incompatible<output field, input field>)");
    static constexpr bool value = false;
};
/// `OutField`'s type does not convert to `InField`'s (numbers feed numbers, other types the same type).
template <class OutField, class InField>
struct model_input_type_incompatible {
    static_assert(model_false<OutField>,
                  "twinspec: a | b: an output of a does not convert to the type of the input of b it feeds "
                  "(named in model_input_type_incompatible<output field, input field>)");
    static constexpr bool value = false;
};

template <class F>
struct unit_of {
    using type = void;
};
template <class F>
    requires has_annotation_v<F, unit_category>
struct unit_of<F> {
    using type = typename std::remove_cvref_t<decltype(F::annotations.template get<unit_category>())>::unit_type;
};

template <class G, class F>
constexpr bool field_feeds() {
    using GU = typename unit_of<G>::type;
    using FU = typename unit_of<F>::type;
    using GV = typename G::value_type;
    using FV = typename F::value_type;
    if constexpr (!(std::is_same_v<GV, FV> || (Numeric<GV> && Numeric<FV>)))
        return model_input_type_incompatible<G, F>::value;
    else if constexpr (std::is_void_v<GU> != std::is_void_v<FU>)
        return model_input_unit_incompatible<G, F>::value;
    else if constexpr (!std::is_void_v<GU> && !units::convertible_v<GU, FU>)
        return model_input_unit_incompatible<G, F>::value;
    else
        return true;
}

template <class Out, class F>
constexpr bool feeds_input() {
    constexpr bool found = [] {
        return []<class... G>(type_list<G...>*) { return ((G::name == F::name) || ...); }(static_cast<fields_t<Out>*>(nullptr));
    }();
    if constexpr (!found) {
        return model_input_not_met<Out, F>::value;
    } else {
        constexpr std::size_t i = [] {
            return []<class... G>(type_list<G...>*) {
                constexpr bool m[] = {(G::name == F::name)..., false};
                std::size_t k = 0;
                while (!m[k]) ++k;
                return k;
            }(static_cast<fields_t<Out>*>(nullptr));
        }();
        return field_feeds<type_at_t<fields_t<Out>, i>, F>();
    }
}

template <class Out, class In>
constexpr bool composable() {
    return []<class... F>(type_list<F...>*) { return (feeds_input<Out, F>() && ...); }(static_cast<fields_t<In>*>(nullptr));
}

template <class Out, class F>
constexpr std::size_t source_index() noexcept {
    return []<class... G>(type_list<G...>*) {
        constexpr bool m[] = {(G::name == F::name)..., false};
        std::size_t k = 0;
        while (k != sizeof...(G) && !m[k]) ++k;
        return k;
    }(static_cast<fields_t<Out>*>(nullptr));
}

/// Builds b's input from a's output: each field from the output field of the same name,
/// converted to the input's unit and type.
template <class In, class Out>
constexpr In adapt(const Out& out) {
    In in{};
    [&]<class... F>(type_list<F...>*) {
        (
            [&] {
                using G = type_at_t<fields_t<Out>, source_index<Out, F>()>;
                using GU = typename unit_of<G>::type;
                using FU = typename unit_of<F>::type;
                using FV = typename F::value_type;
                if constexpr (std::is_void_v<GU> || std::is_same_v<GU, FU>)
                    in.*F::pointer = static_cast<FV>(out.*G::pointer);
                else
                    in.*F::pointer = static_cast<FV>(units::convert<GU, FU>(out.*G::pointer));
            }(),
            ...);
    }(static_cast<fields_t<In>*>(nullptr));
    return in;
}
}  // namespace detail

/// The composition `a | b`: a's output feeds b's input (by field name, units converted).
template <MechanismModel A, MechanismModel B>
struct composed_model : detail::model_base {
    using input_type = typename A::input_type;
    using output_type = typename B::output_type;
    A first;
    B second;

    [[nodiscard]] model_result<output_type> operator()(const input_type& in) const {
        auto ra = first(in);
        if (!ra.ok()) [[unlikely]]
            return model_result<output_type>{{}, ra.failure};
        return second(detail::adapt<typename B::input_type>(ra.value));
    }

    /// "path-loss 1.0.0 | link-quality 1.2.0".
    [[nodiscard]] static std::string label() { return A::label() + " | " + B::label(); }
};

/// `a | b`: compiles only when every input field of b has an output field of a with the same
/// name, a compatible unit (converted through core units) and a convertible type; otherwise the
/// diagnostic names the output entity and the input field.
template <MechanismModel A, MechanismModel B>
[[nodiscard]] constexpr composed_model<A, B> operator|(const A& a, const B& b) {
    static_assert(detail::composable<typename A::output_type, typename B::input_type>(),
                  "twinspec: a | b breaks the composition rule stated above");
    return {{}, a, b};
}

}  // namespace twinspec::platform
