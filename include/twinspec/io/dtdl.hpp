// twinspec/io/dtdl.hpp — DTDL v3 Interfaces from the declarations: one Interface per entity with
// Telemetry, Property (writable), Command, Relationship (target, maxMultiplicity) and Component
// contents, semantic types and units through the QuantitativeTypes extension, Enum / Object /
// Array / Map schemas, displayName and description as language maps (en, zh).
#pragma once

/// \file
/// `ts::io::dtdl_interface<Cell>()` is one Interface (a `json_node`); `dtdl_interfaces<Es…>()`
/// the array of the Interfaces of a whole model (what a DTDL parser takes as one model set).
///
/// Mapping of a field by its kind (`ts::telemetry` …) and type:
/// - property → `Property` (`writable: true` with `ts::writable`); telemetry → `Telemetry`;
///   command → `Command` whose `request` carries the field's schema (the kernel declares no
///   response, so none is written);
/// - relationship (`ref<T>`, `std::vector<ref<T>>`) → `Relationship` with `target` (T's DTMI) and
///   `maxMultiplicity` (1 for `ref<T>`, `items(…, max)` for a vector; absent when unbounded);
/// - component of a single entity (or `std::optional` of one) → `Component` whose schema is that
///   entity's Interface; a sequence of entities declared component → `Property` whose schema is
///   an `Array` of `Object` (DTDL components cannot repeat).
/// - schemas: bool `boolean`, integers `integer` (what fits 32 signed bits) or `long` (DTDL v3
///   has no byte/short/unsigned schemas: those are DTDL v4), `float`, `double`, `string`, time point
///   `dateTime`, duration `long` (its integer count, as the instance writer writes it), reflected
///   enum `Enum` (valueSchema string, enumValue = the enumerator's name), nested entity `Object`,
///   `std::vector`/`std::array` `Array`, `std::map<std::string, T>` `Map`, `std::optional<T>` T.
/// - `unit<U>`: when the field is a number (or an optional one), U's quantity kind has a DTDL
///   semantic type and U a DTDL unit name, the content is co-typed (`["Telemetry", "Power"]`) and gets `"unit": "watt"`, with
///   `dtmi:dtdl:extension:quantitativeTypes;1` in `@context`; otherwise the unit symbol goes in
///   `comment` with the range, the allowed values and the semantic references (DTDL has no range).
///
/// DTMIs: the entity's `ts::id(…)`, else `<base>:<EntityName>;1` (`dtdl_options::base_dtmi`).
/// Names must be DTDL names (`^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$`): a field whose external
/// name is not stops the build with a `static_assert` naming the rule.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/units/kinds.hpp>
#include <twinspec/io/export_support.hpp>
#include <twinspec/io/json_document.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec::io {

/// Options of the DTDL export.
struct dtdl_options {
    /// Prefix of the DTMIs generated for entities without `ts::id(…)`.
    std::string_view base_dtmi = "dtmi:twinspec:generated";
};

/// The DTDL v3 language context and the QuantitativeTypes extension context.
inline constexpr std::string_view dtdl_context = "dtmi:dtdl:context;3";
inline constexpr std::string_view dtdl_quantitative_types_context = "dtmi:dtdl:extension:quantitativeTypes;1";

template <Entity E>
[[nodiscard]] json_node dtdl_interface(const dtdl_options& opt = {});

