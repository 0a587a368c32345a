// EXPECT: (a device-access component must be in layer edge.*layering_device_access_not_at_edge<CloudGateway>|layering_device_access_not_at_edge<CloudGateway>.*a device-access component must be in layer edge)
// Compile-fail test: device access declared in the PaaS layer.
#include "platform_fixture.hpp"
struct CloudGateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::device_access,
                                    pf::deployment::cloud, pf::provides<PointsApi>> {};
int main() { return static_cast<int>(pf::platform<CloudGateway>::size); }
