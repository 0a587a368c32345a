// EXPECT: (reaches past PaaS to an edge or IaaS component.*layering_app_reaches_past_paas<EnergyApp, PointsApi, Gateway>|layering_app_reaches_past_paas<EnergyApp, PointsApi, Gateway>.*reaches past PaaS to an edge or IaaS component)
// Compile-fail test: an APP reads device points straight from the edge gateway.
#include "platform_fixture.hpp"
struct Gateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                               pf::deployment::edge, pf::provides<PointsApi>> {};
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud, pf::needs<PointsApi>> {};
int main() { return static_cast<int>(pf::platform<Gateway, EnergyApp>::size); }
