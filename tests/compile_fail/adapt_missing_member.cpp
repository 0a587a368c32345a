// EXPECT: TWINSPEC_ADAPT.Legacy, ....: .nosuch. is not a member of Legacy
// Compile-fail test: TWINSPEC_ADAPT naming a member the struct does not have.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

struct Legacy { int pci; };
TWINSPEC_ADAPT(Legacy, ts::meta(), (pci), (nosuch, ts::range(0, 1)));
