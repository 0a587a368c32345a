// EXPECT: pattern<...> is malformed
// Compile-fail test: a pattern with unbalanced brackets.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::string, name, ts::pattern<"^[A-Z(+$">));
void touch() { (void)twinspec_schema_Cell::f_name::annotations; }
