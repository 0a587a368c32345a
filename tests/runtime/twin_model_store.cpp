// The twin model store's unhappy paths and its inverse index: stale handles after erase and
// slot reuse, dangling references, multiplicity violations, id collisions, relationships
// changed in place, and the capped instance graph in DOT.
#include <twinspec/core.hpp>
#include <twinspec/twin.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <range/v3/iterator/operations.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;

namespace twin_store_test {

struct GNBDUFunction;
struct NRCellDU;

TWINSPEC_ENTITY(GNBDUFunction, ts::meta(),
    (std::uint32_t, gNBId, ts::range(0, 4294967295U)),
    (std::vector<ts::ref<NRCellDU>>, cells, ts::relationship, ts::items(1, 3)));

TWINSPEC_ENTITY(NRCellDU, ts::meta(),
    (std::uint16_t, nRPCI, ts::range(0, 1007)),
    (ts::ref<GNBDUFunction>, du, ts::relationship),
    (std::vector<ts::ref<NRCellDU>>, neighbours, ts::relationship, ts::max_items(40)));

using net = ts::model<GNBDUFunction, NRCellDU>;

template <class R>
std::vector<std::uint32_t> slots(R&& r) {
    return r | ranges::views::transform([](auto h) { return h.index(); }) | ranges::to<std::vector>();
}

/// The referrers by a full scan: what the inverse index must agree with.
template <class Source, ts::fixed_string Field, class M, class U>
std::vector<std::uint32_t> scanned(const M& m, ts::ref<U> target) {
    std::vector<std::uint32_t> out;
    if (!m.contains(target)) return out;
    m.template for_each<Source>([&](ts::ref<Source> r, const Source& s) {
        const auto& v = ts::get<Field>(s);
        if constexpr (ts::is_ref_v<std::remove_cvref_t<decltype(v)>>) {
            if (v == target) out.push_back(r.index());
        } else if (std::find(v.begin(), v.end(), target) != v.end()) out.push_back(r.index());
    });
    std::sort(out.begin(), out.end());
    return out;
}

template <class R>
std::vector<std::uint32_t> sorted_slots(R&& r) {
    auto v = slots(r);
    std::sort(v.begin(), v.end());
    return v;
}

TEST_CASE("twin store: the inverse index follows add, erase, relink, link and unlink") {
    net m;
    const auto g1 = m.add(GNBDUFunction{1, {}}, "gnb-1");
    const auto g2 = m.add(GNBDUFunction{2, {}}, "gnb-2");
    const auto a = m.add(NRCellDU{1, g1, {}});
    const auto b = m.add(NRCellDU{2, g1, {a, a}});  // a duplicate entry: b refers to a once
    const auto c = m.add(NRCellDU{3, g2, {a, b}});
    CHECK(slots(m.referrers<NRCellDU, "du">(g1)) == std::vector<std::uint32_t>{a.index(), b.index()});
    CHECK(slots(m.referrers<NRCellDU, "neighbours">(a)) == std::vector<std::uint32_t>{b.index(), c.index()});
    CHECK(ts::check(m).size() == 2);  // only the two gNBs without cells (items(1, 3))

    REQUIRE(m.relink<"cells">(g1, {a, b}));
    REQUIRE(m.relink<"cells">(g2, {c}));
    CHECK(slots(m.referrers<GNBDUFunction, "cells">(c)) == std::vector<std::uint32_t>{g2.index()});
    CHECK(ts::check(m).ok());

    REQUIRE(m.relink<"du">(b, g2));  // moves b from g1 to g2
    CHECK(slots(m.referrers<NRCellDU, "du">(g1)) == std::vector<std::uint32_t>{a.index()});
    CHECK(slots(m.referrers<NRCellDU, "du">(g2)) == std::vector<std::uint32_t>{c.index(), b.index()});
    REQUIRE(m.relink<"du">(b, ts::null_ref));
    CHECK(slots(m.referrers<NRCellDU, "du">(g2)) == std::vector<std::uint32_t>{c.index()});

    CHECK(m.unlink<"neighbours">(b, a) == 2);  // both occurrences
    CHECK(slots(m.referrers<NRCellDU, "neighbours">(a)) == std::vector<std::uint32_t>{c.index()});
    CHECK(m.unlink<"neighbours">(b, a) == 0);
    REQUIRE(m.link<"neighbours">(a, c));
    REQUIRE(m.link<"neighbours">(a, c));  // twice in the list, once among the referrers
    CHECK(slots(m.referrers<NRCellDU, "neighbours">(c)) == std::vector<std::uint32_t>{a.index()});
    CHECK(m.unlink<"neighbours">(a, c) == 2);
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(c)) == 0);

    // erasing a source removes it from its targets' referrers
    REQUIRE(m.erase(c));
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(a)) == 0);
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(b)) == 0);
    CHECK(ranges::distance(m.referrers<NRCellDU, "du">(g2)) == 0);
    // a stale source changes nothing
    CHECK_FALSE(m.relink<"du">(c, g1));
    CHECK_FALSE(m.link<"neighbours">(c, a));
    CHECK(m.unlink<"neighbours">(c, a) == 0);
    CHECK(slots(m.referrers<NRCellDU, "du">(g1)) == std::vector<std::uint32_t>{a.index()});
}

