// twinspec/data/views/aggregate.hpp — the aggregates `resample` and `window` compute:
// `agg::count`, `sum`, `mean`, `min`, `max`, `stddev` (population), `percentile(p)`,
// `first`, `last`; their result types; compensated sums and percentiles.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace twinspec::data {

namespace agg {
struct count_t {};
struct sum_t {};
struct mean_t {};
struct min_t {};
struct max_t {};
struct stddev_t {};
struct first_t {};
struct last_t {};
/// The `p`-th percentile, 0 ≤ p ≤ 100, interpolated linearly between the closest ranks.
struct percentile_t {
    double p = 50.0;
};
/// Number of samples.
inline constexpr count_t count{};
/// Sum (compensated: Neumaier).
inline constexpr sum_t sum{};
/// Arithmetic mean.
inline constexpr mean_t mean{};
/// Smallest value.
inline constexpr min_t min{};
/// Largest value.
inline constexpr max_t max{};
/// Population standard deviation (divides by n; 0 for one sample).
inline constexpr stddev_t stddev{};
/// First value (by position).
inline constexpr first_t first{};
/// Last value (by position).
inline constexpr last_t last{};
/// `percentile(95.0)`.
[[nodiscard]] constexpr percentile_t percentile(double p) noexcept { return {p}; }
}  // namespace agg

/// An aggregate tag.
template <class A>
concept Aggregate = std::is_same_v<A, agg::count_t> || std::is_same_v<A, agg::sum_t> ||
                    std::is_same_v<A, agg::mean_t> || std::is_same_v<A, agg::min_t> ||
                    std::is_same_v<A, agg::max_t> || std::is_same_v<A, agg::stddev_t> ||
                    std::is_same_v<A, agg::first_t> || std::is_same_v<A, agg::last_t> ||
                    std::is_same_v<A, agg::percentile_t>;

/// The value type an aggregate `A` of values of type `T` produces: `count` → uint64;
/// `min`, `max`, `first`, `last` → `T`; the rest → `T` if floating, else double.
template <class A, class T>
using aggregate_result_t = std::conditional_t<
    std::is_same_v<A, agg::count_t>, std::uint64_t,
    std::conditional_t<std::is_same_v<A, agg::min_t> || std::is_same_v<A, agg::max_t> ||
                           std::is_same_v<A, agg::first_t> || std::is_same_v<A, agg::last_t>,
                       T, std::conditional_t<std::is_floating_point_v<T>, T, double>>>;

namespace detail {
/// Neumaier's compensated sum: adding and later subtracting a huge value leaves the small
/// ones intact (what a sliding window needs).
template <class F>
struct compensated_sum {
    F sum = 0;
    F c = 0;
    constexpr void add(F x) noexcept {
        const F t = sum + x;
        if (std::abs(sum) >= std::abs(x)) c += (sum - t) + x;
        else c += (x - t) + sum;
        sum = t;
    }
    /// The sum; an infinite or NaN running sum is returned as it is (the correction would be NaN).
    [[nodiscard]] constexpr F value() const noexcept { return sum - sum == F(0) ? sum + c : sum; }
    constexpr void reset() noexcept { sum = 0; c = 0; }
};

/// The `p`-th percentile of `v` (reordered), linear between closest ranks; `v` not empty.
template <class F, class T>
[[nodiscard]] F percentile_of(std::vector<T>& v, double p) {
    const double clamped = p < 0.0 ? 0.0 : (p > 100.0 ? 100.0 : p);
    const double rank = clamped / 100.0 * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(rank);
    const double frac = rank - static_cast<double>(lo);
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
    const F a = static_cast<F>(v[lo]);
    if (frac == 0.0 || lo + 1 >= v.size()) return a;
    const F b = static_cast<F>(*std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end()));
    return a + (b - a) * static_cast<F>(frac);
}

/// Population standard deviation of `[first, last)` by two passes.
template <class F, class It, class Proj>
[[nodiscard]] F stddev_of(It first, It last, Proj proj) {
    std::size_t n = 0;
    compensated_sum<F> s;
    for (It i = first; i != last; ++i, ++n) s.add(static_cast<F>(proj(*i)));
    if (n == 0) return F(0);
    const F m = s.value() / static_cast<F>(n);
    compensated_sum<F> q;
    for (It i = first; i != last; ++i) {
        const F d = static_cast<F>(proj(*i)) - m;
        q.add(d * d);
    }
    return std::sqrt(q.value() / static_cast<F>(n));
}
}  // namespace detail

}  // namespace twinspec::data
