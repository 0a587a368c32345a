// EXPECT: twinspec: rule broken: a field exported to AAS needs an idShort name
// An external name with a '-' is no AAS idShort: the AAS export stops the build.
#include <twinspec/core.hpp>
#include <twinspec/io/aas.hpp>

namespace ts = twinspec;
TWINSPEC_ENTITY(Link, ts::meta(), (double, rate, ts::telemetry, ts::name("rate-dl")));

int main() { return static_cast<int>(ts::io::aas_submodel_template<Link>().size()); }
