// EXPECT: (twinspec_schema_Cell::f_pci.*.required.|.required..*twinspec_schema_Cell::f_pci)
// Compile-fail test: required on a plain member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci, ts::required));
