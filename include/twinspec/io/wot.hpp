// twinspec/io/wot.hpp — W3C Web of Things Thing Description 1.1 of an entity (or of a
// physical-entity role): properties with their data schemas and forms, actions for commands and
// decision points, English/Chinese titles and descriptions, a configurable security scheme.
#pragma once

/// \file
/// `ts::io::wot_thing<Cell>()` is the TD 1.1 of entity `Cell` (a `wot_result` whose `value` is
/// a `json_node`); `wot_thing<CellPE>()` the TD of a `physical_entity<Cell, …>` role, whose
/// decision points become actions with typed `input`/`output`; `wot_things<Es…>()` an array of
/// TDs. Mapping of a field by its kind:
///
/// | field | TD |
/// | --- | --- |
/// | property (`writable` or not), relationship, component | property: `readOnly` unless `ts::writable`; ops `readproperty` (+ `writeproperty`) |
/// | telemetry | property, `readOnly`, `observable`; ops `readproperty`, `observeproperty`, `unobserveproperty` |
/// | command | action: `input` = the field's schema; op `invokeaction` |
/// | role: `decision<"n", Req, Resp>` | action `n`: `input` = Req's object schema, `output` = Resp's |
///
/// Telemetry is an *observable property*, not an event: TD 1.1 (§5.3.2.1) describes a value a
/// Consumer reads and is notified of on change as an observable property; events are for
/// occurrences (alarms) whose data is not a state of the Thing.
///
/// Data schemas: integers `integer` (`minimum`/`maximum` = the range, else the type's limits),
/// floating point `number` (from the range), `std::string` `string` (`minLength`/`maxLength`,
/// `pattern`), enums `string` + `enum` (names), nested entities `object` + `properties` +
/// `required`, `std::vector`/`std::array` `array` + `items` + `minItems`/`maxItems`, time points
/// `string` + `format: date-time`, durations `integer` (the count, `unit` = its period's symbol),
/// `ref<T>` a `string` (the target's external id; `oneOf` with `null` for a single handle),
/// `std::map<std::string, T>` `object` with empty `properties` (TD has no `additionalProperties`),
/// `std::optional<T>` T, absent from `required`. `unit<U>` → `unit` (U's symbol), `one_of(…)` →
/// `enum`, `default_value(v)` → `default`.
///
/// The TD's `id` is `<id_prefix><Entity>` (a URN: the prefix is checked, a bad one is an error
/// value with the path `/id`); its `base` is `<base><Entity>/` and every form's `href` is
/// relative to it (`properties/<name>`, `actions/<name>`); names are percent-encoded there
/// (bytes outside RFC 3986 `unreserved`). With `explicit_defaults` (the default)
/// the TD states every default term of TD 1.1 §5.4 (`readOnly`, `writeOnly`, `observable`,
/// `contentType`, `op`, `safe`, `idempotent`), as the playground's "defaults" check asks.

#include <array>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <ratio>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/io/export_support.hpp>
#include <twinspec/io/json_document.hpp>
#include <twinspec/io/schema_keywords.hpp>
#include <twinspec/twin/physical.hpp>

