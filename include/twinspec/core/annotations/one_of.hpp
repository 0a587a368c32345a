// twinspec/core/annotations/one_of.hpp — a closed set of allowed values: `one_of(5, 10, 20)`.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include <twinspec/core/traits.hpp>
#include <twinspec/core/violation.hpp>

namespace twinspec {

/// Category of `one_of`.
struct allowed_category {};

/// The value must equal one of `values` (numbers, enumerators or text). Every allowed
/// value must convert exactly to the member's type (a compile-time rule).
template <class T, std::size_t N>
struct one_of_annotation {
    using category = allowed_category;
    using value_type = T;
    std::array<T, N> values;

    template <class V>
    [[nodiscard]] constexpr bool contains(const V& v) const noexcept {
        for (const auto& a : values) {
            if constexpr (Text<V>) {
                if (std::string_view(v) == std::string_view(a)) return true;
            } else {
                if (v == static_cast<V>(a)) return true;
            }
        }
        return false;
    }

    template <class V>
        requires(Numeric<V> && Numeric<T>) || (Text<V> && Text<T>) ||
                (std::is_enum_v<V> && std::is_same_v<V, T>)
    [[nodiscard]] constexpr bool ok(const V& v) const noexcept {
        return contains(v);
    }

    template <class V>
        requires(Numeric<V> && Numeric<T>) || (Text<V> && Text<T>) ||
                (std::is_enum_v<V> && std::is_same_v<V, T>)
    void check(const V& v, const check_context& ctx) const {
        if (contains(v)) return;
        std::string list;
        for (std::size_t i = 0; i != N; ++i) {
            if (i != 0) list += ", ";
            if constexpr (std::is_enum_v<T>) {
                scalar::from(static_cast<std::underlying_type_t<T>>(values[i])).append_to(list);
            } else {
                scalar::from(values[i]).append_to(list);
            }
        }
        if constexpr (std::is_enum_v<V>) {
            ctx.report(rule::not_allowed, scalar::from(static_cast<std::underlying_type_t<V>>(v)), {}, std::move(list));
        } else {
            ctx.report(rule::not_allowed, scalar::from(v), {}, std::move(list));
        }
    }
};

namespace detail {
template <class T>
using one_of_value_t = std::conditional_t<std::is_convertible_v<T, std::string_view> && !std::is_arithmetic_v<T>,
                                          std::string_view, T>;
}

/// `one_of(v…)`: the value must be one of these. `one_of(5, 10, 20, 40, 80, 160)`,
/// `one_of("auto", "manual")`.
template <class First, class... Rest>
[[nodiscard]] constexpr auto one_of(const First& first, const Rest&... rest) noexcept {
    using T = detail::one_of_value_t<First>;
    return one_of_annotation<T, 1 + sizeof...(Rest)>{{T(first), T(rest)...}};
}

}  // namespace twinspec
