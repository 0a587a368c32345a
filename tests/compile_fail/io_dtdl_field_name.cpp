// EXPECT: twinspec: rule broken: a field exported to DTDL needs a DTDL name
// A member name ending with '_' is not a DTDL name: exporting the entity to DTDL stops the build
// (the fix: ts::name("rate")).
#include <twinspec/core.hpp>
#include <twinspec/io/dtdl.hpp>

namespace ts = twinspec;
TWINSPEC_ENTITY(Link, ts::meta(ts::id("dtmi:example:cf:Link;1")), (double, rate_, ts::telemetry));

int main() { return static_cast<int>(ts::io::dtdl_interface<Link>().size()); }
