// twinspec/core/schema.hpp — compile-time reflection of twinspec entities: the schema an
// entity carries, its fields and their annotations.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/annotations/identifier.hpp>
#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/annotations/text.hpp>
#include <twinspec/core/type_list.hpp>

namespace twinspec {

namespace detail {
/// The hook: `TWINSPEC_ENTITY` and `TWINSPEC_ADAPT` declare, next to the entity,
/// `auto twinspec_schema(T*) -> <schema type>;`, found by argument-dependent lookup.
template <class T>
using schema_hook_t = decltype(twinspec_schema(static_cast<T*>(nullptr)));
}  // namespace detail

/// A type described by `TWINSPEC_ENTITY` or `TWINSPEC_ADAPT`.
template <class T>
concept Entity = std::is_class_v<T> && requires { typename detail::schema_hook_t<T>; };

/// The schema of entity `T`: a type with `entity_type`, `name`, `annotations` (the
/// entity's metadata) and `fields` (a `type_list` of field descriptors).
template <Entity T>
using schema_t = detail::schema_hook_t<T>;

/// The field descriptors of entity `T`, in declaration order. Each descriptor `F` has
/// `F::entity_type`, `F::value_type`, `F::name` (external name), `F::member_name`,
/// `F::pointer` (a pointer to member), `F::offset` (the member's byte offset, as `offsetof`
/// gives it) and `F::annotations`.
template <Entity T>
using fields_t = typename schema_t<T>::fields;

/// Number of fields of entity `T`.
template <Entity T>
inline constexpr std::size_t field_count_v = fields_t<T>::size;

/// The entity's name as written in C++ (`"Cell"`).
template <Entity T>
inline constexpr std::string_view entity_name_v = schema_t<T>::name;

/// The entity's metadata annotations (`meta(id(…), doc(…))`).
template <Entity T>
inline constexpr const auto& entity_annotations_v = schema_t<T>::annotations;

/// The entity's identifier (DTMI), or an empty view when it declares none.
template <Entity T>
[[nodiscard]] constexpr std::string_view entity_id() noexcept {
    using A = std::remove_cvref_t<decltype(schema_t<T>::annotations)>;
    if constexpr (A::template has<id_category>) return schema_t<T>::annotations.template get<id_category>().value;
    else return {};
}

/// Collects an entity's metadata annotations: `meta(id("dtmi:…;1"), doc("…"))`.
template <Annotation... A>
[[nodiscard]] constexpr annotation_set<A...> meta(const A&... a) noexcept {
    return annotate(a...);
}

/// True when field descriptor `F` carries an annotation of category `C`.
template <class F, class C>
inline constexpr bool has_annotation_v = std::remove_cvref_t<decltype(F::annotations)>::template has<C>;

/// The annotation of category `C` of field `F` (or of a descriptor object `f`).
template <class C, class F>
[[nodiscard]] constexpr const auto& annotation(F = {}) noexcept {
    return F::annotations.template get<C>();
}

/// The field's kind; a field without a kind annotation is a property.
template <class F>
[[nodiscard]] constexpr field_kind kind_of(F = {}) noexcept {
    if constexpr (has_annotation_v<F, kind_category>) return F::annotations.template get<kind_category>().value;
    else return field_kind::property;
}

/// The field's value in `obj` (any cv/ref qualification).
template <class F, class T>
[[nodiscard]] constexpr decltype(auto) field_value(F, T&& obj) noexcept {
    return (static_cast<T&&>(obj).*F::pointer);
}

namespace detail {
template <class Set>
constexpr std::string_view external_name(const Set& set, std::string_view member) noexcept {
    if constexpr (Set::template has<name_category>) return set.template get<name_category>().value;
    else return member;
}

}  // namespace detail

}  // namespace twinspec
