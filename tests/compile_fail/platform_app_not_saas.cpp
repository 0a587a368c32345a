// EXPECT: (an industrial APP component must be in layer SaaS.*layering_app_not_in_saas<EnergyApp>|layering_app_not_in_saas<EnergyApp>.*an industrial APP component must be in layer SaaS)
// Compile-fail test: an industrial APP declared in the PaaS layer.
#include <twinspec/platform/platform.hpp>
#include <twinspec/core/entity.hpp>
namespace ts = twinspec;
namespace pf = ts::platform;
TWINSPEC_ENTITY(Query, ts::meta(), (int, cell));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Query>> {};
struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Query>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud> {};
int main() { return static_cast<int>(pf::platform<EnergyApp>::size); }
