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
/// NaN and infinities break any range. Which sides are present is part of the type, so the
/// quick test `ok` is one comparison per side with nothing left to fold: in a model of
/// thousands of fields, the optimiser inlines it everywhere without running out of budget.
template <class B, bool HasMin = true, bool HasMax = true>
struct range_annotation {
    using category = range_category;
    using bound_type = B;
    B min{};
    B max{};
    static constexpr bool has_min = HasMin;
    static constexpr bool has_max = HasMax;

    /// The fast test validation inlines; `check` reports when it fails.
    template <Numeric V>
    [[nodiscard]] constexpr bool ok(const V& v) const noexcept {
        if constexpr (HasMin && HasMax) {  // also false for NaN and both infinities
            return v >= static_cast<V>(min) && v <= static_cast<V>(max);
        } else {
            if constexpr (std::is_floating_point_v<V>) {
                if (!(v >= std::numeric_limits<V>::lowest() && v <= std::numeric_limits<V>::max())) return false;  // NaN, ±inf
            }
            if constexpr (HasMin) return !(v < static_cast<V>(min));
            else if constexpr (HasMax) return !(v > static_cast<V>(max));
            else return true;
        }
    }

    template <Numeric V>
    void check(const V& v, const check_context& ctx) const {
        if constexpr (std::is_floating_point_v<V>) {
            if (!(v >= std::numeric_limits<V>::lowest() && v <= std::numeric_limits<V>::max())) {  // NaN, ±inf
                detail::report_number(ctx, rule::not_finite, v);
                return;
            }
        }
        if constexpr (HasMin) {
            if (v < static_cast<V>(min)) {
                detail::report_number(ctx, rule::below_minimum, v, static_cast<V>(min));
                return;
            }
        }
        if constexpr (HasMax) {
            if (v > static_cast<V>(max)) detail::report_number(ctx, rule::above_maximum, v, static_cast<V>(max));
        }
    }
};

/// `range(lo, hi)`: lo ≤ value ≤ hi. `range(-156.0, -31.0)`, `range(0, 1007)`.
template <Numeric L, Numeric H>
[[nodiscard]] constexpr auto range(L lo, H hi) noexcept {
    using B = std::common_type_t<L, H>;
    return range_annotation<B>{static_cast<B>(lo), static_cast<B>(hi)};
}
/// `minimum(lo)`: lo ≤ value.
template <Numeric L>
[[nodiscard]] constexpr auto minimum(L lo) noexcept {
    return range_annotation<L, true, false>{lo, L{}};
}
/// `maximum(hi)`: value ≤ hi.
template <Numeric H>
[[nodiscard]] constexpr auto maximum(H hi) noexcept {
    return range_annotation<H, false, true>{H{}, hi};
}

}  // namespace twinspec
