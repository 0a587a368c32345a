// twinspec/platform/platform.hpp — `platform<Components…>`: a platform as a C++ type. The
// compiler checks the wiring (see wiring.hpp); at run time it gives the start order, and the
// topology as DOT (layers as clusters), Markdown and JSON.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <twinspec/core/detail/json_builder.hpp>
#include <twinspec/platform/component.hpp>
#include <twinspec/platform/detail/text_cells.hpp>
#include <twinspec/platform/wiring.hpp>

namespace twinspec::platform {

/// One resolved dependency: component `from` requires `interface`, provided by `to`.
struct dependency {
    std::size_t from;
    std::size_t to;
    std::string_view interface;
    version_range range;
    semver provided_version;
};

/// A platform made of components `Cs…`. Instantiating the type checks, at compile time, that
/// every required interface is provided by exactly one other component in a version within the
/// required range, that the layering holds (nothing depends upwards; SaaS reaches edge and
/// IaaS only through PaaS; device access sits at the edge; APPs in SaaS), that names are
/// unique, and that the dependencies form no cycle. Each broken rule is a compile error that
/// names the components and the interface.
template <Component... Cs>
class platform {
    using wiring = detail::wiring<Cs...>;
    static_assert(sizeof...(Cs) > 0, "twinspec: platform<...> needs at least one component");
    static_assert(wiring::ok(), "twinspec: platform<...> breaks the wiring rule stated above");

    template <class C, class... N>
    static void collect([[maybe_unused]] std::size_t from, std::vector<dependency>& out, type_list<N...>*) {
        (out.push_back(dependency{from, wiring::template provider_of<C, N>(), N::name, N::range,
                                  provided_version<N>(wiring::template provider_of<C, N>())}),
         ...);
    }
    template <class N>
    static semver provided_version(std::size_t p) {
        for (const auto& i : components()[p].provides)
            if (i.name == N::name && N::range.contains(i.version)) return i.version;
        return {};
    }

public:
    /// Number of components.
    static constexpr std::size_t size = sizeof...(Cs);

    /// The components' descriptions, in declaration order.
    [[nodiscard]] static constexpr const std::array<component_info, sizeof...(Cs)>& components() noexcept {
        return infos;
    }

    /// Every resolved dependency (consumer, provider, interface), by consumer then requirement.
    [[nodiscard]] static std::vector<dependency> dependencies() {
        std::vector<dependency> out;
        std::size_t i = 0;
        ((collect<Cs>(i++, out, static_cast<typename Cs::needed*>(nullptr))), ...);
        return out;
    }

    /// Indices of the components in start order: every provider before its consumers, ties in
    /// declaration order (a constant expression).
    [[nodiscard]] static constexpr std::array<std::size_t, sizeof...(Cs)> start_order() noexcept {
        std::array<std::size_t, sizeof...(Cs)> r{};
        for (std::size_t i = 0; i != size; ++i) r[i] = wiring::order.order[i];
        return r;
    }

    /// Calls `f(info)` for every component in start order (stops at the first `false` when
    /// `f` returns bool) and returns the number of components started.
    template <class F>
    static std::size_t start(F&& f) {
        std::size_t n = 0;
        for (std::size_t i : start_order()) {
            if constexpr (std::is_same_v<decltype(f(infos[i])), bool>) {
                if (!f(infos[i])) return n;
            } else {
                f(infos[i]);
            }
            ++n;
        }
        return n;
    }

