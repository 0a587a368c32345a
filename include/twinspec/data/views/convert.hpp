// twinspec/data/views/convert.hpp — unit conversion of samples, checked at compile time:
// `to_unit<&Cell::rsrp, units::mW>` (from the field's declared unit) and
// `convert_unit<units::ms, units::s>` (between two named units).
#pragma once

#include <type_traits>
#include <utility>

#include <range/v3/view/transform.hpp>
#include <range/v3/view/view.hpp>

#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/units.hpp>
#include <twinspec/data/field.hpp>
#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

namespace detail {
template <class From, class To>
struct convert_sample {
    template <class T>
    auto operator()(const sample<T>& s) const {
        using R = decltype(units::convert<From, To>(s.value));
        return sample<R>{units::convert<From, To>(s.value), s.time, s.entity, s.connection, s.quality};
    }
};

template <class From, class To>
struct convert_unit_fn {
    static_assert(units::Unit<From> && units::Unit<To>, "twinspec: data::convert_unit<From, To>: both must be twinspec units");
    static_assert(units::convertible_v<From, To>,
                  "twinspec: data::convert_unit<From, To>: cannot convert between units of different quantity kinds "
                  "(both units are named in the instantiation above)");
    template <class R>
    auto operator()(R&& r) const {
        static_assert(require_sample_range<R, convert_unit_fn>::value);
        if constexpr (units::convertible_v<From, To>) return ranges::views::transform(std::forward<R>(r), convert_sample<From, To>{});
    }
};

template <class F>
struct unit_of_field {
    static_assert(has_annotation_v<F, unit_category>,
                  "twinspec: data::to_unit<field, U>: the field (named in the instantiation above) declares no unit "
                  "(ts::unit<...>), so there is nothing to convert from");
    using type = typename std::remove_cvref_t<decltype(F::annotations.template get<unit_category>())>::unit_type;
};
template <class F, class To, bool HasUnit = has_annotation_v<F, unit_category>>
struct to_unit_impl {
    using type = typename unit_of_field<F>::type;  // fires the static_assert
};
template <class F, class To>
struct to_unit_impl<F, To, true> {
    using From = typename unit_of_field<F>::type;
    static_assert(units::convertible_v<From, To>,
                  "twinspec: data::to_unit<field, U>: the field's unit and U are of different quantity kinds "
                  "(field and units are named in the instantiation above)");
    using type = convert_unit_fn<From, To>;
};
}  // namespace detail

/// `samples | convert_unit<units::ms, units::s>`: every value converted with
/// `units::convert<From, To>`; units of different quantity kinds do not compile.
template <class From, class To>
inline constexpr ranges::views::view_closure<detail::convert_unit_fn<From, To>> convert_unit{};

/// `samples | to_unit<&Cell::rsrp, units::mW>`: converts from the field's declared unit.
/// A field without a unit, or a target of another quantity kind, does not compile.
template <auto Field, class To>
inline constexpr ranges::views::view_closure<typename detail::to_unit_impl<field_desc_t<Field>, To>::type> to_unit{};

}  // namespace twinspec::data
