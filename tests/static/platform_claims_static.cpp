// Static tests of components' conformance claims: each requirement the catalogue records for a
// claimed standard is met by a data class the component uses (uses_data<…>), with the provider
// named; a standard without recorded requirements is a claim of existence only. (A platform
// whose component misses a requirement does not compile: compile_fail/platform_claim_requirement_unmet.cpp.)
#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

namespace platform_claims_static_test {
namespace ts = twinspec;
namespace pf = ts::platform;

TWINSPEC_ENTITY(ClCell, ts::meta(ts::provides<"virtual_entity.description">),
    (double, rsrp, ts::provides<"physical_entity.sensing_access">),
    (double, tilt, ts::provides<"physical_entity.decision_execution">));
TWINSPEC_ENTITY(ClModel, ts::meta(ts::provides<"virtual_entity.verification", "twin_data.classification">), (int, id));
struct ClApi : pf::interface<"twin-data", pf::semver{1, 0, 0}, pf::operation<"query", ClCell, ClCell>> {};

// every requirement met: by ClCell (meta and fields) and ClModel
struct ClStore : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                               pf::deployment::cloud, pf::provides<ClApi>, pf::uses_data<ClCell, ClModel>,
                               pf::conforms<"工业互联网平台 工业大数据通用技术规范", "移动网络数字孪生系统技术规范">> {};
// one requirement missing (no ClModel): reported by info_of, rejected by platform<…>
struct ClPartial : pf::component<"partial", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                                 pf::deployment::cloud, pf::uses_data<ClCell>,
                                 pf::conforms<"移动网络数字孪生系统技术规范">> {};

constexpr const pf::component_info& store = pf::info_of<ClStore>;
static_assert(store.conforms_to.size() == 2);
static_assert(store.conforms_to[0].standard->part == 3);
static_assert(store.conforms_to[0].requirements.empty() && store.conforms_to[0].met());  // IIP: existence only
static_assert(store.conforms_to[1].requirements.size() == 5);
static_assert(store.conforms_to[1].met() && store.conforms_to[1].met_count() == 5);
static_assert(store.conforms_to[1].requirements[0].key == "physical_entity.sensing_access");
static_assert(store.conforms_to[1].requirements[0].provided_by.entity == "ClCell");
static_assert(store.conforms_to[1].requirements[0].provided_by.field == "rsrp");
static_assert(store.conforms_to[1].requirements[2].provided_by.entity == "ClCell");
static_assert(store.conforms_to[1].requirements[2].provided_by.field.empty());  // the entity's meta
static_assert(store.conforms_to[1].requirements[3].provided_by.entity == "ClModel");

constexpr const pf::component_info& partial = pf::info_of<ClPartial>;
static_assert(!partial.conforms_to[0].met() && partial.conforms_to[0].met_count() == 3);
static_assert(!partial.conforms_to[0].requirements[3].met());
static_assert(partial.conforms_to[0].requirements[3].key == "virtual_entity.verification");
static_assert(pf::detail::first_unmet_requirement<ClPartial>().first == 0 &&
              pf::detail::first_unmet_requirement<ClPartial>().second == 3);
static_assert(pf::detail::first_unmet_requirement<ClStore>().first == static_cast<std::size_t>(-1));

// a platform of conforming components compiles
static_assert(pf::platform<ClStore>::size == 1);
}  // namespace platform_claims_static_test
