// twinspec/twin/dot.hpp — Graphviz DOT of a model's type graph (entities as nodes,
// relationship fields as labelled edges, connections of the five-dimension model as dashed
// edges) and of its instance graph (objects and their links, capped at a number of nodes):
// `dot -Tsvg model.dot -o model.svg`.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/connection.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec {

namespace detail {
inline void dot_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
}
inline void dot_quoted(std::string& out, std::string_view text) {
    out += '"';
    dot_escaped(out, text);
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

inline void dot_seconds(std::string& out, double seconds) {
    char buf[32];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, seconds).ptr);
}

/// One connection as a dashed edge `from -> to`, labelled with its kind, its interval and
/// the fields it carries (`rsrp → rsrpMw (dBm → mW)`); both arrow heads when bidirectional.
template <class C>
void dot_connection_edge(std::string& out) {
    out += "  ";
    dot_quoted(out, entity_name_v<typename C::from_type>);
    out += " -> ";
    dot_quoted(out, entity_name_v<typename C::to_type>);
    out += " [style=dashed, color=\"#1f77b4\", fontcolor=\"#1f77b4\"";
    if (C::direction == cn_direction::bidirectional) out += ", dir=both";
    out += ", label=\"";
    dot_escaped(out, C::kind_name);
    if (C::has_interval) {
        out += ", every ";
        dot_seconds(out, C::interval_seconds);
        out += " s";
    }
    for (const carried_field& f : C::fields) {
        out += "\\n";  // a line break inside the label
        dot_escaped(out, f.from);
        if (f.to != f.from) {
            out += " \u2192 ";
            dot_escaped(out, f.to);
        }
        if (f.from_unit != f.to_unit && !f.from_unit.empty() && !f.to_unit.empty()) {
            out += " (";
            dot_escaped(out, f.from_unit);
            out += " \u2192 ";
            dot_escaped(out, f.to_unit);
            out += ')';
        }
    }
    out += "\"];\n";
}

/// The entity at a connection's end when the model does not hold it (a record type of the
/// twin-data dimension, a service's input or output): drawn once, dashed.
template <class T, class... Es>
void dot_outside_node(std::string& out, std::vector<std::string_view>& drawn) {
    if constexpr (!(std::is_same_v<T, Es> || ...)) {
        const std::string_view name = entity_name_v<T>;
        for (const std::string_view d : drawn)
            if (d == name) return;
        drawn.push_back(name);
        out += "  ";
        dot_quoted(out, name);
        out += " [style=dashed];\n";
    }
}

template <class... Es, class... Cs>
std::string type_graph_dot(type_list<Es...>*, type_list<Cs...>*, std::string_view graph_name) {
    static_assert(model_rules_ok<Es...>, "twinspec: the model breaks the rule stated above");
    std::string out = "digraph ";
    dot_quoted(out, graph_name);
    out += " {\n  node [shape=box];\n";
    ((out += "  ", dot_quoted(out, entity_name_v<Es>), out += ";\n"), ...);
    std::vector<std::string_view> drawn;
    ((dot_outside_node<typename Cs::from_type, Es...>(out, drawn),
      dot_outside_node<typename Cs::to_type, Es...>(out, drawn)),
     ...);
    (dot_entity_edges<Es>(out), ...);
    (dot_connection_edge<Cs>(out), ...);
    out += "}\n";
    return out;
}
}  // namespace detail

/// The type graph of model type `M` (`model<Cell, GNodeB, …>`) in Graphviz DOT: one box per
/// entity type, one edge per relationship field, labelled `field [min..max]` (`*`: unbounded).
/// Connections `Cs…` (`connection<cn_pv, CellPE, CellVE, …>`) are drawn as dashed edges between
/// their end entities, labelled with the kind (`CN_PV`), the sampling interval and the carried
/// fields with their unit conversion; an end entity the model does not hold is drawn dashed:
/// `ts::type_graph_dot<network, CellPV, CellPD>("network")`.
template <class M, class... Cs>
    requires requires { typename M::entity_types; }
