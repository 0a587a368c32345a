// EXPECT: twinspec: rule broken: an entity without ts::id[(][.][.][.][)] gets a generated DTMI from its name
// An entity without ts::id gets a DTMI made from its name; a name ending with '_' cannot be a DTMI
// segment, so the DTDL export asks for an id.
#include <twinspec/core.hpp>
#include <twinspec/io/dtdl.hpp>

namespace ts = twinspec;
TWINSPEC_ENTITY(Link_, ts::meta(), (double, rate, ts::telemetry));

int main() { return static_cast<int>(ts::io::dtdl_interface<Link_>().size()); }
