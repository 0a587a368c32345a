// EXPECT: (an industrial APP component must be in layer SaaS.*layering_app_not_in_saas<EnergyApp>|layering_app_not_in_saas<EnergyApp>.*an industrial APP component must be in layer SaaS)
// Compile-fail test: an industrial APP declared in the PaaS layer.
#include "platform_fixture.hpp"
struct EnergyApp : pf::component<"energy-app", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::industrial_app,
                                 pf::deployment::cloud> {};
int main() { return static_cast<int>(pf::platform<EnergyApp>::size); }
