// The twin model store: handles, ids, traversal, the model-wide check and the DOT type graph.
#include <twinspec/core.hpp>
#include <twinspec/twin.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include <range/v3/iterator/operations.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;

namespace twin_model_test {

struct GNodeB;
struct Cell;

TWINSPEC_ENTITY(GNodeB, ts::meta(),
    (std::uint32_t, gnbId, ts::range(0, 4194303)),
    (std::string, name, ts::length(1, 32)));

TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (ts::ref<GNodeB>, servedBy, ts::relationship),
    (std::vector<ts::ref<Cell>>, neighbours, ts::relationship, ts::max_items(4)));

TWINSPEC_ENTITY(Ue, ts::meta(),
    (std::vector<ts::ref<Cell>>, servingCells, ts::relationship, ts::items(1, 2)));

using mobile = ts::model<GNodeB, Cell, Ue>;

template <class R>
std::vector<std::uint32_t> indices(R&& r) {
    return r | ranges::views::transform([](auto h) { return h.index(); }) | ranges::to<std::vector>();
}

TEST_CASE("twin: add, get, erase and size") {
    mobile m;
    const auto g = m.add(GNodeB{17, "gNB-17"});
    const auto c1 = m.add(Cell{1, -90.0, g, {}});
    const auto c2 = m.add(Cell{2, -95.0, g, {c1}});
    REQUIRE(m.size<GNodeB>() == 1);
    REQUIRE(m.size<Cell>() == 2);
    REQUIRE(m.size<Ue>() == 0);
    REQUIRE(m.total_size() == 3);

    auto cell = m.get(c2);
    REQUIRE(cell);
    CHECK(cell->pci == 2);
    cell->rsrp = -100.0;
    CHECK(m.get(c2)->rsrp == -100.0);
    CHECK(m.get(g)->name == "gNB-17");

    const mobile& cm = m;
    STATIC_REQUIRE(std::is_same_v<decltype(cm.get(c1).get()), const Cell*>);
    CHECK(cm.get(c1)->pci == 1);

    REQUIRE(m.erase(c1));
    CHECK(m.size<Cell>() == 1);
    CHECK_FALSE(m.erase(c1));  // twice: nothing happens
    CHECK_FALSE(m.get(c1));
    CHECK(m.get(c1).error() == ts::ref_error::stale);
    CHECK(m.get(ts::ref<Cell>{}).error() == ts::ref_error::null);
    CHECK(m.get(ts::ref<Cell>::from_parts(1000, 1)).error() == ts::ref_error::out_of_range);
    CHECK(m.get(ts::ref<Cell>::from_parts(1000, 1)).get() == nullptr);

    CHECK(indices(m.refs<Cell>()) == std::vector<std::uint32_t>{1});
    int visited = 0;
    m.for_each<Cell>([&](ts::ref<Cell> r, Cell& c) {
        CHECK(r == c2);
        c.pci = 3;
        ++visited;
    });
    CHECK(visited == 1);
    for (Cell& c : m.objects<Cell>()) c.pci = 4;
    CHECK(m.get(c2)->pci == 4);

    m.clear();
    CHECK(m.total_size() == 0);
    CHECK(m.get(c2).error() == ts::ref_error::stale);
}

TEST_CASE("twin: a stale handle is detected after erase and slot reuse") {
    mobile m;
    const auto old = m.add(Cell{1, -90.0, {}, {}});
    REQUIRE(m.erase(old));
    const auto fresh = m.add(Cell{2, -91.0, {}, {}});
    REQUIRE(fresh.index() == old.index());  // the slot is reused …
    CHECK(fresh != old);                    // … under a new generation
    CHECK(m.get(old).error() == ts::ref_error::stale);
    CHECK(m.get(fresh)->pci == 2);
    CHECK_FALSE(m.erase(old));  // the stale handle does not erase the new occupant
    CHECK(m.size<Cell>() == 1);

    // A slot is reused until its generation is exhausted, then retired: never re-targeted.
    auto r = fresh;
    std::vector<ts::ref<Cell>> seen{old};
    while (r.index() == old.index()) {
        seen.push_back(r);
        REQUIRE(m.erase(r));
        r = m.add(Cell{3, -92.0, {}, {}});
    }
    CHECK(seen.size() == ts::ref<Cell>::max_generation);
    for (const auto s : seen) CHECK(m.get(s).error() == ts::ref_error::stale);
    CHECK(r.index() == old.index() + 1);
}

TEST_CASE("twin: external ids and handles") {
    mobile m;
    const auto g = m.add(GNodeB{17, "gNB-17"}, "gnb-17");
    const auto c = m.add(Cell{1, -90.0, g, {}}, "cell-17");
    const auto plain = m.add(Cell{2, -90.0, g, {}});
    CHECK(m.find<GNodeB>("gnb-17") == g);
    CHECK(m.find<Cell>("cell-17") == c);
    CHECK(m.find<Cell>("gnb-17").is_null());  // ids are per entity type
    CHECK(m.id_of(c) == "cell-17");
    CHECK(m.id_of(plain).empty());

    CHECK(m.add(Cell{3, -90.0, g, {}}, "cell-17").is_null());  // taken
    CHECK(m.add(Cell{3, -90.0, g, {}}, "").is_null());         // empty
    CHECK(m.size<Cell>() == 2);

    REQUIRE(m.erase(c));
    CHECK(m.find<Cell>("cell-17").is_null());
    CHECK(m.id_of(c).empty());
    const auto again = m.add(Cell{4, -90.0, g, {}}, "cell-17");  // the id is free again
    CHECK(m.find<Cell>("cell-17") == again);
    CHECK(again != c);
}

