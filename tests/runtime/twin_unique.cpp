// Unique relationships (`ts::unique`): at most one referrer per target. The inverse index
// keeps one handle per target; `referrer_object` reads it; a second referrer is kept, listed
// by `referrers`, and reported by `check` (rule::shared_target) — never lost, never a crash.
#include <twinspec/core.hpp>
#include <twinspec/twin.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/transform.hpp>

#include "twinspec_catch.hpp"

namespace ts = twinspec;

namespace twin_unique_test {

struct Cell;

TWINSPEC_ENTITY(Gnb, ts::meta(),
    (std::uint32_t, gnbId),
    (std::vector<ts::ref<Cell>>, cells, ts::relationship, ts::unique));  // one-to-many

TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (ts::ref<Gnb>, du, ts::relationship));  // many-to-one: not unique

TWINSPEC_ENTITY(CellTwin, ts::meta(),
    (ts::ref<Cell>, cell, ts::relationship, ts::unique),  // one-to-one
    (double, load, ts::range(0.0, 100.0)));

using net = ts::model<Gnb, Cell, CellTwin>;

static_assert(ts::relationship_is_unique_v<ts::field_t<CellTwin, "cell">>);
static_assert(ts::relationship_is_unique_v<ts::field_t<Gnb, "cells">>);
static_assert(!ts::relationship_is_unique_v<ts::field_t<Cell, "du">>);
// an annotation of the model only: the entity stays a plain struct
static_assert(sizeof(CellTwin) == sizeof(ts::ref<Cell>) + 4 + sizeof(double));

template <class R>
std::vector<std::uint32_t> slots(R&& r) {
    return r | ranges::views::transform([](auto h) { return h.index(); }) | ranges::to<std::vector>();
}

std::size_t count_rule(const ts::validation_result& result, ts::rule r) {
    return static_cast<std::size_t>(std::count_if(result.begin(), result.end(), [&](const auto& v) { return v.rule == r; }));
}

TEST_CASE("twin unique: referrer_object finds the one referrer, or none") {
    net m;
    const auto c1 = m.add(Cell{1, {}}, "cell-1");
    const auto c2 = m.add(Cell{2, {}}, "cell-2");
    CHECK(m.referrer_object<CellTwin, "cell">(c1) == nullptr);  // no twin yet
    const auto t1 = m.add(CellTwin{c1, 10.0}, "twin-1");
    const CellTwin* t = m.referrer_object<CellTwin, "cell">(c1);
    REQUIRE(t != nullptr);
    CHECK(t->load == 10.0);
    CHECK(t == m.get(t1).get());
    CHECK(m.referrer_object<CellTwin, "cell">(*m.get(c1)) == t);  // from the object at hand
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == nullptr);
    CHECK(m.referrer_object<CellTwin, "cell">(ts::ref<Cell>{}) == nullptr);  // null handle
    // a non-const model hands out a mutable object
    m.referrer_object<CellTwin, "cell">(c1)->load = 20.0;
    CHECK(m.get(t1)->load == 20.0);
    // relink moves the twin to the other cell
    REQUIRE(m.relink<"cell">(t1, c2));
    CHECK(m.referrer_object<CellTwin, "cell">(c1) == nullptr);
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == m.get(t1).get());
    // erasing the twin leaves the cell without one
    REQUIRE(m.erase(t1));
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == nullptr);
    CHECK(slots(m.referrers<CellTwin, "cell">(c2)).empty());
    CHECK(ts::check(m).ok());
}

TEST_CASE("twin unique: a stale target handle and a reused target slot have no referrer") {
    net m;
    const auto c = m.add(Cell{1, {}});
    m.add(CellTwin{c, 1.0});
    REQUIRE(m.erase(c));  // the twin's handle now dangles
    CHECK(m.referrer_object<CellTwin, "cell">(c) == nullptr);  // stale: no lookup, no crash
    const auto reused = m.add(Cell{2, {}});
    REQUIRE(reused.index() == c.index());  // the slot is reused at the next generation
    CHECK(m.referrer_object<CellTwin, "cell">(reused) == nullptr);  // nothing inherited
    const auto result = ts::check(m);
    CHECK(count_rule(result, ts::rule::dangling_reference) == 1);
    CHECK(count_rule(result, ts::rule::shared_target) == 0);
}

