// twinspec/io/export.hpp — writes every interchange artefact of a set of entity types or of a
// whole model into a directory: JSON Schema, DTDL v3, AAS V3.0 and JSON instances.
#pragma once

/// \file
/// `ts::io::export_schemas<Es…>(dir, "Name")` writes the schemas of entity types;
/// `ts::io::export_all(dir, "Name", model)` also the model's objects (what
/// `mobile_network_twin --export DIR` calls). Layout:
///
///     DIR/jsonschema/<Entity>.schema.json      one per entity type (nested ones in $defs)
///     DIR/jsonschema/<Name>.schema.json        the whole model document
///     DIR/dtdl/<Name>.json                     the model's Interfaces as one array (a complete set)
///     DIR/dtdl/interfaces/<Entity>.json        one Interface per file (components' entities too)
///     DIR/aas/<Entity>.template.aas.json       Environment: the Submodel template + ConceptDescriptions
///     DIR/wot/<Entity>.td.json                 W3C WoT Thing Description 1.1 (a role's, when given)
///     DIR/aas/<Name>.aas.json                  export_all: Environment with a shell per object
///     DIR/instances/<Entity>.jsonl             export_all: the objects of each type, one per line
///     DIR/instances/<Name>.json                export_all: the whole model (`write_model_json`)
///
/// Every file is pretty-printed (2 spaces) and ends with a newline; the same declarations and
/// objects give the same bytes.

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <vector>

#include <twinspec/io/aas.hpp>
#include <twinspec/io/dtdl.hpp>
#include <twinspec/io/json_schema.hpp>
#include <twinspec/io/json_write.hpp>
#include <twinspec/io/wot.hpp>

