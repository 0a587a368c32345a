#pragma once
/// \file
/// Unit conversion: `convertible_v`, `ConvertibleUnits` and `convert<From, To>(value)`.
///
/// Same-kind conversions are affine maps with exact rational coefficients, evaluated at compile
/// time where the arguments are constants:
///   - an integral input stays integral (same type) when the combined factor and offset are both
///     integers (km -> m, dBW -> dBm); no overflow check is made, exactly like built-in arithmetic;
///   - otherwise the result is floating point: the input's type if it is floating, else double.
///     The factor is applied as `x * num / den` with num/den reduced by gcd, so results are correctly
///     rounded whenever `x * num` is exact (1500.0 ms -> 1.5 s exactly).
///   - radian-based units carry a factor pi^k and are never exact.
///
/// Cross-kind conversions exist only between a logarithmic kind and its linear counterpart:
///   power_level (dBm, dBW) <-> power (W, mW, ...):   P[mW] = 10^(L[dBm] / 10)
///   ratio_level (dB)       <-> ratio (1, %, ppm):     r     = 10^(L[dB] / 10)   (power ratio)
/// These use std::pow/std::log10, so they are runtime-only (not constant expressions in C++20).
/// For every finite level the linear value is the correctly computed power of ten (it may
/// overflow to +inf above ~3083 dBm or underflow to 0). NaN propagates; +inf dBm -> +inf mW;
/// -inf dBm -> 0 mW. In the other direction 0 -> -inf, negative powers/ratios -> NaN, +inf -> +inf.
///
/// Converting between units of different, unrelated kinds is a compile error with the message
/// "twinspec: cannot convert between units of different quantity kinds ..."; the template
/// instantiation trace names both units and both kinds.

#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <numbers>
#include <type_traits>

#include "definitions.hpp"
#include "kinds.hpp"
#include "unit_traits.hpp"

namespace twinspec::units {

/// Describes a logarithmic kind: its linear counterpart kind, the unit of that kind that equals
/// 0 in the level's reference unit, and the multiplier of log10 (10 for power quantities).
/// Primary template: `Kind` is not a level kind.
template <class Kind>
struct level_traits {
    /// False: `Kind` has no linear counterpart.
    static constexpr bool is_level = false;
};

/// power_level (dBm) is 10*log10 of power in mW.
template <>
struct level_traits<kinds::power_level> {
    /// True: power_level is a logarithmic kind.
    static constexpr bool is_level = true;
    /// The linear kind the level measures.
    using linear_kind = kinds::power;
    /// The level unit that conversions go through (0 dBm <-> 1 mW).
    using level_unit = dBm;
    /// The linear unit matching 0 in `level_unit`.
    using linear_unit = mW;
    /// L = factor * log10(P / P0).
    static constexpr double factor = 10.0;
};

/// ratio_level (dB) is 10*log10 of a power ratio.
template <>
struct level_traits<kinds::ratio_level> {
    /// True: ratio_level is a logarithmic kind.
    static constexpr bool is_level = true;
    /// The linear kind the level measures.
    using linear_kind = kinds::ratio;
    /// The level unit that conversions go through (0 dB <-> ratio 1).
    using level_unit = dB;
    /// The linear unit matching 0 in `level_unit`.
    using linear_unit = unity;
    /// L = factor * log10(r).
    static constexpr double factor = 10.0;
};

namespace detail {

    /// Called only when exact unit arithmetic overflows std::intmax_t; being non-constexpr, reaching
    /// it during constant evaluation makes the conversion fail to compile.
    inline void unit_ratio_overflows_intmax() noexcept {}

    /// An exact rational number; den > 0 and gcd(|num|, den) == 1 after `make`.
    struct rational {
        std::intmax_t num;
        std::intmax_t den;
    };

    constexpr std::intmax_t checked_mul(std::intmax_t a, std::intmax_t b) noexcept {
        constexpr std::intmax_t max = std::numeric_limits<std::intmax_t>::max();
        const std::intmax_t abs_a = a < 0 ? -a : a;
        const std::intmax_t abs_b = b < 0 ? -b : b;
        if (abs_a != 0 && abs_b > max / abs_a) unit_ratio_overflows_intmax();
        return a * b;
    }

