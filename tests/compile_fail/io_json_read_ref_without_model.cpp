// EXPECT: twinspec: io: json: the entity has ref<T> members, read as their targets' ids: pass the model
// Reading an entity with a ref<T> member needs the model the ids are looked up in.
#include <twinspec/core.hpp>
#include <twinspec/io/json_read.hpp>
#include <twinspec/twin/ref.hpp>

namespace ts = twinspec;

struct Site;
TWINSPEC_ENTITY(Site, ts::meta(), (int, n));
TWINSPEC_ENTITY(Radio, ts::meta(), (ts::ref<Site>, site, ts::relationship));

int main() {
    Radio r;
    return ts::io::read_json("{}", r).ok() ? 0 : 1;
}
