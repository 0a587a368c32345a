// EXPECT: (twinspec_schema_Cell::f_pci.*neither an absolute IRI nor an IRDI|neither an absolute IRI nor an IRDI.*twinspec_schema_Cell::f_pci)
// Compile-fail test: a semantic reference that is neither an IRI nor an IRDI.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci, ts::semantic("not an iri")));
