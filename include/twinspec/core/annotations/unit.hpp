// twinspec/core/annotations/unit.hpp — the unit of a numeric field: `unit<units::dBm>`.
#pragma once

#include <string_view>

#include <twinspec/core/units.hpp>

namespace twinspec {

/// Category of `unit`.
struct unit_category {};

/// The unit of a numeric field (or of the elements of a numeric sequence). The unit's
/// symbol appears in validation messages; its DTDL name and UCUM code in exports.
template <units::Unit U>
struct unit_annotation {
    using category = unit_category;
    using unit_type = U;
    static constexpr std::string_view symbol = U::symbol;
};

/// `unit<units::dBm>`.
template <units::Unit U>
inline constexpr unit_annotation<U> unit{};

}  // namespace twinspec