TEST_CASE("twin store: referrers of an object at hand agree with referrers of its handle") {
    net m;
    const auto g1 = m.add(GNBDUFunction{1, {}});
    const auto g2 = m.add(GNBDUFunction{2, {}});  // no cells: never indexed as a target
    const auto a = m.add(NRCellDU{1, g1, {}});
    const auto b = m.add(NRCellDU{2, g1, {a}});
    const auto c = m.add(NRCellDU{3, g1, {a, b}});
    const net& cm = m;
    CHECK(slots(cm.referrers<NRCellDU, "du">(*cm.get(g1))) == std::vector<std::uint32_t>{a.index(), b.index(), c.index()});
    CHECK(ranges::distance(cm.referrers<NRCellDU, "du">(*cm.get(g2))) == 0);
    CHECK(slots(cm.referrers<NRCellDU, "neighbours">(*cm.get(a))) == slots(cm.referrers<NRCellDU, "neighbours">(a)));
    std::vector<std::uint16_t> pcis;
    for (const NRCellDU& n : cm.referrer_objects<NRCellDU, "neighbours">(*cm.get(a))) pcis.push_back(n.nRPCI);
    CHECK(pcis == std::vector<std::uint16_t>{2, 3});
    // the non-const overload gives objects to change
    for (NRCellDU& n : m.referrer_objects<NRCellDU, "du">(*cm.get(g1))) n.nRPCI = static_cast<std::uint16_t>(n.nRPCI + 100);
    CHECK(m.get(c)->nRPCI == 103);
    // a traversal from object to object: the cells of every gNB and their neighbours' referrers
    std::size_t entries = 0;
    cm.for_each<GNBDUFunction>([&](ts::ref<GNBDUFunction>, const GNBDUFunction& g) {
        for (const NRCellDU& cell : cm.referrer_objects<NRCellDU, "du">(g))
            entries += static_cast<std::size_t>(ranges::distance(cm.referrers<NRCellDU, "neighbours">(cell)));
    });
    CHECK(entries == 3);  // a ← b, c; b ← c
    // after an erasure the object's slot keeps no referrers
    REQUIRE(m.erase(b));
    CHECK(slots(cm.referrers<NRCellDU, "neighbours">(*cm.get(a))) == std::vector<std::uint32_t>{c.index()});
    CHECK(slots(cm.referrers<NRCellDU, "du">(*cm.get(g1))) == std::vector<std::uint32_t>{a.index(), c.index()});
}

