// EXPECT: (a relationship field is a ts::ref<T> or a std::vector<ts::ref<T>>.*field_type_is_a_ref<twinspec_schema_Cell::f_gnb>|field_type_is_a_ref<twinspec_schema_Cell::f_gnb>.*a relationship field is a ts::ref<T> or a std::vector<ts::ref<T>>)
// Compile-fail test: a field declared relationship whose type is not a handle.
#include <twinspec/twin/model.hpp>

#include <twinspec/core/entity.hpp>

#include <cstdint>

namespace ts = twinspec;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::uint32_t, gnb, ts::relationship));

[[maybe_unused]] ts::model<Cell> m;
