// EXPECT: (two components have the same name.*component_name_repeated<StoreA, StoreB>|component_name_repeated<StoreA, StoreB>.*two components have the same name)
// Compile-fail test: two components named "store".
#include <twinspec/platform/platform.hpp>
#include <twinspec/core/entity.hpp>
namespace ts = twinspec;
namespace pf = ts::platform;
TWINSPEC_ENTITY(Query, ts::meta(), (int, cell));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Query>> {};
struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Query>> {};
struct StoreA : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                              pf::deployment::cloud, pf::provides<DataApi>> {};
struct StoreB : pf::component<"store", pf::semver{2, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                              pf::deployment::cloud> {};
int main() { return static_cast<int>(pf::platform<StoreA, StoreB>::size); }
