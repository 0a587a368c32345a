// EXPECT: (provided by more than one component.*required_interface_provided_twice<EnergyApp, DataApi, Store, Replica>|required_interface_provided_twice<EnergyApp, DataApi, Store, Replica>.*provided by more than one component)
// Compile-fail test: two components provide twin-data in compatible versions; the APP's
// requirement is ambiguous.
#include "platform_fixture.hpp"
struct DataApi14 : pf::interface<"twin-data", pf::semver{1, 4, 0}, pf::operation<"query", Query, Query>> {};
struct Store : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                             pf::deployment::cloud, pf::provides<DataApi>> {};
struct Replica : pf::component<"replica", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                               pf::deployment::cloud, pf::provides<DataApi14>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud, pf::needs<DataApi>> {};
int main() { return static_cast<int>(pf::platform<Store, Replica, EnergyApp>::size); }
