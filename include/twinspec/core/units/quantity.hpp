#pragma once
/// \file
/// `quantity<Unit, Rep>`: a number tagged with its unit, and `quantity_cast<To>(q)`.

#include <compare>
#include <string_view>
#include <type_traits>

#include "conversion.hpp"
#include "unit_traits.hpp"

namespace twinspec::units {

/// A value of type `Rep` measured in unit `U`, e.g. `quantity<dBm>{-87.5}` or `quantity<MHz, int>{3500}`.
///
/// Trivially copyable and exactly as large as `Rep`. Construction from a bare number is explicit.
/// Arithmetic is deliberately small: + and - between quantities of the same unit, * and / by a
/// scalar, quantity / quantity of the same unit (a plain number), and comparisons within one unit.
/// To mix units, convert first with `quantity_cast`. Note that + between two logarithmic levels
/// (dBm + dBm) or two affine temperatures (degC + degC) is allowed by the type but is rarely what the
/// physics means; use it for differences and offsets.
template <Unit U, class Rep = double>
    requires std::is_arithmetic_v<Rep> && (!std::is_same_v<std::remove_cv_t<Rep>, bool>) &&
             (!std::is_const_v<Rep>) && (!std::is_volatile_v<Rep>)
class quantity {
public:
    /// The unit the value is measured in.
    using unit = U;
    /// The representation (number) type.
    using rep = Rep;
    /// The quantity kind of the unit.
    using kind = typename U::kind;
    /// The unit's display symbol, e.g. "dBm".
    static constexpr std::string_view symbol = U::symbol;

    /// Zero.
    constexpr quantity() noexcept = default;
    /// A quantity of `value` units `U`.
    constexpr explicit quantity(Rep value) noexcept : value_(value) {}

    /// The number, in unit `U`.
    [[nodiscard]] constexpr Rep value() const noexcept { return value_; }

    /// Unary plus.
    [[nodiscard]] constexpr quantity operator+() const noexcept { return *this; }
    /// Negation.
    [[nodiscard]] constexpr quantity operator-() const noexcept { return quantity(static_cast<Rep>(-value_)); }

    /// Adds a quantity of the same unit.
    constexpr quantity& operator+=(quantity other) noexcept {
        value_ = static_cast<Rep>(value_ + other.value_);
        return *this;
    }
    /// Subtracts a quantity of the same unit.
    constexpr quantity& operator-=(quantity other) noexcept {
        value_ = static_cast<Rep>(value_ - other.value_);
        return *this;
    }
    /// Multiplies by a scalar.
    constexpr quantity& operator*=(Rep factor) noexcept {
        value_ = static_cast<Rep>(value_ * factor);
        return *this;
    }
    /// Divides by a scalar.
    constexpr quantity& operator/=(Rep divisor) noexcept {
        value_ = static_cast<Rep>(value_ / divisor);
        return *this;
    }

    /// Sum of two quantities of the same unit.
    [[nodiscard]] friend constexpr quantity operator+(quantity a, quantity b) noexcept { return a += b; }
    /// Difference of two quantities of the same unit.
    [[nodiscard]] friend constexpr quantity operator-(quantity a, quantity b) noexcept { return a -= b; }
    /// Quantity times scalar.
    [[nodiscard]] friend constexpr quantity operator*(quantity q, Rep factor) noexcept { return q *= factor; }
    /// Scalar times quantity.
    [[nodiscard]] friend constexpr quantity operator*(Rep factor, quantity q) noexcept { return q *= factor; }
    /// Quantity divided by scalar.
    [[nodiscard]] friend constexpr quantity operator/(quantity q, Rep divisor) noexcept { return q /= divisor; }
    /// Ratio of two quantities of the same unit (a plain number).
    [[nodiscard]] friend constexpr Rep operator/(quantity a, quantity b) noexcept {
        return static_cast<Rep>(a.value_ / b.value_);
    }

    /// Equality within one unit.
    [[nodiscard]] friend constexpr bool operator==(quantity, quantity) noexcept = default;
    /// Ordering within one unit (partial for floating-point Rep, because of NaN).
    [[nodiscard]] friend constexpr auto operator<=>(quantity, quantity) noexcept = default;

private:
    Rep value_{};
};

/// Converts a quantity to unit `To` (same kind, or level <-> linear such as dBm -> mW).
/// Only participates for convertible units. The result's Rep is the type `convert` yields:
/// integral stays integral when the conversion is exact in integers, otherwise floating point.
template <Unit To, Unit From, class Rep>
    requires ConvertibleUnits<From, To>
[[nodiscard]] constexpr auto quantity_cast(quantity<From, Rep> q) {
    auto converted = convert<From, To>(q.value());
    return quantity<To, decltype(converted)>(converted);
}

/// True when `Q` is a specialisation of `quantity`.
template <class Q>
inline constexpr bool is_quantity_v = false;

/// True for every `quantity<U, Rep>`.
template <class U, class Rep>
inline constexpr bool is_quantity_v<quantity<U, Rep>> = true;

} // namespace twinspec::units
