// The inverse index's list of handles (twinspec::detail::small_list): three handles in
// place, on the heap beyond that, the heap capacity following from the size. Checked against
// a std::vector doing the same operations, across the in-place/heap boundary both ways, and
// through copies and moves (ASan in the sanitizer preset sees leaks and double frees).
#include <twinspec/twin/model.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "twinspec_catch.hpp"

namespace {

using list = twinspec::detail::small_list<std::uint32_t>;

std::vector<std::uint32_t> contents(const list& l) { return {l.begin(), l.end()}; }

}  // namespace

TEST_CASE("twin small_list: grows past the in-place handles and keeps their order") {
    static_assert(sizeof(list) == 16);
    list l;
    std::vector<std::uint32_t> expected;
    CHECK(l.empty());
    for (std::uint32_t i = 0; i != 40; ++i) {
        l.push_back(100 + i);
        expected.push_back(100 + i);
        REQUIRE(contents(l) == expected);
    }
    CHECK(l.size() == 40);
    CHECK(list::capacity_for(4) == 8);
    CHECK(list::capacity_for(8) == 8);
    CHECK(list::capacity_for(9) == 16);
    CHECK(list::capacity_for(40) == 64);
}

TEST_CASE("twin small_list: shrinking to three moves the handles back in place") {
    list l;
    for (std::uint32_t i = 0; i != 5; ++i) l.push_back(i);
    l.remove(1);  // 0 2 3 4 (heap)
    CHECK(contents(l) == std::vector<std::uint32_t>{0, 2, 3, 4});
    l.remove(4);  // 0 2 3 (in place)
    CHECK(contents(l) == std::vector<std::uint32_t>{0, 2, 3});
    {  // the handles are back inside the 16-byte list itself, not on the heap
        const auto at = reinterpret_cast<std::uintptr_t>(l.data());
        const auto self = reinterpret_cast<std::uintptr_t>(&l);
        CHECK((at > self && at < self + sizeof(list)));
    }
    l.remove(7);  // not there: nothing changes
    CHECK(contents(l) == std::vector<std::uint32_t>{0, 2, 3});
    l.push_back(9);  // back to the heap
    CHECK(contents(l) == std::vector<std::uint32_t>{0, 2, 3, 9});
    l.clear();
    CHECK(l.empty());
    l.push_back(5);
    CHECK(contents(l) == std::vector<std::uint32_t>{5});
}

TEST_CASE("twin small_list: copies and moves, in place and on the heap, are independent") {
    for (const std::uint32_t n : {0U, 1U, 3U, 4U, 8U, 9U, 17U}) {
        CAPTURE(n);
        list a;
        std::vector<std::uint32_t> expected;
        for (std::uint32_t i = 0; i != n; ++i) {
            a.push_back(i * 3);
            expected.push_back(i * 3);
        }
        list b = a;  // copy
        CHECK(contents(b) == expected);
        b.push_back(1000);
        CHECK(contents(a) == expected);
        list c = std::move(b);  // move: b is left empty
        CHECK(b.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified
        CHECK(c.size() == n + 1);
        list d;
        d.push_back(42);
        d = a;  // copy-assign over an in-place list
        CHECK(contents(d) == expected);
        list e;
        for (std::uint32_t i = 0; i != 12; ++i) e.push_back(i);
        e = std::move(c);  // move-assign over a heap list
        CHECK(e.size() == n + 1);
        const list& self = e;
        e = self;  // self-assignment keeps it
        CHECK(e.size() == n + 1);
    }
}

TEST_CASE("twin small_list: random pushes and removals agree with a std::vector") {
    std::mt19937 rng(20261123);
    list l;
    std::vector<std::uint32_t> expected;
    for (int step = 0; step != 5000; ++step) {
        const bool grow = expected.size() < 2 || rng() % 100 < 55;
        if (grow) {
            const auto v = static_cast<std::uint32_t>(rng() % 64);
            l.push_back(v);
            expected.push_back(v);
        } else {
            const std::uint32_t v = expected[rng() % expected.size()];
            l.remove(v);
            expected.erase(std::find(expected.begin(), expected.end(), v));
        }
        REQUIRE(contents(l) == expected);
        if (step % 500 == 0) {
            const list copy = l;
            REQUIRE(contents(copy) == expected);
        }
    }
}
