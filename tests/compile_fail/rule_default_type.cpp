// EXPECT: (twinspec_schema_Cell::f_name.*the default value does not convert exactly|the default value does not convert exactly.*twinspec_schema_Cell::f_name)
// Compile-fail test: a numeric default on a text member.
#include <twinspec/core.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(), (std::string, name, ts::default_value(3)));
