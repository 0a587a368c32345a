// twinspec/data/views/clean.hpp — schema-driven cleaning: `clean<&Cell::rsrp>` drops the
// samples that break the field's range or allowed values (or are already bad);
// `flag<&Cell::rsrp>` keeps them and marks them bad with the rule they break;
// `drop_bad` drops samples of bad quality. The schema is the cleaning rule.
#pragma once

#include <utility>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/data/field.hpp>
#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

namespace detail {
template <class F>
struct keep_clean {
    template <class T>
    constexpr bool operator()(const sample<T>& s) const noexcept {
        return value_ok<F>(s.value) && !s.quality.is_bad();
    }
};

template <class F>
struct clean_fn {
    static_assert(has_constraints_v<F>,
                  "twinspec: data::clean<field>: the field (named in the instantiation above) has neither a range nor "
                  "allowed values, so the schema gives no rule to clean by");
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, clean_fn>::value);
        return ranges::views::filter(std::forward<R>(r), keep_clean<F>{});
    }
};

template <class F>
struct mark_bad {
    template <class T>
    constexpr sample<T> operator()(sample<T> s) const noexcept {
        const reason why = check_value<F>(s.value);
        if (why != reason::none) s.quality = quality::bad(why);
        return s;
    }
};

template <class F>
struct flag_fn {
    static_assert(has_constraints_v<F>,
                  "twinspec: data::flag<field>: the field (named in the instantiation above) has neither a range nor "
                  "allowed values, so the schema gives no rule to flag by");
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, flag_fn>::value);
        return ranges::views::transform(std::forward<R>(r), mark_bad<F>{});
    }
};

struct not_bad {
    template <class T>
    constexpr bool operator()(const sample<T>& s) const noexcept {
        return !s.quality.is_bad();
    }
};
struct drop_bad_fn {
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, drop_bad_fn>::value);
        return ranges::views::filter(std::forward<R>(r), not_bad{});
    }
};
}  // namespace detail

/// `samples | clean<&Cell::rsrp>`: keeps the samples whose value meets the field's range
/// and allowed values (NaN and infinities break a range) and whose quality is not bad.
/// The field is a member pointer or `field<Cell, "rsrp">`; a field without constraints is
/// a compile error.
template <auto Field>
inline constexpr ranges::views::view_closure<detail::clean_fn<field_desc_t<Field>>> clean{};

/// `samples | flag<&Cell::rsrp>`: keeps every sample; those breaking the field's
/// constraints get quality bad with the reason (below_minimum, above_maximum, not_finite,
/// not_allowed).
template <auto Field>
inline constexpr ranges::views::view_closure<detail::flag_fn<field_desc_t<Field>>> flag{};

/// `samples | drop_bad`: drops the samples of bad quality.
inline constexpr ranges::views::view_closure<detail::drop_bad_fn> drop_bad{};

}  // namespace twinspec::data
