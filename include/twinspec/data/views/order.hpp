// twinspec/data/views/order.hpp — `order`: the samples sorted by time (stable: samples
// with equal timestamps keep their arrival order). Sorting needs every sample, so `order`
// materialises its input once into a shared, immutable buffer (`owned_samples<T>`, a view:
// copying it is O(1)).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include <range/v3/range/access.hpp>
#include <range/v3/view/interface.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

/// A view over samples it owns (shared, immutable): what `order` and `fuse` return.
template <class T>
class owned_samples : public ranges::view_interface<owned_samples<T>> {
public:
    owned_samples() = default;
    explicit owned_samples(std::vector<sample<T>> v)
        : data_(std::make_shared<const std::vector<sample<T>>>(std::move(v))) {}

    [[nodiscard]] const sample<T>* begin() const noexcept { return data_ ? data_->data() : nullptr; }
    [[nodiscard]] const sample<T>* end() const noexcept { return data_ ? data_->data() + data_->size() : nullptr; }
    [[nodiscard]] std::size_t size() const noexcept { return data_ ? data_->size() : 0; }

private:
    std::shared_ptr<const std::vector<sample<T>>> data_;
};

namespace detail {
struct earlier {
    template <class T>
    constexpr bool operator()(const sample<T>& a, const sample<T>& b) const noexcept {
        return a.time < b.time;
    }
};
struct order_fn {
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, order_fn>::value);
        using T = sample_value_t<R>;
        std::vector<sample<T>> v;
        if constexpr (ranges::sized_range<R>) v.reserve(static_cast<std::size_t>(ranges::size(r)));
        for (auto&& s : r) v.push_back(s);
        if (!std::is_sorted(v.begin(), v.end(), earlier{})) std::stable_sort(v.begin(), v.end(), earlier{});
        return owned_samples<T>(std::move(v));
    }
};
}  // namespace detail

/// `samples | order`: sorted by time, stable. Time going backwards (clock steps, late
/// arrivals) is undone; equal timestamps stay in arrival order (then `dedup`).
inline constexpr ranges::views::view_closure<detail::order_fn> order{};

}  // namespace twinspec::data