namespace twinspec::io {

/// Options of the WoT Thing Description export.
struct wot_options {
    /// The TD `id` is this prefix followed by the entity name; it must be a URN prefix:
    /// `urn:<NID>:` then URN characters (letters, digits, `-._~!$&'()*+,;=:@/`, `%HH`).
    std::string_view id_prefix = "urn:twinspec:thing:";
    /// The TD `base` is this absolute URI followed by `<Entity>/`; it must end with `/`.
    std::string_view base = "http://localhost:8080/things/";
    /// The name of the one security definition, and its scheme: `nosec`, `basic`, `digest`,
    /// `bearer` or `apikey` (credentials in the header; `bearer`: a JWT, ES256).
    std::string_view security_name = "nosec_sc";
    std::string_view security_scheme = "nosec";
    /// Write the TD 1.1 §5.4 default values explicitly (`readOnly: false`, `contentType` …).
    bool explicit_defaults = true;
};

/// The TD context URI of TD 1.1.
inline constexpr std::string_view wot_td_context = "https://www.w3.org/2022/wot/td/v1.1";

/// A TD (or an array of TDs), or why none could be made (`error_path` names the option or
/// member, e.g. `/id`, `error` the rule).
struct wot_result {
    json_node value;
    std::string error_path;
    std::string error;
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

/// True when `s` is a URN prefix the TD id can start with: `urn:` + a NID (2–32 letters, digits
/// or `-`, not starting or ending with `-`) + `:` + URN characters or `%HH` escapes.
[[nodiscard]] constexpr bool is_urn_prefix(std::string_view s) noexcept {
    if (s.size() < 4) return false;
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(s[0]) != 'u' || lower(s[1]) != 'r' || lower(s[2]) != 'n' || s[3] != ':') return false;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    std::size_t i = 4;
    const std::size_t nid = i;
    while (i < s.size() && (alnum(s[i]) || s[i] == '-')) ++i;
    const std::size_t len = i - nid;
    if (len < 2 || len > 32 || s[nid] == '-' || s[i - 1] == '-' || i == s.size() || s[i] != ':') return false;
    for (++i; i < s.size(); ++i) {
        const char c = s[i];
        if (alnum(c) || std::string_view("-._~!$&'()*+,;=:@/").find(c) != std::string_view::npos) continue;
        if (c == '%' && i + 2 < s.size() && hex(s[i + 1]) && hex(s[i + 2])) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

/// True when `s` is an absolute URI the TD base can be: a scheme, `:`, then printable ASCII
/// without spaces or `"<>\^`{|}`, ending with `/`.
[[nodiscard]] constexpr bool is_wot_base(std::string_view s) noexcept {
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (s.empty() || !alpha(s[0]) || s.back() != '/') return false;
    std::size_t i = 1;
    while (i < s.size() && (alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
    if (i == s.size() || s[i] != ':' || i + 1 == s.size()) return false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c <= ' ' || c >= 0x7f || std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos) return false;
    }
    return true;
}

namespace detail {

/// The entity a TD describes: `T` itself, or a role's entity.
template <class T>
struct wot_subject {
    using entity = T;
    using decisions = type_list<>;
};
template <class E, class... P>
struct wot_subject<physical_entity<E, P...>> {
    using entity = E;
    using decisions = typename physical_entity<E, P...>::decision_points;
};

template <class T>
inline constexpr bool wot_describable = Entity<T> || PhysicalRole<T>;

/// `s` with every byte outside RFC 3986 `unreserved` as `%HH` (an href path segment).
inline std::string uri_segment(std::string_view s) {
    constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(digits[c >> 4]);
            out.push_back(digits[c & 0xF]);
        }
    }
    return out;
}

/// `title`/`titles` and `description`/`descriptions` from a set's annotations. The language maps
/// are written only with both English and Chinese, so every map of a TD has the same languages
/// (the playground's multi-language consistency check); the plain term is the English text.
template <class Set>
void wot_texts(json_node& n, const Set& set, std::string_view fallback_title = {}) {
    const auto disp = text_of<display_name_category>(set);
    const auto desc = text_of<description_category>(set);
    auto put = [&n](std::string_view one, std::string_view many, std::string_view en, std::string_view zh) {
        if (en.empty()) return;
        n.set(one, en);
        if (!zh.empty()) {
            json_node m = json_node::object();
            m.set("en", en);
            m.set("zh", zh);
            n.set(many, std::move(m));
        }
    };
    if (disp.en.empty() && !fallback_title.empty()) n.set("title", fallback_title);
    put("title", "titles", disp.en, disp.zh);
    put("description", "descriptions", desc.en, desc.zh);
}

inline void wot_rw(json_node& n, bool read_only, const wot_options& opt) {
    if (read_only) n.set("readOnly", true);
    else if (opt.explicit_defaults) n.set("readOnly", false);
    if (opt.explicit_defaults) n.set("writeOnly", false);
}

template <class Period>
constexpr std::string_view duration_unit_symbol() {
    if constexpr (std::is_same_v<Period, std::nano>) return "ns";
    else if constexpr (std::is_same_v<Period, std::micro>) return "us";
    else if constexpr (std::is_same_v<Period, std::milli>) return "ms";
    else if constexpr (std::is_same_v<Period, std::ratio<1>>) return "s";
    else if constexpr (std::is_same_v<Period, std::ratio<60>>) return "min";
    else if constexpr (std::is_same_v<Period, std::ratio<3600>>) return "h";
    else return {};
}

template <Entity E>
json_node wot_object_schema(const wot_options& opt);

/// The TD data schema of a value of type `V` in field `F`; `Outer` for the field's own layer
/// (where `items(…)`, `one_of`, `default_value` apply).
template <class V, class F, bool Outer>
json_node wot_schema(const wot_options& opt) {
    constexpr shape s = shape_of<V>();
    constexpr bool scalar = s == shape::boolean || s == shape::integer || s == shape::floating || s == shape::text ||
                            s == shape::enumeration;
    json_node n = json_node::object();
    if constexpr (s == shape::optional) {
        return wot_schema<inner_t<V>, F, Outer>(opt);
    } else if constexpr (s == shape::entity) {
        return wot_object_schema<V>(opt);
    } else if constexpr (s == shape::sequence) {
        n.set("type", "array");
        n.set("items", wot_schema<inner_t<V>, F, false>(opt));
        item_limits<V, F, Outer>(n);
    } else if constexpr (s == shape::map) {
        n.set("type", "object");
        n.set("properties", json_node::object());
    } else if constexpr (s == shape::reference) {
        json_node str = json_node::object();
        str.set("type", "string");
        str.set("minLength", json_node::number(1));
        if constexpr (Outer) {
            // the instance writer writes a null handle as null
            wot_rw(str, false, opt);
            json_node null_type = json_node::object();
            null_type.set("type", "null");
            wot_rw(null_type, false, opt);
            json_node any = json_node::array();
            any.push(std::move(str));
            any.push(std::move(null_type));
            n.set("oneOf", std::move(any));
        } else {
            n = std::move(str);
        }
    } else if constexpr (s == shape::enumeration) {
        n.set("type", "string");
        json_node names = json_node::array();
        for (const auto& e : enum_info_v<V>.enumerators) names.push(json_node::string(e.name));
        n.set("enum", std::move(names));
    } else if constexpr (s == shape::duration) {
        n.set("type", "integer");
        constexpr std::string_view u = duration_unit_symbol<typename V::period>();
        if constexpr (!u.empty()) n.set("unit", u);
    } else if constexpr (has_schema_keywords_v<V>) {
        schema_keywords<V, F>(n);
        if constexpr (has_number_unit_v<V, F>) n.set("unit", field_unit_t<F>::symbol);
    } else {
        static_assert(field_type_describable<F, V>,
                      "twinspec: rule broken: a field's type has no WoT data schema (supported: bool, numbers, std::string, "
                      "reflected enums, entities, std::optional, std::vector, std::array, std::map<std::string, T>, "
                      "ts::ref<T>, std::chrono time points and durations; the requirement names the field and the type)");
    }
    if constexpr (has_annotation_v<F, allowed_category> && scalar) {
        json_node values = json_node::array();
        for (const auto& v : annotation<allowed_category, F>().values) values.push(scalar_json(v));
        n.set("enum", std::move(values));
    }
    if constexpr (has_annotation_v<F, default_category> && scalar) {
        n.set("default", scalar_json(annotation<default_category, F>().value));
    }
    wot_rw(n, false, opt);
    return n;
}

/// The object schema of entity `E`: `properties` (one per field, with its texts) and
/// `required` (see `field_required`).
template <Entity E>
json_node wot_object_schema(const wot_options& opt) {
    static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
    json_node n = json_node::object();
    n.set("type", "object");
    json_node props = json_node::object();
    json_node required = json_node::array();
    [&]<class... F>(type_list<F...>*) {
        (
            [&] {
                json_node f = wot_schema<typename F::value_type, F, true>(opt);
                wot_texts(f, F::annotations);
                props.set(F::name, std::move(f));
                if (field_required<F>()) required.push(json_node::string(F::name));
            }(),
            ...);
    }(static_cast<fields_t<E>*>(nullptr));
    n.set("properties", std::move(props));
    if (!required.empty()) n.set("required", std::move(required));
    wot_rw(n, false, opt);
    return n;
}

inline json_node wot_form(std::string_view collection, std::string_view name, std::initializer_list<std::string_view> ops,
                          const wot_options& opt) {
    json_node f = json_node::object();
    std::string href(collection);
    href += '/';
    href += uri_segment(name);
    f.set("href", href);
    if (opt.explicit_defaults) f.set("contentType", "application/json");
    if (ops.size() == 1) {
        f.set("op", *ops.begin());
    } else {
        json_node a = json_node::array();
        for (std::string_view o : ops) a.push(json_node::string(o));
        f.set("op", std::move(a));
    }
    json_node forms = json_node::array();
    forms.push(std::move(f));
    return forms;
}

/// Copies the members of data schema `schema` into affordance `n` (after its texts).
inline void wot_merge(json_node& n, const json_node& schema) {
    for (std::size_t i = 0; i != schema.size(); ++i) n.set(schema.key(i), schema.at(i));
}

/// The property affordance of field `F`.
template <class F>
json_node wot_property(const wot_options& opt) {
    constexpr field_kind k = kind_of<F>();
    const bool telemetry = k == field_kind::telemetry;
    const bool writable = !telemetry && has_annotation_v<F, writable_category>;
    json_node n = json_node::object();
    wot_texts(n, F::annotations);
    wot_merge(n, wot_schema<typename F::value_type, F, true>(opt));
    if (!writable) n.set("readOnly", true);
    else if (opt.explicit_defaults) n.set("readOnly", false);
    if (opt.explicit_defaults) n.set("writeOnly", false);
    if (telemetry) n.set("observable", true);
    else if (opt.explicit_defaults) n.set("observable", false);
    if (telemetry) n.set("forms", wot_form("properties", F::name, {"readproperty", "observeproperty", "unobserveproperty"}, opt));
    else if (writable) n.set("forms", wot_form("properties", F::name, {"readproperty", "writeproperty"}, opt));
    else n.set("forms", wot_form("properties", F::name, {"readproperty"}, opt));
    return n;
}

inline void wot_action_defaults(json_node& n, const wot_options& opt) {
    if (opt.explicit_defaults) {
        n.set("safe", false);
        n.set("idempotent", false);
    }
}

/// The action of command field `F`: its value is the input.
template <class F>
json_node wot_command_action(const wot_options& opt) {
    json_node n = json_node::object();
    wot_texts(n, F::annotations);
    n.set("input", wot_schema<typename F::value_type, F, true>(opt));
    wot_action_defaults(n, opt);
    n.set("forms", wot_form("actions", F::name, {"invokeaction"}, opt));
    return n;
}

/// The action of decision point `D`: the request entity is the input, the response the output.
template <class D>
json_node wot_decision_action(const wot_options& opt) {
    using Req = typename D::request_type;
    using Resp = typename D::response_type;
    json_node n = json_node::object();
    wot_texts(n, entity_annotations_v<Req>);
    json_node in = wot_object_schema<Req>(opt);
    in.set("title", entity_name_v<Req>);
    n.set("input", std::move(in));
    json_node out = wot_object_schema<Resp>(opt);
    out.set("title", entity_name_v<Resp>);
    n.set("output", std::move(out));
    wot_action_defaults(n, opt);
    n.set("forms", wot_form("actions", D::name.view(), {"invokeaction"}, opt));
    return n;
}

/// Records an option error at `path` in `r`; returns false, for `return wot_fail(…)`.
inline bool wot_fail(wot_result& r, std::string path, std::string message) {
    r.error_path = std::move(path);
    r.error = std::move(message);
    return false;
}

/// Checks the options; the error names the option and the rule.
inline bool wot_check(const wot_options& opt, wot_result& r) {
    if (!is_urn_prefix(opt.id_prefix)) {
        return wot_fail(r, "/id",
                        "id_prefix \"" + std::string(opt.id_prefix) +
                            "\" is not a URN prefix: urn:<NID>: (2-32 letters, digits or '-'), then letters, digits, "
                            "-._~!$&'()*+,;=:@/ or %HH");
    }
    if (!is_wot_base(opt.base)) {
        return wot_fail(r, "/base",
                        "base \"" + std::string(opt.base) +
                            "\" is not an absolute URI ending with '/' (a scheme, ':', then printable ASCII without "
                            "spaces or \"<>\\^`{|})");
    }
    if (opt.security_name.empty()) return wot_fail(r, "/securityDefinitions", "security_name is empty");
    constexpr std::array<std::string_view, 5> schemes = {"nosec", "basic", "digest", "bearer", "apikey"};
    bool known = false;
    for (std::string_view s : schemes) known = known || s == opt.security_scheme;
    if (!known) {
        return wot_fail(r, "/securityDefinitions/" + std::string(opt.security_name) + "/scheme",
                        "security_scheme \"" + std::string(opt.security_scheme) +
                            "\" is not one of nosec, basic, digest, bearer, apikey");
    }
    return true;
}

inline json_node wot_security_definition(const wot_options& opt) {
    json_node d = json_node::object();
    d.set("scheme", opt.security_scheme);
    const std::string_view s = opt.security_scheme;
    if (s == "nosec") return d;
    if (opt.explicit_defaults || s == "apikey") d.set("in", "header");
    if (s == "digest" && opt.explicit_defaults) d.set("qop", "auth");
    if (s == "bearer" && opt.explicit_defaults) {
        d.set("alg", "ES256");
        d.set("format", "jwt");
    }
    return d;
}

template <class T>
json_node wot_document(const wot_options& opt) {
    using E = typename wot_subject<T>::entity;
    using Decisions = typename wot_subject<T>::decisions;
    json_node n = json_node::object();
    json_node ctx = json_node::array();
    ctx.push(json_node::string(wot_td_context));
    json_node lang = json_node::object();
    lang.set("@language", "en");
    ctx.push(std::move(lang));
    n.set("@context", std::move(ctx));
    n.set("@type", "Thing");
    std::string id(opt.id_prefix);
    id += uri_segment(entity_name_v<E>);
    n.set("id", id);
    wot_texts(n, entity_annotations_v<E>, entity_name_v<E>);
    std::string base(opt.base);
    base += uri_segment(entity_name_v<E>);
    base += '/';
    n.set("base", base);
    json_node defs = json_node::object();
    defs.set(opt.security_name, wot_security_definition(opt));
    n.set("securityDefinitions", std::move(defs));
    n.set("security", opt.security_name);
    json_node props = json_node::object();
    json_node actions = json_node::object();
    // decision points first: a command field of the same name is the same command
    [&]<class... D>(type_list<D...>*) {
        (actions.set(D::name.view(), wot_decision_action<D>(opt)), ...);
    }(static_cast<Decisions*>(nullptr));
    [&]<class... F>(type_list<F...>*) {
        (
            [&] {
                if constexpr (kind_of<F>() == field_kind::command) {
                    if (!actions.contains(F::name)) actions.set(F::name, wot_command_action<F>(opt));
                } else {
                    props.set(F::name, wot_property<F>(opt));
                }
            }(),
            ...);
    }(static_cast<fields_t<E>*>(nullptr));
    if (!props.empty()) n.set("properties", std::move(props));
    if (!actions.empty()) n.set("actions", std::move(actions));
    return n;
}

}  // namespace detail

/// The TD 1.1 of `T`: an entity, or a `physical_entity<E, …>` role (then the TD describes E and
/// the role's decision points are its actions). An option that breaks a rule gives an error value
/// (`error_path` `/id`, `/base` or `/securityDefinitions/…`) and no document.
template <class T>
[[nodiscard]] wot_result wot_thing(const wot_options& opt = {}) {
    static_assert(detail::wot_describable<T>,
                  "twinspec: rule broken: wot_thing<T> needs T to be a TWINSPEC_ENTITY or a ts::physical_entity<E, ...> role");
    wot_result r;
    if constexpr (detail::wot_describable<T>) {
        using E = typename detail::wot_subject<T>::entity;
        static_assert(fields_exportable_v<E>, "twinspec: the entity cannot be exported: a field breaks the rule stated above");
        if (!detail::wot_check(opt, r)) return r;
        r.value = detail::wot_document<T>(opt);
    }
    return r;
}

/// The TDs of `Ts…` (entities or roles) as one array, in order; the first error stops it.
template <class... Ts>
[[nodiscard]] wot_result wot_things(const wot_options& opt = {}) {
    wot_result r;
    r.value = json_node::array();
    bool ok = true;
    auto one = [&]<class T>(T*) {
        if (!ok) return;
        wot_result t = wot_thing<T>(opt);
        if (!t.ok()) {
            r.error_path = std::move(t.error_path);
            r.error = std::move(t.error);
            r.value = json_node{};
            ok = false;
            return;
        }
        r.value.push(std::move(t.value));
    };
    (one(static_cast<Ts*>(nullptr)), ...);
    return r;
}

}  // namespace twinspec::io
