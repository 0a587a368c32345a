// EXPECT: twinspec: rule broken: wot_thing<T> needs T to be a TWINSPEC_ENTITY or a ts::physical_entity
// A WoT Thing Description describes an entity (or a physical-entity role of one), not a plain type.
#include <twinspec/io/wot.hpp>

namespace ts = twinspec;
struct NotAnEntity {
    double x = 0.0;
};

int main() { return static_cast<int>(ts::io::wot_thing<NotAnEntity>().value.size()); }
