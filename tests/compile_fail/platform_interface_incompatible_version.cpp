// EXPECT: (only in a version outside the required range.*required_interface_in_incompatible_version<EnergyApp, DataApi, Store>|required_interface_in_incompatible_version<EnergyApp, DataApi, Store>.*only in a version outside the required range)
// Compile-fail test: the APP requires twin-data ^1.3.0; the store provides twin-data 2.0.0.
#include "platform_fixture.hpp"
struct DataApi2 : pf::interface<"twin-data", pf::semver{2, 0, 0}, pf::operation<"query", Query, Query>> {};
struct Store : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                             pf::deployment::cloud, pf::provides<DataApi2>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud, pf::needs<DataApi>> {};
int main() { return static_cast<int>(pf::platform<Store, EnergyApp>::size); }
