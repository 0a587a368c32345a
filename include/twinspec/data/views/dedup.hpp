// twinspec/data/views/dedup.hpp — `dedup`: of consecutive samples with the same timestamp,
// keep the first. On ordered input this removes every duplicate timestamp.
#pragma once

#include <utility>

#include <range/v3/view/adjacent_filter.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

namespace detail {
struct time_differs {
    template <class T>
    constexpr bool operator()(const sample<T>& prev, const sample<T>& next) const noexcept {
        return prev.time != next.time;
    }
};
struct dedup_fn {
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, dedup_fn>::value);
        static_assert(ranges::forward_range<R>, "twinspec: data::dedup needs a forward range (it compares neighbours)");
        return ranges::views::adjacent_filter(std::forward<R>(r), time_differs{});
    }
};
}  // namespace detail

/// `samples | dedup`: drops a sample whose timestamp equals the previous sample's (the
/// first of a run is kept). Order the samples first (`order`) to catch every duplicate.
inline constexpr ranges::views::view_closure<detail::dedup_fn> dedup{};

}  // namespace twinspec::data
