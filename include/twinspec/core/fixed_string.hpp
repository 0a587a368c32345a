// twinspec/core/fixed_string.hpp — compile-time strings usable as template arguments.
#pragma once

#include <cstddef>
#include <string_view>

namespace twinspec {

/// A string literal that can be a template argument: `get<"rsrp">(cell)`,
/// `template <fixed_string Name> struct tag`. UTF-8 text is stored as bytes; `N` counts
/// bytes without the terminating NUL.
template <std::size_t N>
struct fixed_string {
    char data[N + 1]{};

    constexpr fixed_string() = default;
    constexpr fixed_string(const char (&text)[N + 1]) noexcept {  // NOLINT: implicit by design
        for (std::size_t i = 0; i != N + 1; ++i) data[i] = text[i];
    }

    /// The text, without the terminating NUL.
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, N}; }
    constexpr operator std::string_view() const noexcept { return view(); }
    [[nodiscard]] static constexpr std::size_t size() noexcept { return N; }
    [[nodiscard]] constexpr const char* c_str() const noexcept { return data; }

    template <std::size_t M>
    friend constexpr bool operator==(const fixed_string& a, const fixed_string<M>& b) noexcept {
        return a.view() == b.view();
    }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N - 1>;

}  // namespace twinspec
