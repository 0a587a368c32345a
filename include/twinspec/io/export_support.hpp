// twinspec/io/export_support.hpp — what the schema exporters (JSON Schema, DTDL, AAS) share: the
// classification of member types, generated identifiers, and annotation values as JSON.
#pragma once

/// \file
/// Every exporter walks the same declarations: `fields_t<E>`, the field annotations, the member
/// types (`std::optional`, `std::vector`, `std::array`, `std::map<std::string, T>`, enums, nested
/// entities, `ref<T>`, time points and durations). This header classifies a member type once
/// (`value_shape`) so that the exporters agree, and rejects a type no export can describe with a
/// `static_assert` naming it.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <twinspec/core/annotations/default_value.hpp>
#include <twinspec/core/annotations/identifier.hpp>
#include <twinspec/core/annotations/length.hpp>
#include <twinspec/core/annotations/one_of.hpp>
#include <twinspec/core/annotations/presence.hpp>
#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/annotations/semantic.hpp>
#include <twinspec/core/annotations/text.hpp>
#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/io/json_document.hpp>
#include <twinspec/twin/ref.hpp>

namespace twinspec::io {

/// How an exporter sees a member type.
enum class shape : unsigned char {
    boolean,
    integer,
    floating,
    text,
    enumeration,
    entity,
    optional,
    sequence,  ///< std::vector / std::array
    map,       ///< std::map<std::string, T>
    reference, ///< ref<T>: the target's external id
    time_point,
    duration,
    unsupported,
};

template <class T>
struct is_string_map : std::false_type {};
template <class T, class C, class A>
struct is_string_map<std::map<std::string, T, C, A>> : std::true_type {
    using mapped = T;
};

/// The shape of member type `V`.
template <class V>
[[nodiscard]] consteval shape shape_of() noexcept {
    if constexpr (std::is_same_v<V, bool>) return shape::boolean;
    else if constexpr (Numeric<V> && std::is_integral_v<V>) return shape::integer;
    else if constexpr (Numeric<V>) return shape::floating;
    else if constexpr (Text<V>) return shape::text;
    else if constexpr (ReflectedEnum<V>) return shape::enumeration;
    else if constexpr (Entity<V>) return shape::entity;
    else if constexpr (is_optional_v<V>) return shape::optional;
    else if constexpr (is_sequence_v<V>) return shape::sequence;
    else if constexpr (is_string_map<V>::value) return shape::map;
    else if constexpr (is_ref_v<V>) return shape::reference;
    else if constexpr (is_time_point_v<V>) return shape::time_point;
    else if constexpr (is_duration_v<V>) return shape::duration;
    else return shape::unsupported;
}

template <class V>
struct inner_of {
    using type = void;
};
template <class T>
struct inner_of<std::optional<T>> {
    using type = T;
};
template <class T, class A>
struct inner_of<std::vector<T, A>> {
    using type = T;
};
template <class T, std::size_t N>
struct inner_of<std::array<T, N>> {
    using type = T;
};
template <class T, class C, class A>
struct inner_of<std::map<std::string, T, C, A>> {
    using type = T;
};
template <class T>
struct inner_of<ref<T>> {
    using type = T;
};
/// The element of an optional, sequence or map, the target of a `ref<T>`; `void` otherwise.
template <class V>
using inner_t = typename inner_of<V>::type;

template <class V>
inline constexpr std::size_t fixed_extent_v = 0;
template <class T, std::size_t N>
inline constexpr std::size_t fixed_extent_v<std::array<T, N>> = N;

namespace detail {
template <class V>
inline constexpr bool exportable_type = false;

/// True when every layer of `V` has a shape the exporters describe.
template <class V>
consteval bool exportable() {
    constexpr shape s = shape_of<V>();
    if constexpr (s == shape::unsupported) return false;
    else if constexpr (s == shape::optional || s == shape::sequence || s == shape::map) return exportable<inner_t<V>>();
    else return true;
}

/// Instantiated only for a field whose type no export can describe; the requirement names it.
template <class F, class V>
struct field_type_not_exportable {
    static_assert(exportable_type<V>,
                  "twinspec: rule broken: a field's type cannot be exported (supported: bool, numbers, std::string, "
                  "reflected enums, entities, std::optional, std::vector, std::array, std::map<std::string, T>, "
                  "ts::ref<T>, std::chrono time points and durations; the requirement names the field and the type)");
    static constexpr bool value = false;
};
struct export_ok {
    static constexpr bool value = true;
};

/// False for every field `F` and type `V`: an exporter asserts it only in the branch it takes
/// for a member type it cannot describe, so that the failing requirement (clang) or the
/// instantiation it is in (g++) names the field (`twinspec_schema_<Entity>::f_<member>`) and
/// the type, and the message states the rule.
template <class F, class V>
inline constexpr bool field_type_describable = false;
}  // namespace detail

/// True when every field of `E` (and of the entities nested in it) can be exported; otherwise a
/// `static_assert` names the first offending field and its type.
template <Entity E>
inline constexpr bool fields_exportable_v = []<class... F>(type_list<F...>*) {
    return (std::conditional_t<detail::exportable<typename F::value_type>(), detail::export_ok,
                               detail::field_type_not_exportable<F, typename F::value_type>>::value &&
            ...);
}(static_cast<fields_t<E>*>(nullptr));

// ---- identifiers ----------------------------------------------------------------------------

/// True when `s` is a DTMI path segment and an AAS idShort: a letter, then letters, digits or
/// `_`, not ending with `_` (DTDL names: `^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$`, at most 512).
[[nodiscard]] constexpr bool is_dtdl_name(std::string_view s) noexcept {
    if (s.empty() || s.size() > 512) return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!alpha(s.front()) || s.back() == '_') return false;
    for (char c : s)
        if (!alpha(c) && !digit(c) && c != '_') return false;
    return true;
}