namespace detail {

template <class F>
inline constexpr bool field_name_is_dtdl_name = false;
/// Instantiated only for a field whose external name is not a DTDL name; the requirement names it.
template <class F>
struct field_name_not_dtdl {
    static_assert(field_name_is_dtdl_name<F>,
                  "twinspec: rule broken: a field exported to DTDL needs a DTDL name: a letter, then letters, digits "
                  "or '_', not ending with '_' (rename it with ts::name(\"...\"); the requirement names the field)");
    static constexpr bool value = false;
};
template <Entity E>
inline constexpr bool dtdl_names_ok = []<class... F>(type_list<F...>*) {
    return (std::conditional_t<is_dtdl_name(F::name), export_ok, field_name_not_dtdl<F>>::value && ...);
}(static_cast<fields_t<E>*>(nullptr));

inline json_node language_map(std::string_view en, std::string_view zh) {
    json_node m = json_node::object();
    m.set("en", en);
    if (!zh.empty()) m.set("zh", zh);
    return m;
}

/// Sets `displayName`/`description` language maps from a set's annotations.
template <class Set>
void dtdl_texts(json_node& n, const Set& set) {
    const auto disp = text_of<display_name_category>(set);
    const auto desc = text_of<description_category>(set);
    if (!disp.en.empty()) n.set("displayName", language_map(disp.en, disp.zh));
    if (!desc.en.empty()) n.set("description", language_map(desc.en, desc.zh));
}

/// DTDL v3 has two integer schemas (`byte`, `short`, `unsigned…` are DTDL v4): `integer`
/// (signed 32 bits) for types it holds, `long` (signed 64 bits) for the rest; `uint64_t` values
/// above 2^63 - 1 do not fit (the comment says so).
template <class V>
constexpr std::string_view dtdl_integer_schema() {
    if constexpr (std::in_range<std::int32_t>(std::numeric_limits<V>::max()) &&
                  std::in_range<std::int32_t>(std::numeric_limits<V>::lowest()))
        return "integer";
    else return "long";
}

/// The field's unit, when DTDL can state it: {semantic type, unit name}.
template <class F>
constexpr std::pair<std::string_view, std::string_view> dtdl_semantic_unit() {
    // A semantic type needs a numeric schema: not for arrays or maps of numbers.
    using V = typename F::value_type;
    using S = std::conditional_t<is_optional_v<V>, inner_t<V>, V>;
    if constexpr (has_annotation_v<F, unit_category> && Numeric<S>) {
        using U = typename std::remove_cvref_t<decltype(annotation<unit_category, F>())>::unit_type;
        if (!U::kind::dtdl_semantic_type.empty() && !U::dtdl.empty()) return {U::kind::dtdl_semantic_type, U::dtdl};
    }
    return {};
}

template <class F>
std::string dtdl_comment() {
    std::string c;
    auto add = [&](std::string_view s) {
        if (!c.empty()) c += "; ";
        c += s;
    };
    using E = element_t<typename F::value_type>;
    if constexpr (has_annotation_v<F, range_category> && Numeric<E>) {
        const auto lim = limits_of<E, F>();
        std::string r = "range ";
        r += lim.declared_min ? lim.min.text() : std::string("-inf");
        r += " .. ";
        r += lim.declared_max ? lim.max.text() : std::string("inf");
        add(r);
    }
    if constexpr (std::is_same_v<E, std::uint64_t> || std::is_same_v<E, unsigned long long> ||
                  std::is_same_v<E, unsigned long>) {
        if constexpr (sizeof(E) == 8) add("unsigned 64-bit (DTDL long holds up to 2^63 - 1)");
    }
    if constexpr (has_annotation_v<F, unit_category>) {
        using U = typename std::remove_cvref_t<decltype(annotation<unit_category, F>())>::unit_type;
        std::string u = "unit ";
        u += U::symbol;
        if (!U::ucum.empty()) {
            u += " (UCUM ";
            u += U::ucum;
            u += ')';
        }
        add(u);
    }
    if constexpr (has_annotation_v<F, allowed_category>) {
        std::string a = "one of ";
        bool first = true;
        for (const auto& v : annotation<allowed_category, F>().values) {
            if (!first) a += ", ";
            first = false;
            a += scalar_text(v);
        }
        add(a);
    }
    if constexpr (has_annotation_v<F, semantic_category>) {
        for (std::string_view r : annotation<semantic_category, F>().refs) {
            std::string s = "semantic ";
            s += r;
            add(s);
        }
    }
    if (c.size() > 512) c.resize(509), c += "...";  // DTDL: comment at most 512 characters
    return c;
}

template <Entity E>
json_node dtdl_object_schema(const dtdl_options& opt);

/// The DTDL schema of a value of type `V` in field `F`.
template <class V, class F>
json_node dtdl_schema(const dtdl_options& opt) {
    constexpr shape s = shape_of<V>();
    if constexpr (s == shape::optional) return dtdl_schema<inner_t<V>, F>(opt);
    else if constexpr (s == shape::boolean) return json_node::string("boolean");
    else if constexpr (s == shape::integer) return json_node::string(dtdl_integer_schema<V>());
    else if constexpr (s == shape::floating) return json_node::string(sizeof(V) <= 4 ? "float" : "double");
    else if constexpr (s == shape::text) return json_node::string("string");
    else if constexpr (s == shape::time_point) return json_node::string("dateTime");
    else if constexpr (s == shape::duration) return json_node::string("long");
    else if constexpr (s == shape::reference) return json_node::string("string");
    else if constexpr (s == shape::enumeration) {
        json_node n = json_node::object();
        n.set("@type", "Enum");
        n.set("valueSchema", "string");
        json_node values = json_node::array();
        for (const auto& e : enum_info_v<V>.enumerators) {
            json_node v = json_node::object();
            v.set("name", e.name);
            v.set("enumValue", e.name);
            values.push(std::move(v));
        }
        n.set("enumValues", std::move(values));
        return n;
    } else if constexpr (s == shape::entity) {
        return dtdl_object_schema<V>(opt);
    } else if constexpr (s == shape::sequence) {
        json_node n = json_node::object();
        n.set("@type", "Array");
        n.set("elementSchema", dtdl_schema<inner_t<V>, F>(opt));
        return n;
    } else if constexpr (s == shape::map) {
        json_node n = json_node::object();
        n.set("@type", "Map");
        json_node key = json_node::object();
        key.set("name", "key");
        key.set("schema", "string");
        n.set("mapKey", std::move(key));
        json_node value = json_node::object();
        value.set("name", "value");
        value.set("schema", dtdl_schema<inner_t<V>, F>(opt));
        n.set("mapValue", std::move(value));
        return n;
    } else {
        static_assert(s != shape::unsupported, "twinspec: dtdl: unsupported member type");
        return {};
    }
}

/// Name, semantic type + unit, texts and comment of a content or an Object field.
template <class F>
json_node dtdl_named(std::string_view type_name, bool semantic_allowed) {
    json_node n = json_node::object();
    constexpr auto su = dtdl_semantic_unit<F>();
    if (semantic_allowed && !su.first.empty()) {
        json_node types = json_node::array();
        types.push(json_node::string(type_name));
        types.push(json_node::string(su.first));
        n.set("@type", std::move(types));
    } else {
        n.set("@type", type_name);
    }
    n.set("name", F::name);
    return n;
}

template <class F>
void dtdl_finish(json_node& n, bool semantic_allowed) {
    constexpr auto su = dtdl_semantic_unit<F>();
    if (semantic_allowed && !su.second.empty()) n.set("unit", su.second);
    dtdl_texts(n, F::annotations);
    const std::string c = dtdl_comment<F>();
    if (!c.empty()) n.set("comment", c);
}

template <Entity E>
json_node dtdl_object_schema(const dtdl_options& opt) {
    static_assert(dtdl_names_ok<E>, "twinspec: the entity cannot be exported to DTDL: a field breaks the rule stated above");
    json_node n = json_node::object();
    n.set("@type", "Object");
    json_node fields = json_node::array();
    [&]<class... F>(type_list<F...>*) {
        (
            [&] {
                json_node f = dtdl_named<F>("Field", true);
                f.set("schema", dtdl_schema<typename F::value_type, F>(opt));
                dtdl_finish<F>(f, true);
                fields.push(std::move(f));
            }(),
            ...);
    }(static_cast<fields_t<E>*>(nullptr));
    n.set("fields", std::move(fields));
    return n;
}

/// True when field `F` is a DTDL Component: a component of one entity (possibly optional).
template <class F>
inline constexpr bool dtdl_is_component =
    kind_of<F>() == field_kind::component &&
    (Entity<typename F::value_type> ||
     (is_optional_v<typename F::value_type> && Entity<inner_t<typename F::value_type>>));

template <class F>
json_node dtdl_content(const dtdl_options& opt) {
    using V = typename F::value_type;
    constexpr field_kind k = kind_of<F>();
    if constexpr (k == field_kind::relationship) {
        json_node n = dtdl_named<F>("Relationship", false);
        n.set("target", entity_dtmi<relationship_target_t<F>>(opt.base_dtmi));
        constexpr multiplicity m = multiplicity_of<F>();
        if (!m.unbounded()) n.set("maxMultiplicity", json_node::number(m.max));
        dtdl_finish<F>(n, false);
        return n;
    } else if constexpr (dtdl_is_component<F>) {
        json_node n = dtdl_named<F>("Component", false);
        using T = std::conditional_t<Entity<V>, V, inner_t<V>>;
        n.set("schema", entity_dtmi<T>(opt.base_dtmi));
        dtdl_finish<F>(n, false);
        return n;
    } else if constexpr (k == field_kind::command) {
        json_node n = dtdl_named<F>("Command", false);
        json_node req = json_node::object();
        req.set("name", F::name);
        req.set("schema", dtdl_schema<V, F>(opt));
        n.set("request", std::move(req));
        dtdl_finish<F>(n, false);
        return n;
    } else {
        const bool telemetry = k == field_kind::telemetry;
        json_node n = dtdl_named<F>(telemetry ? "Telemetry" : "Property", true);
        n.set("schema", dtdl_schema<V, F>(opt));
        if constexpr (has_annotation_v<F, writable_category>) n.set("writable", true);
        dtdl_finish<F>(n, true);
        return n;
    }
}

/// Appends the Interfaces of `E` and, first, of the entities its Components use (once each).
template <Entity E>
void dtdl_collect(json_node& out, std::vector<std::string>& seen, const dtdl_options& opt) {
    const std::string id = entity_dtmi<E>(opt.base_dtmi);
    for (const auto& s : seen)
        if (s == id) return;
    seen.push_back(id);
    [&]<class... F>(type_list<F...>*) {
        ([&] {
            if constexpr (dtdl_is_component<F>) {
                using V = typename F::value_type;
                dtdl_collect<std::conditional_t<Entity<V>, V, inner_t<V>>>(out, seen, opt);
            }
        }(), ...);
    }(static_cast<fields_t<E>*>(nullptr));
    out.push(dtdl_interface<E>(opt));
}

}  // namespace detail

