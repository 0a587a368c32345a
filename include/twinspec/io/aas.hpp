// twinspec/io/aas.hpp — Asset Administration Shell (IDTA AAS V3.0) JSON from the declarations: a
// Submodel template and Submodel instances per entity, ConceptDescriptions with IEC 61360 data
// specifications, and an Environment with one Asset Administration Shell per object of a model.
#pragma once

/// \file
/// Mapping of a field (idShort = the field's external name; it must match `[a-zA-Z][a-zA-Z0-9_]*`,
/// checked at compile time):
///
/// | field | template Submodel | instance Submodel |
/// | --- | --- | --- |
/// | number with a range | `Range` (valueType, min, max) | `Property` with the value |
/// | number, bool, text, enum (by name), time point, duration | `Property` (`xs:` valueType) | `Property` with the value |
/// | `std::map<std::string, std::string>` (language → text) | `MultiLanguageProperty` | with the texts |
/// | other `std::map<std::string, T>` | `SubmodelElementCollection` | one element per key |
/// | nested entity | `SubmodelElementCollection` of its fields | with values |
/// | `std::vector`/`std::array` | `SubmodelElementList` (orderRelevant, typeValueListElement …) | with the elements |
/// | `ref<T>` relationship | `RelationshipElement` (first: this Submodel, second: T's) | to the target's Submodel; omitted when null |
/// | `std::vector<ref<T>>` | `SubmodelElementList` of `ReferenceElement` | one per target |
/// | command | `Operation` with the field as input variable | the same |
/// | `std::optional<T>` | as T | omitted when empty |
///
/// Every element has a `semanticId` (external reference): the field's first `semantic(…)`
/// reference (the others become `supplementalSemanticIds`), else a generated IRI
/// `<base>/cd/<Entity>/<field>`. Each such id has a ConceptDescription with an IEC 61360 data
/// specification: preferredName (display name, else the field name; en + zh), definition
/// (description, else a generated English sentence; en + zh), `unit` (the unit's symbol) and
/// `symbol` (its UCUM code), dataType (`REAL_MEASURE` when a unit is given,
/// `REAL_COUNT` otherwise, …), levelType min/max for ranges, and the enumerators as valueList.
/// Empty lists are never written (the specification forbids them).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/io/export_support.hpp>
#include <twinspec/io/json_document.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec::io {

/// Options of the AAS export.
struct aas_options {
    /// Prefix of every generated identifier (Submodels, shells, assets, concept descriptions).
    std::string_view base_iri = "https://twinspec.example/aas";
};

/// The IEC 61360 data specification template of AAS V3.0.
inline constexpr std::string_view aas_iec61360_template =
    "https://admin-shell.io/DataSpecificationTemplates/DataSpecificationIec61360/3/0";

/// True when `s` is an AAS V3.0 idShort: `^[a-zA-Z][a-zA-Z0-9_]*$`, at most 128 characters.
[[nodiscard]] constexpr bool is_aas_id_short(std::string_view s) noexcept {
    if (s.empty() || s.size() > 128) return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!alpha(s.front())) return false;
    for (char c : s)
        if (!alpha(c) && !(c >= '0' && c <= '9') && c != '_') return false;
    return true;
}

