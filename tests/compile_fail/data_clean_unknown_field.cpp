// EXPECT: twinspec: data::field<Entity, .name.>: the entity has no field of that name
// Cleaning by a field name the entity does not have must not compile.
#include <twinspec/core.hpp>
#include <twinspec/data.hpp>

#include <vector>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, load, ts::telemetry, ts::unit<percent>),
    (int, count, ts::telemetry));

auto f(const std::vector<tsd::sample<double>>& v) { return v | tsd::clean<tsd::field<Cell, "rsrpx">>; }
