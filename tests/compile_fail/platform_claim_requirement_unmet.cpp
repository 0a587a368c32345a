// EXPECT: (component_requirement_not_met<TwinStore, [^']*mobile network digital twin [^']*virtual_entity.verification[^']*the virtual entity has a [^']*verification .*no data class it uses provides a requirement|no data class it uses provides a requirement.*component_requirement_not_met<TwinStore, [^']*mobile network digital twin [^']*virtual_entity.verification[^']*the virtual entity has a [^']*verification )
// Compile-fail test: a component claims the mobile network digital twin specification; the data
// classes it uses provide every requirement but the virtual entity's verification, and the
// diagnostic names the component, the standard and the unmet requirement.
#include <twinspec/platform/platform.hpp>
#include <twinspec/core/entity.hpp>
namespace ts = twinspec;
namespace pf = ts::platform;
TWINSPEC_ENTITY(Cell, ts::meta(ts::provides<"virtual_entity.description">),
    (double, rsrp, ts::provides<"physical_entity.sensing_access">),
    (double, tilt, ts::provides<"physical_entity.decision_execution">));
TWINSPEC_ENTITY(CellSample, ts::meta(ts::provides<"twin_data.classification">), (int, data_class));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Cell, Cell>> {};
struct TwinStore : pf::component<"twin-store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                                 pf::deployment::cloud, pf::provides<DataApi>, pf::uses_data<Cell, CellSample>,
                                 pf::conforms<"移动网络数字孪生系统技术规范">> {};
int main() { return static_cast<int>(pf::platform<TwinStore>::size); }