/// What an instance export returns: the document, or the first error (a JSON pointer into the
/// object and a reason).
struct aas_result {
    json_node value;
    std::string error_path;
    std::string error;
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

namespace detail {

template <class F>
inline constexpr bool field_name_is_id_short = false;
/// Instantiated only for a field whose external name is not an AAS idShort.
template <class F>
struct field_name_not_id_short {
    static_assert(field_name_is_id_short<F>,
                  "twinspec: rule broken: a field exported to AAS needs an idShort name: a letter, then letters, "
                  "digits or '_' (rename it with ts::name(\"...\"); the requirement names the field)");
    static constexpr bool value = false;
};
template <Entity E>
inline constexpr bool aas_names_ok = []<class... F>(type_list<F...>*) {
    return (std::conditional_t<is_aas_id_short(F::name), export_ok, field_name_not_id_short<F>>::value && ...);
}(static_cast<fields_t<E>*>(nullptr));

inline json_node aas_key(std::string_view type, std::string_view value) {
    json_node k = json_node::object();
    k.set("type", type);
    k.set("value", value);
    return k;
}
inline json_node external_reference(std::string_view value) {
    json_node r = json_node::object();
    r.set("type", "ExternalReference");
    json_node keys = json_node::array();
    keys.push(aas_key("GlobalReference", value));
    r.set("keys", std::move(keys));
    return r;
}
inline json_node model_reference(std::string_view type, std::string_view value) {
    json_node r = json_node::object();
    r.set("type", "ModelReference");
    json_node keys = json_node::array();
    keys.push(aas_key(type, value));
    r.set("keys", std::move(keys));
    return r;
}
inline json_node lang_strings(std::string_view en, std::string_view zh) {
    json_node a = json_node::array();
    if (!en.empty()) {
        json_node s = json_node::object();
        s.set("language", "en");
        s.set("text", en);
        a.push(std::move(s));
    }
    if (!zh.empty()) {
        json_node s = json_node::object();
        s.set("language", "zh");
        s.set("text", zh);
        a.push(std::move(s));
    }
    return a;
}

template <class V>
constexpr std::string_view xs_type() {
    if constexpr (std::is_same_v<V, bool>) return "xs:boolean";
    else if constexpr (std::is_floating_point_v<V>) return sizeof(V) <= 4 ? "xs:float" : "xs:double";
    else if constexpr (std::is_integral_v<V> && std::is_signed_v<V>) {
        if constexpr (sizeof(V) == 1) return "xs:byte";
        else if constexpr (sizeof(V) == 2) return "xs:short";
        else if constexpr (sizeof(V) == 4) return "xs:int";
        else return "xs:long";
    } else if constexpr (std::is_integral_v<V>) {
        if constexpr (sizeof(V) == 1) return "xs:unsignedByte";
        else if constexpr (sizeof(V) == 2) return "xs:unsignedShort";
        else if constexpr (sizeof(V) == 4) return "xs:unsignedInt";
        else return "xs:unsignedLong";
    } else if constexpr (is_time_point_v<V>) return "xs:dateTime";
    else if constexpr (is_duration_v<V>) return "xs:long";
    else return "xs:string";  // text, enums
}

/// Scalar shapes an AAS Property holds.
template <class V>
inline constexpr bool aas_scalar = shape_of<V>() == shape::boolean || shape_of<V>() == shape::integer ||
                                   shape_of<V>() == shape::floating || shape_of<V>() == shape::text ||
                                   shape_of<V>() == shape::enumeration || shape_of<V>() == shape::time_point ||
                                   shape_of<V>() == shape::duration;

template <class V>
inline constexpr bool is_text_map = false;
template <class C, class A>
inline constexpr bool is_text_map<std::map<std::string, std::string, C, A>> = true;

/// The semanticId (concept description id) of field `F` of entity `E`.
template <class E, class F>
std::string concept_id(const aas_options& opt) {
    if constexpr (has_annotation_v<F, semantic_category>) {
        return std::string(annotation<semantic_category, F>().refs[0]);
    } else {
        std::string s(opt.base_iri);
        s += "/cd/";
        s += entity_name_v<E>;
        s += '/';
        s += F::name;
        return s;
    }
}

template <class E, class F>
void set_semantics(json_node& n, const aas_options& opt) {
    n.set("semanticId", external_reference(concept_id<E, F>(opt)));
    if constexpr (has_annotation_v<F, semantic_category>) {
        const auto& refs = annotation<semantic_category, F>().refs;
        if (refs.size() > 1) {
            json_node sup = json_node::array();
            for (std::size_t i = 1; i < refs.size(); ++i) sup.push(external_reference(refs[i]));
            n.set("supplementalSemanticIds", std::move(sup));
        }
    }
}

template <class Set>
void aas_texts(json_node& n, const Set& set) {
    const auto disp = text_of<display_name_category>(set);
    const auto desc = text_of<description_category>(set);
    n.set_if_not_empty("displayName", lang_strings(disp.en, disp.zh));
    n.set_if_not_empty("description", lang_strings(desc.en, desc.zh));
}

/// RFC 3339 / xs:dateTime in UTC of a system-clock time point.
template <class D>
std::string date_time_text(std::chrono::time_point<std::chrono::system_clock, D> tp) {
    using namespace std::chrono;
    const auto day = floor<days>(tp);
    const year_month_day ymd{day};
    const auto since = duration_cast<nanoseconds>(tp - day);
    const auto secs = floor<seconds>(since);
    const long long ns = (since - secs).count();
    const long long s = secs.count();
    char buf[48];
    auto two = [](char* p, long long v) {
        p[0] = static_cast<char>('0' + v / 10 % 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    const int y = static_cast<int>(ymd.year());
    if (y < 0 || y > 9999) return {};
    two(buf, y / 100);
    two(buf + 2, y % 100);
    buf[4] = '-';
    two(buf + 5, static_cast<unsigned>(ymd.month()));
    buf[7] = '-';
    two(buf + 8, static_cast<unsigned>(ymd.day()));
    buf[10] = 'T';
    two(buf + 11, s / 3600);
    buf[13] = ':';
    two(buf + 14, s / 60 % 60);
    buf[16] = ':';
    two(buf + 17, s % 60);
    std::string out(buf, 19);
    if (ns != 0) {
        std::string frac = std::to_string(ns + 1000000000LL).substr(1);
        while (frac.back() == '0') frac.pop_back();
        out += '.';
        out += frac;
    }
    out += 'Z';
    return out;
}

template <class V>
std::string value_text(const V& v) {
    if constexpr (is_time_point_v<V>) return date_time_text(v);
    else if constexpr (is_duration_v<V>) return std::to_string(static_cast<long long>(v.count()));
    else if constexpr (Text<V>) return std::string(v);
    else return scalar_text(v);
}

// ---- templates ------------------------------------------------------------------------------

template <Entity E>
json_node template_elements(const aas_options& opt);

/// The template element of a value of type `V` in field `F` of entity `E`; `id_short` empty
/// inside a list.
template <class E, class F, class V>
json_node template_element(std::string_view id_short, std::string_view submodel_id, const aas_options& opt);

template <class E, class F, class V>
json_node list_element(std::string_view id_short, const aas_options& opt) {
    using T = inner_t<V>;
    json_node n = json_node::object();
    if (!id_short.empty()) n.set("idShort", id_short);
    set_semantics<E, F>(n, opt);
    n.set("orderRelevant", true);
    n.set("semanticIdListElement", external_reference(concept_id<E, F>(opt)));
    constexpr shape s = shape_of<T>();
    if constexpr (aas_scalar<T>) {
        n.set("typeValueListElement", "Property");
        n.set("valueTypeListElement", xs_type<T>());
    } else if constexpr (s == shape::reference) {
        n.set("typeValueListElement", "ReferenceElement");
    } else if constexpr (s == shape::sequence) {
        n.set("typeValueListElement", "SubmodelElementList");
    } else if constexpr (is_text_map<T>) {
        n.set("typeValueListElement", "MultiLanguageProperty");
    } else {
        n.set("typeValueListElement", "SubmodelElementCollection");  // entities, maps, optionals of them
    }
    n.set("modelType", "SubmodelElementList");
    return n;
}

template <class E, class F, class V>
json_node template_element(std::string_view id_short, std::string_view submodel_id, const aas_options& opt) {
    constexpr shape s = shape_of<V>();
    json_node n = json_node::object();
    if constexpr (s == shape::optional) {
        return template_element<E, F, inner_t<V>>(id_short, submodel_id, opt);
    } else if constexpr (s == shape::sequence) {
        return list_element<E, F, V>(id_short, opt);
    } else {
        if (!id_short.empty()) n.set("idShort", id_short);
        set_semantics<E, F>(n, opt);
        if constexpr (s == shape::integer || s == shape::floating) {
            if constexpr (has_annotation_v<F, range_category>) {
                const auto lim = limits_of<V, F>();
                n.set("valueType", xs_type<V>());
                if (lim.declared_min) n.set("min", lim.min.text());
                if (lim.declared_max) n.set("max", lim.max.text());
                n.set("modelType", "Range");
                return n;
            }
        }
        if constexpr (aas_scalar<V>) {
            n.set("valueType", xs_type<V>());
            if constexpr (has_annotation_v<F, default_category> && !is_sequence_v<typename F::value_type>) {
                n.set("value", value_text(static_cast<V>(annotation<default_category, F>().value)));
            }
            n.set("modelType", "Property");
        } else if constexpr (is_text_map<V>) {
            n.set("modelType", "MultiLanguageProperty");
        } else if constexpr (s == shape::map) {
            n.set("modelType", "SubmodelElementCollection");
        } else if constexpr (s == shape::entity) {
            n.set_if_not_empty("value", template_elements<V>(opt));
            n.set("modelType", "SubmodelElementCollection");
        } else if constexpr (s == shape::reference) {
            if (id_short.empty()) {
                n.set("modelType", "ReferenceElement");
            } else {
                n.set("first", model_reference("Submodel", submodel_id));
                std::string target(opt.base_iri);
                target += "/submodels/";
                target += entity_name_v<inner_t<V>>;
                target += "/template";
                n.set("second", model_reference("Submodel", target));
                n.set("modelType", "RelationshipElement");
            }
        }
        return n;
    }
}

template <class E, class F>
json_node field_template(std::string_view submodel_id, const aas_options& opt) {
    if constexpr (kind_of<F>() == field_kind::command) {
        json_node n = json_node::object();
        n.set("idShort", F::name);
        set_semantics<E, F>(n, opt);
        aas_texts(n, F::annotations);
        json_node var = json_node::object();
        var.set("value", template_element<E, F, typename F::value_type>(F::name, submodel_id, opt));
        json_node inputs = json_node::array();
        inputs.push(std::move(var));
        n.set("inputVariables", std::move(inputs));
        n.set("modelType", "Operation");
        return n;
    } else {
        json_node n = template_element<E, F, typename F::value_type>(F::name, submodel_id, opt);
        json_node out = json_node::object();
        // texts after idShort (aas-core accepts any order; keep it readable)
        for (std::size_t i = 0; i != n.size(); ++i) {
            out.set(n.key(i), n.at(i));
            if (n.key(i) == "idShort") aas_texts(out, F::annotations);
        }
        return out;
    }
}

template <class E>
std::string template_submodel_id(const aas_options& opt) {
    std::string s(opt.base_iri);
    s += "/submodels/";
    s += entity_name_v<E>;
    s += "/template";
    return s;
}

template <Entity E>
json_node template_elements(const aas_options& opt) {
    static_assert(aas_names_ok<E>, "twinspec: the entity cannot be exported to AAS: a field breaks the rule stated above");
    json_node a = json_node::array();
    const std::string sid = template_submodel_id<E>(opt);
    [&]<class... F>(type_list<F...>*) {
        (a.push(field_template<E, F>(sid, opt)), ...);
    }(static_cast<fields_t<E>*>(nullptr));
    return a;
}

template <class E>
json_node submodel_head(std::string_view id, bool is_template) {
    json_node n = json_node::object();
    n.set("idShort", entity_name_v<E>);
    aas_texts(n, entity_annotations_v<E>);
    n.set("id", id);
    n.set("kind", is_template ? "Template" : "Instance");
    if constexpr (!entity_id<E>().empty()) n.set("semanticId", external_reference(entity_id<E>()));
    return n;
}

// ---- concept descriptions -------------------------------------------------------------------

template <class V>
constexpr std::string_view iec61360_data_type(bool has_unit) {
    if constexpr (std::is_same_v<V, bool>) return "BOOLEAN";
    else if constexpr (Numeric<V> && std::is_integral_v<V>) return has_unit ? "INTEGER_MEASURE" : "INTEGER_COUNT";
    else if constexpr (Numeric<V>) return has_unit ? "REAL_MEASURE" : "REAL_COUNT";
    else if constexpr (is_time_point_v<V>) return "TIMESTAMP";
    else if constexpr (is_duration_v<V>) return "INTEGER_COUNT";
    else if constexpr (Text<V> || ReflectedEnum<V>) return "STRING";
    else if constexpr (is_ref_v<V>) return "IRI";
    else return "";
}

template <class E, class F>
json_node concept_description(const aas_options& opt) {
    using V = typename F::value_type;
    using T = element_t<V>;
    const std::string id = concept_id<E, F>(opt);
    json_node cd = json_node::object();
    cd.set("idShort", F::name);
    cd.set("id", id);
    json_node content = json_node::object();
    const auto disp = text_of<display_name_category>(F::annotations);
    const auto desc = text_of<description_category>(F::annotations);
    content.set("preferredName", lang_strings(disp.en.empty() ? F::name : disp.en, disp.zh));
    constexpr bool has_unit = has_annotation_v<F, unit_category>;
    if constexpr (has_unit) {
        using U = typename std::remove_cvref_t<decltype(annotation<unit_category, F>())>::unit_type;
        content.set("unit", U::symbol);
        if (!U::ucum.empty()) content.set("symbol", U::ucum);
    }
    if (const std::string_view dt = iec61360_data_type<T>(has_unit); !dt.empty()) content.set("dataType", dt);
    std::string generated;
    if (desc.en.empty()) {
        generated = "The ";
        generated += to_string(kind_of<F>());
        generated += " '";
        generated += F::name;
        generated += "' of ";
        generated += entity_name_v<E>;
        generated += '.';
    }
    content.set("definition", lang_strings(desc.en.empty() ? std::string_view(generated) : desc.en, desc.zh));
    if constexpr (Numeric<T> && has_annotation_v<F, range_category>) {
        const auto& r = annotation<range_category, F>();
        json_node level = json_node::object();
        level.set("min", r.has_min);
        level.set("nom", false);
        level.set("typ", false);
        level.set("max", r.has_max);
        content.set("levelType", std::move(level));
    }
    if constexpr (ReflectedEnum<T>) {
        json_node pairs = json_node::array();
        for (const auto& e : enum_info_v<T>.enumerators) {
            json_node p = json_node::object();
            p.set("value", e.name);
            std::string vid = id;
            vid += '/';
            vid += e.name;
            p.set("valueId", external_reference(vid));
            pairs.push(std::move(p));
        }
        json_node list = json_node::object();
        list.set("valueReferencePairs", std::move(pairs));
        content.set("valueList", std::move(list));
    }
    content.set("modelType", "DataSpecificationIec61360");
    json_node eds = json_node::object();
    eds.set("dataSpecification", external_reference(aas_iec61360_template));
    eds.set("dataSpecificationContent", std::move(content));
    json_node list = json_node::array();
    list.push(std::move(eds));
    cd.set("embeddedDataSpecifications", std::move(list));
    if constexpr (has_annotation_v<F, semantic_category>) {
        const auto& refs = annotation<semantic_category, F>().refs;
        if (refs.size() > 1) {
            json_node cases = json_node::array();
            for (std::size_t i = 1; i < refs.size(); ++i) cases.push(external_reference(refs[i]));
            cd.set("isCaseOf", std::move(cases));
        }
    }
    cd.set("modelType", "ConceptDescription");
    return cd;
}

/// Appends the concept descriptions of `E`'s fields and of the entities nested in it (each id once).
template <Entity E>
void collect_concepts(json_node& out, std::vector<std::string>& seen, std::vector<std::string_view>& entities,
                      const aas_options& opt) {
    for (auto e : entities)
        if (e == entity_name_v<E>) return;
    entities.push_back(entity_name_v<E>);
    [&]<class... F>(type_list<F...>*) {
        ([&] {
            std::string id = concept_id<E, F>(opt);
            bool known = false;
            for (const auto& s : seen) known = known || s == id;
            if (!known) {
                seen.push_back(id);
                out.push(concept_description<E, F>(opt));
            }
            using T = element_t<typename F::value_type>;
            if constexpr (Entity<T>) collect_concepts<T>(out, seen, entities, opt);
        }(), ...);
    }(static_cast<fields_t<E>*>(nullptr));
}

// ---- instances ------------------------------------------------------------------------------

template <class Model>
struct instance_context {
    const Model* model;
    const aas_options* opt;
    std::string error_path;
    std::string error;
    bool fail(std::string path, std::string why) {
        if (error.empty()) {
            error_path = std::move(path);
            error = std::move(why);
        }
        return false;
    }
};

template <class T>
std::string instance_submodel_id(std::string_view external_id, const aas_options& opt) {
    std::string s(opt.base_iri);
    s += "/submodels/";
    s += entity_name_v<T>;
    s += '/';
    s += external_id;
    return s;
}

template <Entity E, class Ctx>
bool instance_elements(const E& obj, json_node& out, std::string_view submodel_id, const std::string& at, Ctx& ctx);

/// The instance element of value `v` (type `V`) of field `F` of `E`; false (and `ctx` holds why)
/// on failure; `n` stays null when there is nothing to write (empty optional, null handle).
template <class E, class F, class V, class Ctx>
bool instance_element(const V& v, std::string_view id_short, std::string_view submodel_id, const std::string& at,
                      Ctx& ctx, json_node& n) {
    constexpr shape s = shape_of<V>();
    const aas_options& opt = *ctx.opt;
    if constexpr (s == shape::optional) {
        if (!v.has_value()) return true;
        return instance_element<E, F, inner_t<V>>(*v, id_short, submodel_id, at, ctx, n);
    } else if constexpr (s == shape::sequence) {
        n = list_element<E, F, V>(id_short, opt);
        json_node values = json_node::array();
        std::size_t i = 0;
        for (const auto& e : v) {
            json_node child;
            if (!instance_element<E, F, inner_t<V>>(e, {}, submodel_id, at + "/" + std::to_string(i), ctx, child))
                return false;
            if (child.is_null()) return ctx.fail(at + "/" + std::to_string(i), "a list element is empty (null handle or empty optional); AAS lists cannot hold gaps");
            values.push(std::move(child));
            ++i;
        }
        // keep modelType last
        n.set_if_not_empty("value", std::move(values));
        json_node out = json_node::object();
        for (std::size_t k = 0; k != n.size(); ++k)
            if (n.key(k) != "modelType") out.set(n.key(k), n.at(k));
        out.set("modelType", "SubmodelElementList");
        n = std::move(out);
        return true;
    } else {
        n = json_node::object();
        if (!id_short.empty()) n.set("idShort", id_short);
        if (!id_short.empty()) set_semantics<E, F>(n, opt);
        if constexpr (aas_scalar<V>) {
            if constexpr (std::is_floating_point_v<V>) {
                if (!(v - v == V(0))) return ctx.fail(at, "not a finite number (xs:double/xs:float in AAS hold no NaN or infinity here)");
            }
            if constexpr (ReflectedEnum<V>) {
                if (enum_to_string(v).empty()) return ctx.fail(at, "not a declared value of enum " + std::string(enum_name_v<V>));
            }
            if constexpr (is_time_point_v<V>) {
                if (date_time_text(v).empty()) return ctx.fail(at, "the time point's year is outside 0000..9999");
            }
            n.set("valueType", xs_type<V>());
            n.set("value", value_text(v));
            n.set("modelType", "Property");
        } else if constexpr (is_text_map<V>) {
            json_node texts = json_node::array();
            for (const auto& [lang, text] : v) {
                json_node t = json_node::object();
                t.set("language", lang);
                t.set("text", text);
                texts.push(std::move(t));
            }
            n.set_if_not_empty("value", std::move(texts));
            n.set("modelType", "MultiLanguageProperty");
        } else if constexpr (s == shape::map) {
            json_node values = json_node::array();
            for (const auto& [key, value] : v) {
                if (!is_aas_id_short(key)) return ctx.fail(at + "/" + key, "the map key is not an AAS idShort ([a-zA-Z][a-zA-Z0-9_]*)");
                json_node child;
                if (!instance_element<E, F, inner_t<V>>(value, key, submodel_id, at + "/" + key, ctx, child)) return false;
                if (!child.is_null()) values.push(std::move(child));
            }
            n.set_if_not_empty("value", std::move(values));
            n.set("modelType", "SubmodelElementCollection");
        } else if constexpr (s == shape::entity) {
            json_node values = json_node::array();
            if (!instance_elements(v, values, submodel_id, at, ctx)) return false;
            n.set_if_not_empty("value", std::move(values));
            n.set("modelType", "SubmodelElementCollection");
        } else if constexpr (s == shape::reference) {
            using T = inner_t<V>;
            if (v.is_null()) {
                if (id_short.empty()) return ctx.fail(at, "a null handle in a list of references");
                n = json_node();
                return true;
            }
            const std::string_view id = ctx.model->id_of(v);
            if (id.empty()) {
                return ctx.fail(at, ctx.model->contains(v) ? "the referenced object has no external id"
                                                           : "dangling reference (the target is gone or stale)");
            }
            const std::string target = instance_submodel_id<T>(id, opt);
            if (id_short.empty()) {
                n.set("value", model_reference("Submodel", target));
                n.set("modelType", "ReferenceElement");
            } else {
                n.set("first", model_reference("Submodel", submodel_id));
                n.set("second", model_reference("Submodel", target));
                n.set("modelType", "RelationshipElement");
            }
        }
        return true;
    }
}

template <Entity E, class Ctx>
bool instance_elements(const E& obj, json_node& out, std::string_view submodel_id, const std::string& at, Ctx& ctx) {
    static_assert(aas_names_ok<E>, "twinspec: the entity cannot be exported to AAS: a field breaks the rule stated above");
    return [&]<class... F>(type_list<F...>*) {
        return ([&] {
            const std::string p = at + "/" + std::string(F::name);
            if constexpr (kind_of<F>() == field_kind::command) {
                out.push(field_template<E, F>(submodel_id, *ctx.opt));
                return true;
            } else {
                json_node n;
                if (!instance_element<E, F, typename F::value_type>(obj.*F::pointer, F::name, submodel_id, p, ctx, n))
                    return false;
                if (!n.is_null()) out.push(std::move(n));
                return true;
            }
        }() && ...);
    }(static_cast<fields_t<E>*>(nullptr));
}

}  // namespace detail

/// The Submodel template of entity `E` (`kind: Template`): its fields as Range / Property /
/// MultiLanguageProperty / SubmodelElementCollection / SubmodelElementList / RelationshipElement /
/// Operation elements, with semanticIds.
template <Entity E>
[[nodiscard]] json_node aas_submodel_template(const aas_options& opt = {}) {
    static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
    json_node n = detail::submodel_head<E>(detail::template_submodel_id<E>(opt), true);
    n.set_if_not_empty("submodelElements", detail::template_elements<E>(opt));
    n.set("modelType", "Submodel");
    return n;
}

/// The ConceptDescriptions (IEC 61360) of the fields of `Es…` and of the entities nested in them.
template <Entity... Es>
[[nodiscard]] json_node aas_concept_descriptions(const aas_options& opt = {}) {
    json_node a = json_node::array();
    std::vector<std::string> seen;
    std::vector<std::string_view> entities;
    (detail::collect_concepts<Es>(a, seen, entities, opt), ...);
    return a;
}

/// The Submodel instance (`kind: Instance`) of object `obj` with external id `external_id`
/// (a model resolves its `ref<T>` members to the targets' Submodels); or the first error.
template <Entity E, class Model>
    requires requires { typename Model::entity_types; }
[[nodiscard]] aas_result aas_submodel_instance(const E& obj, std::string_view external_id, const Model& model,
                                               const aas_options& opt = {}) {
    static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
    detail::instance_context<Model> ctx{&model, &opt, {}, {}};
    const std::string id = detail::instance_submodel_id<E>(external_id, opt);
    json_node n = detail::submodel_head<E>(id, false);
    json_node elements = json_node::array();
    aas_result r;
    if (!detail::instance_elements(obj, elements, id, std::string{}, ctx)) {
        r.error_path = std::move(ctx.error_path);
        r.error = std::move(ctx.error);
        return r;
    }
    n.set_if_not_empty("submodelElements", std::move(elements));
    n.set("modelType", "Submodel");
    r.value = std::move(n);
    return r;
}

/// An Environment with the Submodel templates and ConceptDescriptions of `Es…` (no shells: a
/// shell stands for an asset, and templates describe none).
template <Entity... Es>
[[nodiscard]] json_node aas_template_environment(const aas_options& opt = {}) {
    json_node env = json_node::object();
    json_node submodels = json_node::array();
    (submodels.push(aas_submodel_template<Es>(opt)), ...);
    env.set_if_not_empty("submodels", std::move(submodels));
    env.set_if_not_empty("conceptDescriptions", aas_concept_descriptions<Es...>(opt));
    return env;
}

/// An Environment for a whole model: one Asset Administration Shell per live object (each object
/// of the model is a physical entity; its asset id and its shell's id come from its external id,
/// or `<Entity>_<slot>` without one), the shell's Submodel instance, the Submodel templates of
/// every entity type, and the ConceptDescriptions. The first error stops it.
template <class Model>
    requires requires { typename Model::entity_types; }
[[nodiscard]] aas_result aas_environment(const Model& model, const aas_options& opt = {}) {
    aas_result r;
    json_node shells = json_node::array();
    json_node submodels = json_node::array();
    json_node concepts;
    [&]<class... Es>(type_list<Es...>*) {
        (submodels.push(aas_submodel_template<Es>(opt)), ...);
        concepts = aas_concept_descriptions<Es...>(opt);
        auto one_type = [&]<class T>(T*) {
            model.template for_each<T>([&](ref<T> h, const T& obj) {
                if (!r.ok()) return;
                std::string ext(model.id_of(h));
                if (ext.empty()) ext = std::string(entity_name_v<T>) + "_" + std::to_string(h.index());
                aas_result sm = aas_submodel_instance(obj, ext, model, opt);
                if (!sm.ok()) {
                    r.error_path = "/" + std::string(entity_name_v<T>) + "/" + ext + sm.error_path;
                    r.error = std::move(sm.error);
                    return;
                }
                const std::string sm_id = sm.value["id"].text();
                json_node shell = json_node::object();
                std::string id_short = std::string(entity_name_v<T>) + "_" + ext;
                for (char& c : id_short)
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) c = '_';
                shell.set("idShort", id_short);
                std::string shell_id(opt.base_iri);
                shell_id += "/shells/";
                shell_id += entity_name_v<T>;
                shell_id += '/';
                shell_id += ext;
                shell.set("id", shell_id);
                json_node asset = json_node::object();
                asset.set("assetKind", "Instance");
                std::string asset_id(opt.base_iri);
                asset_id += "/assets/";
                asset_id += entity_name_v<T>;
                asset_id += '/';
                asset_id += ext;
                asset.set("globalAssetId", asset_id);
                if constexpr (!entity_id<T>().empty()) asset.set("assetType", entity_id<T>());
                shell.set("assetInformation", std::move(asset));
                json_node refs = json_node::array();
                refs.push(detail::model_reference("Submodel", sm_id));
                shell.set("submodels", std::move(refs));
                shell.set("modelType", "AssetAdministrationShell");
                shells.push(std::move(shell));
                submodels.push(std::move(sm.value));
            });
        };
        (one_type(static_cast<Es*>(nullptr)), ...);
    }(static_cast<typename Model::entity_types*>(nullptr));
    if (!r.ok()) return r;
    json_node env = json_node::object();
    env.set_if_not_empty("assetAdministrationShells", std::move(shells));
    env.set_if_not_empty("submodels", std::move(submodels));
    env.set_if_not_empty("conceptDescriptions", std::move(concepts));
    r.value = std::move(env);
    return r;
}

}  // namespace twinspec::io
