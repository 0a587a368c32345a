// twinspec/io/json_schema.hpp — JSON Schema (draft 2020-12) of an entity and of a whole model,
// derived from the declarations: `$defs`/`$ref`, ranges, enums, required, string and item limits,
// units, semantics and descriptions as annotations.
#pragma once

/// \file
/// `ts::io::json_schema<Cell>()` returns the schema of the JSON instances `io/json_write.hpp`
/// writes for `Cell` (as a `json_node`; `.dump()` for the text). Mapping:
///
/// | declaration | schema |
/// | --- | --- |
/// | integer member | `"type": "integer"`, `minimum`/`maximum`: the range, else the type's limits |
/// | floating-point member | `"type": "number"`, `minimum`/`maximum` from the range |
/// | `std::string` | `"type": "string"`, `minLength`/`maxLength` (code points), `pattern` |
/// | reflected enum | `"$ref": "#/$defs/<Enum>"` → `{"type": "string", "enum": [names…]}` |
/// | nested entity | `"$ref": "#/$defs/<Entity>"` |
/// | `std::vector`/`std::array` | `"type": "array"`, `items`, `minItems`/`maxItems` (`items(…)`, array size) |
/// | `std::map<std::string, T>` | `"type": "object"`, `additionalProperties`: T |
/// | `std::optional<T>` | T, not required (or `anyOf` T / null with `null_for_empty_optional`) |
/// | `ref<T>` | `"type": ["string", "null"]` (the target's external id; null handle: null), `x-target` |
/// | time point / duration | `"type": "string", "format": "date-time"` / `"type": "integer"` |
/// | `one_of(…)` | `enum`; `default_value(v)` → `default` |
/// | `description`/`display_name` | `description`/`title` (English), `x-zh` {title, description} |
/// | `unit<U>` | `x-unit` {symbol, ucum, dtdl, quantityKind} |
/// | `semantic(…)`, kind, writable, DTMI | `x-semantic`, `x-kind`, `x-writable`, `x-dtmi` |
///
/// Every entity object is closed (`"unevaluatedProperties": false` where it is used) and lists its
/// required members (see `field_required`). The `x-` keywords are annotations: validators ignore them once declared
/// (Ajv: `ajv.addVocabulary([...])`).

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/units/kinds.hpp>
#include <twinspec/io/export_support.hpp>
#include <twinspec/io/json_document.hpp>
#include <twinspec/io/schema_keywords.hpp>

