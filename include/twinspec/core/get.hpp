// twinspec/core/get.hpp — a field by its name, checked at compile time: `get<"rsrp">(cell)`.
#pragma once

#include <cstddef>
#include <type_traits>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/schema.hpp>

namespace twinspec {

namespace detail {
template <fixed_string Name, class... F>
consteval std::size_t field_index(const type_list<F...>*) noexcept {
    constexpr bool match[] = {(F::name == Name.view())..., false};
    std::size_t i = 0;
    while (i != sizeof...(F) && !match[i]) ++i;
    return i;
}
}  // namespace detail

/// The descriptor of the field of `T` named `Name` (its external name).
template <Entity T, fixed_string Name>
using field_t = type_at_t<fields_t<T>, detail::field_index<Name>(static_cast<fields_t<T>*>(nullptr))>;

/// True when entity `T` has a field named `Name`.
template <class T, fixed_string Name>
concept HasField = Entity<T> && (detail::field_index<Name>(static_cast<fields_t<T>*>(nullptr)) < field_count_v<T>);

/// Function object behind `get`.
template <fixed_string Name>
struct get_fn {
    /// A reference to the member named `Name`: `get<"rsrp">(cell) = -90.0;`. A name the
    /// entity does not have is a compile error.
    template <class T>
        requires Entity<std::remove_cvref_t<T>>
    constexpr decltype(auto) operator()(T&& obj) const noexcept {
        using E = std::remove_cvref_t<T>;
        static_assert(HasField<E, Name>, "twinspec: get<\"name\">(obj): the entity has no field of that name");
        if constexpr (HasField<E, Name>) return (static_cast<T&&>(obj).*field_t<E, Name>::pointer);
    }
};
/// `get<"rsrp">(cell)`.
template <fixed_string Name>
inline constexpr get_fn<Name> get{};

}  // namespace twinspec
