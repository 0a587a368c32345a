// twinspec/data/views/fuse.hpp — fusion of several series into one Df (fused) series by a
// declared rule: `fuse<&CellHealth::score>(rule, rsrp_samples, sinr_samples)`.
#pragma once

#include <algorithm>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <range/v3/range/access.hpp>

#include <twinspec/data/classes.hpp>
#include <twinspec/data/field.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/views/order.hpp>

namespace twinspec::data {

/// Ready-made fusion rules (any callable taking one value per input works).
namespace fusion {
/// The mean of the inputs' values.
struct mean_rule {
    template <class... V>
    constexpr double operator()(V... v) const noexcept {
        return (static_cast<double>(v) + ...) / static_cast<double>(sizeof...(V));
    }
};
/// The smallest of the inputs' values.
struct min_rule {
    template <class V, class... W>
    constexpr auto operator()(V v, W... w) const noexcept {
        auto r = static_cast<std::common_type_t<V, W...>>(v);
        ((r = static_cast<decltype(r)>(w) < r ? static_cast<decltype(r)>(w) : r), ...);
        return r;
    }
};
/// The largest of the inputs' values.
struct max_rule {
    template <class V, class... W>
    constexpr auto operator()(V v, W... w) const noexcept {
        auto r = static_cast<std::common_type_t<V, W...>>(v);
        ((r = static_cast<decltype(r)>(w) > r ? static_cast<decltype(r)>(w) : r), ...);
        return r;
    }
};
inline constexpr mean_rule mean{};
inline constexpr min_rule min{};
inline constexpr max_rule max{};
}  // namespace fusion

namespace detail {
template <class F>
struct check_fused_target {
    static_assert(field_has_class_v<F, std::remove_cvref_t<decltype(Df)>>,
                  "twinspec: data::fuse<field>: the target field (named in the instantiation above) is not of data class "
                  "Df (fused data); annotate it or its entity with ts::data::Df");
    static constexpr bool value = true;
};
}  // namespace detail

/// Joins ordered inputs on equal timestamps (an inner join: a time present in every input)
/// and combines their values with `rule(v1, v2, …)` into samples of the Df field `Target`.
/// The result's quality is good when every input's was, else uncertain (reason fused);
/// a fused value breaking the target field's constraints is marked bad with the rule it
/// breaks. Source: the first input's. Returns an `owned_samples` view.
template <auto Target, class Rule, class... Rs>
[[nodiscard]] auto fuse(Rule rule, Rs&&... inputs) {
    using F = field_desc_t<Target>;
    static_assert(detail::check_fused_target<F>::value);
    static_assert(sizeof...(Rs) >= 1, "twinspec: data::fuse needs at least one input");
    static_assert((SampleRange<Rs> && ...), "twinspec: data::fuse: every input must be a range of ts::data::sample<T>");
    using V = field_value_t<F>;
    std::vector<sample<V>> out;
    auto its = std::make_tuple(ranges::begin(inputs)...);
    auto ends = std::make_tuple(ranges::end(inputs)...);
    constexpr std::size_t N = sizeof...(Rs);
    const auto any_at_end = [&]<std::size_t... I>(std::index_sequence<I...>) {
        return ((std::get<I>(its) == std::get<I>(ends)) || ...);
    };
    while (!any_at_end(std::make_index_sequence<N>{})) {
        const timestamp latest = [&]<std::size_t... I>(std::index_sequence<I...>) {
            return std::max({(*std::get<I>(its)).time...});
        }(std::make_index_sequence<N>{});
        bool advanced = false;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (((*std::get<I>(its)).time < latest ? (++std::get<I>(its), advanced = true) : false), ...);
        }(std::make_index_sequence<N>{});
        if (advanced) continue;
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            const auto first = *std::get<0>(its);
            const bool good = ((*std::get<I>(its)).quality.is_good() && ...);
            sample<V> s{static_cast<V>(rule((*std::get<I>(its)).value...)), latest, first.entity, first.connection,
                        good ? quality::good() : quality::uncertain(reason::fused)};
            const reason why = check_value<F>(s.value);
            if (why != reason::none) s.quality = quality::bad(why);
            out.push_back(s);
            (++std::get<I>(its), ...);
        }(std::make_index_sequence<N>{});
    }
    return owned_samples<V>(std::move(out));
}

}  // namespace twinspec::data
