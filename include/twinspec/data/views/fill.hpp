// twinspec/data/views/fill.hpp — `fill(step, limit[, method])`: inserts samples every
// `step` into gaps no longer than `limit`, holding the last value or interpolating
// linearly; longer gaps stay gaps. Inserted samples are uncertain (reason filled_*).
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

#include <range/v3/functional/bind_back.hpp>
#include <range/v3/range/access.hpp>
#include <range/v3/range/primitives.hpp>
#include <range/v3/view/all.hpp>
#include <range/v3/view/facade.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

/// How `fill` makes up a missing value.
enum class fill_method : std::uint8_t {
    hold,    ///< the last value before the gap
    linear,  ///< on the straight line between the samples around the gap (floating point only)
};

/// The view `fill` returns.
template <class Rng>
class fill_view : public ranges::view_facade<fill_view<Rng>, ranges::unknown> {
    friend ranges::range_access;
    using T = sample_value_t<Rng>;

    Rng rng_;
    std::int64_t step_ = 0;
    std::int64_t limit_ = 0;
    fill_method method_ = fill_method::hold;

    struct cursor {
        ranges::iterator_t<Rng> it_{};
        ranges::sentinel_t<Rng> end_{};
        std::int64_t step_ = 0;
        std::int64_t limit_ = 0;
        fill_method method_ = fill_method::hold;
        sample<T> cur_{};
        sample<T> prev_{};
        sample<T> next_{};
        std::int64_t k_ = 0;  // synthetic samples emitted in the current gap
        std::int64_t n_ = 0;  // synthetic samples the current gap gets
        bool have_next_ = false;
        bool done_ = true;

        cursor() = default;
        cursor(fill_view& v)
            : it_(ranges::begin(v.rng_)), end_(ranges::end(v.rng_)), step_(v.step_), limit_(v.limit_), method_(v.method_) {
            if (it_ == end_) return;
            done_ = false;
            cur_ = *it_;
            prev_ = cur_;
            ++it_;
            load_next();
        }
        [[nodiscard]] sample<T> read() const noexcept { return cur_; }
        [[nodiscard]] bool equal(ranges::default_sentinel_t) const noexcept { return done_; }
        [[nodiscard]] bool equal(const cursor& o) const { return done_ == o.done_ && it_ == o.it_ && k_ == o.k_; }
        TWINSPEC_DATA_INLINE void next() {
            if (k_ < n_) {
                ++k_;
                const std::int64_t dt = k_ * step_;
                cur_ = prev_;
                cur_.time = prev_.time + duration(dt);
                cur_.quality = quality::uncertain(reason::filled_hold);
                if constexpr (std::is_floating_point_v<T>) {
                    if (method_ == fill_method::linear) {
                        const auto gap = (next_.time - prev_.time).count();
                        cur_.value = prev_.value + (next_.value - prev_.value) * (static_cast<T>(dt) / static_cast<T>(gap));
                        cur_.quality = quality::uncertain(reason::filled_linear);
                    }
                }
            } else if (have_next_) {
                cur_ = next_;
                prev_ = next_;
                ++it_;
                load_next();
            } else {
                done_ = true;
            }
        }

    private:
        void load_next() {
            k_ = 0;
            n_ = 0;
            have_next_ = it_ != end_;
            if (!have_next_) return;
            next_ = *it_;
            const std::int64_t gap = (next_.time - prev_.time).count();
            if (step_ > 0 && gap > step_ && gap <= limit_) n_ = (gap - 1) / step_;
        }
    };
    cursor begin_cursor() { return cursor{*this}; }

public:
    fill_view() = default;
    fill_view(Rng rng, duration step, duration limit, fill_method m)
        : rng_(std::move(rng)), step_(step.count()), limit_(limit.count()), method_(m) {}
};

namespace detail {
struct fill_base_fn {
    template <class R>
    auto operator()(R&& r, duration step, duration limit, fill_method m = fill_method::hold) const {
        static_assert(require_sample_range<R, fill_base_fn>::value);
        using V = decltype(ranges::views::all(std::forward<R>(r)));
        return fill_view<V>(ranges::views::all(std::forward<R>(r)), step, limit, m);
    }
};
struct fill_fn : fill_base_fn {
    using fill_base_fn::operator();
    auto operator()(duration step, duration limit, fill_method m = fill_method::hold) const {
        return ranges::make_view_closure(ranges::bind_back(fill_base_fn{}, step, limit, m));
    }
};
}  // namespace detail

/// `samples | fill(1min, 10min)` or `fill(1min, 10min, fill_method::linear)`: where two
/// consecutive samples are more than `step` and at most `limit` apart, inserts samples at
/// prev + step, prev + 2·step … before the next one (quality uncertain, reason filled_hold
/// or filled_linear, the previous sample's source). Longer gaps, equal timestamps and steps
/// backwards pass through untouched. Linear filling of integral samples holds instead (reason filled_hold).
inline constexpr detail::fill_fn fill{};

}  // namespace twinspec::data
