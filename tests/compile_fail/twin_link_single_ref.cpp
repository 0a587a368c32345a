// EXPECT: (link and unlink need a list relationship.*link_needs_a_list<twinspec_schema_Cell::f_du>|link_needs_a_list<twinspec_schema_Cell::f_du>.*link and unlink need a list relationship)
// link<"du"> on a single ts::ref<T> relationship: relink sets it, link appends to lists only.
#include <twinspec/core/entity.hpp>
#include <twinspec/twin/model.hpp>

#include <cstdint>
#include <vector>

namespace ts = twinspec;

struct Gnb;
TWINSPEC_ENTITY(Gnb, ts::meta(), (std::uint32_t, gnbId));
TWINSPEC_ENTITY(Cell, ts::meta(),
    (ts::ref<Gnb>, du, ts::relationship),
    (std::vector<ts::ref<Cell>>, neighbours, ts::relationship));

int main() {
    ts::model<Gnb, Cell> m;
    const auto g = m.add(Gnb{1});
    const auto c = m.add(Cell{{}, {}});
    return m.link<"du">(c, g) ? 0 : 1;
}
