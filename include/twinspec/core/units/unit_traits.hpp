#pragma once
/// \file
/// What a unit is: the `scale_kind` enum, the `unit_defaults` helper base, and the concepts
/// `QuantityKind`, `Unit`, `UnitOf` plus the trait `is_unit_v`.
///
/// A unit is an empty struct with these static members:
///   symbol        std::string_view  UTF-8 display symbol, e.g. "dBm", "µs", "°C"
///   dtdl          std::string_view  exact DTDL v3 QuantitativeTypes unit name, or "" if none
///   ucum          std::string_view  exact UCUM case-sensitive code, or "" if UCUM cannot express it
///   kind          type              one of twinspec::units::kinds
///   num, den      std::intmax_t     exact scale to the kind's reference unit (positive)
///   offset_num,   std::intmax_t     exact offset, in reference units (offset_den positive)
///   offset_den
///   pi_exponent   int               extra factor pi^pi_exponent of the scale (0 for all but the
///                                   radian-based units, whose scale is irrational)
///   scale         scale_kind        linear or logarithmic
///
/// Meaning: value_in_reference_unit = value * num/den * pi^pi_exponent + offset_num/offset_den.
/// The kind's reference unit has num == den == 1, offset 0 and pi_exponent 0.

#include <concepts>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace twinspec::units {

/// Whether a unit measures on a linear scale (W, MHz) or a logarithmic one (dBm, dB).
enum class scale_kind : unsigned char {
    linear,      ///< value is proportional (or affine) to the physical quantity
    logarithmic, ///< value is 10*log10 of a power or power ratio
};

/// Convenience base for unit structs: supplies the members most units share
/// (no offset, no pi factor, linear scale). A unit derives from it and declares the rest;
/// a member declared in the unit hides the default.
struct unit_defaults {
    /// Offset numerator, in reference units (0: the unit is not affine).
    static constexpr std::intmax_t offset_num = 0;
    /// Offset denominator (always positive).
    static constexpr std::intmax_t offset_den = 1;
    /// Power of pi in the scale factor (0: the scale is the exact rational num/den).
    static constexpr int pi_exponent = 0;
    /// Linear by default.
    static constexpr scale_kind scale = scale_kind::linear;
};

/// A quantity kind: a type with a `name` and a `dtdl_semantic_type`.
template <class K>
concept QuantityKind = requires {
    { K::name } -> std::convertible_to<std::string_view>;
    { K::dtdl_semantic_type } -> std::convertible_to<std::string_view>;
};

/// A unit: an empty struct carrying symbol, DTDL and UCUM names, its kind, and an exact affine map
/// to the kind's reference unit (see the file comment). Offsets are only allowed on units whose scale
/// has no pi factor.
template <class U>
concept Unit = std::is_class_v<U> && std::is_empty_v<U> && requires {
    { U::symbol } -> std::convertible_to<std::string_view>;
    { U::dtdl } -> std::convertible_to<std::string_view>;
    { U::ucum } -> std::convertible_to<std::string_view>;
    typename U::kind;
    { U::num } -> std::convertible_to<std::intmax_t>;
    { U::den } -> std::convertible_to<std::intmax_t>;
    { U::offset_num } -> std::convertible_to<std::intmax_t>;
    { U::offset_den } -> std::convertible_to<std::intmax_t>;
    { U::pi_exponent } -> std::convertible_to<int>;
    { U::scale } -> std::convertible_to<scale_kind>;
} && QuantityKind<typename U::kind> && (U::num > 0) && (U::den > 0) && (U::offset_den > 0) &&
                (U::pi_exponent == 0 || U::offset_num == 0);

/// True when `U` satisfies the `Unit` concept.
template <class U>
inline constexpr bool is_unit_v = Unit<U>;

/// A unit whose quantity kind is exactly `Kind`, e.g. `UnitOf<U, kinds::frequency>`.
template <class U, class Kind>
concept UnitOf = Unit<U> && std::same_as<typename U::kind, Kind>;

} // namespace twinspec::units