TEST_CASE("twin store: every slot of a target type has its inverse list, through add, erase, reindex and clear") {
    // referrers(obj) reads the list of obj's slot with no bounds test: the inverse arrays cover
    // every slot that holds a live target, whether or not anything refers to it
    using du = ts::field_t<NRCellDU, "du">;
    using neighbours = ts::field_t<NRCellDU, "neighbours">;
    using cells = ts::field_t<GNBDUFunction, "cells">;
    net m;
    const auto g1 = m.add(GNBDUFunction{1, {}});
    CHECK(m.inverse_index<NRCellDU, du>().size() == 1);  // before any cell names it
    CHECK(m.inverse_index<NRCellDU, neighbours>().empty());
    const auto a = m.add(NRCellDU{1, g1, {}}, "cell-a");
    CHECK(m.inverse_index<NRCellDU, neighbours>().size() == 1);
    CHECK(m.inverse_index<GNBDUFunction, cells>().size() == 1);
    const auto g2 = m.add(GNBDUFunction{2, {}}, "du-2");
    CHECK(m.inverse_index<NRCellDU, du>().size() == 2);
    CHECK(ranges::distance(m.referrers<NRCellDU, "du">(*m.get(g2))) == 0);
    REQUIRE(m.erase(g2));
    CHECK(m.inverse_index<NRCellDU, du>().size() == 2);  // the slot stays, to be reused
    m.reindex();
    CHECK(m.inverse_index<NRCellDU, du>().size() == 2);
    CHECK(m.inverse_index<NRCellDU, neighbours>().size() == 1);
    CHECK(slots(m.referrers<NRCellDU, "du">(*m.get(g1))) == std::vector<std::uint32_t>{a.index()});
    const auto g3 = m.add(GNBDUFunction{3, {}});  // takes the erased slot
    CHECK(g3.index() == g2.index());
    CHECK(ranges::distance(m.referrers<NRCellDU, "du">(*m.get(g3))) == 0);
    m.clear();
    CHECK(m.inverse_index<NRCellDU, du>().empty());
    CHECK(m.inverse_index<GNBDUFunction, cells>().empty());
}

TEST_CASE("twin store: referrer_objects is a sized random-access view that composes with range-v3") {
    net m;
    const auto g = m.add(GNBDUFunction{1, {}});
    for (std::uint16_t i = 0; i != 6; ++i) REQUIRE_FALSE(m.add(NRCellDU{static_cast<std::uint16_t>(10 + i), g, {}}).is_null());
    const net& cm = m;
    auto cells = cm.referrer_objects<NRCellDU, "du">(g);
    using view = decltype(cells);
    static_assert(ranges::view_<view> && ranges::random_access_range<view> && ranges::sized_range<view>);
    static_assert(std::is_same_v<ranges::range_reference_t<view>, const NRCellDU&>);
    static_assert(std::is_same_v<ranges::range_reference_t<decltype(m.referrer_objects<NRCellDU, "du">(g))>, NRCellDU&>);
    REQUIRE(cells.size() == 6);  // six handles: on the heap of the list, past the three in place
    CHECK(cells[0].nRPCI == 10);
    CHECK(cells[5].nRPCI == 15);
    CHECK((cells.end() - cells.begin()) == 6);
    CHECK((*(cells.begin() + 4)).nRPCI == 14);
    CHECK(&*(cells.end() - 1) == &cells[5]);
    const auto odd = cells | ranges::views::filter([](const NRCellDU& c) { return c.nRPCI % 2 == 1; }) |
                     ranges::views::transform([](const NRCellDU& c) { return c.nRPCI; }) | ranges::to<std::vector>();
    CHECK(odd == std::vector<std::uint16_t>{11, 13, 15});
    CHECK(cm.referrer_objects<NRCellDU, "du">(ts::ref<GNBDUFunction>{}).empty());  // a null handle: none
}

TEST_CASE("twin store: handles are decided without the slot states until the first erasure, and stale ones are caught after it") {
    net m;
    const auto a = m.add(NRCellDU{1, {}, {}});
    const auto b = m.add(NRCellDU{2, {}, {}});
    // a pristine store: live handles, the null handle, a slot past the end, a later generation
    CHECK(m.contains(a));
    CHECK(m.contains(b));
    CHECK_FALSE(m.contains(ts::ref<NRCellDU>{}));
    CHECK_FALSE(m.contains(ts::ref<NRCellDU>::from_parts(2, 1)));
    CHECK_FALSE(m.contains(ts::ref<NRCellDU>::from_parts(0, 2)));
    CHECK(m.status(ts::ref<NRCellDU>::from_parts(0, 2)) == ts::ref_error::stale);
    // erase and reuse the slot: the old handle is stale, the new one (generation 2) is live
    REQUIRE(m.erase(a));
    CHECK_FALSE(m.contains(a));
    const auto a2 = m.add(NRCellDU{3, {}, {}});
    REQUIRE(a2.index() == a.index());
    CHECK(a2.generation() == 2);
    CHECK(m.contains(a2));
    CHECK_FALSE(m.contains(a));
    CHECK(m.status(a) == ts::ref_error::stale);
    CHECK(m.get(a).error() == ts::ref_error::stale);
    CHECK(m.get(a2)->nRPCI == 3);
    // a copy of the model keeps the store's history: the old handle stays stale there too
    const net copy = m;
    CHECK_FALSE(copy.contains(a));
    CHECK(copy.contains(a2));
    CHECK(copy.contains(b));
}

