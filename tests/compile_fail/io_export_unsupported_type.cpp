// EXPECT: twinspec: rule broken: a field's type cannot be exported
// A member type no export can describe (here std::set) stops the JSON Schema export with the rule;
// the failing requirement names the field.
#include <twinspec/core.hpp>
#include <twinspec/io/json_schema.hpp>

#include <set>

namespace ts = twinspec;
TWINSPEC_ENTITY(Bag, ts::meta(), ((std::set<int>), items));

int main() { return static_cast<int>(ts::io::json_schema<Bag>().size()); }
