// twinspec/core/annotations/range.hpp — inclusive numeric limits: `range(lo, hi)`,
// `minimum(lo)`, `maximum(hi)`.
#pragma once

#include <limits>
#include <type_traits>

#include <twinspec/core/traits.hpp>
#include <twinspec/core/violation.hpp>

namespace twinspec {

/// Category of the range annotations.
struct range_category {};

/// Inclusive limits on a number; either side may be absent. The bounds are stored in
/// their own type `B` and must convert exactly to the member's type (a compile-time rule).
/// NaN and infinities break any range.
template <class B>
struct range_annotation {
    using category = range_category;
    using bound_type = B;
    B min{};
    B max{};
    bool has_min = false;
    bool has_max = false;

    /// The fast test validation inlines; `check` reports when it fails.
    template <Numeric V>
    [[nodiscard]] constexpr bool ok(const V& v) const noexcept {
        if (has_min && has_max) {  // also false for NaN and both infinities
            return v >= static_cast<V>(min) && v <= static_cast<V>(max);
        }
        if constexpr (std::is_floating_point_v<V>) {
            if (!(v >= std::numeric_limits<V>::lowest() && v <= std::numeric_limits<V>::max())) return false;  // NaN, ±inf
        }
        return !(has_min && v < static_cast<V>(min)) && !(has_max && v > static_cast<V>(max));
    }

    template <Numeric V>
    void check(const V& v, const check_context& ctx) const {
        if constexpr (std::is_floating_point_v<V>) {
            if (!(v >= std::numeric_limits<V>::lowest() && v <= std::numeric_limits<V>::max())) {  // NaN, ±inf
                detail::report_number(ctx, rule::not_finite, v);
                return;
            }
        }
        if (has_min && v < static_cast<V>(min)) {
            detail::report_number(ctx, rule::below_minimum, v, static_cast<V>(min));
        } else if (has_max && v > static_cast<V>(max)) {
            detail::report_number(ctx, rule::above_maximum, v, static_cast<V>(max));
        }
    }
};

/// `range(lo, hi)`: lo ≤ value ≤ hi. `range(-156.0, -31.0)`, `range(0, 1007)`.
template <Numeric L, Numeric H>
[[nodiscard]] constexpr auto range(L lo, H hi) noexcept {
    using B = std::common_type_t<L, H>;
    return range_annotation<B>{static_cast<B>(lo), static_cast<B>(hi), true, true};
}
/// `minimum(lo)`: lo ≤ value.
template <Numeric L>
[[nodiscard]] constexpr auto minimum(L lo) noexcept {
    return range_annotation<L>{lo, L{}, true, false};
}
/// `maximum(hi)`: value ≤ hi.
template <Numeric H>
[[nodiscard]] constexpr auto maximum(H hi) noexcept {
    return range_annotation<H>{H{}, hi, false, true};
}

}  // namespace twinspec
