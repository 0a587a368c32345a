// twinspec/io/schema_keywords.hpp — the JSON Schema keywords of a scalar member, and the item
// limits of a sequence, that the JSON Schema export and the WoT Thing Description export write
// alike.
#pragma once

/// \file
/// A WoT TD data schema borrows its vocabulary from JSON Schema, so for booleans, numbers, text
/// and time points both exports describe a value with the same keywords: `type`,
/// `minimum`/`maximum`, `minLength`/`maxLength`, `pattern`, `format`, and a sequence's
/// `minItems`/`maxItems`. `schema_keywords<V, F>` and `item_limits<V, F, Outer>` write them
/// once; each exporter adds what it spells differently (the unit: JSON Schema's
/// `x-unit` object, the TD's `unit` symbol) and handles the other shapes itself. Kept out of
/// `export_support.hpp` so that the DTDL and AAS exports do not include `pattern.hpp` (and
/// `<regex>`).

#include <cstddef>
#include <limits>
#include <type_traits>

#include <twinspec/core/annotations/length.hpp>
#include <twinspec/core/annotations/pattern.hpp>
#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/io/export_support.hpp>
#include <twinspec/io/json_document.hpp>

namespace twinspec::io::detail {

/// True when `schema_keywords<V, F>` describes a value of type `V`: a boolean, a number, text or
/// a time point.
template <class V>
inline constexpr bool has_schema_keywords_v = shape_of<V>() == shape::boolean || shape_of<V>() == shape::integer ||
                                              shape_of<V>() == shape::floating || shape_of<V>() == shape::text ||
                                              shape_of<V>() == shape::time_point;

/// True when `V` is a number and field `F` declares its unit (`unit<U>`).
template <class V, class F>
inline constexpr bool has_number_unit_v =
    (shape_of<V>() == shape::integer || shape_of<V>() == shape::floating) && has_annotation_v<F, unit_category>;

/// The unit type `U` of field `F`'s `unit<U>` annotation.
template <class F>
using field_unit_t = typename std::remove_cvref_t<decltype(annotation<unit_category, F>())>::unit_type;

/// Writes the keywords of a value of type `V` (see `has_schema_keywords_v`) in field `F` into
/// `n`, in this order: `type`; for numbers `minimum`/`maximum` (`limits_of`: the range, else an
/// integer type's limits); for text `minLength`/`maxLength` (code points, when limited) and
/// `pattern`; for time points `format: date-time`.
template <class V, class F>
void schema_keywords(json_node& n) {
    constexpr shape s = shape_of<V>();
    static_assert(has_schema_keywords_v<V>, "twinspec: internal: schema_keywords<V, F> needs a boolean, number, text or time point");
    if constexpr (s == shape::boolean) {
        n.set("type", "boolean");
    } else if constexpr (s == shape::integer || s == shape::floating) {
        n.set("type", s == shape::integer ? "integer" : "number");
        const auto lim = limits_of<V, F>();
        if (!lim.min.is_null()) n.set("minimum", lim.min);
        if (!lim.max.is_null()) n.set("maximum", lim.max);
    } else if constexpr (s == shape::text) {
        n.set("type", "string");
        if constexpr (has_annotation_v<F, length_category>) {
            const auto& l = annotation<length_category, F>();
            if (l.min != 0) n.set("minLength", json_node::number(l.min));
            if (l.max != std::numeric_limits<std::size_t>::max()) n.set("maxLength", json_node::number(l.max));
        }
        if constexpr (has_annotation_v<F, pattern_category>) {
            n.set("pattern", std::remove_cvref_t<decltype(annotation<pattern_category, F>())>::text);
        }
    } else {
        n.set("type", "string");
        n.set("format", "date-time");
    }
}

/// Writes `minItems`/`maxItems` of a sequence `V` in field `F` into `n`: a `std::array`'s size,
/// else, on the field's own layer (`Outer`), the limits of `items(…)` that are not the defaults.
template <class V, class F, bool Outer>
void item_limits(json_node& n) {
    if constexpr (fixed_extent_v<V> != 0) {
        n.set("minItems", json_node::number(fixed_extent_v<V>));
        n.set("maxItems", json_node::number(fixed_extent_v<V>));
    } else if constexpr (Outer && has_annotation_v<F, items_category>) {
        const auto& it = annotation<items_category, F>();
        if (it.min != 0) n.set("minItems", json_node::number(it.min));
        if (it.max != std::numeric_limits<std::size_t>::max()) n.set("maxItems", json_node::number(it.max));
    }
}

}  // namespace twinspec::io::detail
