// EXPECT: (twinspec_schema_Cell::f_site.*a component must be a twinspec entity|a component must be a twinspec entity.*twinspec_schema_Cell::f_site)
// Compile-fail test: component kind on a plain struct.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

struct Site { int x; };
TWINSPEC_ENTITY(Cell, ts::meta(), (Site, site, ts::component));