/// The DTDL v3 Interface of entity `E`.
template <Entity E>
[[nodiscard]] json_node dtdl_interface(const dtdl_options& opt) {
    static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
    static_assert(detail::dtdl_names_ok<E>, "twinspec: the entity cannot be exported to DTDL: a field breaks the rule stated above");
    json_node n = json_node::object();
    // The extension context is always listed: nested Object fields may carry units too, and an
    // unused context is harmless.
    json_node ctx = json_node::array();
    ctx.push(json_node::string(dtdl_context));
    ctx.push(json_node::string(dtdl_quantitative_types_context));
    n.set("@context", std::move(ctx));
    n.set("@id", entity_dtmi<E>(opt.base_dtmi));
    n.set("@type", "Interface");
    const auto disp = text_of<display_name_category>(entity_annotations_v<E>);
    if (disp.en.empty()) n.set("displayName", detail::language_map(entity_name_v<E>, {}));
    detail::dtdl_texts(n, entity_annotations_v<E>);
    json_node contents = json_node::array();
    [&]<class... F>(type_list<F...>*) {
        (contents.push(detail::dtdl_content<F>(opt)), ...);
    }(static_cast<fields_t<E>*>(nullptr));
    n.set("contents", std::move(contents));
    return n;
}

/// The Interfaces of `Es…` as one array (a complete DTDL model set): the Interfaces of the
/// entities their Components use come along (each once, before its user).
template <Entity... Es>
[[nodiscard]] json_node dtdl_interfaces(const dtdl_options& opt = {}) {
    json_node a = json_node::array();
    std::vector<std::string> seen;
    (detail::dtdl_collect<Es>(a, seen, opt), ...);
    return a;
}

}  // namespace twinspec::io