    /// The topology in Graphviz DOT: one cluster per layer (SaaS at the top), one node per
    /// component (name, version, kind), one edge per dependency labelled with the interface.
    [[nodiscard]] static std::string dot(std::string_view graph_name = "platform") {
        std::string s = "digraph ";
        detail::dot_string(s, graph_name);
        s += " {\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
             "  edge [fontname=\"Helvetica\", fontsize=10];\n";
        for (int l = 3; l >= 0; --l) {
            const auto lay = static_cast<layer>(l);
            bool any = false;
            for (const auto& c : infos) any = any || c.layer == lay;
            if (!any) continue;
            s += "  subgraph cluster_";
            s += to_string(lay);
            s += " {\n    label=";
            detail::dot_string(s, std::string(to_string(lay)) + " layer");
            s += ";\n    style=filled; color=lightgrey;\n";
            for (std::size_t i = 0; i != size; ++i) {
                const auto& c = infos[i];
                if (c.layer != lay) continue;
                s += "    c" + std::to_string(i) + " [label=";
                detail::dot_string(s, std::string(c.name) + "\n" + c.version.to_string() + "\n" +
                                          std::string(to_string(c.kind)) + " (" + std::string(to_string(c.deployment)) + ")");
                s += "];\n";
            }
            s += "  }\n";
        }
        for (const auto& d : dependencies()) {
            s += "  c" + std::to_string(d.from) + " -> c" + std::to_string(d.to) + " [label=";
            detail::dot_string(s, std::string(d.interface) + " " + d.range.to_string());
            s += "];\n";
        }
        s += "}\n";
        return s;
    }

    /// A Markdown description: a table of components, a table of dependencies, the start order.
    [[nodiscard]] static std::string markdown(std::string_view title = "Platform") {
        std::string s = "# ";
        s += title;
        s += "\n\n| component | version | layer | kind | series part | deployment | provides | uses | standards |\n"
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
        for (const auto& c : infos) {
            s += "| `";
            detail::md_cell(s, c.name);
            s += "` | " + c.version.to_string() + " | ";
            s += to_string(c.layer);
            s += " | ";
            s += to_string(c.kind);
            s += " | ";
            detail::md_cell(s, series_part(c.kind).title.zh);
            s += " | ";
            s += to_string(c.deployment);
            s += " | ";
            bool first = true;
            for (const auto& i : c.provides) {
                if (!first) s += ", ";
                first = false;
                s += '`';
                detail::md_cell(s, i.name);
                s += ' ' + i.version.to_string() + '`';
            }
            s += " | ";
            first = true;
            for (const auto& u : c.uses) {
                if (!first) s += ", ";
                first = false;
                s += u.what;
                s += ' ';
                detail::md_cell(s, u.name);
            }
            s += " | ";
            first = true;
            for (const auto& cl : c.conforms_to) {
                if (!first) s += ", ";
                first = false;
                detail::md_cell(s, cl.standard->has_number() ? cl.standard->id.text() : cl.standard->title.zh);
                s += " (" + cl.status() + ')';
            }
            s += " |\n";
        }
        bool any_requirement = false;
        for (const auto& c : infos)
            for (const auto& cl : c.conforms_to) any_requirement = any_requirement || !cl.requirements.empty();
        if (any_requirement) {
            s += "\n| component | standard | requirement | met | provided by |\n| --- | --- | --- | --- | --- |\n";
            for (const auto& c : infos)
                for (const auto& cl : c.conforms_to)
                    for (const auto& r : cl.requirements) {
                        s += "| `";
                        detail::md_cell(s, c.name);
                        s += "` | ";
                        detail::md_cell(s, cl.standard->has_number() ? cl.standard->id.text() : cl.standard->title.zh);
                        s += " | `";
                        detail::md_cell(s, r.key);
                        s += "` ";
                        detail::md_cell(s, r.text);
                        s += r.met() ? " | yes | `" : " | **no** | — |\n";
                        if (r.met()) {
                            detail::md_cell(s, r.provided_by.entity);
                            if (!r.provided_by.field.empty()) {
                                s += '.';
                                detail::md_cell(s, r.provided_by.field);
                            }
                            s += "` |\n";
                        }
                    }
        }
        s += "\n| consumer | interface | required | provider | provided |\n| --- | --- | --- | --- | --- |\n";
        for (const auto& d : dependencies()) {
            s += "| `";
            detail::md_cell(s, infos[d.from].name);
            s += "` | `";
            detail::md_cell(s, d.interface);
            s += "` | " + d.range.to_string() + " | `";
            detail::md_cell(s, infos[d.to].name);
            s += "` | " + d.provided_version.to_string() + " |\n";
        }
        s += "\nStart order: ";
        bool first = true;
        for (std::size_t i : start_order()) {
            if (!first) s += " → ";
            first = false;
            s += '`';
            s += infos[i].name;
            s += '`';
        }
        s += "\n";
        return s;
    }