TEST_CASE("twin: relationships and their inverses as views") {
    mobile m;
    const auto g1 = m.add(GNodeB{1, "one"});
    const auto g2 = m.add(GNodeB{2, "two"});
    const auto a = m.add(Cell{1, -90.0, g1, {}});
    const auto b = m.add(Cell{2, -90.0, g1, {a}});
    const auto c = m.add(Cell{3, -90.0, g2, {a, b}});

    CHECK(indices(m.related<"servedBy">(a)) == std::vector<std::uint32_t>{g1.index()});
    CHECK(indices(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{a.index(), b.index()});
    CHECK(indices(m.referrers<Cell, "servedBy">(g1)) == std::vector<std::uint32_t>{a.index(), b.index()});
    CHECK(indices(m.referrers<Cell, "neighbours">(a)) == std::vector<std::uint32_t>{b.index(), c.index()});

    // A pipeline: the PCIs of the cells of gNB 1 whose neighbour list is not empty.
    auto pcis = m.referrers<Cell, "servedBy">(g1) |
                ranges::views::transform([&](ts::ref<Cell> r) { return m.get(r).get(); }) |
                ranges::views::filter([](const Cell* x) { return !x->neighbours.empty(); }) |
                ranges::views::transform([](const Cell* x) { return x->pci; }) | ranges::to<std::vector>();
    CHECK(pcis == std::vector<std::uint16_t>{2});

    REQUIRE(m.erase(a));  // dangling entries are skipped by traversal
    CHECK(indices(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{b.index()});
    CHECK(ranges::distance(m.related<"servedBy">(a)) == 0);           // stale source
    CHECK(ranges::distance(m.referrers<Cell, "neighbours">(a)) == 0);  // stale target
    REQUIRE(m.erase(g2));
    CHECK(ranges::distance(m.related<"servedBy">(c)) == 0);
}

TEST_CASE("twin: check reports dangling references, multiplicity and invalid objects with paths") {
    mobile m;
    const auto g = m.add(GNodeB{17, "gNB-17"}, "gnb-17");
    const auto c1 = m.add(Cell{1, -90.0, g, {}}, "cell-1");
    const auto c17 = m.add(Cell{17, -90.0, g, {c1}}, "cell-17");
    m.add(Ue{{c1}});
    CHECK(ts::check(m).ok());

    REQUIRE(m.erase(g));
    REQUIRE(m.erase(c1));
    m.add(Ue{{}});                                 // below items(1, 2)
    m.add(Ue{{c17, c17, c17}}, "ue-3");             // above
    m.get(c17)->pci = 2000;                         // out of range
    m.get(c17)->neighbours.push_back(ts::null_ref); // a null entry in a list

    const auto result = ts::check(m);
    INFO(result.to_string());
    CHECK(result.size() == 7);
    std::size_t dangling = 0;
    for (const auto& v : result) dangling += v.rule == ts::rule::dangling_reference ? 1U : 0U;
    CHECK(dangling == 4);
    const std::string text = result.to_string();
    CHECK_THAT(text, twinspec_test::contains("/Cell/cell-17/pci: 2000 is above the maximum 1007\n"));
    CHECK_THAT(text, twinspec_test::contains(
        "/Cell/cell-17/servedBy: dangling reference to GNodeB slot 0 generation 1: stale handle (the object was erased)\n"));
    CHECK_THAT(text, twinspec_test::contains(
        "/Cell/cell-17/neighbours/0: dangling reference to Cell slot 0 generation 1: stale handle"));
    CHECK_THAT(text, twinspec_test::contains("/Cell/cell-17/neighbours/1: null reference in a relationship list (to Cell)\n"));
    CHECK_THAT(text, twinspec_test::contains("/Ue/0/servingCells/0: dangling reference to Cell slot 0"));
    CHECK_THAT(text, twinspec_test::contains("/Ue/1/servingCells: 0 items are fewer than the minimum 1\n"));
    CHECK_THAT(text, twinspec_test::contains("/Ue/ue-3/servingCells: 3 items are more than the maximum 2\n"));
}

TEST_CASE("twin: the type graph in DOT") {
    const std::string dot = ts::type_graph_dot<mobile>("mobile");
    CHECK_THAT(dot, twinspec_test::starts_with("digraph \"mobile\" {\n"));
    CHECK_THAT(dot, twinspec_test::contains("  \"GNodeB\";\n  \"Cell\";\n  \"Ue\";\n"));
    CHECK_THAT(dot, twinspec_test::contains("  \"Cell\" -> \"GNodeB\" [label=\"servedBy [0..1]\"];\n"));
    CHECK_THAT(dot, twinspec_test::contains("  \"Cell\" -> \"Cell\" [label=\"neighbours [0..4]\"];\n"));
    CHECK_THAT(dot, twinspec_test::contains("  \"Ue\" -> \"Cell\" [label=\"servingCells [1..2]\"];\n"));
    CHECK_THAT(dot, twinspec_test::ends_with("}\n"));
}

}  // namespace twin_model_test