TEST_CASE("twin store: traversal skips dangling entries once there are any, and again tests none after repair") {
    net m;
    const auto g = m.add(GNBDUFunction{1, {}});
    const auto a = m.add(NRCellDU{1, g, {}});
    const auto b = m.add(NRCellDU{2, g, {}});
    const auto c = m.add(NRCellDU{3, g, {a, b}});
    CHECK(slots(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{a.index(), b.index()});
    REQUIRE(m.erase(a));
    CHECK(slots(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{b.index()});
    const auto a2 = m.add(NRCellDU{4, g, {}});  // same slot, new generation: still not a's
    REQUIRE(a2.index() == a.index());
    CHECK(slots(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{b.index()});
    CHECK(m.unlink<"neighbours">(c, a) == 1);  // repaired
    REQUIRE(m.link<"neighbours">(c, a2));
    CHECK(slots(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{b.index(), a2.index()});
    std::vector<std::uint16_t> pcis;
    for (const NRCellDU& n : m.related_objects<"neighbours">(c)) pcis.push_back(n.nRPCI);
    CHECK(pcis == std::vector<std::uint16_t>{2, 4});
    for (NRCellDU& n : m.related_objects<"neighbours">(c)) n.nRPCI = 7;
    CHECK(m.get(b)->nRPCI == 7);
    // a null single reference is "none", never a target
    REQUIRE(m.relink<"du">(c, ts::null_ref));
    CHECK(ranges::distance(m.related<"du">(c)) == 0);
    REQUIRE(m.link<"neighbours">(c, ts::ref<NRCellDU>{}));  // a null entry in a list is dangling
    CHECK(slots(m.related<"neighbours">(c)) == std::vector<std::uint32_t>{b.index(), a2.index()});
    CHECK(ts::check(m).size() == 2);  // the null entry, and g has no cells
}

/// The slots of the neighbours of `c`, after checking that every way of reaching them
/// agrees: the handle view, the object view (from the object and from the handle), and the
/// handles' lookups; and that for each neighbour object at hand, `referrers(obj)` (which
/// finds the object's slot from its address) lists what `referrers(handle)` lists.
std::vector<std::uint32_t> neighbour_slots_every_way(net& m, ts::ref<NRCellDU> c) {
    const auto by_handle = slots(m.related<"neighbours">(c));
    std::vector<const NRCellDU*> by_lookup, by_object, by_object_of_handle;
    for (const auto r : m.related<"neighbours">(c)) by_lookup.push_back(m.get(r).get());
    for (const NRCellDU& n : m.related_objects<"neighbours">(*m.get(c))) by_object.push_back(&n);
    for (NRCellDU& n : m.related_objects<"neighbours">(c)) by_object_of_handle.push_back(&n);
    CHECK(by_object == by_lookup);
    CHECK(by_object_of_handle == by_lookup);
    const auto handles = m.related<"neighbours">(c) | ranges::to<std::vector>();
    for (std::size_t k = 0; k != handles.size(); ++k) {
        CHECK(slots(m.referrers<NRCellDU, "neighbours">(*by_object[k])) ==
              slots(m.referrers<NRCellDU, "neighbours">(handles[k])));
        CHECK(slots(m.referrers<NRCellDU, "neighbours">(*by_object[k])) == std::vector<std::uint32_t>{c.index()});
    }
    return by_handle;
}

TEST_CASE("twin store: views find the same objects in a pristine store, after an erasure, and with dangling entries") {
    // The views find a target object three ways (ts::detail::handle_decoding): from the
    // handle's bits while the store never erased (every handle in generation 1), by slot
    // index after an erasure, and testing every entry while some are dangling.
    net m;
    const auto g = m.add(GNBDUFunction{1, {}});
    std::vector<ts::ref<NRCellDU>> cells;
    for (std::uint16_t i = 0; i != 6; ++i) cells.push_back(m.add(NRCellDU{static_cast<std::uint16_t>(100 + i), g, {}}));
    const auto c = cells[0];
    for (std::size_t i = 1; i != cells.size(); ++i) REQUIRE(m.link<"neighbours">(c, cells[i]));
    auto pcis = [&] {
        std::vector<std::uint16_t> out;
        for (const NRCellDU& n : m.related_objects<"neighbours">(*m.get(c))) out.push_back(n.nRPCI);
        return out;
    };
    // pristine: handles are first_raw + slot
    CHECK(cells[3].raw() == ts::ref<NRCellDU>::first_raw + 3U);
    CHECK(pcis() == std::vector<std::uint16_t>{101, 102, 103, 104, 105});
    CHECK(neighbour_slots_every_way(m, c) == std::vector<std::uint32_t>{1, 2, 3, 4, 5});
    CHECK(ranges::distance(m.referrer_objects<NRCellDU, "du">(*m.get(g))) == 6);
    // an erasure elsewhere in the store (no entry of c dangling): found by slot index
    const auto spare = m.add(NRCellDU{200, g, {}});
    REQUIRE(m.erase(spare));
    CHECK(pcis() == std::vector<std::uint16_t>{101, 102, 103, 104, 105});
    CHECK(neighbour_slots_every_way(m, c) == std::vector<std::uint32_t>{1, 2, 3, 4, 5});
    // a slot reused in generation 2 is found by index too
    const auto reused = m.add(NRCellDU{201, g, {}});
    REQUIRE(reused.generation() == 2);
    REQUIRE(m.link<"neighbours">(c, reused));
    CHECK(pcis() == std::vector<std::uint16_t>{101, 102, 103, 104, 105, 201});
    CHECK(neighbour_slots_every_way(m, c) == std::vector<std::uint32_t>{1, 2, 3, 4, 5, reused.index()});
    // dangling entries: each entry tested, the dead ones skipped
    REQUIRE(m.erase(cells[2]));
    REQUIRE(m.erase(cells[4]));
    CHECK(pcis() == std::vector<std::uint16_t>{101, 103, 105, 201});
    CHECK(neighbour_slots_every_way(m, c) == std::vector<std::uint32_t>{1, 3, 5, reused.index()});
    // a copy of a pristine model is pristine, and its views read its own objects
    net fresh;
    const auto g2 = fresh.add(GNBDUFunction{2, {}});
    const auto x = fresh.add(NRCellDU{1, g2, {}});
    const auto y = fresh.add(NRCellDU{2, g2, {x}});
    const net copy = fresh;
    fresh.get(x)->nRPCI = 9;
    for (const NRCellDU& n : copy.related_objects<"neighbours">(y)) CHECK(n.nRPCI == 1);
    for (const NRCellDU& n : fresh.related_objects<"neighbours">(y)) CHECK(n.nRPCI == 9);
}

TEST_CASE("twin store: a reused target slot does not inherit the referrers of the erased object") {
    net m;
    const auto g = m.add(GNBDUFunction{1, {}});
    const auto a = m.add(NRCellDU{1, g, {}});
    const auto b = m.add(NRCellDU{2, g, {a}});
    REQUIRE(m.erase(a));  // b.neighbours now holds a dangling handle
    const auto fresh = m.add(NRCellDU{3, g, {}});
    REQUIRE(fresh.index() == a.index());
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(fresh)) == 0);  // b refers to the old a
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(a)) == 0);      // stale target
    // relinking b away from the dangling handle leaves fresh's referrers alone
    REQUIRE(m.link<"neighbours">(b, fresh));
    CHECK(slots(m.referrers<NRCellDU, "neighbours">(fresh)) == std::vector<std::uint32_t>{b.index()});
    CHECK(m.unlink<"neighbours">(b, a) == 1);
    CHECK(slots(m.referrers<NRCellDU, "neighbours">(fresh)) == std::vector<std::uint32_t>{b.index()});
    // the stale handle reaches nothing, whatever the call
    CHECK(m.get(a).error() == ts::ref_error::stale);
    CHECK_FALSE(m.erase(a));
    CHECK(m.id_of(a).empty());
    CHECK_FALSE(m.relink<"du">(a, g));
    CHECK(m.size<NRCellDU>() == 2);
    CHECK(m.get(fresh)->nRPCI == 3);
}

