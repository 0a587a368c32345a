// twinspec/data/views/resample.hpp — `resample(step[, aggregate])`: one sample per
// fixed interval [k·step, (k+1)·step) (aligned to the epoch) that holds samples, carrying
// their aggregate (mean by default) at the interval's start.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include <range/v3/functional/bind_back.hpp>
#include <range/v3/range/access.hpp>
#include <range/v3/range/primitives.hpp>
#include <range/v3/view/all.hpp>
#include <range/v3/view/facade.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/views/aggregate.hpp>

namespace twinspec::data {

namespace detail {
[[nodiscard]] constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
}  // namespace detail

/// The view `resample` returns.
template <class Rng, class A>
class resample_view : public ranges::view_facade<resample_view<Rng, A>, ranges::unknown> {
    friend ranges::range_access;
    using T = sample_value_t<Rng>;
    using R = aggregate_result_t<A, T>;
    using F = std::conditional_t<std::is_floating_point_v<T>, T, double>;
    static constexpr bool needs_buffer = std::is_same_v<A, agg::percentile_t> || std::is_same_v<A, agg::stddev_t>;

    Rng rng_;
    std::int64_t step_ = 1;
    A agg_{};

    struct empty_buffer {};
    struct cursor {
        ranges::iterator_t<Rng> it_{};
        ranges::sentinel_t<Rng> end_{};
        std::int64_t step_ = 1;
        A agg_{};
        sample<R> cur_{};
        std::int64_t b1_ = 0;
        bool have_b1_ = false;
        bool done_ = true;
        [[no_unique_address]] std::conditional_t<needs_buffer, std::vector<T>, empty_buffer> buf_{};

        cursor() = default;
        cursor(resample_view& v) : it_(ranges::begin(v.rng_)), end_(ranges::end(v.rng_)), step_(v.step_), agg_(v.agg_) {
            done_ = false;
            next();
        }
        [[nodiscard]] sample<R> read() const noexcept { return cur_; }
        [[nodiscard]] bool equal(ranges::default_sentinel_t) const noexcept { return done_; }
        [[nodiscard]] bool equal(const cursor& o) const { return done_ == o.done_ && it_ == o.it_; }

        TWINSPEC_DATA_INLINE void next() {
            if (it_ == end_ || step_ <= 0) {
                done_ = true;
                return;
            }
            sample<T> s = *it_;
            const std::int64_t t0 = s.time.time_since_epoch().count();
            // Ordered input usually moves on to the next interval: no division then.
            const std::int64_t b0 = (have_b1_ && t0 >= b1_ && t0 - b1_ < step_) ? b1_ : detail::floor_div(t0, step_) * step_;
            const std::int64_t b1 = b0 + step_;
            b1_ = b1;
            have_b1_ = true;
            std::uint64_t n = 0;
            bool all_good = true;
            detail::compensated_sum<F> sum;
            T lo = s.value, hi = s.value, last = s.value;
            const sample<T> first = s;
            if constexpr (needs_buffer) buf_.clear();
            for (;;) {
                ++n;
                all_good = all_good && s.quality.is_good();
                if constexpr (std::is_same_v<A, agg::sum_t> || std::is_same_v<A, agg::mean_t>) sum.add(static_cast<F>(s.value));
                if constexpr (std::is_same_v<A, agg::min_t>) lo = s.value < lo ? s.value : lo;
                if constexpr (std::is_same_v<A, agg::max_t>) hi = s.value > hi ? s.value : hi;
                if constexpr (std::is_same_v<A, agg::last_t>) last = s.value;
                if constexpr (needs_buffer) buf_.push_back(s.value);
                ++it_;
                if (it_ == end_) break;
                s = *it_;
                const std::int64_t t = s.time.time_since_epoch().count();
                if (t < b0 || t >= b1) break;
            }
            cur_.time = timestamp(duration(b0));
            cur_.entity = first.entity;
            cur_.connection = first.connection;
            cur_.quality = all_good ? quality::good() : quality::uncertain(reason::resampled);
            if constexpr (std::is_same_v<A, agg::count_t>) cur_.value = n;
            else if constexpr (std::is_same_v<A, agg::sum_t>) cur_.value = sum.value();
            else if constexpr (std::is_same_v<A, agg::mean_t>) cur_.value = sum.value() / static_cast<F>(n);
            else if constexpr (std::is_same_v<A, agg::min_t>) cur_.value = lo;
            else if constexpr (std::is_same_v<A, agg::max_t>) cur_.value = hi;
            else if constexpr (std::is_same_v<A, agg::first_t>) cur_.value = first.value;
            else if constexpr (std::is_same_v<A, agg::last_t>) cur_.value = last;
            else if constexpr (std::is_same_v<A, agg::stddev_t>)
                cur_.value = detail::stddev_of<F>(buf_.begin(), buf_.end(), [](const T& x) { return x; });
            else cur_.value = detail::percentile_of<F>(buf_, agg_.p);
        }
    };
    cursor begin_cursor() { return cursor{*this}; }

public:
    resample_view() = default;
    resample_view(Rng rng, duration step, A a) : rng_(std::move(rng)), step_(step.count()), agg_(a) {}
};

namespace detail {
struct resample_base_fn {
    template <class R, class A = agg::mean_t>
    auto operator()(R&& r, duration step, A a = {}) const {
        static_assert(require_sample_range<R, resample_base_fn>::value);
        static_assert(Aggregate<A>, "twinspec: data::resample(step, aggregate): the aggregate is not one of ts::data::agg::*");
        using V = decltype(ranges::views::all(std::forward<R>(r)));
        return resample_view<V, A>(ranges::views::all(std::forward<R>(r)), step, a);
    }
};
struct resample_fn : resample_base_fn {
    using resample_base_fn::operator();
    template <class A = agg::mean_t>
    auto operator()(duration step, A a = {}) const {
        return ranges::make_view_closure(ranges::bind_back(resample_base_fn{}, step, a));
    }
};
}  // namespace detail

/// `samples | resample(1min)` (mean) or `resample(1min, agg::max)`: one output per interval
/// that holds at least one sample (empty intervals stay gaps — see `fill`), timed at the
/// interval's start; quality uncertain (reason resampled) when an input was not good.
/// Input must be ordered by time: a step backwards starts a new interval. A non-positive
/// step yields nothing.
inline constexpr detail::resample_fn resample{};

}  // namespace twinspec::data
