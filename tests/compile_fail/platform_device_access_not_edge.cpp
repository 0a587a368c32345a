// EXPECT: (a device-access component must be in layer edge.*layering_device_access_not_at_edge<CloudGateway>|layering_device_access_not_at_edge<CloudGateway>.*a device-access component must be in layer edge)
// Compile-fail test: device access declared in the PaaS layer.
#include <twinspec/platform/platform.hpp>
#include <twinspec/core/entity.hpp>
namespace ts = twinspec;
namespace pf = ts::platform;
TWINSPEC_ENTITY(Query, ts::meta(), (int, cell));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Query>> {};
struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Query>> {};
struct CloudGateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::device_access,
                                    pf::deployment::cloud, pf::provides<PointsApi>> {};
int main() { return static_cast<int>(pf::platform<CloudGateway>::size); }
