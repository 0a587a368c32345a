// twinspec/data/sample_range.hpp — what the preprocessing views accept: any input range
// whose elements are `sample<T>` (a series, a vector of samples, another view).
#pragma once

#include <type_traits>

#include <range/v3/range/concepts.hpp>
#include <range/v3/range/traits.hpp>

#include <twinspec/data/sample.hpp>

#if defined(__GNUC__) || defined(__clang__)
/// Forces inlining of the per-sample steps of the data views: the pipeline's stages then
/// fuse into one loop, as a hand-written one would be.
#define TWINSPEC_DATA_INLINE [[gnu::always_inline]] inline
#else
#define TWINSPEC_DATA_INLINE inline
#endif

namespace twinspec::data {

/// An input range of `sample<T>`.
template <class R>
concept SampleRange = ranges::input_range<R> && is_sample_v<std::remove_cvref_t<ranges::range_value_t<R>>>;

/// The value type `T` of a range of `sample<T>`.
template <SampleRange R>
using sample_value_t = typename std::remove_cvref_t<ranges::range_value_t<R>>::value_type;

namespace detail {
/// Fires a readable error when a view is applied to something that is not a range of samples.
template <class R, class Step>
struct require_sample_range {
    static_assert(SampleRange<R>, "twinspec: data: a preprocessing view needs an input range of ts::data::sample<T> "
                                  "(a series, a std::vector<sample<T>> or another data view)");
    static constexpr bool value = SampleRange<R>;
};
}  // namespace detail

}  // namespace twinspec::data
