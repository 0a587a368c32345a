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

/// Validates one member completely, reporting every violation; one out-of-line function
/// per (annotation set, member type) pair, shared by every field of that pair, reached
/// through the entity's `member_checks` table (type-erased, so the table is one array): it
/// runs only for objects whose quick test (below) failed.
template <class Set, class V>
TWINSPEC_NOINLINE void validate_member_erased(const void* set, std::string_view name, const void* v,
                                              const path_segment& parent, violation_sink sink) {
    const path_segment path{&parent, name, 0, false};
    const check_context ctx{path, unit_symbol_of<Set>(), sink};
    validate_value(*static_cast<const Set*>(set), *static_cast<const V*>(v), path, ctx);
}

/// Validates one member completely, reporting every violation.
template <class Set, class V>
void validate_member(const Set& set, std::string_view name, const V& v, const path_segment& parent,
                     violation_sink sink) {
    validate_member_erased<Set, V>(&set, name, &v, parent, sink);
}

/// One row of an entity's reporting table: a field's annotations, its name, its byte offset
/// and its validator.
struct member_check {
    const void* set;
    std::string_view name;
    std::ptrdiff_t offset;
    void (*run)(const void*, std::string_view, const void*, const path_segment&, violation_sink);
};

/// An entity's reporting table: its rows, in declaration order.
struct entity_checks {
    const member_check* rows;
    std::size_t size;
};

template <class Fields>
struct member_checks;
/// The reporting table of an entity, one row per field in declaration order. One shared
/// loop (`validate_rows`) walks it, rather than one function per entity or per field: in a
/// model of thousands of fields, code per field is what the optimiser spends its time on.
template <class... F>
struct member_checks<type_list<F...>> {
    // One empty row at the end: an entity may have no fields, and an array may not be empty.
    static constexpr member_check table[sizeof...(F) + 1] = {
        {&F::annotations, F::name, F::offset,
         &validate_member_erased<std::remove_cvref_t<decltype(F::annotations)>, typename F::value_type>}...,
        {}};
};

/// The reporting table of entity `T`.
template <class T>
inline constexpr entity_checks entity_checks_v{member_checks<fields_t<T>>::table, field_count_v<T>};

/// Validates every field of one entity, reporting: one function for every entity type.
TWINSPEC_NOINLINE inline void validate_rows(const void* object, entity_checks checks, const path_segment& path,
                                            violation_sink sink) {
    const char* const base = static_cast<const char*>(object);
    for (const member_check *row = checks.rows, *end = checks.rows + checks.size; row != end; ++row)
        row->run(row->set, row->name, base + row->offset, path, sink);
}

/// Validates every field of one entity, reporting.
template <class T>
void validate_entity(const T& obj, const path_segment& path, violation_sink sink) {
    validate_rows(__builtin_addressof(obj), entity_checks_v<T>, path, sink);
}

/// `validate`'s reporting path, shared by every entity type.
TWINSPEC_NOINLINE inline validation_result report_entity(entity_checks checks, const void* obj) {
    validation_result result;
    auto push = [&result](violation&& v) { result.push(std::move(v)); };
    validate_rows(obj, checks, path_segment{}, violation_sink(push));
    return result;
}

/// `is_valid`'s reporting path, shared by every entity type.
TWINSPEC_NOINLINE inline bool entity_reports_nothing(entity_checks checks, const void* obj) {
    bool ok = true;
    auto note = [&ok](violation&&) { ok = false; };
    validate_rows(obj, checks, path_segment{}, violation_sink(note));
    return ok;
}

template <class T>
constexpr bool quick_entity(const T& obj);

/// One annotation's side-effect-free test: `ok(v)` where the annotation has one; an
/// annotation that can only `check` (a user's own, say) makes the quick test give up
/// (false), and the reporting path decides.
template <class A, class V>
constexpr bool annotation_ok(const A& a, const V& v) {
    if constexpr (requires { a.ok(v); }) return a.ok(v);
    else return !requires(const check_context& c) { a.check(v, c); };
}

/// The annotations' tests at one level of a value, folded straight over the set's leaves:
/// every level of inlining between a field and its comparison is paid once per field.
template <class V, std::size_t... I, class... A>
constexpr bool annotations_ok(const annotation_storage<std::index_sequence<I...>, A...>& set, const V& v) {
    return (annotation_ok(static_cast<const annotation_leaf<I, A>&>(set).value, v) && ...);
}

