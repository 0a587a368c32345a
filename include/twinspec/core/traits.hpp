// twinspec/core/traits.hpp — how twinspec classifies member types.
#pragma once

#include <array>
// Only `duration` and `time_point` are needed here. libstdc++'s <chrono> also brings the
// calendar, time zones and iostreams (<sstream>): half the cost of including the kernel.
#if defined(__GLIBCXX__) && __has_include(<bits/chrono.h>)
#include <bits/chrono.h>
#else
#include <chrono>
#endif
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace twinspec {

/// Numbers a range or a unit may apply to: arithmetic types other than `bool` and the
/// character types.
template <class T>
concept Numeric = std::is_arithmetic_v<T> && !std::is_same_v<T, bool> &&
                  !std::is_same_v<T, char> && !std::is_same_v<T, char8_t> &&
                  !std::is_same_v<T, char16_t> && !std::is_same_v<T, char32_t> &&
                  !std::is_same_v<T, wchar_t>;

/// Text members: `std::string` and `std::string_view` (UTF-8).
template <class T>
concept Text = std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
/// True for `std::optional<T>`.
template <class T>
inline constexpr bool is_optional_v = is_optional<T>::value;

template <class T>
struct is_sequence : std::false_type {};
template <class T, class A>
struct is_sequence<std::vector<T, A>> : std::true_type {};
template <class T, std::size_t N>
struct is_sequence<std::array<T, N>> : std::true_type {};
/// True for `std::vector<T>` and `std::array<T, N>`: fields whose annotations apply to
/// each element (except `items`, which applies to the sequence).
template <class T>
inline constexpr bool is_sequence_v = is_sequence<T>::value;

template <class T>
struct is_duration : std::false_type {};
template <class R, class P>
struct is_duration<std::chrono::duration<R, P>> : std::true_type {};
/// True for `std::chrono::duration<R, P>`.
template <class T>
inline constexpr bool is_duration_v = is_duration<T>::value;

template <class T>
struct is_time_point : std::false_type {};
template <class C, class D>
struct is_time_point<std::chrono::time_point<C, D>> : std::true_type {};
/// True for `std::chrono::time_point<C, D>`.
template <class T>
inline constexpr bool is_time_point_v = is_time_point<T>::value;

namespace detail {
template <class T>
struct element_of {
    using type = T;
};
template <class T>
struct element_of<std::optional<T>> : element_of<T> {};
template <class T, class A>
struct element_of<std::vector<T, A>> : element_of<T> {};
template <class T, std::size_t N>
struct element_of<std::array<T, N>> : element_of<T> {};
}  // namespace detail

/// The type value annotations (range, unit, allowed values, pattern) apply to: `T` with
/// every `std::optional`, `std::vector` and `std::array` layer removed.
template <class T>
using element_t = typename detail::element_of<T>::type;

}  // namespace twinspec