    constexpr std::intmax_t checked_add(std::intmax_t a, std::intmax_t b) noexcept {
        constexpr std::intmax_t max = std::numeric_limits<std::intmax_t>::max();
        if ((b > 0 && a > max - b) || (b < 0 && a < -max - b)) unit_ratio_overflows_intmax();
        return a + b;
    }

    constexpr rational make(std::intmax_t n, std::intmax_t d) noexcept {
        if (d < 0) {
            n = -n;
            d = -d;
        }
        const std::intmax_t g = std::gcd(n, d);
        return g == 0 ? rational{0, 1} : rational{n / g, d / g};
    }

    constexpr rational mul(rational a, rational b) noexcept {
        const std::intmax_t g1 = std::gcd(a.num, b.den);
        const std::intmax_t g2 = std::gcd(b.num, a.den);
        const std::intmax_t d1 = g1 == 0 ? 1 : g1;
        const std::intmax_t d2 = g2 == 0 ? 1 : g2;
        return make(checked_mul(a.num / d1, b.num / d2), checked_mul(a.den / d2, b.den / d1));
    }

    constexpr rational div(rational a, rational b) noexcept { return mul(a, make(b.den, b.num)); }

    constexpr rational sub(rational a, rational b) noexcept {
        const std::intmax_t g = std::gcd(a.den, b.den);
        return make(checked_add(checked_mul(a.num, b.den / g), -checked_mul(b.num, a.den / g)),
                    checked_mul(a.den, b.den / g));
    }

    template <class F>
    constexpr F pi_power(int k) noexcept {
        F r = F(1);
        for (; k > 0; --k) r *= std::numbers::pi_v<F>;
        for (; k < 0; ++k) r /= std::numbers::pi_v<F>;
        return r;
    }

    /// The affine map From -> To of one kind: to = x * factor * pi^pi_exponent + offset * pi^offset_pi.
    template <Unit From, Unit To>
    struct affine_map {
        static constexpr rational from_scale = make(From::num, From::den);
        static constexpr rational to_scale = make(To::num, To::den);
        static constexpr rational factor = div(from_scale, to_scale);
        static constexpr rational offset =
            div(sub(make(From::offset_num, From::offset_den), make(To::offset_num, To::offset_den)), to_scale);
        static constexpr int pi_exponent = From::pi_exponent - To::pi_exponent;
        static constexpr int offset_pi_exponent = -To::pi_exponent;
        /// True when integral inputs can be converted exactly in integer arithmetic.
        static constexpr bool integral_exact = factor.den == 1 && offset.den == 1 && pi_exponent == 0 &&
                                               (offset.num == 0 || offset_pi_exponent == 0);
    };

    /// Result type of a conversion that cannot stay integral.
    template <class T>
    using floating_result_t = std::conditional_t<std::is_floating_point_v<T>, T, double>;

    template <Unit From, Unit To, class T>
    constexpr auto convert_same_kind(T value) noexcept {
        using map = affine_map<From, To>;
        constexpr rational a = map::factor;
        constexpr rational c = map::offset;
        if constexpr (std::is_integral_v<T> && map::integral_exact) {
            using wide = std::conditional_t<std::is_signed_v<T>, std::intmax_t, std::uintmax_t>;
            wide r = static_cast<wide>(value);
            if constexpr (a.num != 1) r = static_cast<wide>(r * static_cast<wide>(a.num));
            if constexpr (c.num != 0) r = static_cast<wide>(r + static_cast<wide>(c.num));
            return static_cast<T>(r);
        } else {
            using F = floating_result_t<T>;
            const F x = static_cast<F>(value);
            if constexpr (c.num != 0 && (a.num != 1 || a.den != 1) && map::pi_exponent == 0 &&
                          map::offset_pi_exponent == 0) {
                // Scale and offset as one fraction: (x*a.num*c.den + c.num*a.den) / (a.den*c.den),
                // exact whenever the numerator is (212 degF -> 100 degC exactly).
                constexpr std::intmax_t scale_num = checked_mul(a.num, c.den);
                constexpr std::intmax_t offset_num = checked_mul(c.num, a.den);
                constexpr std::intmax_t common_den = checked_mul(a.den, c.den);
                return (x * static_cast<F>(scale_num) + static_cast<F>(offset_num)) / static_cast<F>(common_den);
            } else {
                F r = x;
                if constexpr (a.num != 1) r = r * static_cast<F>(a.num);
                if constexpr (a.den != 1) r = r / static_cast<F>(a.den);
                if constexpr (map::pi_exponent != 0) r = r * pi_power<F>(map::pi_exponent);
                if constexpr (c.num != 0) {
                    F off = static_cast<F>(c.num) / static_cast<F>(c.den);
                    if constexpr (map::offset_pi_exponent != 0) off = off * pi_power<F>(map::offset_pi_exponent);
                    r = r + off;
                }
                return r;
            }
        }
    }

