// EXPECT: (two components have the same name.*component_name_repeated<StoreA, StoreB>|component_name_repeated<StoreA, StoreB>.*two components have the same name)
// Compile-fail test: two components named "store".
#include "platform_fixture.hpp"
struct StoreA : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                              pf::deployment::cloud, pf::provides<DataApi>> {};
struct StoreB : pf::component<"store", pf::semver{2, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                              pf::deployment::cloud> {};
int main() { return static_cast<int>(pf::platform<StoreA, StoreB>::size); }
