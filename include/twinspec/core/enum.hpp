// twinspec/core/enum.hpp — enums with value names: `TWINSPEC_ENUM(Mode, std::uint8_t, idle, active)`
// defines one; `TWINSPEC_ADAPT_ENUM(Existing, a, b)` describes one that exists.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

#include <twinspec/core/detail/preprocessor.hpp>

namespace twinspec {

/// One enumerator: its value and its name.
template <class E>
struct enumerator {
    E value;
    std::string_view name;
};

/// What `TWINSPEC_ENUM` / `TWINSPEC_ADAPT_ENUM` record about an enum.
template <class E, std::size_t N>
struct enum_info {
    std::string_view name;
    std::array<enumerator<E>, N> enumerators;
};

namespace detail {
template <class E>
using enum_hook_t = decltype(twinspec_enum(static_cast<E*>(nullptr)));
}

/// An enum described by `TWINSPEC_ENUM` or `TWINSPEC_ADAPT_ENUM`.
template <class E>
concept ReflectedEnum = std::is_enum_v<E> && requires { typename detail::enum_hook_t<E>; };

/// The description of enum `E`.
template <ReflectedEnum E>
inline constexpr auto enum_info_v = twinspec_enum(static_cast<E*>(nullptr));

/// The enum's name (`"Mode"`).
template <ReflectedEnum E>
inline constexpr std::string_view enum_name_v = enum_info_v<E>.name;

/// The name of `value`, or an empty view when it names no enumerator.
template <ReflectedEnum E>
[[nodiscard]] constexpr std::string_view enum_to_string(E value) noexcept {
    for (const auto& e : enum_info_v<E>.enumerators)
        if (e.value == value) return e.name;
    return {};
}

/// The enumerator called `name`, if any.
template <ReflectedEnum E>
[[nodiscard]] constexpr std::optional<E> enum_from_string(std::string_view name) noexcept {
    for (const auto& e : enum_info_v<E>.enumerators)
        if (e.name == name) return e.value;
    return std::nullopt;
}

/// True when `value` is one of the declared enumerators.
template <ReflectedEnum E>
[[nodiscard]] constexpr bool enum_contains(E value) noexcept {
    for (const auto& e : enum_info_v<E>.enumerators)
        if (e.value == value) return true;
    return false;
}

}  // namespace twinspec

#define TWINSPEC_DETAIL_ENUMERATOR(E, v) ::twinspec::enumerator<E>{E::v, #v},

/// Describes an existing enum (at namespace scope, in the enum's namespace).
#define TWINSPEC_ADAPT_ENUM(E, ...)                                                                     \
    [[maybe_unused]] constexpr auto twinspec_enum(E*) noexcept {                                         \
        return ::twinspec::enum_info<E, TWINSPEC_PP_COUNT(__VA_ARGS__)>{                                 \
            #E, {{TWINSPEC_PP_FOR_EACH(TWINSPEC_DETAIL_ENUMERATOR, E, __VA_ARGS__)}}};                    \
    }                                                                                                    \
    static_assert(true, "")

/// Defines `enum class E : Underlying { v… }` and describes it.
#define TWINSPEC_ENUM(E, Underlying, ...)    \
    enum class E : Underlying { __VA_ARGS__ }; \
    TWINSPEC_ADAPT_ENUM(E, __VA_ARGS__)