TEST_CASE("twin store: the inverse index agrees with a full scan after random operations") {
    net m;
    std::mt19937 rng(20261122);
    std::vector<ts::ref<GNBDUFunction>> gnbs;
    std::vector<ts::ref<NRCellDU>> cells;  // may hold stale handles on purpose
    auto pick = [&](const auto& v) { return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)]; };
    for (std::uint32_t i = 0; i != 20; ++i) gnbs.push_back(m.add(GNBDUFunction{i, {}}));
    for (int step = 0; step != 3000; ++step) {
        const int op = std::uniform_int_distribution<int>(0, 9)(rng);
        if (op < 3 || cells.size() < 4) {
            std::vector<ts::ref<NRCellDU>> nb;
            for (int k = 0; k != 3 && !cells.empty(); ++k) nb.push_back(pick(cells));
            cells.push_back(m.add(NRCellDU{1, pick(gnbs), nb}));
        } else if (op == 3) {
            m.erase(pick(cells));
        } else if (op == 4) {
            m.relink<"du">(pick(cells), pick(gnbs));
        } else if (op == 5) {
            m.link<"neighbours">(pick(cells), pick(cells));
        } else if (op == 6) {
            m.unlink<"neighbours">(pick(cells), pick(cells));
        } else if (op == 7) {
            m.relink<"cells">(pick(gnbs), {pick(cells), pick(cells)});
        } else if (op == 8) {
            const auto g = pick(gnbs);  // erase and re-add a gNB: its cells' du handles dangle
            m.erase(g);
            std::replace(gnbs.begin(), gnbs.end(), g, m.add(GNBDUFunction{99, {}}));
        } else {
            m.relink<"neighbours">(pick(cells), {pick(cells), pick(cells), pick(cells)});
        }
    }
    std::size_t compared = 0;
    for (const auto c : cells) {
        CHECK(sorted_slots(m.referrers<NRCellDU, "neighbours">(c)) == scanned<NRCellDU, "neighbours">(m, c));
        CHECK(sorted_slots(m.referrers<GNBDUFunction, "cells">(c)) == scanned<GNBDUFunction, "cells">(m, c));
        ++compared;
    }
    for (const auto g : gnbs) CHECK(sorted_slots(m.referrers<NRCellDU, "du">(g)) == scanned<NRCellDU, "du">(m, g));
    // forward traversal yields exactly the live entries, in order (the model's count of
    // dangling entries decides whether it tests each one)
    m.for_each<NRCellDU>([&](ts::ref<NRCellDU> c, const NRCellDU& cell) {
        std::vector<std::uint32_t> live;
        for (const auto n : cell.neighbours)
            if (m.contains(n)) live.push_back(n.index());
        CHECK(slots(m.related<"neighbours">(c)) == live);
        std::vector<std::uint16_t> pcis;
        for (const NRCellDU& n : m.related_objects<"neighbours">(c)) pcis.push_back(n.nRPCI);
        CHECK(pcis.size() == live.size());
        CHECK(slots(m.related<"neighbours">(cell)) == live);  // from the object at hand
        std::size_t from_object = 0;
        for (const NRCellDU& n : m.related_objects<"neighbours">(cell)) from_object += n.nRPCI == 1 ? 1U : 0U;
        CHECK(from_object == live.size());
        CHECK(slots(m.related<"du">(c)).size() == (m.contains(cell.du) ? 1U : 0U));
    });
    CHECK(compared > 500);
    // the index is consistent: check reports no index problem (dangling references, yes)
    for (const auto& v : ts::check(m)) CHECK(v.rule != ts::rule::custom);
}