namespace twinspec::io {

/// Options of `export_schemas` / `export_all`.
struct export_options {
    json_schema_options json_schema{};
    dtdl_options dtdl{};
    aas_options aas{};
    wot_options wot{};
};

/// What an export wrote, or why it stopped (`error` empty on success).
struct export_result {
    std::vector<std::string> files;  ///< paths written, in order
    std::string error;               ///< the first failure: a path and a reason
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

namespace detail {
inline bool write_text_file(const std::filesystem::path& p, const std::string& text, export_result& r) {
    std::error_code ec;
    std::filesystem::create_directories(p.parent_path(), ec);
    if (ec) {
        r.error = p.parent_path().string() + ": cannot create the directory: " + ec.message();
        return false;
    }
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
    if (!text.empty() && text.back() != '\n') out << '\n';
    out.close();
    if (!out) {
        r.error = p.string() + ": cannot write the file";
        return false;
    }
    r.files.push_back(p.string());
    return true;
}
inline bool write_json_file(const std::filesystem::path& p, const json_node& n, export_result& r) {
    return write_text_file(p, n.dump(2), r);
}
}  // namespace detail

namespace detail {
/// The first of `Roles…` whose entity is `E`, else `E`.
template <class E, class... Roles>
struct wot_subject_for {
    using type = E;
};
template <class E, class R, class... Rs>
struct wot_subject_for<E, R, Rs...> {
    using type = std::conditional_t<std::is_same_v<typename R::entity_type, E>, R,
                                    typename wot_subject_for<E, Rs...>::type>;
};

/// True when `R` is a physical-entity role of one of `Es…`.
template <class R, class... Es>
consteval bool role_of_exported_entity() {
    if constexpr (PhysicalRole<R>) return (std::is_same_v<typename R::entity_type, Es> || ...);
    else return false;
}
/// Instantiated only for a role that is not one of an exported entity; the requirement names it.
template <class R, class... Es>
struct role_not_of_exported_entity {
    static_assert(role_of_exported_entity<R, Es...>(),
                  "twinspec: rule broken: export_all<Roles...>: each role is a ts::physical_entity<E, ...> whose E is an "
                  "entity type of the model (the requirement names the role)");
    static constexpr bool value = false;
};
template <class R, class... Es>
inline constexpr bool role_ok =
    std::conditional_t<role_of_exported_entity<R, Es...>(), export_ok, role_not_of_exported_entity<R, Es...>>::value;

/// Writes `DIR/wot/<E>.td.json` for each of `Es…` (the TD of E's role among `Roles…`, if any).
template <class... Roles, class... Es>
bool write_wot(type_list<Roles...>*, type_list<Es...>*, const std::filesystem::path& dir, const wot_options& opt,
               export_result& r) {
    bool ok = true;
    auto one = [&]<class E>(E*) {
        if (!ok) return;
        wot_result td = wot_thing<typename wot_subject_for<E, Roles...>::type>(opt);
        if (!td.ok()) {
            r.error = "wot" + td.error_path + ": " + td.error;
            ok = false;
            return;
        }
        ok = write_json_file(dir / "wot" / (std::string(entity_name_v<E>) + ".td.json"), td.value, r);
    };
    (one(static_cast<Es*>(nullptr)), ...);
    return ok;
}

template <class... Roles, class... Es>
export_result export_schemas_with(type_list<Roles...>*, type_list<Es...>*, const std::filesystem::path& dir,
                                  std::string_view name, const export_options& opt) {
    static_assert((role_ok<Roles, Es...> && ...), "twinspec: export_all: a role breaks the rule stated above");
    export_result r;
    const std::string n(name);
    bool ok = (detail::write_json_file(dir / "jsonschema" / (std::string(entity_name_v<Es>) + ".schema.json"),
                                       json_schema<Es>(opt.json_schema), r) &&
               ...);
    ok = ok && detail::write_json_file(dir / "jsonschema" / (n + ".schema.json"),
                                       json_schema_model<Es...>(name, opt.json_schema), r);
    const json_node set = dtdl_interfaces<Es...>(opt.dtdl);
    ok = ok && detail::write_json_file(dir / "dtdl" / (n + ".json"), set, r);
    for (std::size_t i = 0; ok && i != set.size(); ++i) {
        // file name: the last DTMI segment (the entity name for generated DTMIs)
        std::string id = set.at(i)["@id"].text();
        const auto semi = id.find(';');
        const auto colon = id.rfind(':', semi);
        std::string file = id.substr(colon + 1, semi - colon - 1) + ".json";
        ok = detail::write_json_file(dir / "dtdl" / "interfaces" / file, set.at(i), r);
    }
    ok = ok && (detail::write_json_file(dir / "aas" / (std::string(entity_name_v<Es>) + ".template.aas.json"),
                                        aas_template_environment<Es>(opt.aas), r) &&
                ...);
    ok = ok && write_wot(static_cast<type_list<Roles...>*>(nullptr), static_cast<type_list<Es...>*>(nullptr), dir,
                         opt.wot, r);
    (void)ok;
    return r;
}
}  // namespace detail

/// Writes the JSON Schemas, the DTDL Interfaces, the AAS templates and the WoT Thing Descriptions
/// of `Es…` under `dir` (see the layout above; `name` names the whole-model files).
template <Entity... Es>
export_result export_schemas(const std::filesystem::path& dir, std::string_view name, const export_options& opt = {}) {
    return detail::export_schemas_with(static_cast<type_list<>*>(nullptr), static_cast<type_list<Es...>*>(nullptr), dir,
                                       name, opt);
}

/// `export_schemas` for the entity types of `model`, then its objects: the AAS Environment with one
/// shell per object, and the JSON instances (`write_json` per object as JSON Lines, and
/// `write_model_json`). Stops at the first error (a write error of an object names its path).
/// `Roles…` (`export_all<CellPE>(dir, name, m)`): physical-entity roles of the model's entity
/// types; the WoT TD of such a type is its role's (decision points as actions).
template <class... Roles, class Model>
    requires requires { typename Model::entity_types; }
export_result export_all(const std::filesystem::path& dir, std::string_view name, const Model& model,
                         const export_options& opt = {}) {
    export_result r = detail::export_schemas_with(static_cast<type_list<Roles...>*>(nullptr),
                                                  static_cast<typename Model::entity_types*>(nullptr), dir, name, opt);
    if (!r.ok()) return r;
    const std::string n(name);
    aas_result env = aas_environment(model, opt.aas);
    if (!env.ok()) {
        r.error = "aas" + env.error_path + ": " + env.error;
        return r;
    }
    if (!detail::write_json_file(dir / "aas" / (n + ".aas.json"), env.value, r)) return r;
    bool ok = true;
    [&]<class... Es>(type_list<Es...>*) {
        auto one = [&]<class T>(T*) {
            if (!ok) return;
            std::string lines;
            model.template for_each<T>([&](ref<T>, const T& obj) {
                if (!ok) return;
                std::string line;
                write_result w = [&] {
                    if constexpr (requires { write_json(obj, line, model); }) return write_json(obj, line, model);
                    else return write_json(obj, line);
                }();
                if (!w.ok()) {
                    r.error = "instances/" + std::string(entity_name_v<T>) + w.error->path + ": " + w.error->reason;
                    ok = false;
                    return;
                }
                lines += line;
                lines += '\n';
            });
            if (ok) ok = detail::write_text_file(dir / "instances" / (std::string(entity_name_v<T>) + ".jsonl"), lines, r);
        };
        (one(static_cast<Es*>(nullptr)), ...);
    }(static_cast<typename Model::entity_types*>(nullptr));
    if (!ok) return r;
    std::string doc;
    if (write_result w = write_model_json(model, doc, json_write_options{.indent = 2}); !w.ok()) {
        r.error = "instances/" + n + w.error->path + ": " + w.error->reason;
        return r;
    }
    detail::write_text_file(dir / "instances" / (n + ".json"), doc, r);
    return r;
}

}  // namespace twinspec::io