namespace twinspec::io {

/// Options of the JSON Schema export.
struct json_schema_options {
    /// `$id` of an entity schema: `<base_uri><Entity>.schema.json`.
    std::string_view base_uri = "urn:twinspec:schema:";
    /// Accept `null` for empty optionals (match `json_write_options::null_for_empty_optional`).
    bool null_for_empty_optional = false;
};

/// The `x-` annotation keywords the export uses (declare them to a strict validator).
inline constexpr std::string_view json_schema_vocabulary[] = {"x-unit", "x-zh", "x-semantic", "x-kind",
                                                              "x-writable", "x-dtmi", "x-target", "x-entity"};

namespace detail {

inline void set_texts(json_node& node, std::string_view title_en, std::string_view title_zh, std::string_view desc_en,
                      std::string_view desc_zh) {
    if (!title_en.empty()) node.set("title", title_en);
    if (!desc_en.empty()) node.set("description", desc_en);
    if (!title_zh.empty() || !desc_zh.empty()) {
        json_node zh = json_node::object();
        if (!title_zh.empty()) zh.set("title", title_zh);
        if (!desc_zh.empty()) zh.set("description", desc_zh);
        node.set("x-zh", std::move(zh));
    }
}

template <class Unit>
json_node unit_json() {
    json_node u = json_node::object();
    u.set("symbol", Unit::symbol);
    if (!Unit::ucum.empty()) u.set("ucum", Unit::ucum);
    if (!Unit::dtdl.empty()) u.set("dtdl", Unit::dtdl);
    u.set("quantityKind", Unit::kind::name);
    return u;
}

template <Entity E>
void entity_schema_def(json_node& defs, const json_schema_options& opt);

template <ReflectedEnum V>
void enum_schema_def(json_node& defs) {
    if (defs.contains(enum_name_v<V>)) return;
    json_node e = json_node::object();
    e.set("type", "string");
    json_node names = json_node::array();
    for (const auto& en : enum_info_v<V>.enumerators) names.push(json_node::string(en.name));
    e.set("enum", std::move(names));
    defs.set(enum_name_v<V>, std::move(e));
}

inline json_node ref_to(std::string_view def) {
    json_node r = json_node::object();
    std::string target = "#/$defs/";
    target += def;
    r.set("$ref", target);
    return r;
}

/// The schema of a value of type `V` in field `F`; `Outer` is true for the field's own layer
/// (where `items(…)` applies).
template <class V, class F, bool Outer>
json_node value_schema(json_node& defs, const json_schema_options& opt) {
    constexpr shape s = shape_of<V>();
    json_node n = json_node::object();
    if constexpr (s == shape::optional) {
        json_node inner = value_schema<inner_t<V>, F, Outer>(defs, opt);
        if (!opt.null_for_empty_optional) return inner;
        json_node any = json_node::array();
        any.push(std::move(inner));
        json_node null_type = json_node::object();
        null_type.set("type", "null");
        any.push(std::move(null_type));
        n.set("anyOf", std::move(any));
        return n;
    } else if constexpr (s == shape::sequence) {
        n.set("type", "array");
        n.set("items", value_schema<inner_t<V>, F, false>(defs, opt));
        item_limits<V, F, Outer>(n);
        return n;
    } else if constexpr (s == shape::map) {
        n.set("type", "object");
        n.set("additionalProperties", value_schema<inner_t<V>, F, false>(defs, opt));
        return n;
    } else if constexpr (s == shape::entity) {
        entity_schema_def<V>(defs, opt);
        n = ref_to(entity_name_v<V>);
        n.set("type", "object");
        n.set("unevaluatedProperties", false);
        return n;
    } else if constexpr (s == shape::enumeration) {
        enum_schema_def<V>(defs);
        n = ref_to(enum_name_v<V>);
    } else if constexpr (s == shape::reference) {
        // The instance writer writes a null handle as null; an element of a list must be an id.
        if constexpr (Outer) {
            json_node types = json_node::array();
            types.push(json_node::string("string"));
            types.push(json_node::string("null"));
            n.set("type", std::move(types));
        } else {
            n.set("type", "string");
        }
        n.set("minLength", json_node::number(1));
        n.set("x-target", entity_name_v<inner_t<V>>);
        return n;
    } else if constexpr (s == shape::time_point) {
        schema_keywords<V, F>(n);
        return n;
    } else if constexpr (s == shape::duration) {
        n.set("type", "integer");
        return n;
    } else if constexpr (has_schema_keywords_v<V>) {
        schema_keywords<V, F>(n);
        if constexpr (has_number_unit_v<V, F>) n.set("x-unit", unit_json<field_unit_t<F>>());
    } else {
        static_assert(field_type_describable<F, V>,
                      "twinspec: rule broken: a field's type has no JSON Schema (supported: bool, numbers, std::string, "
                      "reflected enums, entities, std::optional, std::vector, std::array, std::map<std::string, T>, "
                      "ts::ref<T>, std::chrono time points and durations; the requirement names the field and the type)");
    }
    if constexpr (has_annotation_v<F, allowed_category>) {
        json_node values = json_node::array();
        for (const auto& v : annotation<allowed_category, F>().values) values.push(scalar_json(v));
        n.set("enum", std::move(values));
    }
    return n;
}

/// The schema of field `F` (value schema plus the field's own annotations).
template <class F>
json_node field_schema(json_node& defs, const json_schema_options& opt) {
    json_node n = value_schema<typename F::value_type, F, true>(defs, opt);
    const auto title = text_of<display_name_category>(F::annotations);
    const auto desc = text_of<description_category>(F::annotations);
    set_texts(n, title.en, title.zh, desc.en, desc.zh);
    if constexpr (has_annotation_v<F, default_category>) n.set("default", scalar_json(annotation<default_category, F>().value));
    n.set("x-kind", to_string(kind_of<F>()));
    if constexpr (has_annotation_v<F, writable_category>) n.set("x-writable", true);
    if constexpr (has_annotation_v<F, semantic_category>) {
        json_node refs = json_node::array();
        for (std::string_view r : annotation<semantic_category, F>().refs) refs.push(json_node::string(r));
        n.set("x-semantic", std::move(refs));
    }
    return n;
}

/// The object schema of entity `E` (without `$schema`/`$id`/`$defs`). It is open: each place
/// that uses it closes it with `"unevaluatedProperties": false`, so that a model document can
/// add `$id` to the same object.
template <Entity E>
json_node entity_object_schema(json_node& defs, const json_schema_options& opt) {
    static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
    json_node n = json_node::object();
    n.set("title", entity_name_v<E>);
    const auto desc = text_of<description_category>(entity_annotations_v<E>);
    const auto disp = text_of<display_name_category>(entity_annotations_v<E>);
    if (!desc.en.empty()) n.set("description", desc.en);
    if (!desc.zh.empty() || !disp.zh.empty()) {
        json_node zh = json_node::object();
        if (!disp.zh.empty()) zh.set("title", disp.zh);
        if (!desc.zh.empty()) zh.set("description", desc.zh);
        n.set("x-zh", std::move(zh));
    }
    if constexpr (!entity_id<E>().empty()) n.set("x-dtmi", entity_id<E>());
    n.set("type", "object");
    json_node props = json_node::object();
    json_node required = json_node::array();
    [&]<class... F>(type_list<F...>*) {
        ((props.set(F::name, field_schema<F>(defs, opt)),
          field_required<F>() ? (void)required.push(json_node::string(F::name)) : (void)0),
         ...);
    }(static_cast<fields_t<E>*>(nullptr));
    n.set("properties", std::move(props));
    if (!required.empty()) n.set("required", std::move(required));
    return n;
}

template <Entity E>
void entity_schema_def(json_node& defs, const json_schema_options& opt) {
    if (defs.contains(entity_name_v<E>)) return;
    defs.set(entity_name_v<E>, json_node::object());  // placeholder: stops recursion through E
    json_node body = entity_object_schema<E>(defs, opt);
    defs.set(entity_name_v<E>, std::move(body));
}

inline json_node schema_root(std::string_view id) {
    json_node root = json_node::object();
    root.set("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("$id", id);
    return root;
}

}  // namespace detail

/// The draft 2020-12 schema of entity `E`'s JSON instances. Nested entities and enums are in
/// `$defs`, referenced with `$ref`.
template <Entity E>
[[nodiscard]] json_node json_schema(const json_schema_options& opt = {}) {
    json_node defs = json_node::object();
    json_node body = detail::entity_object_schema<E>(defs, opt);
    std::string id(opt.base_uri);
    id += entity_name_v<E>;
    id += ".schema.json";
    json_node root = detail::schema_root(id);
    for (std::size_t i = 0; i != body.size(); ++i) root.set(body.key(i), body.at(i));
    root.set("unevaluatedProperties", false);
    if (!defs.empty()) root.set("$defs", std::move(defs));
    return root;
}

/// The schema of a whole model's JSON document as `write_model_json` writes it: an object with
/// one member per entity type (its name), an array of that type's objects, each optionally with
/// its external id as `"$id"`; every entity in `$defs`.
template <Entity... Es>
[[nodiscard]] json_node json_schema_model(std::string_view model_name, const json_schema_options& opt = {}) {
    json_node defs = json_node::object();
    (detail::entity_schema_def<Es>(defs, opt), ...);
    std::string id(opt.base_uri);
    id += model_name;
    id += ".schema.json";
    json_node root = detail::schema_root(id);
    root.set("title", model_name);
    root.set("type", "object");
    json_node props = json_node::object();
    json_node required = json_node::array();
    auto member = [&]<class E>(E*) {
        json_node item = detail::ref_to(entity_name_v<E>);
        item.set("type", "object");
        json_node ip = json_node::object();
        json_node idn = json_node::object();
        idn.set("type", "string");
        idn.set("minLength", json_node::number(1));
        ip.set("$id", std::move(idn));
        item.set("properties", std::move(ip));
        item.set("unevaluatedProperties", false);
        json_node arr = json_node::object();
        arr.set("type", "array");
        arr.set("items", std::move(item));
        props.set(entity_name_v<E>, std::move(arr));
        required.push(json_node::string(entity_name_v<E>));
    };
    (member(static_cast<Es*>(nullptr)), ...);
    root.set("properties", std::move(props));
    root.set("required", std::move(required));
    root.set("additionalProperties", false);
    root.set("$defs", std::move(defs));
    return root;
}

/// `json_schema_model` for a `model<Es…>` type.
template <class Model>
    requires requires { typename Model::entity_types; }
[[nodiscard]] json_node json_schema_model_for(std::string_view model_name, const json_schema_options& opt = {}) {
    return []<class... Es>(type_list<Es...>*, std::string_view n, const json_schema_options& o) {
        return json_schema_model<Es...>(n, o);
    }(static_cast<typename Model::entity_types*>(nullptr), model_name, opt);
}

}  // namespace twinspec::io