[[nodiscard]] std::string type_graph_dot(std::string_view graph_name = "twinspec") {
    static_assert((Connection<Cs> && ...),
                  "twinspec: type_graph_dot<Model, C...>: every type after the model must be a "
                  "ts::connection<Kind, From, To, ...>");
    if constexpr ((Connection<Cs> && ...))
        return detail::type_graph_dot(static_cast<typename M::entity_types*>(nullptr),
                                      static_cast<type_list<Cs...>*>(nullptr), graph_name);
    else
        return {};  // the broken rule above is the only error reported
}

/// Options of `instance_graph_dot`.
struct instance_graph_options {
    /// At most this many objects become nodes; the rest are counted in `omitted`.
    std::size_t max_nodes = 500;
    std::string_view name = "instances";
};

/// An instance graph in DOT, and what it shows.
struct instance_graph {
    std::string dot;
    std::size_t nodes = 0;    ///< objects shown
    std::size_t edges = 0;    ///< links shown (both ends shown, target live)
    std::size_t omitted = 0;  ///< live objects left out by the cap
};

namespace detail {

template <class... Es>
class instance_walker {
public:
    instance_walker(const model<Es...>& m, std::size_t cap) : m_(m), cap_(cap) {
        ((seen_.emplace_back(slot_bound<Es>(), char{0})), ...);
    }

    /// Breadth-first from each not yet shown object, in type order then slot order,
    /// following relationships both ways, until the cap: neighbourhoods stay together.
    void walk() {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ([&] {
                using T = type_at_t<type_list<Es...>, I>;
                m_.template for_each<T>([&](ref<T> r, const T&) {
                    if (order_.size() >= cap_ || !visit(I, r.raw())) return;
                    for (std::size_t k = order_.size() - 1; k < order_.size(); ++k) expand(order_[k]);
                });
            }(), ...);
        }(std::index_sequence_for<Es...>{});
    }

    void write(std::string& out, std::size_t& edges) const {
        for (const auto& n : order_) dispatch(n.first, [&](auto i) { write_node<decltype(i)::value>(out, n.second); });
        for (const auto& n : order_) dispatch(n.first, [&](auto i) { write_edges<decltype(i)::value>(out, n.second, edges); });
    }
    [[nodiscard]] std::size_t shown() const noexcept { return order_.size(); }

private:
    using node = std::pair<std::size_t, std::uint32_t>;  // (type index, handle)

    template <class T>
    static constexpr std::size_t index_of = [] {
        std::size_t i = 0, r = 0;
        ((std::is_same_v<T, Es> ? (r = i, ++i) : ++i), ...);
        return r;
    }();

    template <class T>
    [[nodiscard]] std::size_t slot_bound() const {
        std::size_t n = 0;
        for (const ref<T> r : m_.template refs<T>()) n = std::size_t{r.index()} + 1U;
        return n;
    }

