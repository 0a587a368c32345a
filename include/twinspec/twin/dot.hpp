// twinspec/twin/dot.hpp — Graphviz DOT of a model's type graph: entities as nodes,
// relationship fields as labelled edges (`dot -Tsvg model.dot -o model.svg`).
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec {

namespace detail {
inline void dot_quoted(std::string& out, std::string_view text) {
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
}

inline void dot_count(std::string& out, std::size_t n) {
    char buf[24];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
}

template <class T>
void dot_entity_edges(std::string& out) {
    for_each_relationship<T>([&](auto field) {
        using F = decltype(field);
        out += "  ";
        dot_quoted(out, entity_name_v<T>);
        out += " -> ";
        dot_quoted(out, entity_name_v<relationship_target_t<F>>);
        const multiplicity mult = multiplicity_of<F>();
        std::string label(F::name);
        label += " [";
        dot_count(label, mult.min);
        label += "..";
        if (mult.unbounded()) label += '*';
        else dot_count(label, mult.max);
        label += ']';
        out += " [label=";
        dot_quoted(out, label);
        out += "];\n";
    });
}

template <class... Es>
std::string type_graph_dot(type_list<Es...>*, std::string_view graph_name) {
    static_assert(model_rules_ok<Es...>, "twinspec: the model breaks the rule stated above");
    std::string out = "digraph ";
    dot_quoted(out, graph_name);
    out += " {\n  node [shape=box];\n";
    ((out += "  ", dot_quoted(out, entity_name_v<Es>), out += ";\n"), ...);
    (dot_entity_edges<Es>(out), ...);
    out += "}\n";
    return out;
}
}  // namespace detail

/// The type graph of model type `M` (`model<Cell, GNodeB, …>`) in Graphviz DOT: one box per
/// entity type, one edge per relationship field, labelled `field [min..max]` (`*`: unbounded).
template <class M>
    requires requires { typename M::entity_types; }
[[nodiscard]] std::string type_graph_dot(std::string_view graph_name = "twinspec") {
    return detail::type_graph_dot(static_cast<typename M::entity_types*>(nullptr), graph_name);
}

}  // namespace twinspec