/// True when `v` breaks no constraint: comparisons only, no path, no allocation, no report.
template <class Set, class V>
constexpr bool quick_value(const Set& set, const V& v) {
    if (!annotations_ok(set, v)) return false;
    if constexpr (is_optional_v<V>) {
        return !v.has_value() || quick_value(set, *v);
    } else if constexpr (is_sequence_v<V>) {
        for (const auto& element : v)
            if (!quick_value(set, element)) return false;
        return true;
    } else if constexpr (Entity<V>) {
        return quick_entity(v);
    } else if constexpr (ReflectedEnum<V>) {
        return enum_contains(v);
    } else {
        return true;
    }
}

/// The quick test of a whole entity: every field's constraints joined with `&&`, inlined —
/// what a hand-written `is_valid(const Cell&)` does.
/// (A function template over the field list, not a lambda inside `quick_entity`: one
/// function fewer per entity for the compiler to instantiate, optimise and inline.)
template <class T, class... F>
constexpr bool quick_fields(const T& obj, const type_list<F...>*) {
    return (quick_value(F::annotations, obj.*F::pointer) && ...);
}
template <class T>
constexpr bool quick_entity(const T& obj) {
    return quick_fields(obj, static_cast<const fields_t<T>*>(nullptr));
}

/// True when `annotation_ok` decides annotation `A` on a `V` (it has `ok`, or no rule at
/// all) rather than giving up (a `check` without `ok`, such as a user's own annotation).
template <class A, class V>
inline constexpr bool annotation_decided = requires(const A& a, const V& v) { a.ok(v); } ||
                                           !requires(const A& a, const V& v, const check_context& c) { a.check(v, c); };
template <class V, class... A>
constexpr bool annotations_decided(const annotation_set<A...>*) {
    return (annotation_decided<A, V> && ...);
}
/// True when the quick test of a value of type `V` under annotation set `Set` is exact: when
/// it says false, the value does break a rule. A nested entity counts as not exact (its own
/// reporting path decides, as before), so that this never recurses through a type.
template <class Set, class V>
consteval bool quick_value_exact() {
    if constexpr (!annotations_decided<V>(static_cast<const Set*>(nullptr))) return false;
    else if constexpr (is_optional_v<V>) return quick_value_exact<Set, typename V::value_type>();
    else if constexpr (is_sequence_v<V>) return quick_value_exact<Set, std::remove_cvref_t<decltype(*std::declval<const V&>().begin())>>();
    else return !Entity<V>;
}
template <class... F>
consteval bool quick_fields_exact(const type_list<F...>*) {
    return (quick_value_exact<std::remove_cvref_t<decltype(F::annotations)>, typename F::value_type>() && ...);
}
/// True when `quick_entity<T>` is exact, so that `is_valid` may trust its false.
template <class T>
inline constexpr bool quick_entity_exact = quick_fields_exact(static_cast<const fields_t<T>*>(nullptr));

}  // namespace detail

/// Function object behind `validate`.
struct validate_fn {
    /// Checks every constraint of every field of `obj` (recursively through components,
    /// optionals, vectors and arrays) and returns all violations. Allocates nothing when
    /// there is nothing to report.
    template <Entity T>
    [[nodiscard]] validation_result operator()(const T& obj) const {
        if (detail::quick_fields(obj, static_cast<const fields_t<T>*>(nullptr))) [[likely]] return {};
        return detail::report_entity(detail::entity_checks_v<T>, __builtin_addressof(obj));
    }

    /// Streams each violation of `obj` to `sink(violation&&)`; `at` is the path of `obj`
    /// inside a larger document (`/cells/3`).
    template <Entity T, class Sink>
        requires std::is_invocable_v<Sink&, violation&&>
    void operator()(const T& obj, Sink&& sink, const path_segment& at = {}) const {
        if (detail::quick_fields(obj, static_cast<const fields_t<T>*>(nullptr))) [[likely]] return;
        detail::validate_entity(obj, at, violation_sink(sink));
    }
};
/// `auto result = validate(cell); if (!result) std::cout << result.to_string();`
inline constexpr validate_fn validate{};

/// Function object behind `is_valid`.
struct is_valid_fn {
    /// True when `obj` breaks no rule: the inlined quick test; only when it fails and a
    /// user-defined annotation (or a nested entity) could not be tested quickly does the
    /// reporting path decide.
    template <Entity T>
    [[nodiscard]] bool operator()(const T& obj) const {
        if (detail::quick_fields(obj, static_cast<const fields_t<T>*>(nullptr))) [[likely]] return true;
        if constexpr (detail::quick_entity_exact<T>) return false;  // the quick test's false is the verdict
        else return detail::entity_reports_nothing(detail::entity_checks_v<T>, __builtin_addressof(obj));
    }
};
/// `is_valid(cell)`.
inline constexpr is_valid_fn is_valid{};

}  // namespace twinspec
