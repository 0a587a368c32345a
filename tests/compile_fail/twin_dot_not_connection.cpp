// EXPECT: type_graph_dot<Model, C...>: every type after the model must be a ts::connection
// Compile-fail test (twin roles): type_graph_dot's types after the model are connections, and
// CellTwin is an entity.
#include <twinspec/twin/dot.hpp>

#include "twin_roles_fixture.hpp"

using cells = ts::model<Cell, EdgeNode, CellTwin>;
[[maybe_unused]] const auto dot = ts::type_graph_dot<cells, CellTwin>("cells");
