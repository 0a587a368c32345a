// twinspec/data/field.hpp — naming a schema field in the data layer: by member pointer
// (`&Cell::rsrp`) or by name (`ts::data::field<Cell, "rsrp">`), and what the preprocessing
// steps read from it (value type, unit, range, allowed values).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

#include <twinspec/core/annotations/one_of.hpp>
#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/data/sample.hpp>

namespace twinspec::data {

namespace detail {
template <class M>
struct member_pointer_traits {
    static constexpr bool value = false;
};
template <class C, class V>
struct member_pointer_traits<V C::*> {
    static constexpr bool value = true;
    using class_type = C;
    using member_type = V;
};

template <class T>
struct strip_optional_value {
    using type = T;
};
template <class T>
struct strip_optional_value<std::optional<T>> {
    using type = T;
};

/// The index of the field of `E` whose pointer is `P`, or the field count.
template <auto P, class... F>
consteval std::size_t field_index_of_pointer(const type_list<F...>*) noexcept {
    constexpr bool match[] = {[] {
        if constexpr (std::is_same_v<std::remove_cv_t<decltype(F::pointer)>, decltype(P)>) return F::pointer == P;
        else return false;
    }()..., false};
    std::size_t i = 0;
    while (i != sizeof...(F) && !match[i]) ++i;
    return i;
}

template <class E, fixed_string Name>
struct named_field {
    static_assert(HasField<E, Name>, "twinspec: data::field<Entity, \"name\">: the entity has no field of that name");
    using type = std::conditional_t<HasField<E, Name>, field_t<E, Name>, void>;
};

template <auto Field, class = void>
struct resolve_field {
    static constexpr bool ok = false;
};
// A member pointer of an entity.
template <auto Field>
struct resolve_field<Field, std::enable_if_t<member_pointer_traits<decltype(Field)>::value>> {
    using E = typename member_pointer_traits<decltype(Field)>::class_type;
    static_assert(Entity<E>, "twinspec: data: the member pointer names a member of a type that is not a twinspec entity "
                             "(declare it with TWINSPEC_ENTITY or TWINSPEC_ADAPT)");
    static constexpr std::size_t index = [] {
        if constexpr (Entity<E>) return field_index_of_pointer<Field>(static_cast<fields_t<E>*>(nullptr));
        else return std::size_t{0};
    }();
    static_assert(!Entity<E> || index < field_count_v<E>,
                  "twinspec: data: the member pointer names a member the entity's schema does not declare");
    static constexpr bool ok = true;
    using type = type_at_t<fields_t<E>, index>;
};
// A field descriptor value (`field<Cell, "rsrp">`).
template <auto Field>
struct resolve_field<Field, std::enable_if_t<!member_pointer_traits<decltype(Field)>::value &&
                                             requires { typename decltype(Field)::entity_type; decltype(Field)::pointer; }>> {
    static constexpr bool ok = true;
    using type = std::remove_cvref_t<decltype(Field)>;
};
template <auto Field>
struct checked_field : resolve_field<Field> {
    static_assert(resolve_field<Field>::ok,
                  "twinspec: data: a field is named by a member pointer (&Cell::rsrp) or by ts::data::field<Cell, \"rsrp\">");
};
}  // namespace detail

/// The field of `E` named `Name`, as a value usable where the data layer takes a field:
/// `clean<ts::data::field<Cell, "rsrp">>`. A name the entity does not have is a compile error.
template <Entity E, fixed_string Name>
inline constexpr typename detail::named_field<E, Name>::type field{};

/// The field descriptor named by `Field` (a member pointer or a `field<E, "name">` value).
template <auto Field>
using field_desc_t = typename detail::checked_field<Field>::type;

/// The value type of a field's samples: the member type with `std::optional` removed.
template <class F>
using field_value_t = typename detail::strip_optional_value<typename F::value_type>::type;

/// True when field `F` has a range or allowed values (something `clean` can check).
template <class F>
inline constexpr bool has_constraints_v = has_annotation_v<F, range_category> || has_annotation_v<F, allowed_category>;

/// What `F`'s constraints say about `v`: `reason::none` when it is acceptable, otherwise
/// the rule it breaks (NaN and infinities break any range).
template <class F, class V>
[[nodiscard]] constexpr reason check_value(const V& v) noexcept {
    if constexpr (has_annotation_v<F, range_category>) {
        constexpr const auto& r = annotation<range_category, F>();
        if (!r.ok(v)) {
            if constexpr (std::is_floating_point_v<V>) {
                if (!(v - v == V(0))) return reason::not_finite;
            }
            if (r.has_min && v < static_cast<V>(r.min)) return reason::below_minimum;
            return reason::above_maximum;
        }
    }
    if constexpr (has_annotation_v<F, allowed_category>) {
        constexpr const auto& a = annotation<allowed_category, F>();
        if (!a.contains(v)) return reason::not_allowed;
    }
    return reason::none;
}

/// True when `v` meets `F`'s constraints (the inlined fast test).
template <class F, class V>
[[nodiscard]] constexpr bool value_ok(const V& v) noexcept {
    bool ok = true;
    if constexpr (has_annotation_v<F, range_category>) ok = annotation<range_category, F>().ok(v);
    if constexpr (has_annotation_v<F, allowed_category>) ok = ok && annotation<allowed_category, F>().contains(v);
    return ok;
}

}  // namespace twinspec::data