TEST_CASE("twin unique: a second referrer is kept, listed, and reported with its path") {
    net m;
    const auto c = m.add(Cell{1, {}}, "cell-1");
    const auto a = m.add(CellTwin{c, 1.0}, "twin-a");
    const auto b = m.add(CellTwin{c, 2.0}, "twin-b");  // breaks the rule: stored all the same
    CHECK(slots(m.referrers<CellTwin, "cell">(c)) == std::vector<std::uint32_t>{a.index(), b.index()});
    CHECK(m.referrer_object<CellTwin, "cell">(c) == m.get(a).get());  // the first linked
    const auto result = ts::check(m);
    INFO(result.to_string());
    REQUIRE(result.size() == 1);
    CHECK(result.begin()->rule == ts::rule::shared_target);
    CHECK(result.begin()->path == "/CellTwin/twin-b/cell");
    CHECK_THAT(result.to_string(), twinspec_test::contains(
        "/CellTwin/twin-b/cell: Cell slot 0 is also the target of CellTwin twin-a through this unique relationship"));
    CHECK(ts::to_string(ts::rule::shared_target) == "shared_target");

    // a third one, then back: the index follows every step
    const auto x = m.add(CellTwin{c, 3.0});
    CHECK(slots(m.referrers<CellTwin, "cell">(c)) == std::vector<std::uint32_t>{a.index(), b.index(), x.index()});
    CHECK(count_rule(ts::check(m), ts::rule::shared_target) == 2);
    REQUIRE(m.erase(a));
    CHECK(m.referrer_object<CellTwin, "cell">(c) == m.get(b).get());
    REQUIRE(m.erase(x));
    CHECK(slots(m.referrers<CellTwin, "cell">(c)) == std::vector<std::uint32_t>{b.index()});
    CHECK(m.referrer_object<CellTwin, "cell">(c) == m.get(b).get());
    CHECK(ts::check(m).ok());
    // erasing the target drops the whole shared list
    const auto y = m.add(CellTwin{c, 4.0});
    REQUIRE(m.erase(c));
    CHECK(slots(m.referrers<CellTwin, "cell">(c)).empty());
    const auto c2 = m.add(Cell{2, {}});
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == nullptr);
    CHECK(count_rule(ts::check(m), ts::rule::dangling_reference) == 2);  // b and y
    (void)y;
}

TEST_CASE("twin unique: a unique list relationship (one-to-many)") {
    net m;
    const auto c1 = m.add(Cell{1, {}});
    const auto c2 = m.add(Cell{2, {}});
    const auto g1 = m.add(Gnb{1, {c1, c2}}, "gnb-1");
    CHECK(m.referrer_object<Gnb, "cells">(c1) == m.get(g1).get());
    CHECK(m.referrer_object<Gnb, "cells">(c2) == m.get(g1).get());
    CHECK(ts::check(m).ok());
    const auto g2 = m.add(Gnb{2, {}}, "gnb-2");
    REQUIRE(m.link<"cells">(g2, c2));  // c2 in two gNBs' lists
    CHECK(slots(m.referrers<Gnb, "cells">(c2)) == std::vector<std::uint32_t>{g1.index(), g2.index()});
    const auto result = ts::check(m);
    INFO(result.to_string());
    REQUIRE(result.size() == 1);
    CHECK(result.begin()->path == "/Gnb/gnb-2/cells");
    REQUIRE(m.unlink<"cells">(g1, c2) == 1);
    CHECK(m.referrer_object<Gnb, "cells">(c2) == m.get(g2).get());
    CHECK(ts::check(m).ok());
    // a list naming the same target twice is one referrer
    REQUIRE(m.link<"cells">(g2, c2));
    CHECK(slots(m.referrers<Gnb, "cells">(c2)) == std::vector<std::uint32_t>{g2.index()});
    CHECK(count_rule(ts::check(m), ts::rule::shared_target) == 0);
}

