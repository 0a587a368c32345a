// EXPECT: (only a relationship .* can be unique.*unique_field_is_a_relationship<twinspec_schema_Cell::f_gnbId>|unique_field_is_a_relationship<twinspec_schema_Cell::f_gnbId>.*only a relationship .* can be unique)
// ts::unique on a field that is not a relationship: uniqueness is a rule of a model's links.
#include <twinspec/core/entity.hpp>
#include <twinspec/twin/model.hpp>

#include <cstdint>

namespace ts = twinspec;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::uint32_t, gnbId, ts::property, ts::unique));

[[maybe_unused]] ts::model<Cell> m;
