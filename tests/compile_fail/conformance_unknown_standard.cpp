// EXPECT: no_visible_catalogue_contains<[^']*T/CCSA 999-2025
// Compile-fail test: an entity claims a standard that no visible catalogue contains; the
// diagnostic names the claimed number.
#include <twinspec/core.hpp>
#include <twinspec/standards/conformance.hpp>

namespace ts = twinspec;

TWINSPEC_ENTITY(Cell, ts::meta(ts::conforms_to<"T/CCSA 999-2025">), (int, pci));

int main() { return Cell{}.pci; }