    template <class Fn>
    static void dispatch(std::size_t type, Fn&& f) {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            ((type == I ? (f(std::integral_constant<std::size_t, I>{}), 0) : 0), ...);
        }(std::index_sequence_for<Es...>{});
    }

    bool visit(std::size_t type, std::uint32_t raw) {
        const std::uint32_t slot = ref<void>::from_raw(raw).index();  // the layout is the same for every T
        if (seen_[type][slot] != 0) return false;
        if (order_.size() >= cap_) return false;
        seen_[type][slot] = 1;
        order_.emplace_back(type, raw);
        return true;
    }

    void expand(const node& n) {
        dispatch(n.first, [&](auto i) {
            using T = type_at_t<type_list<Es...>, decltype(i)::value>;
            const ref<T> r = ref<T>::from_raw(n.second);
            const T& obj = *m_.get(r);
            for_each_relationship<T>([&](auto field) {  // outgoing
                using F = decltype(field);
                using U = relationship_target_t<F>;
                for_each_target(obj.*F::pointer, [&](ref<U> t) {
                    if (m_.contains(t)) visit(index_of<U>, t.raw());
                });
            });
            (expand_incoming<Es>(r), ...);  // every relationship of every type that points to T
        });
    }

    template <class S, class T>
    void expand_incoming(ref<T> r) {
        for_each_relationship<S>([&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<relationship_target_t<F>, T>) {
                const auto& lists = m_.template inverse_index<S, F>();
                if (r.index() < lists.size())
                    for (const ref<S> s : lists[r.index()]) visit(index_of<S>, s.raw());
            }
        });
    }

    template <class V, class Fn>
    static void for_each_target(const V& value, Fn&& f) {
        if constexpr (is_ref_v<V>) f(value);
        else for (const auto& t : value) f(t);
    }

    template <std::size_t I>
    void write_node(std::string& out, std::uint32_t raw) const {
        using T = type_at_t<type_list<Es...>, I>;
        const ref<T> r = ref<T>::from_raw(raw);
        out += "  ";
        node_name<T>(out, r);
        out += " [label=\"";
        dot_escaped(out, entity_name_v<T>);
        out += "\\n";  // a line break in a DOT label
        if (const std::string_view id = m_.id_of(r); !id.empty()) dot_escaped(out, id);
        else {
            out += '#';
            dot_count(out, r.index());
        }
        out += "\"];\n";
    }

    template <std::size_t I>
    void write_edges(std::string& out, std::uint32_t raw, std::size_t& edges) const {
        using T = type_at_t<type_list<Es...>, I>;
        const ref<T> r = ref<T>::from_raw(raw);
        const T& obj = *m_.get(r);
        for_each_relationship<T>([&](auto field) {
            using F = decltype(field);
            using U = relationship_target_t<F>;
            for_each_target(obj.*F::pointer, [&](ref<U> t) {
                if (!m_.contains(t) || seen_[index_of<U>][t.index()] == 0) return;
                out += "  ";
                node_name<T>(out, r);
                out += " -> ";
                node_name<U>(out, t);
                out += " [label=";
                dot_quoted(out, F::name);
                out += "];\n";
                ++edges;
            });
        });
    }

    template <class T>
    static void node_name(std::string& out, ref<T> r) {
        std::string name(entity_name_v<T>);
        name += '#';
        dot_count(name, r.index());
        dot_quoted(out, name);
    }

    const model<Es...>& m_;
    std::size_t cap_;
    std::vector<std::vector<char>> seen_;  // by type, by slot
    std::vector<node> order_;
};

}  // namespace detail

/// The objects of `m` and their links in Graphviz DOT, at most `options.max_nodes` objects:
/// breadth-first from the first object of the first type, following relationships both
/// ways, so what is shown is a connected neighbourhood. Nodes are `Type#slot`, labelled with
/// the type and the external id; edges are labelled with the relationship. When objects are
/// left out, the graph says how many (a comment and a note node) and `omitted` counts them.
template <class... Es>
[[nodiscard]] instance_graph instance_graph_dot(const model<Es...>& m, instance_graph_options options = {}) {
    detail::instance_walker<Es...> walker(m, options.max_nodes);
    walker.walk();
    instance_graph g;
    g.nodes = walker.shown();
    g.omitted = m.total_size() - g.nodes;
    g.dot = "digraph ";
    detail::dot_quoted(g.dot, options.name);
    g.dot += " {\n  node [shape=box];\n  // ";
    detail::dot_count(g.dot, g.nodes);
    g.dot += " of ";
    detail::dot_count(g.dot, m.total_size());
    g.dot += " objects shown (max_nodes ";
    detail::dot_count(g.dot, options.max_nodes);
    g.dot += ")\n";
    walker.write(g.dot, g.edges);
    if (g.omitted != 0) {
        g.dot += "  \"omitted\" [shape=note, label=\"";
        detail::dot_count(g.dot, g.omitted);
        g.dot += " more objects not shown (max_nodes ";
        detail::dot_count(g.dot, options.max_nodes);
        g.dot += ")\"];\n";
    }
    g.dot += "}\n";
    return g;
}

}  // namespace twinspec
