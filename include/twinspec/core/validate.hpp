// twinspec/core/validate.hpp — runtime validation of every constraint of every field,
// recursively, with a JSON-pointer path for each violation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/violation.hpp>

namespace twinspec {
struct unit_category;

namespace detail {

template <class Set>
constexpr std::string_view unit_symbol_of() noexcept {
    if constexpr (Set::template has<unit_category>) return Set{}.template get<unit_category>().symbol;
    else return {};
}

template <class Set, class V>
void validate_value(const Set& set, const V& v, const path_segment& path, const check_context& ctx);

template <class T>
void validate_entity(const T& obj, const path_segment& path, violation_sink sink);

/// Runs every annotation's `check` that applies to a value of type `V`.
template <class Set, class V>
void run_checks(const Set& set, const V& v, const check_context& ctx) {
    set.for_each([&](const auto& a) {
        if constexpr (requires { a.check(v, ctx); }) a.check(v, ctx);
    });
}

template <class Set, class V>
void validate_value(const Set& set, const V& v, const path_segment& path, const check_context& ctx) {
    if constexpr (is_optional_v<V>) {
        run_checks(set, v, ctx);  // presence
        if (v.has_value()) validate_value(set, *v, path, ctx);
    } else if constexpr (is_sequence_v<V>) {
        run_checks(set, v, ctx);  // items
        std::size_t i = 0;
        for (const auto& element : v) {
            const path_segment child{&path, {}, i++, true};
            const check_context c{child, ctx.unit, ctx.sink};
            validate_value(set, element, child, c);
        }
    } else if constexpr (Entity<V>) {
        validate_entity(v, path, ctx.sink);
    } else {
        if constexpr (ReflectedEnum<V>) {
            if (!enum_contains(v)) {
                ctx.report(rule::undeclared_enum, scalar::from(static_cast<std::underlying_type_t<V>>(v)), {},
                           std::string(enum_name_v<V>));
                return;
            }
        }
        run_checks(set, v, ctx);
    }
}

/// Validates one member completely; shared by every field with the same annotation and
/// member types, and kept out of line: it runs only when the fast test below fails.
template <class Set, class V>
TWINSPEC_NOINLINE void validate_member_slow(const Set& set, std::string_view name, const V& v,
                                            const path_segment& parent, violation_sink sink) {
    const path_segment path{&parent, name, 0, false};
    const check_context ctx{path, unit_symbol_of<Set>(), sink};
    validate_value(set, v, path, ctx);
}

/// True when a scalar `V` can be tested by the annotations' `ok` alone.
template <class Set, class V>
constexpr bool fast_testable() noexcept {
    if constexpr (is_optional_v<V> || is_sequence_v<V> || Entity<V> || ReflectedEnum<V>) {
        return false;
    } else {
        const check_context* ctx = nullptr;
        return Set{}.all_of([&](const auto& a) {
            if constexpr (requires { a.ok(std::declval<const V&>()); }) return true;
            else return !requires { a.check(std::declval<const V&>(), *ctx); };
        });
    }
}

/// Validates one member: an inlined test of the common constraints (a few comparisons,
/// like a hand-written check), and the full out-of-line validation only when it fails.
template <class Set, class V>
inline void validate_member(const Set& set, std::string_view name, const V& v, const path_segment& parent,
                            violation_sink sink) {
    if constexpr (fast_testable<Set, V>()) {
        const bool ok = set.all_of([&](const auto& a) {
            if constexpr (requires { a.ok(v); }) return a.ok(v);
            else return true;
        });
        if (ok) [[likely]] return;
    }
    validate_member_slow(set, name, v, parent, sink);
}

/// Validates every field of one entity: one out-of-line function per entity type, like
/// the hand-written `validate(const Cell&)` it replaces.
template <class T>
TWINSPEC_NOINLINE void validate_entity(const T& obj, const path_segment& path, violation_sink sink) {
    [&]<class... F>(type_list<F...>*) {
        (validate_member(F::annotations, F::name, obj.*F::pointer, path, sink), ...);
    }(static_cast<fields_t<T>*>(nullptr));
}

}  // namespace detail

/// Function object behind `validate`.
struct validate_fn {
    /// Checks every constraint of every field of `obj` (recursively through components,
    /// optionals, vectors and arrays) and returns all violations. Allocates nothing when
    /// there is nothing to report.
    template <Entity T>
    [[nodiscard]] validation_result operator()(const T& obj) const {
        validation_result result;
        auto push = [&result](violation&& v) { result.push(std::move(v)); };
        detail::validate_entity(obj, path_segment{}, violation_sink(push));
        return result;
    }

    /// Streams each violation of `obj` to `sink(violation&&)`; `at` is the path of `obj`
    /// inside a larger document (`/cells/3`).
    template <Entity T, class Sink>
        requires std::is_invocable_v<Sink&, violation&&>
    void operator()(const T& obj, Sink&& sink, const path_segment& at = {}) const {
        detail::validate_entity(obj, at, violation_sink(sink));
    }
};
/// `auto result = validate(cell); if (!result) std::cout << result.to_string();`
inline constexpr validate_fn validate{};

/// Function object behind `is_valid`.
struct is_valid_fn {
    /// True when `obj` breaks no rule (stops reporting after the first violation's count).
    template <Entity T>
    [[nodiscard]] bool operator()(const T& obj) const {
        bool ok = true;
        auto note = [&ok](violation&&) { ok = false; };
        detail::validate_entity(obj, path_segment{}, violation_sink(note));
        return ok;
    }
};
/// `is_valid(cell)`.
inline constexpr is_valid_fn is_valid{};

}  // namespace twinspec