    /// Level (e.g. dBm) -> linear (e.g. W). Runtime only.
    template <Unit From, Unit To, class T>
    inline auto level_to_linear(T value) {
        using lt = level_traits<typename From::kind>;
        using F = floating_result_t<T>;
        const F level = static_cast<F>(convert_same_kind<From, typename lt::level_unit>(value));
        const F linear = std::pow(F(10), level / static_cast<F>(lt::factor));
        return convert_same_kind<typename lt::linear_unit, To>(linear);
    }

    /// Linear (e.g. W) -> level (e.g. dBm). Runtime only.
    template <Unit From, Unit To, class T>
    inline auto linear_to_level(T value) {
        using lt = level_traits<typename To::kind>;
        using F = floating_result_t<T>;
        const F linear = static_cast<F>(convert_same_kind<From, typename lt::linear_unit>(value));
        const F level = static_cast<F>(lt::factor) * std::log10(linear);
        return convert_same_kind<typename lt::level_unit, To>(level);
    }

    template <class FromKind, class ToKind>
    constexpr bool is_level_of() noexcept {
        if constexpr (level_traits<FromKind>::is_level) {
            return std::is_same_v<typename level_traits<FromKind>::linear_kind, ToKind>;
        } else {
            return false;
        }
    }

} // namespace detail

/// True when `convert<From, To>` is defined: both are units and they have the same kind, or one is a
/// logarithmic level (dBm, dB) and the other a unit of its linear counterpart (W, unity).
template <class From, class To>
inline constexpr bool convertible_v = [] {
    if constexpr (Unit<From> && Unit<To>) {
        return std::is_same_v<typename From::kind, typename To::kind> ||
               detail::is_level_of<typename From::kind, typename To::kind>() ||
               detail::is_level_of<typename To::kind, typename From::kind>();
    } else {
        return false;
    }
}();

/// Concept form of `convertible_v`: `From` values can be converted to `To`.
template <class From, class To>
concept ConvertibleUnits = convertible_v<From, To>;

namespace detail {

    /// Instantiated only for an invalid conversion, so that the compiler's instantiation trace shows
    /// both units and both quantity kinds next to the message.
    template <class From, class To, class FromKind = typename From::kind, class ToKind = typename To::kind>
    struct cannot_convert_between_units_of_different_quantity_kinds {
        static_assert(ConvertibleUnits<From, To>,
                      "twinspec: cannot convert between units of different quantity kinds (e.g. dBm and MHz); "
                      "the two units are named in the template instantiation trace");
        static constexpr bool value = false;
    };

} // namespace detail

/// Converts `value`, measured in unit `From`, to unit `To`.
///
/// `T` is any arithmetic type except bool. See the file comment for exactness and the result type:
/// `convert<km, m>(3) == 3000` (int), `convert<ms, s>(1500.0) == 1.5`, `convert<degC, K>(25.0) == 298.15`.
/// Level <-> linear conversions (`convert<dBm, mW>(x)`) are runtime only.
/// Units of unrelated kinds (`convert<dBm, MHz>`) fail to compile with a static_assert.
template <Unit From, Unit To, class T>
    requires std::is_arithmetic_v<T> && (!std::is_same_v<std::remove_cv_t<T>, bool>)
constexpr auto convert(T value) {
    if constexpr (std::is_same_v<typename From::kind, typename To::kind>) {
        return detail::convert_same_kind<From, To>(value);
    } else if constexpr (detail::is_level_of<typename From::kind, typename To::kind>()) {
        return detail::level_to_linear<From, To>(value);
    } else if constexpr (detail::is_level_of<typename To::kind, typename From::kind>()) {
        return detail::linear_to_level<From, To>(value);
    } else {
        // Instantiating the helper fires its static_assert (and only that one diagnostic).
        [[maybe_unused]] constexpr bool instantiate =
            detail::cannot_convert_between_units_of_different_quantity_kinds<From, To>::value;
        return value;
    }
}

} // namespace twinspec::units
