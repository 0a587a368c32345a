// twinspec/core/annotations/default_value.hpp — the value a field takes when none is given.
#pragma once

#include <string_view>
#include <type_traits>

namespace twinspec {

/// Category of `default_value`.
struct default_category {};

/// A field's default: used by `make_default<T>()` and by readers when the field is
/// absent. It must convert exactly to the member's type and obey the field's range and
/// allowed values (compile-time rules).
template <class T>
struct default_annotation {
    using category = default_category;
    using value_type = T;
    T value;
};

/// `default_value(20)`, `default_value("auto")`.
template <class T>
[[nodiscard]] constexpr auto default_value(const T& v) noexcept {
    if constexpr (std::is_convertible_v<T, std::string_view> && !std::is_arithmetic_v<T>) {
        return default_annotation<std::string_view>{std::string_view(v)};
    } else {
        return default_annotation<T>{v};
    }
}

}  // namespace twinspec
