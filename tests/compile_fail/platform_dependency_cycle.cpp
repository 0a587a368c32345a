// EXPECT: (dependencies form a cycle.*dependency_cycle<(Models, Store|Store, Models)>|dependency_cycle<(Models, Store|Store, Models)>.*dependencies form a cycle)
// Compile-fail test: the data store requires the model service, which requires the data store.
#include "platform_fixture.hpp"
struct ModelApi : pf::interface<"models", pf::semver{1, 0, 0}, pf::operation<"run", Query, Query>> {};
struct Store : pf::component<"store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                             pf::deployment::cloud, pf::provides<DataApi>, pf::needs<ModelApi>> {};
struct Models : pf::component<"models", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::mechanism_model,
                              pf::deployment::cloud, pf::provides<ModelApi>, pf::needs<DataApi>> {};
int main() { return static_cast<int>(pf::platform<Store, Models>::size); }