TEST_CASE("twin unique: a unique relationship changed in place, then reindexed") {
    net m;
    const auto c1 = m.add(Cell{1, {}});
    const auto c2 = m.add(Cell{2, {}});
    const auto t1 = m.add(CellTwin{c1, 1.0});
    const auto t2 = m.add(CellTwin{c2, 2.0});
    m.get(t2)->cell = c1;  // behind the model's back: now both twins name c1
    auto result = ts::check(m);
    INFO(result.to_string());
    CHECK(count_rule(result, ts::rule::shared_target) == 1);
    CHECK(count_rule(result, ts::rule::custom) == 2);  // the index is out of date, both ways
    m.reindex();
    result = ts::check(m);
    CHECK(count_rule(result, ts::rule::custom) == 0);
    CHECK(count_rule(result, ts::rule::shared_target) == 1);
    CHECK(slots(m.referrers<CellTwin, "cell">(c1)) == std::vector<std::uint32_t>{t1.index(), t2.index()});
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == nullptr);
    m.get(t2)->cell = c2;
    m.reindex();
    CHECK(ts::check(m).ok());
    CHECK(m.referrer_object<CellTwin, "cell">(c2) == m.get(t2).get());
}

TEST_CASE("twin unique: the index agrees with a full scan after random operations") {
    net m;
    std::mt19937 rng(20261124);
    std::vector<ts::ref<Cell>> cells;
    std::vector<ts::ref<CellTwin>> twins;  // may hold stale handles on purpose
    auto pick = [&](const auto& v) { return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)]; };
    for (std::uint16_t i = 0; i != 8; ++i) cells.push_back(m.add(Cell{i, {}}));
    for (int step = 0; step != 3000; ++step) {
        const int op = std::uniform_int_distribution<int>(0, 5)(rng);
        if (op < 2 || twins.empty()) {
            twins.push_back(m.add(CellTwin{pick(cells), 1.0}));
        } else if (op == 2) {
            m.erase(pick(twins));
        } else if (op == 3) {
            m.relink<"cell">(pick(twins), pick(cells));
        } else if (op == 4) {
            const auto c = pick(cells);  // erase and re-add a cell: its twins dangle
            m.erase(c);
            std::replace(cells.begin(), cells.end(), c, m.add(Cell{9, {}}));
        } else {
            m.relink<"cell">(pick(twins), ts::ref<Cell>{});
        }
    }
    std::size_t excess = 0, compared = 0;
    for (const auto c : cells) {
        std::vector<std::uint32_t> scan;
        m.for_each<CellTwin>([&](ts::ref<CellTwin> r, const CellTwin& t) {
            if (t.cell == c) scan.push_back(r.index());
        });
        auto listed = slots(m.referrers<CellTwin, "cell">(c));
        std::sort(listed.begin(), listed.end());
        std::sort(scan.begin(), scan.end());
        CHECK(listed == scan);
        const CellTwin* first = m.referrer_object<CellTwin, "cell">(c);
        CHECK((first == nullptr) == scan.empty());
        if (first != nullptr) CHECK(first->cell == c);
        excess += scan.empty() ? 0 : scan.size() - 1;
        ++compared;
    }
    CHECK(compared == cells.size());
    CHECK(excess > 0);  // the walk did break the rule, so both representations were exercised
    const auto result = ts::check(m);
    CHECK(count_rule(result, ts::rule::shared_target) == excess);
    CHECK(count_rule(result, ts::rule::custom) == 0);  // the index is consistent
}

TEST_CASE("twin unique: the instance graph in DOT follows the unique index") {
    net m;
    const auto c = m.add(Cell{1, {}}, "cell-1");
    m.add(CellTwin{c, 1.0}, "twin-1");
    const auto graph = ts::instance_graph_dot(m, {.max_nodes = 10});
    CHECK(graph.nodes == 2);
    CHECK(graph.edges == 1);
    CHECK_THAT(graph.dot, twinspec_test::contains("twin-1"));
}

}  // namespace twin_unique_test
