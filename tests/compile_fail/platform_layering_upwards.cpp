// EXPECT: (requires an interface of a component in a higher layer.*layering_depends_upwards<Gateway, DataApi, Store>|layering_depends_upwards<Gateway, DataApi, Store>.*requires an interface of a component in a higher layer)
// Compile-fail test: the edge gateway requires an interface of the PaaS data store.
#include "platform_fixture.hpp"
struct Store : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                             pf::deployment::cloud, pf::provides<DataApi>> {};
struct Gateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                               pf::deployment::edge, pf::provides<PointsApi>, pf::needs<DataApi>> {};
int main() { return static_cast<int>(pf::platform<Store, Gateway>::size); }