TEST_CASE("twin store: a relationship changed in place is reported by check until reindex") {
    net m;
    const auto g1 = m.add(GNBDUFunction{1, {}}, "gnb-1");
    const auto g2 = m.add(GNBDUFunction{2, {}}, "gnb-2");
    const auto a = m.add(NRCellDU{1, g1, {}}, "cell-a");
    REQUIRE(m.relink<"cells">(g1, {a}));
    REQUIRE(m.relink<"cells">(g2, {a}));
    REQUIRE(ts::check(m).ok());

    m.get(a)->du = g2;  // behind the model's back
    const auto result = ts::check(m);
    INFO(result.to_string());
    REQUIRE(result.size() == 2);
    const std::string text = result.to_string();
    CHECK_THAT(text, twinspec_test::contains("/NRCellDU/cell-a/du: the inverse index (referrers) misses the link to GNBDUFunction slot 1"));
    CHECK_THAT(text, twinspec_test::contains("/NRCellDU/cell-a/du: the inverse index (referrers) still lists a link to GNBDUFunction slot 0"));
    CHECK(slots(m.referrers<NRCellDU, "du">(g1)) == std::vector<std::uint32_t>{a.index()});  // out of date

    m.reindex();
    CHECK(ts::check(m).ok());
    CHECK(ranges::distance(m.referrers<NRCellDU, "du">(g1)) == 0);
    CHECK(slots(m.referrers<NRCellDU, "du">(g2)) == std::vector<std::uint32_t>{a.index()});
}