    /// A JSON description:
    /// `{"components":[{"name","version","layer","kind","series_part":{"part","title"},
    /// "deployment","provides":[{"interface","version","operations":[{"name","request","response"}]}],
    /// "requires":[{"interface","range","provider","provided_version"}],"conforms_to":[{"number","title",
    /// "status":"met"|"unmet"|"no_requirements","requirements":[{"key","text","clause","met","provided_by"}]}],
    /// "dev_env":{…}|null,"uses":[…]}],"start_order":[…]}`.
    [[nodiscard]] static std::string json() {
        std::string s;
        twinspec::detail::json_builder j(s);
        const auto deps = dependencies();
        j.begin_object().key("components").begin_array();
        for (std::size_t i = 0; i != size; ++i) {
            const auto& c = infos[i];
            j.begin_object()
                .member("name", c.name)
                .member("version", c.version.to_string())
                .member("layer", to_string(c.layer))
                .member("kind", to_string(c.kind));
            j.key("series_part").begin_object()
                .member("part", static_cast<int>(c.kind))
                .member("title", series_part(c.kind).title.zh)
                .end_object();
            j.member("deployment", to_string(c.deployment));
            j.key("provides").begin_array();
            for (const auto& p : c.provides) {
                j.begin_object().member("interface", p.name).member("version", p.version.to_string());
                j.key("operations").begin_array();
                for (const auto& o : p.operations)
                    j.begin_object().member("name", o.name).member("request", o.request).member("response", o.response).end_object();
                j.end_array().end_object();
            }
            j.end_array();
            j.key("requires").begin_array();
            for (const auto& d : deps) {
                if (d.from != i) continue;
                j.begin_object()
                    .member("interface", d.interface)
                    .member("range", d.range.to_string())
                    .member("provider", infos[d.to].name)
                    .member("provided_version", d.provided_version.to_string())
                    .end_object();
            }
            j.end_array();
            j.key("conforms_to").begin_array();
            for (const auto& cl : c.conforms_to) {
                const auto* d = cl.standard;
                j.begin_object().key("number");
                if (d->has_number()) j.value(d->id.text());
                else j.null();
                j.member("title", d->title.zh)
                    .member("status", cl.requirements.empty() ? "no_requirements" : cl.met() ? "met" : "unmet");
                j.key("requirements").begin_array();
                for (const auto& q : cl.requirements) {
                    j.begin_object().member("key", q.key).member("text", q.text).member("clause", q.clause).member("met", q.met());
                    j.key("provided_by");
                    if (q.met()) j.begin_object().member("entity", q.provided_by.entity).member("field", q.provided_by.field).end_object();
                    else j.null();
                    j.end_object();
                }
                j.end_array().end_object();
            }
            j.end_array();
            j.key("dev_env");
            if (c.env.language.empty() && c.env.toolchain.empty() && c.env.runtime.empty()) {
                j.null();
            } else {
                j.begin_object()
                    .member("toolchain", c.env.toolchain)
                    .member("runtime", c.env.runtime)
                    .member("language", c.env.language)
                    .end_object();
            }
            j.key("uses").begin_array();
            for (const auto& u : c.uses) {
                j.begin_object().member("what", u.what).member("name", u.name);
                if (u.what == "model") j.member("version", u.version.to_string());
                j.end_object();
            }
            j.end_array().end_object();
        }
        j.end_array().key("start_order").begin_array();
        for (std::size_t i : start_order()) j.value(infos[i].name);
        j.end_array().end_object();
        return s;
    }

private:
    static constexpr std::array<component_info, sizeof...(Cs)> infos{info_of<Cs>...};
};

}  // namespace twinspec::platform
