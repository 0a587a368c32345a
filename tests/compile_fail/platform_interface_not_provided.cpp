// EXPECT: (a required interface is provided by no component.*required_interface_not_provided<EnergyApp, DataApi>|required_interface_not_provided<EnergyApp, DataApi>.*a required interface is provided by no component)
// Compile-fail test: an APP requires the twin-data interface and no component provides it.
#include "platform_fixture.hpp"
struct Gateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                               pf::deployment::edge, pf::provides<PointsApi>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud, pf::needs<DataApi>> {};
int main() { return static_cast<int>(pf::platform<Gateway, EnergyApp>::size); }