TEST_CASE("twin store: dangling references and multiplicity violations with paths") {
    net m;
    const auto g = m.add(GNBDUFunction{17, {}}, "gnb-17");
    std::vector<ts::ref<NRCellDU>> cs;
    for (std::uint16_t i = 0; i != 3; ++i) cs.push_back(m.add(NRCellDU{i, g, {}}, "cell-" + std::to_string(i)));
    REQUIRE(m.relink<"cells">(g, cs));
    REQUIRE(ts::check(m).ok());

    REQUIRE(m.erase(cs[2]));  // a dangling entry in gnb-17's list
    auto result = ts::check(m);
    REQUIRE(result.size() == 1);
    CHECK(result[0].path == "/GNBDUFunction/gnb-17/cells/2");
    CHECK(result[0].rule == ts::rule::dangling_reference);
    CHECK_THAT(result.to_string(), twinspec_test::contains("dangling reference to NRCellDU slot 2 generation 1: stale handle"));
    // traversal skips it, never crashes
    CHECK(slots(m.related<"cells">(g)) == std::vector<std::uint32_t>{cs[0].index(), cs[1].index()});

    const auto extra = m.add(NRCellDU{9, g, {}}, "cell-9");  // reuses slot 2 under a new generation
    REQUIRE(extra.index() == cs[2].index());
    REQUIRE(m.link<"cells">(g, extra));
    REQUIRE(m.link<"cells">(g, cs[0]));
    result = ts::check(m);
    INFO(result.to_string());
    REQUIRE(result.size() == 2);
    CHECK(result[0].path == "/GNBDUFunction/gnb-17/cells");
    CHECK(result[0].rule == ts::rule::too_many_items);
    CHECK(result[1].path == "/GNBDUFunction/gnb-17/cells/2");  // still the old generation
    CHECK(slots(m.related<"cells">(g)) ==
          std::vector<std::uint32_t>{cs[0].index(), cs[1].index(), extra.index(), cs[0].index()});

    REQUIRE(m.relink<"cells">(g, {}));  // below the minimum
    result = ts::check(m);
    REQUIRE(result.size() == 1);
    CHECK(result[0].to_string() == "/GNBDUFunction/gnb-17/cells: 0 items are fewer than the minimum 1");
    // an object without an external id is named by its slot
    const auto anonymous = m.add(GNBDUFunction{18, {extra, extra, extra, extra}});
    result = ts::check(m);
    REQUIRE(result.size() == 2);
    CHECK(result[1].path == "/GNBDUFunction/" + std::to_string(anonymous.index()) + "/cells");
}

