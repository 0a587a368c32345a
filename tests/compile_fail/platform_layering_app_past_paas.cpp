// EXPECT: (reaches past PaaS to an edge or IaaS component.*layering_app_reaches_past_paas<EnergyApp, PointsApi, Gateway>|layering_app_reaches_past_paas<EnergyApp, PointsApi, Gateway>.*reaches past PaaS to an edge or IaaS component)
// Compile-fail test: an APP reads device points straight from the edge gateway.
#include <twinspec/platform/platform.hpp>
#include <twinspec/core/entity.hpp>
namespace ts = twinspec;
namespace pf = ts::platform;
TWINSPEC_ENTITY(Query, ts::meta(), (int, cell));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Query>> {};
struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Query>> {};
struct Gateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                               pf::deployment::edge, pf::provides<PointsApi>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud, pf::needs<PointsApi>> {};
int main() { return static_cast<int>(pf::platform<Gateway, EnergyApp>::size); }
