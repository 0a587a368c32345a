// EXPECT: (referrer_object needs a unique relationship.*referrer_object_needs_unique<twinspec_schema_Cell::f_du>|referrer_object_needs_unique<twinspec_schema_Cell::f_du>.*referrer_object needs a unique relationship)
// referrer_object<Cell, "du"> on a relationship not annotated ts::unique: a gNB may have many
// cells, so "the" referrer is not defined (referrer_objects lists them).
#include <twinspec/core/entity.hpp>
#include <twinspec/twin/model.hpp>

#include <cstdint>

namespace ts = twinspec;

struct Gnb;
TWINSPEC_ENTITY(Gnb, ts::meta(), (std::uint32_t, gnbId));
TWINSPEC_ENTITY(Cell, ts::meta(), (ts::ref<Gnb>, du, ts::relationship));

int main() {
    ts::model<Gnb, Cell> m;
    const auto g = m.add(Gnb{1});
    m.add(Cell{g});
    return m.referrer_object<Cell, "du">(g) != nullptr ? 0 : 1;
}
