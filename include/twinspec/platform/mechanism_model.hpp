// twinspec/platform/mechanism_model.hpp — industrial mechanism models (工业机理模型): typed
// callables with input and output schemas (kernel entities with units), a validity domain (the
// input entity's ranges), a version and provenance; composition `a | b` checked at compile time
// (b's inputs met by a's outputs, units converted through core units) and free at run time.
// A call returns a `model_result<Out>`: the output, or a failure record the result owns
// (allocated only on the failure path, so the success path costs a plain return).
#pragma once

#include <cassert>
#include <concepts>
#include <cstddef>
#include <cstring>
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
/// Frees a failure record (out of line: only failure paths reach it).
TWINSPEC_COLD inline void free_failure(model_failure* p) noexcept { delete p; }
/// Copies a failure record (out of line: only failure paths reach it).
TWINSPEC_COLD inline model_failure* copy_failure(const model_failure& f) { return new model_failure(f); }

/// Room for the input of a failed call whose record is made on first access.
inline constexpr std::size_t deferred_input_size = 64;

/// True when the annotations of `Set` on a value of type `V` all have a side-effect-free
/// test (`ok(v)`), so that the inlined quick test decides exactly what `validate` decides.
template <class Set, class V>
constexpr bool quick_test_exact_for() {
    return Set{}.all_of([](const auto& a) {
        using A = std::remove_cvref_t<decltype(a)>;
        return requires(const A& x, const V& v) { x.ok(v); } ||
               !requires(const A& x, const V& v, const twinspec::check_context& c) { x.check(v, c); };
    });
}

/// True when a failed quick test of `In` means a failed validation (every field a number, a
/// bool or an optional of one, every annotation quickly testable), and `In` can be kept by
/// value in a failure record: then a call outside the domain stores its input and makes the
/// record only when it is read — no call at all on the failure path of the caller's loop.
template <class In>
constexpr bool defer_failure() {
    if constexpr (!(std::is_trivially_copyable_v<In> && sizeof(In) <= deferred_input_size &&
                    alignof(In) <= alignof(std::max_align_t))) {
        return false;
    } else {
        return []<class... F>(type_list<F...>*) {
            return ((std::is_arithmetic_v<typename F::value_type> &&
                     quick_test_exact_for<std::remove_cvref_t<decltype(F::annotations)>, typename F::value_type>()) &&
                    ...);
        }(static_cast<fields_t<In>*>(nullptr));
    }
}

/// Makes the record of a deferred failure: model `Name`'s input, validated.
template <class In, fixed_string Name>
TWINSPEC_COLD model_failure* explain_failure(const unsigned char* bytes) {
    In in;
    std::memcpy(static_cast<void*>(&in), bytes, sizeof(In));
    return new model_failure{Name.view(), twinspec::validate(in)};
}
}  // namespace detail

/// The failure record of one model call, owned by the `model_result` that carries it: null on
/// success. On failure it holds the record (`model_failure`), or — for inputs that fit
/// (`detail::defer_failure<In>`) — the failed input, from which the record is made on first
/// access (`get()`, `*`, `->`): so the failure path of a call stores a few bytes and calls
/// nothing, and the caller's loop keeps its registers as a hand-written loop does. Copying a
/// result copies the record, moving moves it. As with any lazily filled cache, do not read the
/// record of one result from two threads at once before it was first read.
class failure_ptr {
    using explain_fn = model_failure* (*)(const unsigned char*);
    explain_fn explain_ = nullptr;  ///< set while the record is deferred
    alignas(std::max_align_t) unsigned char input_[detail::deferred_input_size];
    mutable model_failure* p_ = nullptr;