/// The entity's DTMI: its `id(…)`, or `<base>:<EntityName>;1` when it declares none
/// (`base` defaults to `dtmi:twinspec:generated`).
template <Entity E>
[[nodiscard]] std::string entity_dtmi(std::string_view base = "dtmi:twinspec:generated") {
    if constexpr (!entity_id<E>().empty()) {
        return std::string(entity_id<E>());
    } else {
        static_assert(is_dtdl_name(entity_name_v<E>),
                      "twinspec: rule broken: an entity without ts::id(...) gets a generated DTMI from its name, "
                      "which must be a letter followed by letters, digits or '_', not ending with '_' "
                      "(give the entity a ts::id)");
        std::string s(base);
        s += ':';
        s += entity_name_v<E>;
        s += ";1";
        return s;
    }
}

// ---- annotations as values ------------------------------------------------------------------

/// The localised text of category `C` of an annotation set (entity meta or field), if any.
template <class C, class Set>
[[nodiscard]] constexpr localized_text<C> text_of(const Set& set) noexcept {
    if constexpr (std::remove_cvref_t<Set>::template has<C>) return set.template get<C>();
    else return {};
}

/// A scalar annotation value (allowed value, default) as JSON: numbers, text, enumerators by name.
template <class T>
[[nodiscard]] json_node scalar_json(const T& v) {
    if constexpr (std::is_same_v<T, bool>) return json_node::boolean(v);
    else if constexpr (std::is_arithmetic_v<T>) return json_node::number(v);
    else if constexpr (std::is_convertible_v<T, std::string_view>) return json_node::string(std::string_view(v));
    else if constexpr (ReflectedEnum<T>) return json_node::string(enum_to_string(v));
    else return json_node::null();
}

/// The same value as text (AAS values, DTDL enum values): `-31`, `2.5`, `true`, `active`.
template <class T>
[[nodiscard]] std::string scalar_text(const T& v) {
    const json_node n = scalar_json(v);
    return n.is_null() ? std::string{} : n.text();
}

/// The inclusive limits of a numeric field `F` of element type `V`: the declared range, else
/// (for integers) the limits of the type. `has_*` false when there is no limit.
template <class V>
struct numeric_limits_of {
    json_node min;
    json_node max;
    bool declared_min = false;
    bool declared_max = false;
};
template <class V, class F>
[[nodiscard]] numeric_limits_of<V> limits_of() {
    numeric_limits_of<V> out;
    if constexpr (has_annotation_v<F, range_category>) {
        const auto& r = annotation<range_category, F>();
        if (r.has_min) {
            out.min = json_node::number(static_cast<V>(r.min));
            out.declared_min = true;
        }
        if (r.has_max) {
            out.max = json_node::number(static_cast<V>(r.max));
            out.declared_max = true;
        }
    }
    if constexpr (std::is_integral_v<V>) {
        if (!out.declared_min) out.min = json_node::number(std::numeric_limits<V>::lowest());
        if (!out.declared_max) out.max = json_node::number(std::numeric_limits<V>::max());
    }
    return out;
}

/// True when field `F` is required in an instance: a plain member unless `optional_field`; an
/// optional only with `required`; a `ref<T>` never (the null handle is written as absent).
template <class F>
[[nodiscard]] constexpr bool field_required() noexcept {
    using V = typename F::value_type;
    if constexpr (has_annotation_v<F, presence_category>) return annotation<presence_category, F>().required;
    else if constexpr (is_optional_v<V> || is_ref_v<V>) return false;
    else return true;
}

}  // namespace twinspec::io
