// EXPECT: get<.name.>.obj.: the entity has no field of that name
// Compile-fail test: get<> with a name the entity does not have.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (int, pci));
int f(Cell& c) { return ts::get<"rsrp">(c); }