TEST_CASE("twin store: id collisions store nothing and leave the index alone") {
    net m;
    const auto g = m.add(GNBDUFunction{1, {}}, "gnb-1");
    const auto a = m.add(NRCellDU{1, g, {}}, "cell-1");
    CHECK(m.add(NRCellDU{2, g, {a}}, "cell-1").is_null());
    CHECK(m.add(NRCellDU{2, g, {a}}, "").is_null());
    CHECK(m.size<NRCellDU>() == 1);
    CHECK(slots(m.referrers<NRCellDU, "du">(g)) == std::vector<std::uint32_t>{a.index()});
    CHECK(ranges::distance(m.referrers<NRCellDU, "neighbours">(a)) == 0);
    CHECK(m.find<NRCellDU>("cell-1") == a);
    // the same id in another entity type is no collision
    CHECK_FALSE(m.add(GNBDUFunction{2, {a}}, "cell-1").is_null());
    // an erased object's id is free again, and the old handle stays stale
    REQUIRE(m.erase(a));
    const auto b = m.add(NRCellDU{3, g, {}}, "cell-1");
    CHECK(m.find<NRCellDU>("cell-1") == b);
    CHECK(m.get(a).error() == ts::ref_error::stale);
    CHECK(slots(m.referrers<NRCellDU, "du">(g)) == std::vector<std::uint32_t>{b.index()});
}

TEST_CASE("twin store: the instance graph in DOT, capped") {
    net m;
    std::vector<ts::ref<GNBDUFunction>> gnbs;
    for (std::uint32_t i = 0; i != 4; ++i) {
        const auto g = m.add(GNBDUFunction{i, {}}, "gnb-" + std::to_string(i));
        std::vector<ts::ref<NRCellDU>> cs;
        for (std::uint16_t k = 0; k != 3; ++k) cs.push_back(m.add(NRCellDU{k, g, {}}));
        REQUIRE(m.relink<"cells">(g, cs));
        gnbs.push_back(g);
    }
    const auto all = ts::instance_graph_dot(m, {.max_nodes = 100, .name = "net"});
    CHECK(all.nodes == 16);
    CHECK(all.omitted == 0);
    CHECK(all.edges == 24);  // 12 cells → du, 12 gNB → cells
    CHECK_THAT(all.dot, twinspec_test::starts_with("digraph \"net\" {\n"));
    CHECK_THAT(all.dot, twinspec_test::contains("  \"GNBDUFunction#0\" [label=\"GNBDUFunction\\ngnb-0\"];\n"));
    CHECK_THAT(all.dot, twinspec_test::contains("  \"NRCellDU#0\" [label=\"NRCellDU\\n#0\"];\n"));
    CHECK_THAT(all.dot, twinspec_test::contains("  \"NRCellDU#0\" -> \"GNBDUFunction#0\" [label=\"du\"];\n"));
    CHECK_THAT(all.dot, twinspec_test::contains("  \"GNBDUFunction#0\" -> \"NRCellDU#2\" [label=\"cells\"];\n"));
    CHECK(all.dot.find("omitted") == std::string::npos);
    CHECK_THAT(all.dot, twinspec_test::ends_with("}\n"));

    const auto capped = ts::instance_graph_dot(m, {.max_nodes = 5});
    CHECK(capped.nodes == 5);
    CHECK(capped.omitted == 11);
    CHECK(capped.edges == 6);  // the first gNB and its three cells, both ways; one more gNB alone
    CHECK_THAT(capped.dot, twinspec_test::contains("// 5 of 16 objects shown (max_nodes 5)"));
    CHECK_THAT(capped.dot, twinspec_test::contains("\"omitted\" [shape=note, label=\"11 more objects not shown (max_nodes 5)\"];"));
    // the neighbourhood of the first gNB comes first
    CHECK_THAT(capped.dot, twinspec_test::contains("\"NRCellDU#2\" -> \"GNBDUFunction#0\""));
    CHECK(capped.dot.find("NRCellDU#3") == std::string::npos);

    const auto none = ts::instance_graph_dot(m, {.max_nodes = 0});
    CHECK(none.nodes == 0);
    CHECK(none.omitted == 16);
}

}  // namespace twin_store_test
