// EXPECT: (an entity type is listed twice in the model.*entity_listed_once_in_model<Cell>|entity_listed_once_in_model<Cell>.*an entity type is listed twice in the model)
// Compile-fail test: one entity type listed twice in a model.
#include <twinspec/twin/model.hpp>

#include <twinspec/core/entity.hpp>

namespace ts = twinspec;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci));

[[maybe_unused]] ts::model<Cell, Cell> m;
