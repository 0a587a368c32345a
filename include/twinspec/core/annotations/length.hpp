// twinspec/core/annotations/length.hpp — limits on text length (in code points) and on
// the number of elements of a sequence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include <twinspec/core/traits.hpp>
#include <twinspec/core/utf8.hpp>
#include <twinspec/core/violation.hpp>

namespace twinspec {

/// Category of the text length annotations.
struct length_category {};

/// Text length in Unicode code points (as JSON Schema counts `minLength`/`maxLength`).
/// Text that is not valid UTF-8 is reported as such.
struct length_annotation {
    using category = length_category;
    std::size_t min = 0;
    std::size_t max = std::numeric_limits<std::size_t>::max();

    template <Text V>
    [[nodiscard]] constexpr bool ok(const V& v) const noexcept {
        const auto r = utf8::count_code_points(std::string_view(v));
        return r.valid && r.count >= min && r.count <= max;
    }

    template <Text V>
    void check(const V& v, const check_context& ctx) const {
        const auto r = utf8::count_code_points(std::string_view(v));
        if (!r.valid) {
            ctx.report(rule::invalid_utf8, scalar::from(r.error_offset));
            return;
        }
        if (r.count < min) ctx.report(rule::too_short, scalar::from(r.count), scalar::from(min));
        else if (r.count > max) ctx.report(rule::too_long, scalar::from(r.count), scalar::from(max));
    }
};

/// `length(lo, hi)`: text of lo to hi code points.
[[nodiscard]] constexpr length_annotation length(std::size_t lo, std::size_t hi) noexcept { return {lo, hi}; }
/// `min_length(lo)`: at least lo code points.
[[nodiscard]] constexpr length_annotation min_length(std::size_t lo) noexcept {
    return {lo, std::numeric_limits<std::size_t>::max()};
}
/// `max_length(hi)`: at most hi code points.
[[nodiscard]] constexpr length_annotation max_length(std::size_t hi) noexcept { return {0, hi}; }

/// Category of `items`.
struct items_category {};

/// Number of elements of a `std::vector` (or `std::array`) field: `items(1, 64)`.
struct items_annotation {
    using category = items_category;
    std::size_t min = 0;
    std::size_t max = std::numeric_limits<std::size_t>::max();

    template <class V>
        requires is_sequence_v<V>
    [[nodiscard]] constexpr bool ok(const V& v) const noexcept {
        return v.size() >= min && v.size() <= max;
    }

    template <class V>
        requires is_sequence_v<V>
    void check(const V& v, const check_context& ctx) const {
        const std::size_t n = v.size();
        if (n < min) ctx.report(rule::too_few_items, scalar::from(n), scalar::from(min));
        else if (n > max) ctx.report(rule::too_many_items, scalar::from(n), scalar::from(max));
    }
};

/// `items(lo, hi)`: lo ≤ number of elements ≤ hi.
[[nodiscard]] constexpr items_annotation items(std::size_t lo, std::size_t hi) noexcept { return {lo, hi}; }
/// `min_items(lo)`.
[[nodiscard]] constexpr items_annotation min_items(std::size_t lo) noexcept {
    return {lo, std::numeric_limits<std::size_t>::max()};
}
/// `max_items(hi)`.
[[nodiscard]] constexpr items_annotation max_items(std::size_t hi) noexcept { return {0, hi}; }

}  // namespace twinspec
