// EXPECT: (field_type_not_exportable<twinspec_schema_Bag::f_items, std::set<int.*twinspec: rule broken: a field's type cannot be exported|twinspec: rule broken: a field's type cannot be exported.*field_type_not_exportable<twinspec_schema_Bag::f_items, std::set<int)
// A member type no export can describe (here std::set) stops the WoT Thing Description export
// with the rule; the failing requirement names the entity's field and the type.
#include <twinspec/core.hpp>
#include <twinspec/io/wot.hpp>

#include <set>

namespace ts = twinspec;
TWINSPEC_ENTITY(Bag, ts::meta(), ((std::set<int>), items));

int main() { return static_cast<int>(ts::io::wot_thing<Bag>().value.size()); }