    TWINSPEC_COLD void make() const {
        p_ = explain_(input_);
    }

public:
    constexpr failure_ptr() noexcept = default;
    constexpr failure_ptr(std::nullptr_t) noexcept {}
    /// Takes ownership of `p` (allocated with `new`).
    explicit constexpr failure_ptr(model_failure* p) noexcept : p_(p) {}
    /// A deferred failure of model `Name` on input `in` (see `detail::defer_failure`).
    template <fixed_string Name, class In>
    [[nodiscard]] static failure_ptr deferred(const In& in) noexcept {
        static_assert(detail::defer_failure<In>());
        failure_ptr f;
        f.explain_ = &detail::explain_failure<In, Name>;
        std::memcpy(f.input_, static_cast<const void*>(&in), sizeof(In));
        return f;
    }
    failure_ptr(const failure_ptr& o) : explain_(o.explain_), p_(o.p_ ? detail::copy_failure(*o.p_) : nullptr) {
        if (explain_) std::memcpy(input_, o.input_, sizeof input_);
    }
    failure_ptr(failure_ptr&& o) noexcept : explain_(o.explain_), p_(o.p_) {
        if (explain_) std::memcpy(input_, o.input_, sizeof input_);
        o.explain_ = nullptr;
        o.p_ = nullptr;
    }
    failure_ptr& operator=(const failure_ptr& o) {
        if (this != &o) *this = failure_ptr(o);
        return *this;
    }
    failure_ptr& operator=(failure_ptr&& o) noexcept {
        if (this != &o) {
            if (p_) detail::free_failure(p_);
            explain_ = o.explain_;
            if (explain_) std::memcpy(input_, o.input_, sizeof input_);
            p_ = o.p_;
            o.explain_ = nullptr;
            o.p_ = nullptr;
        }
        return *this;
    }
    ~failure_ptr() {
        if (p_) [[unlikely]] detail::free_failure(p_);
    }
    /// The record, or null when the call succeeded.
    [[nodiscard]] const model_failure* get() const {
        if (!p_ && explain_) [[unlikely]] make();
        return p_;
    }
    [[nodiscard]] const model_failure& operator*() const { return *get(); }
    [[nodiscard]] const model_failure* operator->() const { return get(); }
    /// True when the call failed (does not make a deferred record).
    explicit constexpr operator bool() const noexcept { return p_ != nullptr || explain_ != nullptr; }
};

/// The result of calling a model: the output, or — when an input left a model's validity
/// domain — the failure (`failure`, owned by the result: it stays valid as long as the result,
/// whatever other calls fail meanwhile). Nothing is allocated on the success path, and the
/// failure path is out of line: a successful call costs what a plain return value costs.
template <class Out>
struct model_result {
    Out value{};
    failure_ptr failure{};

    [[nodiscard]] bool ok() const noexcept { return !static_cast<bool>(failure); }
    explicit operator bool() const noexcept { return ok(); }
    /// The model whose domain was left (empty when the call succeeded).
    [[nodiscard]] std::string_view failed_model() const { return failure ? failure->model : std::string_view{}; }
    /// The input's violations (empty when the call succeeded).
    [[nodiscard]] const validation_result& violations() const {
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
/// user-defined annotation may pass it); returns the failure record (owned by the caller), or
/// null when the input is in the domain after all. Kept out of line, so that the success path
/// stays in registers.
template <class In>
TWINSPEC_COLD model_failure* domain_failure(const char* model, std::size_t size, In in) {
    auto violations = twinspec::validate(in);
    if (violations.ok()) return nullptr;
    return new model_failure{std::string_view(model, size), std::move(violations)};
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
        model_result<Out> r;
        run(in, r.value, r.failure);
        return r;
    }

    /// The call without the result around it, as a composition chains it: true with `out`
    /// computed when `in` is in the validity domain, false with the failure in `failure` and
    /// `out` untouched otherwise. Precondition: `failure` is empty on entry (asserted in debug
    /// builds). A chain of these is what hand-written nested calls `if (f(in, x) && g(x, y) &&
    /// …)` are: one flag, the values in registers, the result object filled once at the end.
    [[gnu::always_inline]] bool run(const In& in, Out& out, failure_ptr& failure) const {
        assert(!failure && "twinspec: mechanism_model::run: `failure` must be empty on entry");
        if (!twinspec::detail::quick_entity(in)) [[unlikely]] {
            if constexpr (detail::defer_failure<In>()) {
                failure = failure_ptr::deferred<Name>(in);
                return false;
            } else {
                if (auto* f = detail::domain_failure(name.data(), name.size(), in)) {
                    failure = failure_ptr(f);
                    return false;
                }
            }
        }
        out = fn(in);
        return true;
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

/// Runs model `m` as a stage of a chain: through its `run` (`mechanism_model`,
/// `composed_model`), or through its call operator for another `MechanismModel`.
template <class M>
[[gnu::always_inline]] inline bool run_model(const M& m, const typename M::input_type& in, typename M::output_type& out,
                                             failure_ptr& failure) {
    if constexpr (requires { m.run(in, out, failure); }) {
        return m.run(in, out, failure);
    } else {
        auto r = m(in);
        if (!r.ok()) [[unlikely]] {
            failure = std::move(r.failure);
            return false;
        }
        out = std::move(r.value);
        return true;
    }
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
        model_result<output_type> r;
        run(in, r.value, r.failure);
        return r;
    }

    /// The chain without result objects between the stages (see `mechanism_model::run`): a's
    /// output feeds b only when a succeeded; the failure is the first failing stage's.
    [[gnu::always_inline]] bool run(const input_type& in, output_type& out, failure_ptr& failure) const {
        typename A::output_type mid{};
        return detail::run_model(first, in, mid, failure) &&
               detail::run_model(second, detail::adapt<typename B::input_type>(mid), out, failure);
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
