// twinspec/data/views/window.hpp — `window(width, aggregate)`: a sliding time window.
// For every input sample at time t, one output at t carrying the aggregate of the input
// samples with t − width < time ≤ t. Count, sum and mean update in O(1) per sample; min,
// max, stddev and percentile look at the window's samples.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
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
/// A growable ring of the window's (time, value, good) entries; grows by doubling, so
/// steady-state sliding allocates nothing.
template <class T>
class window_ring {
public:
    struct entry {
        std::int64_t time;
        T value;
        bool good;
    };
    void push(const entry& e) {
        if (size_ == buf_.size()) grow();
        buf_[(head_ + size_) & mask_] = e;
        ++size_;
    }
    [[nodiscard]] const entry& front() const noexcept { return buf_[head_]; }
    void pop() noexcept {
        head_ = (head_ + 1) & mask_;
        --size_;
    }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] const entry& operator[](std::size_t i) const noexcept { return buf_[(head_ + i) & mask_]; }

private:
    void grow() {
        std::vector<entry> next(buf_.empty() ? 16 : buf_.size() * 2);
        for (std::size_t i = 0; i != size_; ++i) next[i] = (*this)[i];
        buf_ = std::move(next);
        mask_ = buf_.size() - 1;
        head_ = 0;
    }
    std::vector<entry> buf_;
    std::size_t mask_ = 0;
    std::size_t head_ = 0;
    std::size_t size_ = 0;
};
}  // namespace detail

/// The view `window` returns.
template <class Rng, class A>
class window_view : public ranges::view_facade<window_view<Rng, A>, ranges::unknown> {
    friend ranges::range_access;
    using T = sample_value_t<Rng>;
    using R = aggregate_result_t<A, T>;
    using F = std::conditional_t<std::is_floating_point_v<T>, T, double>;

    Rng rng_;
    std::int64_t width_ = 0;
    A agg_{};

    struct cursor {
        ranges::iterator_t<Rng> it_{};
        ranges::sentinel_t<Rng> end_{};
        std::int64_t width_ = 0;
        A agg_{};
        detail::window_ring<T> ring_{};
        detail::compensated_sum<F> sum_{};
        std::size_t not_good_ = 0;
        sample<R> cur_{};
        bool done_ = true;

        cursor() = default;
        cursor(window_view& v) : it_(ranges::begin(v.rng_)), end_(ranges::end(v.rng_)), width_(v.width_), agg_(v.agg_) {
            done_ = false;
            step();
        }
        [[nodiscard]] sample<R> read() const noexcept { return cur_; }
        [[nodiscard]] bool equal(ranges::default_sentinel_t) const noexcept { return done_; }
        [[nodiscard]] bool equal(const cursor& o) const { return done_ == o.done_ && it_ == o.it_; }
        TWINSPEC_DATA_INLINE void next() {
            ++it_;
            step();
        }

    private:
        static constexpr bool uses_sum = std::is_same_v<A, agg::sum_t> || std::is_same_v<A, agg::mean_t>;
        static bool finite(F v) noexcept { return v - v == F(0); }
        TWINSPEC_DATA_INLINE void step() {
            if (it_ == end_ || width_ <= 0) {
                done_ = true;
                return;
            }
            const sample<T> s = *it_;
            const std::int64_t t = s.time.time_since_epoch().count();
            ring_.push({t, s.value, s.quality.is_good()});
            if (!s.quality.is_good()) ++not_good_;
            if constexpr (uses_sum) sum_.add(static_cast<F>(s.value));
            // The current sample (time t > t - width) stops the loop: the ring never empties.
            while (ring_.front().time <= t - width_) {
                const auto& old = ring_.front();
                if (!old.good) --not_good_;
                if constexpr (uses_sum) sum_.add(-static_cast<F>(old.value));
                ring_.pop();
            }
            if constexpr (uses_sum) {
                // A NaN or infinity poisons a running sum; once it has left the window,
                // the sum is recomputed from the window's samples.
                if (!finite(sum_.sum)) {
                    sum_.reset();
                    for (std::size_t i = 0; i != ring_.size(); ++i) sum_.add(static_cast<F>(ring_[i].value));
                }
            }
            cur_.time = s.time;
            cur_.entity = s.entity;
            cur_.connection = s.connection;
            cur_.quality = not_good_ == 0 ? quality::good() : quality::uncertain(reason::resampled);
            const std::size_t n = ring_.size();
            if constexpr (std::is_same_v<A, agg::count_t>) {
                cur_.value = n;
            } else if constexpr (uses_sum) {
                const F total = sum_.value();
                if constexpr (std::is_same_v<A, agg::sum_t>) cur_.value = total;
                else cur_.value = total / static_cast<F>(n);
            } else if constexpr (std::is_same_v<A, agg::min_t> || std::is_same_v<A, agg::max_t>) {
                T best = ring_[0].value;
                for (std::size_t i = 1; i != n; ++i) {
                    const T v = ring_[i].value;
                    if constexpr (std::is_same_v<A, agg::min_t>) best = v < best ? v : best;
                    else best = v > best ? v : best;
                }
                cur_.value = best;
            } else if constexpr (std::is_same_v<A, agg::first_t>) {
                cur_.value = ring_[0].value;
            } else if constexpr (std::is_same_v<A, agg::last_t>) {
                cur_.value = s.value;
            } else if constexpr (std::is_same_v<A, agg::stddev_t>) {
                std::vector<T> v;
                v.reserve(n);
                for (std::size_t i = 0; i != n; ++i) v.push_back(ring_[i].value);
                cur_.value = detail::stddev_of<F>(v.begin(), v.end(), [](const T& x) { return x; });
            } else {
                std::vector<T> v;
                v.reserve(n);
                for (std::size_t i = 0; i != n; ++i) v.push_back(ring_[i].value);
                cur_.value = detail::percentile_of<F>(v, agg_.p);
            }
        }
    };
    cursor begin_cursor() { return cursor{*this}; }

public:
    window_view() = default;
    window_view(Rng rng, duration width, A a) : rng_(std::move(rng)), width_(width.count()), agg_(a) {}
};

namespace detail {
struct window_base_fn {
    template <class R, class A>
    auto operator()(R&& r, duration width, A a) const {
        static_assert(require_sample_range<R, window_base_fn>::value);
        static_assert(Aggregate<A>, "twinspec: data::window(width, aggregate): the aggregate is not one of ts::data::agg::*");
        using V = decltype(ranges::views::all(std::forward<R>(r)));
        return window_view<V, A>(ranges::views::all(std::forward<R>(r)), width, a);
    }
};
struct window_fn : window_base_fn {
    using window_base_fn::operator();
    template <class A>
    auto operator()(duration width, A a) const {
        return ranges::make_view_closure(ranges::bind_back(window_base_fn{}, width, a));
    }
};
}  // namespace detail

/// `samples | window(5min, agg::mean)`: for each input sample at t, the aggregate of the
/// samples in (t − width, t], timed t; quality uncertain (reason resampled) when the window
/// holds a sample that is not good. NaN or an infinity in the window makes sum and mean
/// NaN (or infinite) until it leaves the window. Input ordered by time; a non-positive width yields nothing.
inline constexpr detail::window_fn window{};

}  // namespace twinspec::data
