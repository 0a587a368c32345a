// twinspec/twin/detail/role_support.hpp — internals shared by the role and connection headers:
// looking fields up by name without hard errors, a field's unit, and the "explain the first
// broken rule" combinator. IWYU pragma: private, include <twinspec/twin/roles.hpp>
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>

namespace twinspec::detail {

/// The `value` of a rule that holds (every role check picks either this or the explanation
/// of the first broken rule, whose static_assert fires when its `value` is named).
struct role_rules_met {
    static constexpr bool value = true;
};

/// `check_then<Ok, Explain, Next>`: `Next` when the rule holds, else the explanation.
/// The conditions are computed eagerly, the explanation is instantiated only when selected.
template <bool Ok, class Explain, class Next = role_rules_met>
using check_then = std::conditional_t<Ok, Next, Explain>;

/// True when `E` is an entity with a field named `Name` (false, not an error, otherwise).
template <class E, fixed_string Name>
constexpr bool has_named_field() noexcept {
    if constexpr (Entity<E>) return HasField<E, Name>;
    else return false;
}

/// The unit type of field descriptor `F`, or `void` when it has none.
template <class F, bool Has = has_annotation_v<F, unit_category>>
struct field_unit {
    using type = void;
};
template <class F>
struct field_unit<F, true> {
    using type = typename std::remove_cvref_t<decltype(F::annotations.template get<unit_category>())>::unit_type;
};
template <class F>
using field_unit_t = typename field_unit<F>::type;

/// The unit symbol of field `F` ("" when it has none).
template <class F>
constexpr std::string_view field_unit_symbol() noexcept {
    if constexpr (std::is_void_v<field_unit_t<F>>) return {};
    else return field_unit_t<F>::symbol;
}

/// Numbers, possibly inside one `std::optional` / `std::vector` / `std::array` layer.
template <class V>
inline constexpr bool numeric_value_v = Numeric<element_t<V>>;

/// How many of `Names…` equal `N`.
template <fixed_string N, fixed_string... Names>
inline constexpr std::size_t name_count_v = (std::size_t{0} + ... + std::size_t{N.view() == Names.view()});

/// Index of the first `T` in `Ts…` (sizeof…(Ts) when absent).
template <class T, class... Ts>
consteval std::size_t type_index() noexcept {
    constexpr bool match[] = {std::is_same_v<T, Ts>..., false};
    std::size_t i = 0;
    while (i != sizeof...(Ts) && !match[i]) ++i;
    return i;
}

/// Concatenation of type_lists.
template <class... Lists>
struct concat_lists;
template <>
struct concat_lists<> {
    using type = type_list<>;
};
template <class... A>
struct concat_lists<type_list<A...>> {
    using type = type_list<A...>;
};
template <class... A, class... B, class... Rest>
struct concat_lists<type_list<A...>, type_list<B...>, Rest...> : concat_lists<type_list<A..., B...>, Rest...> {};
template <class... Lists>
using concat_lists_t = typename concat_lists<Lists...>::type;

}  // namespace twinspec::detail
