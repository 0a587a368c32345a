// twinspec/core/entity.hpp — `TWINSPEC_ENTITY` defines a plain aggregate and its schema;
// `TWINSPEC_ADAPT` attaches a schema to a struct that already exists.
#pragma once

#include <cstddef>
#include <string_view>

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/detail/preprocessor.hpp>
#include <twinspec/core/rules.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>

// ---------------------------------------------------------------------------------------
// Field tuples
//   TWINSPEC_ENTITY: (type, member, annotations…)   — wrap a type holding commas in
//                    parentheses: ((std::array<int, 3>), taps, …)
//   TWINSPEC_ADAPT:  (member, annotations…)
// ---------------------------------------------------------------------------------------

#define TWINSPEC_DETAIL_MEMBER(d, f) TWINSPEC_DETAIL_MEMBER_I f
#define TWINSPEC_DETAIL_MEMBER_I(T, m, ...) TWINSPEC_PP_UNPAREN(T) m;

// One field descriptor (a type with static constexpr members only), then the field's
// single static_assert. When a field breaks a rule, `field_ok` instantiates
// `explain_field`, whose own static_assert states the rule; this one names entity and field.
// Each field goes through as few macro layers as possible: every layer copies the field's
// tokens, and GCC keeps a location for every token of every expansion.
#define TWINSPEC_DETAIL_DESCRIPTOR(E, m, ...)                                                   \
    struct f_##m {                                                                              \
        using entity_type = E;                                                                  \
        using value_type = decltype(E::m);                                                      \
        static constexpr ::std::string_view member_name{#m, sizeof(#m) - 1};                    \
        static constexpr auto annotations = ::twinspec::annotate(__VA_ARGS__);                  \
        static constexpr ::std::string_view name = ::twinspec::detail::external_name(annotations, member_name); \
        static constexpr auto pointer = &E::m;                                                  \
        static constexpr ::std::ptrdiff_t offset = offsetof(E, m);                              \
    };                                                                                          \
    static_assert(::twinspec::detail::field_ok<f_##m>,                                          \
                  "twinspec: entity '" #E "', field '" #m "' breaks the rule stated above");

#define TWINSPEC_DETAIL_CHECK_MEMBER(E, m, ...)                                                                   \
    static_assert([]<class T>(T*) { return requires { &T::m; }; }(static_cast<E*>(nullptr)),                       \
                  "twinspec: TWINSPEC_ADAPT(" #E ", ...): '" #m "' is not a member of " #E);

#define TWINSPEC_DETAIL_CALL(M, ...) M(__VA_ARGS__)
#define TWINSPEC_DETAIL_DROP_TYPE(T, ...) __VA_ARGS__
#define TWINSPEC_DETAIL_KEEP(...) __VA_ARGS__
// TWINSPEC_ENTITY's fields: (type, member, annotations…)
#define TWINSPEC_DETAIL_E_DESCRIPTOR(E, f) TWINSPEC_DETAIL_CALL(TWINSPEC_DETAIL_DESCRIPTOR, E, TWINSPEC_DETAIL_DROP_TYPE f)
#define TWINSPEC_DETAIL_E_NAME(E, f) TWINSPEC_DETAIL_E_NAME_I f
#define TWINSPEC_DETAIL_E_NAME_I(T, m, ...) , f_##m
// TWINSPEC_ADAPT's fields: (member, annotations…)
#define TWINSPEC_DETAIL_A_DESCRIPTOR(E, f) TWINSPEC_DETAIL_CALL(TWINSPEC_DETAIL_DESCRIPTOR, E, TWINSPEC_DETAIL_KEEP f)
#define TWINSPEC_DETAIL_A_NAME(E, f) TWINSPEC_DETAIL_A_NAME_I f
#define TWINSPEC_DETAIL_A_NAME_I(m, ...) , f_##m
#define TWINSPEC_DETAIL_A_CHECK(E, f) TWINSPEC_DETAIL_CALL(TWINSPEC_DETAIL_CHECK_MEMBER, E, TWINSPEC_DETAIL_KEEP f)

// `offsetof` on a type that is not standard-layout (a member of a class type with a base, an
// adapted class with mixed access) is conditionally supported: GCC and Clang support it for
// every type without virtual bases, and warn. The schema turns the warning off for itself.
#if defined(__GNUC__) || defined(__clang__)
#define TWINSPEC_DETAIL_OFFSETS_BEGIN \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Winvalid-offsetof\"")
#define TWINSPEC_DETAIL_OFFSETS_END _Pragma("GCC diagnostic pop")
#else
#define TWINSPEC_DETAIL_OFFSETS_BEGIN
#define TWINSPEC_DETAIL_OFFSETS_END
#endif

#define TWINSPEC_DETAIL_SCHEMA(E, Meta, P, ...)                                                            \
    TWINSPEC_DETAIL_OFFSETS_BEGIN                                                                          \
    struct twinspec_schema_##E {                                                                           \
        using entity_type = E;                                                                             \
        static constexpr ::std::string_view name{#E, sizeof(#E) - 1};                                     \
        static constexpr auto annotations = Meta;                                                          \
        TWINSPEC_PP_FOR_EACH(TWINSPEC_DETAIL_##P##_DESCRIPTOR, E, __VA_ARGS__)                             \
        using fields = ::twinspec::detail::make_fields<void TWINSPEC_PP_FOR_EACH(TWINSPEC_DETAIL_##P##_NAME, E, __VA_ARGS__)>; \
        static_assert(::twinspec::detail::entity_ok<twinspec_schema_##E>,                                 \
                      "twinspec: entity '" #E "' breaks the rule stated above");                            \
    };                                                                                                     \
    TWINSPEC_DETAIL_OFFSETS_END                                                                            \
    [[maybe_unused]] auto twinspec_schema(E*) -> twinspec_schema_##E

namespace twinspec::detail {
template <class Void, class... F>
struct make_fields_impl {
    using type = type_list<F...>;
};
/// `make_fields<void, f_a, f_b>` → `type_list<f_a, f_b>` (the leading `void` absorbs the
/// first comma the preprocessor writes).
template <class... F>
using make_fields = typename make_fields_impl<F...>::type;
}  // namespace twinspec::detail

/// Defines `struct Name { members… };` — a plain aggregate, `sizeof` and layout of the
/// hand-written struct — and attaches its schema. Use at namespace scope:
///
///     TWINSPEC_ENTITY(Cell,
///         ts::meta(ts::id("dtmi:example:mndt:Cell;1"), ts::doc("NR cell")),
///         (std::uint16_t, pci,  ts::property,  ts::range(0, 1007)),
///         (double,        rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)));
///
/// Works for any number of members (tested with 128).
#define TWINSPEC_ENTITY(Name, Meta, ...)                                 \
    struct Name {                                                        \
        TWINSPEC_PP_FOR_EACH(TWINSPEC_DETAIL_MEMBER, Name, __VA_ARGS__)  \
    };                                                                   \
    TWINSPEC_DETAIL_SCHEMA(Name, Meta, E, __VA_ARGS__)

/// Attaches a schema to an existing struct without touching it. Use at namespace scope, in
/// the struct's own namespace, with the struct's unqualified name:
///
///     TWINSPEC_ADAPT(LegacyCell, ts::meta(),
///         (pci, ts::range(0, 1007)),
///         (rsrp, ts::telemetry, ts::unit<dBm>));
///
/// Naming a member that does not exist is a compile error that names it.
#define TWINSPEC_ADAPT(Name, Meta, ...)                                   \
    TWINSPEC_PP_FOR_EACH(TWINSPEC_DETAIL_A_CHECK, Name, __VA_ARGS__)      \
    TWINSPEC_DETAIL_SCHEMA(Name, Meta, A, __VA_ARGS__)
