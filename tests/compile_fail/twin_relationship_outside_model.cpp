// EXPECT: (a relationship points to an entity type that is not in the model.*model_holds_target_of<twinspec_schema_Cell::f_servedBy, GNodeB>|model_holds_target_of<twinspec_schema_Cell::f_servedBy, GNodeB>.*a relationship points to an entity type that is not in the model)
// Compile-fail test: a relationship to an entity type the model does not hold.
#include <twinspec/twin/model.hpp>

#include <twinspec/core/entity.hpp>

namespace ts = twinspec;

struct GNodeB;
TWINSPEC_ENTITY(Cell, ts::meta(), (ts::ref<GNodeB>, servedBy, ts::relationship));

[[maybe_unused]] ts::model<Cell> m;  // GNodeB is not in the model
