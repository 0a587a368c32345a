#pragma once
/// \file
/// The twinspec units vocabulary (namespace `twinspec::units`), std-only:
///   - kinds.hpp        quantity kinds (`kinds::power`, `kinds::frequency`, ...) with DTDL semantic types
///   - unit_traits.hpp  `scale_kind`, `unit_defaults`, concepts `Unit`, `UnitOf`, `QuantityKind`, `is_unit_v`
///   - definitions.hpp  one empty struct per unit (`dBm`, `MHz`, `percent`, `Mbps`, `ms`, `us`, `deg`,
///                      `deci_deg`, `mW`, `W`, `degC`, `K`, `rpm`, `bar`, `Pa`, `m`, `km`, ...), `all_units`
///   - conversion.hpp   `convert<From, To>(x)`, `convertible_v`, `ConvertibleUnits`, `level_traits`
///   - quantity.hpp     `quantity<U, Rep>`, `quantity_cast<To>(q)`, `is_quantity_v`
///
/// Typical use:
///   using namespace twinspec::units;
///   constexpr auto bw = convert<MHz, kHz>(20);            // 20000 (int, exact)
///   auto p = quantity_cast<mW>(quantity<dBm>{-30.0});      // 0.001 mW (runtime)
/// See docs/units.md for the full table of units with their DTDL and UCUM names.

#include "units/conversion.hpp"
#include "units/definitions.hpp"
#include "units/kinds.hpp"
#include "units/quantity.hpp"
#include "units/unit_traits.hpp"
