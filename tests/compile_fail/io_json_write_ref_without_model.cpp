// EXPECT: twinspec: io: json: a ref<T> field is written as its target's external id: pass the model
// Writing an entity with a ref<T> member needs the model that maps handles to ids.
#include <twinspec/core.hpp>
#include <twinspec/io/json_write.hpp>
#include <twinspec/twin/ref.hpp>

#include <string>

namespace ts = twinspec;

struct Site;
TWINSPEC_ENTITY(Site, ts::meta(), (int, n));
TWINSPEC_ENTITY(Radio, ts::meta(), (ts::ref<Site>, site, ts::relationship));

int main() {
    std::string out;
    return ts::io::write_json(Radio{}, out).ok() ? 0 : 1;
}
