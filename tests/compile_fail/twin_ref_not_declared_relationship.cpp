// EXPECT: (a ts::ref<T> field must be declared ts::relationship.*ref_field_is_declared_relationship<twinspec_schema_Cell::f_servedBy>|ref_field_is_declared_relationship<twinspec_schema_Cell::f_servedBy>.*a ts::ref<T> field must be declared ts::relationship)
// Compile-fail test: a handle field without the relationship kind.
#include <twinspec/twin/model.hpp>

#include <twinspec/core/entity.hpp>

namespace ts = twinspec;

struct GNodeB;
TWINSPEC_ENTITY(GNodeB, ts::meta(), (int, id));
TWINSPEC_ENTITY(Cell, ts::meta(), (ts::ref<GNodeB>, servedBy));

[[maybe_unused]] ts::model<Cell, GNodeB> m;
